import { describe, expect, it } from 'vitest';
import { loadTaxonomy, TaxonomyError } from '../../src/taxonomy/load';

const bullets = ['Delivered [project] for [number] users with [tool]', 'Introduced [practice] across [number] teams'];
const concept = (id: string, extra: object = {}) => ({ id, label: id.replace(/-/g, ' '), category: 'practice', bullets, ...extra });

const problemsOf = (files: { name: string; data: unknown }[]) => {
  try {
    loadTaxonomy(files);
    return [];
  } catch (e) {
    expect(e).toBeInstanceOf(TaxonomyError);
    return (e as TaxonomyError).problems;
  }
};

describe('loadTaxonomy', () => {
  it('names the file, the entry and the field of a schema error', () => {
    const problems = problemsOf([{ name: 'keywords/practices.json', data: [concept('a'), { ...concept('b'), category: 'skill' }] }]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^keywords\/practices\.json, entry 1 \(b\), category: /);
  });

  it('reports every cross-file problem at once', () => {
    const problems = problemsOf([
      { name: 'one.json', data: [concept('b'), concept('a', { broader: ['nowhere'] })] },
      { name: 'two.json', data: [concept('c', { aliases: { variant: ['A'] } }), concept('c')] },
    ]);
    expect(problems).toEqual(
      expect.arrayContaining([
        'id "c" is used 2 times',
        'one.json: "a" must sort before "b"',
        'a: broader "nowhere" is not a concept',
        'surface "A" is claimed by both a and c',
      ]),
    );
  });

  it.each([
    ['Delivered the project on time', /placeholder/],
    ['Delivered [project] on [time', /unbalanced/],
    ['Short [x]', /20 characters|too small|>=20/i],
  ])('rejects the bullet template %j', (bullet, message) => {
    const problems = problemsOf([{ name: 'p.json', data: [concept('a', { bullets: [bullet, bullets[0]] })] }]);
    expect(problems.join('\n')).toMatch(message);
  });

  it.each([
    ['manage', /two word slots/],
    ['.. manage dependency', /start with a gap/],
    ['manage? dependency?', /needs a required word slot/],
    ['manage dependency ..', /end with a gap/],
  ])('rejects the pattern %j', (pattern, message) => {
    const problems = problemsOf([{ name: 'p.json', data: [concept('a', { patterns: [pattern] })] }]);
    expect(problems.join('\n')).toMatch(message);
  });

  it('rejects a context rule for a surface the concept does not have', () => {
    const problems = problemsOf([{ name: 'p.json', data: [concept('a', { context: [{ surface: 'Go', caseSensitive: true }] })] }]);
    expect(problems.join('\n')).toMatch(/context rule for "Go"/);
  });

  it('derives narrower relations from broader ones', () => {
    const t = loadTaxonomy([{ name: 'p.json', data: [concept('agile'), concept('kanban', { broader: ['agile'] }), concept('scrum', { broader: ['agile'] })] }]);
    expect(t.narrower.get('agile')).toEqual(['kanban', 'scrum']);
  });
});
