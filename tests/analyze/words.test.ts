import { describe, expect, it } from 'vitest';
import { findHits } from '../../src/analyze/match';
import { compoundKeys, compoundOf, livePatterns, wordsOf } from '../../src/analyze/words';
import { tokenize } from '../../src/text/normalize';
import { compileTaxonomy } from '../../src/taxonomy/compile';
import type { Concept } from '../../src/taxonomy/schema';

const concept = (id: string, variants: string[], patterns: string[] = [], category: Concept['category'] = 'practice'): Concept => ({
  id,
  label: `zz ${id} zz`,
  category,
  aliases: { variant: variants },
  ...(patterns.length ? { patterns } : {}),
  bullets: [],
});
const lookupOf = (...concepts: Concept[]) => compileTaxonomy({ concepts, byId: new Map(concepts.map((c) => [c.id, c])), narrower: new Map() });

const lookup = lookupOf(
  concept('budget-management', ['budget management'], ['manage|own .. budget|budgets', 'plan? forecast .. spend|budget']),
  concept('power-bi', ['power bi'], [], 'tool'),
  concept('python', ['python'], [], 'tool'),
);

describe('wordsOf: what the matcher reads of a word, once per spelling', () => {
  const wordOf = wordsOf(lookup);
  it('answers a second occurrence with the same record', () => {
    const [first] = tokenize('Budgets', lookup.keyOf);
    expect(wordOf('Budgets', first.key)).toBe(wordOf('Budgets', first.key));
  });

  it('answers a key the lookup would not give afresh, and keeps the lookup’s own', () => {
    const own = wordOf('budgets', lookup.keyOf('budgets'));
    const foreign = wordOf('budgets', 'something-else');
    expect(foreign.key).toBe('something-else');
    expect(foreign.own[0].keys).toEqual(['something-else']);
    expect(wordOf('budgets', lookup.keyOf('budgets'))).toBe(own);
  });

  it.each([
    // spelling, steps taken alone (their keys), starts a surface, may start a compound
    ['Power', [['power']], true, true],
    ['PowerBI', [['powerbi'], ['power', 'bi']], true, true],
    ['Python3', [['python3'], ['python']], true, true],
    ['to', [['to']], false, true],
    ['stakeholders', [['stakeholder']], false, false],
    ['budgeting', [['budget']], true, true],
    ['forecasting', [['forecast']], false, false],
  ])('%s', (raw, keys, starts, joins) => {
    const word = wordOf(raw, lookup.keyOf(raw));
    expect(word.alone.map((step) => step.keys)).toEqual(keys);
    expect(word.aloneStarts).toBe(starts);
    expect(word.joins).toBe(joins);
  });
});

describe('Word.letters: a word’s case, for the lines written in capitals', () => {
  const wordOf = wordsOf(lookup);
  it.each([
    ['Jira', 1],
    ['JIRA', 2],
    ['SAFe', 1],
    ['ÉQUIPE', 2],
    ['équipe', 1],
    ['2024', 0],
    ['C++', 2],
    ['東京', 0],
  ])('%s: %d', (raw, letters) => expect(wordOf(raw, lookup.keyOf(raw)).letters).toBe(letters));
});

describe('Word.content: a word a list item may hold', () => {
  const wordOf = wordsOf(lookup);
  it.each([
    ['budget', true],
    ['Risk', true],
    ['The', false],
    ['and', false],
    ['closely', false],
    ['Quarterly', false],
  ])('%s: %s', (raw, content) => expect(wordOf(raw, lookup.keyOf(raw)).content).toBe(content));
});

describe('compoundOf: words joined, remembered per pair', () => {
  const wordOf = wordsOf(lookup);
  const word = (raw: string) => wordOf(raw, lookup.keyOf(raw));
  it.each([
    // first words, then the word joined to them: folded, whether a surface word may start so, key
    [['Power'], 'BI', 'powerbi', true, 'powerbi'],
    [['Py'], 'thon', 'python', true, 'python'],
    [['to'], 'day', 'today', false, 'today'],
    [['a', 'b'], 'c', 'abc', false, 'abc'],
    [['Budget'], 'Planning', 'budgetplanning', true, 'budgetplan'],
  ])('%j + %s', (firsts, next, folded, opens, key) => {
    const first = firsts.slice(1).reduce((c, w) => compoundOf(lookup, c, word(w)), word(firsts[0]) as Parameters<typeof compoundOf>[1]);
    const compound = compoundOf(lookup, first, word(next));
    expect([compound.folded, compound.opens, compoundKeys(compound)]).toEqual([folded, opens, [key]]);
    expect(compoundOf(lookup, first, word(next))).toBe(compound);
  });
});

describe('what the words remember stays bounded', () => {
  it('forgets its words and their compounds past 50,000 compounds, and answers the same afterwards', () => {
    const own = lookupOf(concept('zz-planning', ['budget planning']));
    const wordOf = wordsOf(own);
    const word = (raw: string) => wordOf(raw, own.keyOf(raw));
    const first = word('to');
    const before = compoundOf(own, first, word('day'));
    // 300 words before 200 others each: 60,000 compounds of only 500 words (far below the 50,000 words remembered)
    for (let a = 0; a < 300; a++) for (let b = 0; b < 200; b++) compoundOf(own, word(`w${a}`), word(`x${b}`));
    expect(word('to')).not.toBe(first);
    const after = compoundOf(own, word('to'), word('day'));
    expect(after).not.toBe(before);
    expect([after.folded, after.opens]).toEqual([before.folded, before.opens]);
  });
});

describe('livePatterns: a pattern is tried only where the text has a word for each of its required slots', () => {
  it.each([
    ['We manage the budget', ['manage|own .. budget|budgets']],
    ['Own budgets and forecast spend', ['manage|own .. budget|budgets', 'plan? forecast .. spend|budget']],
    ['Forecast the plan', []],
    ['We manage the roadmap', []],
    ['Budget owners manage risk', ['manage|own .. budget|budgets']],
    ['', []],
  ])('%j', (text, live) => {
    const wordOf = wordsOf(lookup);
    const tokens = tokenize(text, lookup.keyOf);
    const words = tokens.map((t) => wordOf(t.raw, t.key));
    const patternsOf = livePatterns(lookup, words);
    const tried = new Set(words.flatMap((w) => patternsOf(w).map((p) => p.source)));
    expect([...tried]).toEqual(live);
  });

  it('forgets the text: a second text sees only its own words', () => {
    const wordOf = wordsOf(lookup);
    const wordsIn = (text: string) => tokenize(text, lookup.keyOf).map((t) => wordOf(t.raw, t.key));
    livePatterns(lookup, wordsIn('manage the budget'));
    const manage = wordsIn('manage the roadmap');
    expect(manage.flatMap((w) => livePatterns(lookup, manage)(w))).toEqual([]);
    expect(findHits('manage the roadmap', lookup)).toEqual([]);
    expect(findHits('manage the budget', lookup).map((h) => h.conceptId)).toEqual(['budget-management']);
  });
});
