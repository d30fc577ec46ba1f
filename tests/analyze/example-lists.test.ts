import { describe, expect, it } from 'vitest';
import { findConcepts } from '../../src/index';

const evidenceOf = (text: string, id: string) => findConcepts(text).find((c) => c.id === id)?.evidence ?? [];

// Each row: a sentence, a concept, a name the taxonomy does not know, and whether the sentence gives the name as
// an example of that concept. The names are made up or unknown to the taxonomy on purpose.
describe.each([
  // A known kind, then its examples: after "such as", "like", "including", or in parentheses
  ['Experience with GIS software such as Zorbmap or Quillmap.', 'geospatial', 'Zorbmap', true],
  ['Experience with GIS software such as Zorbmap or Quillmap.', 'geospatial', 'Quillmap', true],
  ['Experience with CRM, such as Brightdesk.', 'crm-implementation', 'Brightdesk', true],
  ['Review the hardware platforms (VMware, Wintel, HP-UX, Storage, Network).', 'hardware', 'Wintel', true],
  ['Review the hardware platforms (VMware, Wintel, HP-UX, Storage, Network).', 'hardware', 'HP-UX', true],
  ['Build flows on low-code platforms (e.g. Flowbee, n8n, etc.)', 'low-code-platforms', 'Flowbee', true],
  ['Know a relational database like Trellodb2 well.', 'databases', 'Trellodb2', true],
  // A concept of another category whose name ends in a kind noun is a kind of software too; a split name ("QuickBooks") is one item
  ['Use accounting software (e.g. Ledgerly, QuickBooks, Sumbook).', 'finance-accounting', 'Sumbook', true],
  // ... not when what precedes is no known technical kind
  ['Experience in finance and accounting (e.g. Ledgerly).', 'finance-accounting', 'Ledgerly', false],
  ['Experience at companies such as Zorbmap or Quillmap.', 'geospatial', 'Zorbmap', false],
  ['Agile methods such as Zorbmap are a plus.', 'agile', 'Zorbmap', false],
  ['Jira experience, such as Zorbmap, is welcome.', 'jira', 'Zorbmap', false],
  // ... nor for words that are no names: lowercase prose, years, "etc."
  ['Experience with GIS software such as mapping tools.', 'geospatial', 'mapping', false],
  ['Experience with Jira (3 years).', 'jira', '3', false],
  ['Build flows on low-code platforms (e.g. Flowbee, n8n, etc.)', 'low-code-platforms', 'etc', false],
  // The names may come first, the kind after "or other", "and similar"
  ['Experience with Zorbmap, Quillmap, or other GIS tools.', 'geospatial', 'Zorbmap', true],
  ['Experience with Zorbmap, Quillmap, or other GIS tools.', 'geospatial', 'Quillmap', true],
  ['Experience at Zorbmap or other large software companies.', 'enterprise-software', 'Zorbmap', false],
  // ... nor a name that runs on into a phrase
  ['Kick off the deployment (e.g., POV success criteria, timelines).', 'software-deployment', 'POV', false],
  // ... nor past the end of the examples
  ['Use GIS software (Zorbmap) and write to the Quillmap team.', 'geospatial', 'Quillmap', false],
  // ... nor when the sentence rules it out
  ['No GIS software such as Zorbmap is needed.', 'geospatial', 'Zorbmap', false],
])('%s', (text, id, name, expected) => {
  it(`${expected ? 'gives' : 'does not give'} ${name} as an example of ${id}`, () => {
    expect(evidenceOf(text, id).includes(name)).toBe(expected);
  });
});

describe('names given as examples', () => {
  it('add their evidence to the kind, never a concept of their own', () => {
    const found = findConcepts('Experience with GIS software such as Zorbmap.');
    expect(found.map((c) => c.id)).toEqual(['geospatial']);
    expect(found[0].evidence).toEqual(['GIS', 'Zorbmap']);
  });
});
