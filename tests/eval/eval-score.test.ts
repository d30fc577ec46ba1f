import { describe, expect, it } from 'vitest';
import { finds, namedAsTerm, occurrences, type GoldConcept } from '../../scripts/eval-score';

// The scoring rule of ../shared/eval/README.md runs without the shared set: these rows pin it.
describe('eval scoring', () => {
  it.each([
    [
      'We use AI daily; AI helps.',
      'ai',
      [
        [7, 9],
        [17, 19],
      ],
    ],
    ['Lobbying against the rule', 'AI', []],
    ['Digital tools and Git', 'git', [[18, 21]]],
    ['C++ and C#', 'C++', [[0, 3]]],
    ['Node.js 20 services', 'node.js', [[0, 7]]],
  ] as const)('occurrences of %j in %j', (text, needle, spans) => {
    expect(occurrences(text, needle)).toEqual(spans);
  });

  const jira = { id: 'jira', label: 'Jira', category: 'tool', aliases: ['JIRA Software'], evidence: ['Jira'] };
  it.each<[string, GoldConcept, boolean]>([
    ['by name', { name: 'JIRA', category: 'tool', surface: ['Atlassian tools'] }, true],
    ['by an overlapping evidence span', { name: 'Atlassian suite', category: 'tool', surface: ['Jira and Confluence'] }, true],
    ['not by another place of the text', { name: 'Confluence', category: 'tool', surface: ['Confluence'] }, false],
  ])('a term finds a gold concept %s', (_, gold, expected) => {
    expect(finds(jira, gold, 'We use Jira and Confluence daily.')).toBe(expected);
  });

  it('finds a gold concept at the places the term was counted, where its evidence is a word glued to the one before', () => {
    // Text that lost its line breaks: the analyzer counts "Communication" at 30, which no whole-word search for its
    // evidence finds ("methodologiesCommunication"): a single word is not read off a capital inside a word.
    const text = 'Scrum and Kanban methodologiesCommunication skills';
    const start = text.indexOf('Communication');
    const evidence = 'Communication';
    const term = { id: 'communication', label: 'Communication', category: 'soft-skill', aliases: [], evidence: [evidence] };
    const gold = { name: 'Written and verbal skills', category: 'soft-skill', surface: ['Communication skills'] };
    expect(finds(term, gold, text)).toBe(false);
    expect(finds({ ...term, spans: [{ start, end: start + evidence.length }] }, gold, text)).toBe(true);
    expect(finds({ ...term, spans: [{ start: 0, end: 5 }] }, gold, text)).toBe(false); // "Scrum" is elsewhere
  });

  it('reads a phrase that starts at a capital glued to the line before: a lost line break', () => {
    const text = 'Resolve issuesTake part in hiring activities. JavaScript and TypeScript.';
    expect(occurrences(text, 'Take part in hiring activities')).toEqual([[14, 44]]);
    expect(occurrences(text, 'Script')).toEqual([]);
    const term = { id: 'hiring', label: 'Hiring and interviewing', category: 'practice', aliases: [], evidence: ['Take part in hiring'] };
    expect(finds(term, { name: 'Hiring / interviewing', category: 'practice', surface: ['Take part in hiring activities'] }, text)).toBe(true);
  });

  it.each([
    [{ text: 'Endangered Species Act', count: 2, kind: 'regulation', aliases: ['ESA'] }, 'compliance'],
    [{ text: 'labour codes', count: 1, kind: 'standard' }, 'compliance'],
    [{ text: 'Fall Protection', count: 1, kind: 'certification' }, 'certification'],
    [{ text: 'Tidewright', count: 1, kind: 'tool' }, 'tool'],
    [{ text: 'pallet wrapping', count: 2 }, undefined],
  ])('counts the named requirement %j as a term of %s', (keyword, category) => {
    expect(namedAsTerm(keyword)?.category).toBe(category);
  });

  it('finds a gold concept by a named requirement, by its name or its acronym', () => {
    const esa = namedAsTerm({ text: 'Endangered Species Act', kind: 'regulation', aliases: ['ESA'] })!;
    const text = 'Knowledge of the ESA. Endangered Species Act consultations.';
    expect(finds(esa, { name: 'Endangered Species Act (ESA)', category: 'compliance', surface: ['ESA'] }, text)).toBe(true);
    expect(finds(esa, { name: 'Species surveys', category: 'domain', surface: ['consultations'] }, text)).toBe(false);
  });
});
