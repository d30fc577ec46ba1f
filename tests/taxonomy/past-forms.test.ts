import { describe, expect, it } from 'vitest';
import { bundledLookup, findConcepts } from '../../src/index';

// Resumes speak in the past tense. An irregular past form meets its verb's patterns even where a pattern also lists
// it as a word of its own ("run|ran", "write|wrote"): src/taxonomy/compile.ts, irregularForms.
const { keyOf } = bundledLookup();

describe('irregular past forms', () => {
  it.each([
    ['ran', 'run'],
    ['wrote', 'write'],
    ['written', 'write'],
    ['took', 'take'],
    ['led', 'lead'],
  ])('%s is keyed as %s', (form, verb) => expect(keyOf(form)).toBe(keyOf(verb)));

  // Only past tenses and participles compromise knows as such: a noun or an adjective keeps its own key.
  it.each([
    ['thing', 'the'],
    ['are', 'is'],
    ['people', 'person'],
    ['known', 'know'],
  ])('%s is not keyed as %s', (word, other) => expect(keyOf(word)).not.toBe(keyOf(other)));

  it.each([
    ['- Ran weekly syncs with engineering leads.', 'meeting-facilitation'],
    ['- Wrote the requirements for the billing API.', 'requirements-gathering'],
    ['- Run weekly syncs with engineering leads.', 'meeting-facilitation'],
  ])('%s names %s', (text, id) => expect(findConcepts(text).map((c) => c.id)).toContain(id));

  it.each([
    ['- Ran five miles before the weekly sync.', 'meeting-facilitation'], // no meeting run
    ['- Wrote the weekly newsletter for the site.', 'requirements-gathering'],
  ])('%s does not name %s', (text, id) => expect(findConcepts(text).map((c) => c.id)).not.toContain(id));
});
