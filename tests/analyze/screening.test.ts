import { describe, expect, it } from 'vitest';
import { narrowerNamed, SCREENING_GROUPS, screeningGroups } from '../../src/analyze/screening';
import { CATEGORIES } from '../../src/taxonomy/schema';
import { analyze } from '../../src/index';

const posting = [
  'Requirements',
  '- Experience with programming languages such as Python, Java or Go',
  '- Bias for action, curiosity and a growth mindset',
  '- Agile delivery with Scrum or Kanban',
  '- PMP certification',
  '- Jira and Confluence',
  '- Stakeholder management and risk management',
].join('\n');

describe('missing terms in the order a recruiter screens for', () => {
  const a = analyze(posting, 'Gardening and bread baking.');
  const groups = screeningGroups(a.terms.filter((t) => t.status === 'missing'));

  it('puts tools, certifications, methods and technical areas before practices, and soft skills last', () => {
    expect(groups.map((g) => g.id)).toEqual(['tools', 'certifications', 'methods', 'technical', 'practices', 'soft-skills']);
    expect(groups.at(-1)?.terms.map((t) => t.id)).toEqual(expect.arrayContaining(['bias-for-action', 'growth-mindset']));
  });

  it('places every category of the taxonomy in exactly one group', () => {
    const placed = SCREENING_GROUPS.flatMap((g) => g.categories);
    expect([...placed].sort()).toEqual([...CATEGORIES].sort());
  });

  it.each([
    // [posting, parent id, narrower ids named, is the parent listed]
    ['Requirements\n- Programming languages such as Python, Java or Go', 'programming', ['golang', 'java', 'python'], false],
    ['Requirements\n- Fluency in at least one programming language', 'programming', undefined, true],
    // Named on a line of its own too: it stays.
    ['Requirements\n- Python, Java or Go\n- Programming languages and compilers', 'programming', undefined, true],
    // Tools do not stand for a technical area, nor a RAID log (a part of it) for risk management.
    ['Requirements\n- Cloud platforms: AWS and Azure', 'cloud-computing', undefined, true],
    ['Requirements\n- Risk management with a RAID log and risk mitigation plans', 'risk-management', undefined, true],
  ])('%j', (text, parent, narrower, listed) => {
    const terms = analyze(text).terms;
    expect(terms.find((t) => t.id === parent)?.narrowerInPosting).toEqual(narrower);
    const shown = screeningGroups(terms).flatMap((g) => g.terms.map((t) => t.id));
    expect(shown.includes(parent)).toBe(listed);
    for (const id of narrower ?? []) expect(shown).toContain(id);
  });
});

describe('narrowerNamed: the concepts under one that a posting names', () => {
  // a -> b -> d, a -> c -> d (a diamond), d -> a (a cycle back to the top), e alone
  const narrower = new Map<string, string[]>([
    ['a', ['b', 'c']],
    ['b', ['d']],
    ['c', ['d']],
    ['d', ['a']],
  ]);
  it.each([
    ['a', ['a', 'b', 'c', 'd', 'e'], ['b', 'c', 'd']],
    ['a', ['d', 'c'], ['c', 'd']],
    ['b', ['a', 'b', 'c', 'd'], ['a', 'c', 'd']],
    ['e', ['a', 'b'], []],
    ['a', [], []],
  ])('under %s, named %j', (id, named, expected) => {
    expect(narrowerNamed(id, new Set(named), narrower)).toEqual(expected);
    // asked again (the walk is remembered per taxonomy), the same answer
    expect(narrowerNamed(id, new Set(named), narrower)).toEqual(expected);
  });
});
