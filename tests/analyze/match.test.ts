import { describe, expect, it } from 'vitest';
import { findConcepts } from '../../src/index';

const ids = (text: string) => findConcepts(text).map((c) => c.id).sort();

// Each row: a text, a concept, and whether the text names it. Negative rows pin the false hits users hate.
describe.each([
  ['Project Management Professional (PMP) required', 'pmp', true],
  ['PMP certified', 'pmp', true],
  ['Tracked work in ADO and Azure DevOps boards', 'azure-devops', true],
  ['We use Go, Python and Java for backend services', 'golang', true],
  ['Golang experience is a plus', 'golang', true],
  ['You will go to the customer site', 'golang', false],
  ['Go-to-market planning with sales', 'golang', false],
  ['Ready to go live in March', 'golang', false],
  ['Experience with SAFe (Scaled Agile Framework)', 'safe', true],
  ['Ran PI planning in a SAFe release train', 'safe', true],
  ['Keep our users safe and secure', 'safe', false],
  ['A safe and inclusive workplace', 'safe', false],
  ['Advanced Microsoft Excel skills', 'microsoft-excel', true],
  ['Built dashboards in Excel and Power BI', 'microsoft-excel', true],
  ['You excel at prioritization', 'microsoft-excel', false],
  ['Teams that excel in ambiguity', 'microsoft-excel', false],
  ['Collaborate in Microsoft Teams and Slack', 'microsoft-teams', true],
  ['Work with engineering teams across the org', 'microsoft-teams', false],
  ['Communicate in Slack and Zoom', 'slack', true],
  ['Cut slack from the schedule', 'slack', false],
  ['Statistics in R and Python', 'r-language', true],
  ['R&D teams', 'r-language', false],
  ['Programming in C and C++', 'c-language', true],
  ['Managed stakeholders across 6 teams', 'stakeholder-management', true],
  ['Strong stakeholder management', 'stakeholder-management', true],
  ['Requirements gathering with stakeholders', 'stakeholder-management', false],
  ['Using JavaScript and TypeScript', 'javascript', true],
  ['JS, React and Node', 'javascript', true],
  ['Lead go/no-go reviews', 'go-no-go-decisions', true],
])('%j', (text, id, expected) => {
  it(expected ? `finds ${id}` : `does not find ${id}`, () => {
    expect(ids(text).includes(id)).toBe(expected);
  });
});

describe('evidence', () => {
  it('holds exact spans of the input, whatever the Unicode', () => {
    const text = 'Led\u00A0Kubernetes migrations; managed Ji\u200Bra and “Confluence” spaces.';
    for (const c of findConcepts(text)) for (const e of c.evidence) expect(text).toContain(e);
    expect(ids(text)).toEqual(expect.arrayContaining(['confluence', 'jira', 'kubernetes']));
  });
});
