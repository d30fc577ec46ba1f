import { describe, expect, it } from 'vitest';
import { findHits } from '../../src/analyze/match';
import { bundledLookup } from '../../src/index';

// A ruled common noun that two found items of its list vouch for (src/analyze/list-siblings.ts), with the real taxonomy.
const lookup = bundledLookup();
const found = (text: string, id: string) =>
  findHits(text, lookup)
    .filter((h) => h.conceptId === id)
    .map((h) => text.slice(h.start, h.end));

describe('a ruled noun among found items of its list', () => {
  it.each([
    // Project phases, each a known practice: "testing" is the project's testing (fresh u07's shape).
    ['Run the rollout phases: kickoff, system configuration, testing, user training and go-live.', 'software-testing', ['testing']],
    ['Support documentation, testing, and handoff to operations.', 'software-testing', ['testing']],
    ['Contribute to the creation of metrics, reports, and charters.', 'project-charter', ['charters']],
    // The word its rule keeps away before it ("integration testing") is another item here: the comma parts them.
    ['Plan design, development, integration, testing, and handoff to operations.', 'software-testing', ['testing']],
    // Negative rows: one found neighbour only; the noun inside a phrase of its own; no list.
    ['Support model tuning, testing, and production readiness reviews.', 'software-testing', []],
    ['Support documentation, testing rigs, and handoff to operations.', 'software-testing', []],
    ['Testing was done by the lab.', 'software-testing', []],
  ])('%j', (text, id, evidence) => {
    expect(found(text, id)).toEqual(evidence);
  });
});
