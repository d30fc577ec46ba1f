import { describe, expect, it } from 'vitest';
import { findHits } from '../../src/analyze/match';
import { bundledLookup, findConcepts } from '../../src/index';
import { compileTaxonomy } from '../../src/taxonomy/compile';
import { ACTION_NOUNS } from '../../src/taxonomy/deverbal-frames';
import { parsePattern } from '../../src/taxonomy/pattern';
import type { Concept } from '../../src/taxonomy/schema';
import { practiceConcept } from './practice-concept';

// Verbal frames derived at build time from "<object> <action noun>" names (src/taxonomy/deverbal-frames.ts).
const concept = practiceConcept;
// Their passive voice is passive-frames.test.ts's.
const lookupOf = (...concepts: Concept[]) =>
  compileTaxonomy({ concepts, byId: new Map(concepts.map((c) => [c.id, c])), narrower: new Map() }, { passiveFrames: false });
const framesOf = (...concepts: Concept[]) => {
  const lookup = lookupOf(...concepts);
  const hand = new Set(concepts.flatMap((c) => c.patterns ?? []));
  return [...new Set([...lookup.patterns.values()].flat())].filter((p) => !hand.has(p.source)).map((p) => `${p.conceptId}: ${p.source}`);
};
const named = (lookup: ReturnType<typeof lookupOf>, text: string) => findHits(text, lookup).map((h) => `${h.conceptId} [${text.slice(h.start, h.end)}]`);

describe('the table of action nouns', () => {
  it.each(ACTION_NOUNS.map((n) => [n.noun, n.example, n]))('%s: %j says it', (_noun, example, n) => {
    const lookup = lookupOf(concept('x', `${n.object} ${n.noun}`));
    expect(findHits(example, lookup).map((h) => h.conceptId)).toContain('x');
  });

  it('lists each noun once, with its own verb first where the noun has one', () => {
    expect(new Set(ACTION_NOUNS.map((n) => n.noun)).size).toBe(ACTION_NOUNS.length);
    expect(ACTION_NOUNS.find((n) => n.noun === 'oversight')?.verbs[0]).toBe('oversee');
  });
});

describe('frames derived from names', () => {
  it.each([
    ['an activity named "<object> <action noun>"', [concept('ops', 'Operations management')], ['ops: manage|oversee|run ... operations']],
    [
      'each variant alias too',
      [concept('gs', 'Goal setting', { aliases: { variant: ['objective setting'] } })],
      ['gs: set|define|establish|develop ... goal', 'gs: set|define|establish|develop ... objective'],
    ],
    ['an object of two words', [concept('ccm', 'Cloud cost management')], ['ccm: manage|oversee|run ... cloud cost']],
    ['technical activities', [concept('dv', 'Data validation', { category: 'technical' })], ['dv: validate|verify ... data']],
    // Negative rows: no frame.
    ['an adjective is no object', [concept('fp', 'Financial planning')], []],
    ['an object every duty has', [concept('pm', 'Project management'), concept('w', 'Work management')], []],
    ["an object that is also a program's document", [concept('lm', 'Log management', { category: 'technical' })], []], // "Manage the RAID log"
    [
      'a tool or a domain does nothing',
      [concept('t', 'Asset management', { category: 'tool' }), concept('d', 'Wealth management', { category: 'domain' })],
      [],
    ],
    ['a name with a function word', [concept('b', 'Bias for execution', { category: 'soft-skill' })], []],
    ['a noun the table lacks', [concept('s', 'Cloud strategy')], []],
    ["a verb that shares the noun's key", [concept('pb', 'Prototype builds', { category: 'technical' }), concept('cp', 'Communication plan')], []],
    ['a noun spelled as its verb', [concept('cc', 'Change control')], ['cc: control ... change']],
    ['a name that a context rule restricts', [concept('r', 'Release management', { context: [{ surface: 'Release management', notNearby: ['music'] }] })], []],
    ['an acronym or a form', [concept('a', 'Zz', { aliases: { acronym: ['ITSM'], form: ['managed vendors'] } })], []],
  ])('%s', (_what, concepts, frames) => {
    expect(framesOf(...concepts)).toEqual(frames);
  });

  it('leave an object to the hand-written patterns of its concept, and a verb to those of another', () => {
    // The author chose the verbs that say it of vendors: "run" was left out on purpose.
    expect(framesOf(concept('vm', 'Vendor management', { patterns: ['manage|engage .. vendor|vendors'] }))).toEqual([]);
    expect(framesOf(concept('vm', 'Vendor management', { aliases: { variant: ['supplier management'] }, patterns: ['manage .. vendor'] }))).toEqual([
      'vm: manage|oversee|run ... supplier',
    ]);
    // Another concept's author asked for a word between "define" and goals: no frame loosens that.
    const kpis = concept('k', 'KPIs', { patterns: ['define|set .. clear|shared goal|goals'] });
    expect(framesOf(kpis, concept('gs', 'Goal setting'))).toEqual(['gs: establish|develop ... goal']);
  });

  it('leave a verb to the concept whose noun has it first, and a tie to neither', () => {
    expect(framesOf(concept('vm', 'Vendor management'), concept('vo', 'Vendor oversight'))).toEqual(['vm: manage|run ... vendor', 'vo: oversee ... vendor']);
    expect(framesOf(concept('a', 'Cost tracking'), concept('b', 'Cost monitoring'))).toEqual(['a: track ... cost', 'b: monitor ... cost']);
    // "cost tracking" and "costs tracking" give the same frame to two concepts: neither keeps it.
    expect(framesOf(concept('a', 'Cost tracking'), concept('b', 'Spend review', { aliases: { variant: ['costs tracking'] } }))).toEqual([
      'b: review ... spend',
    ]);
  });

  it('leave out a verb and object that a surface names', () => {
    expect(framesOf(concept('cp', 'Capacity planning', { aliases: { variant: ['plan capacity'] } }))).toEqual([]);
  });

  it('are not derived when the compiler is asked not to', () => {
    const lookup = compileTaxonomy({ concepts: [concept('ops', 'Operations management')], byId: new Map(), narrower: new Map() }, { deverbalFrames: false });
    expect([...lookup.patterns.values()].flat()).toEqual([]);
  });
});

describe('a frame in a text', () => {
  const lookup = lookupOf(concept('ct', 'Cost tracking'), concept('ops', 'Operations management'));
  it.each([
    ['Track the project costs every week', ['ct [Track the project costs]']],
    ['Tracked costs for three programs', ['ct [Tracked costs]']],
    ['Oversaw the daily operations of the support desk', ['ops [Oversaw the daily operations]']],
    ['We need someone to monitor costs, and report them', ['ct [monitor costs]']],
    // Negative rows.
    ['Track milestones, costs and risks', []], // a comma ends the clause
    ['Tracking and costs are on the next page', []], // "and" after the verb joins nouns
    ['Track cost centers for finance', []], // the object must end its phrase: these are centers
    ['Run operations reviews with the leads', []],
    ['Track the status of the release and the costs of the program', []], // more than four words apart
    ['Track progress. Costs are reported by finance', []], // another sentence
    ['No need to track costs here', []], // negated
  ])('%j', (text, hits) => {
    expect(named(lookup, text)).toEqual(hits);
  });

  it('parses "..." as a gap in the clause whose pattern ends with a whole noun phrase', () => {
    const slots = parsePattern('track ... cost');
    expect(slots[1]).toEqual({ gap: 4, inClause: true });
    expect(slots[2]).toMatchObject({ endsPhrase: true });
    expect(parsePattern('track .. cost')[1]).toEqual({ gap: 4 }); // the hand-written gap is as before
    expect(parsePattern('track .. cost')[2]).not.toHaveProperty('endsPhrase');
  });
});

describe('the bundled taxonomy', () => {
  it('compiles frames into the shipped lookup', () => {
    const frames = [...new Set([...bundledLookup().patterns.values()].flat())].filter((p) => p.source.includes(' ... '));
    expect(frames.length).toBeGreaterThan(100);
  });

  it.each([
    ['Managing organization change across the plants', 'change-management', true],
    ['Facilitate client implementation workshops', 'workshop-facilitation', true],
    ['Verify the accuracy of data before each release', 'data-quality', true],
    // Negative rows: rule examples of hand-written patterns that a frame must not undo.
    ['Run stress tests on the cluster.', 'resilience', false],
    ['The lab runs blood tests daily.', 'test-management', false],
    // A program's document: no log management ("Manage the issue log", "Maintain a RAID log").
    ['Manage a RAID log and the decision log.', 'observability', false],
  ])('%j names %s: %s', (text, id, names) => {
    expect(findConcepts(text).some((c) => c.id === id)).toBe(names);
  });
});
