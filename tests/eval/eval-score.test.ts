import { describe, expect, it } from 'vitest';
import { finds, occurrences, type GoldConcept } from '../../scripts/eval-score';

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
});
