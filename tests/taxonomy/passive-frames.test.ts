import { describe, expect, it } from 'vitest';
import { findHits } from '../../src/analyze/match';
import { compileTaxonomy } from '../../src/taxonomy/compile';
import { HANDLING_NOUNS, objectsOfHandlingNames, PASSIVE_AUXILIARIES, passiveFrames } from '../../src/taxonomy/passive-frames';
import { practiceConcept } from './practice-concept';
import { indexTaxonomy } from '../../src/taxonomy/taxonomy';
import { wordKey } from '../../src/text/normalize';

// The passive voice of the verb-and-object patterns, derived at build time (src/taxonomy/passive-frames.ts).
const concept = practiceConcept;
const BE = PASSIVE_AUXILIARIES.join('|');

describe('passives of patterns', () => {
  const actionVerbs = new Set(['track', 'manage', 'mitigate', 'identify']);
  const handled = new Set(['risk', 'risks', 'action', 'actions']);
  const passivesOf = (source: string) =>
    passiveFrames(
      [{ conceptId: 'x', source }],
      (verb) => actionVerbs.has(verb),
      (word) => handled.has(word),
    ).map((p) => p.source);

  it.each([
    ['a verb, a gap and an object', 'track .. actions', [`actions .. ${BE} ... track`]],
    ["a frame's gap in the clause", 'track|monitor ... action', [`action .. ${BE} ... track|monitor`]],
    ["the verbs as written, when one of them is an action noun's", 'identify|surface|flag .. risk|risks', [`risk|risks .. ${BE} ... identify|surface|flag`]],
    ['only the objects a name puts before a handling noun', 'mitigate .. risk|impact', [`risk .. ${BE} ... mitigate`]],
    // Negative rows: no passive.
    ['verbs of no action noun', 'make .. risk|risks', []],
    ['objects no name looks after', 'mitigate .. impact|impacts', []],
    ['a first slot of nouns', 'risk|risks .. action|actions', []],
    ['an optional slot', 'track .. open? actions', []],
    ['more than three slots', 'track .. actions .. daily', []],
    ['no gap', 'track actions', []],
  ])('%s: %j', (_what, source, passives) => {
    expect(passivesOf(source)).toEqual(passives);
  });
});

describe('the objects that names look after', () => {
  it.each(HANDLING_NOUNS.map((n) => [n.noun, n.example]))('%s: %j gives its first word', (_noun, example) => {
    const objects = objectsOfHandlingNames(indexTaxonomy([concept('x', example)]), wordKey);
    expect([...objects]).toEqual([wordKey(example.split(' ')[0])]);
  });

  it.each([['Impact assessment'], ['Decision making'], ['Project risk management'], ['Management']])('none from %j', (label) => {
    expect([...objectsOfHandlingNames(indexTaxonomy([concept('x', label)]), wordKey)]).toEqual([]);
  });
});

describe('a passive in a text', () => {
  const concepts = [
    concept('at', 'Action tracking'),
    concept('rm', 'Risk management', { patterns: ['identify|manage|surface .. risk|risks'] }),
    concept('mi', 'Risk mitigation', { patterns: ['mitigate .. impact|impacts'] }),
  ];
  const lookup = compileTaxonomy(indexTaxonomy(concepts));
  const named = (text: string) => findHits(text, lookup).map((h) => `${h.conceptId} [${text.slice(h.start, h.end)}]`);

  it.each([
    ['Ensure decisions and actions are tracked and completed', ['at [actions are tracked]']],
    ['Make sure risks and delays are surfaced early to the sponsor', ['rm [risks and delays are surfaced]']],
    ['Risks get managed before each release', ['rm [Risks get managed]']],
    ['Actions, risks and decisions are tracked weekly', ['at [Actions, risks and decisions are tracked]']], // a coordinated subject
    ['All open actions have been tracked daily', ['at [actions have been tracked]']],
    // Negative rows.
    ['Track progress. Actions are assigned by the lead', []], // a verb of no pattern
    ['Ensure the impact is mitigated', []], // no name looks after "impacts"
    ['Actions are tracked items in the tool', []], // the verb ends no phrase here: "tracked items"
    ['Risks are high. Surface them early', []], // another sentence
    ['Actions are, as ever, tracked by the tool', []], // the gap after "be" stays in the clause
    ['Risks are not surfaced here', []], // negated
  ])('%j', (text, hits) => {
    expect(named(text)).toEqual(hits);
  });

  it('is left out when the compiler is asked not to', () => {
    const plain = compileTaxonomy(indexTaxonomy(concepts), { passiveFrames: false });
    expect(findHits('Ensure decisions and actions are tracked and completed', plain)).toEqual([]);
  });
});
