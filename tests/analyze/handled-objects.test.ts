import { describe, expect, it } from 'vitest';
import { HANDLING_PHRASES } from '../../src/analyze/handled-objects';
import { findHits } from '../../src/analyze/match';
import { bundledLookup } from '../../src/index';

// A practice's bare object after a noun of handling (src/analyze/handled-objects.ts), read with the real taxonomy.
const lookup = bundledLookup();
const named = (text: string) =>
  findHits(text, lookup)
    .filter((h) => h.via === 'list')
    .map((h) => `${h.conceptId} [${text.slice(h.start, h.end)}]`);

describe('the phrases of handling', () => {
  it.each(HANDLING_PHRASES.map((p) => [p.words.join(' '), p.example]))('%s: %j names a practice from the phrase on', (phrase, example) => {
    const evidence = named(example).map((hit) => hit.slice(hit.indexOf('[') + 1, -1));
    expect(evidence.some((e) => e.toLowerCase().startsWith(phrase))).toBe(true);
  });
});

describe('a handled object in a text', () => {
  it.each([
    ['Drive the communication and treatment of risks', ['risk-management [treatment of risks]']],
    ['Provide oversight of vendors and their deliverables', ['vendor-management [oversight of vendors]']],
    ['Own the handling of escalations with the vendor', ['escalation-management [handling of escalations]']],
    // Each item of a list of objects.
    [
      'Build plans that account for risks and dependencies',
      ['risk-management [account for risks]', 'dependency-management [account for risks and dependencies]'],
    ],
    // Ownership of a list of the program's things: each, as the practice that keeps it.
    ['Accountable for budget and quality', ['budget-management [Accountable for budget]', 'quality-management [Accountable for budget and quality]']],
    // Negative rows.
    ['You will use your own knowledge and experience', []], // "own" after a possessive is no verb
    ['Responsible for the design of the new office', []], // no practice keeps a design so named
    ['Improve the treatment of patients', []], // no practice looks after patients
    ['Accounting for 20% of sales', []], // a share, not a thing kept in hand
    ['Accounting for the finance team', []],
    ['There is no oversight of vendors', []], // negated
    ['Risks are treated by the board', []], // no phrase of handling
  ])('%j', (text, hits) => {
    expect(named(text)).toEqual(hits);
  });
});
