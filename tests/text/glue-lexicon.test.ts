import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deriveGlueLexicon } from '../../scripts/derive-glue-lexicon';
import { BUNDLED_KEYWORD_FILES } from '../../src/taxonomy/bundled';
import type { Concept } from '../../src/taxonomy/schema';
import { surfacesOf } from '../../src/taxonomy/taxonomy';
import { gluedJunctions, TOKENIZER_TWINS, wordKey } from '../../src/text/normalize';
import { functionWordGlued, GLUE_LEXICON_FILE, isWholeName } from '../../src/text/glue-lexicon';

describe('the glue lexicon (src/text/data/glue-lexicon.json)', () => {
  it('is the lexicon that the taxonomy gives today', async () => {
    const committed = JSON.parse(readFileSync(GLUE_LEXICON_FILE, 'utf8'));
    expect(committed, 'run `npm run names` (or `npm run lookup`) after editing keywords/').toEqual(await deriveGlueLexicon());
  });

  it('lets no surface of the taxonomy split with a sentence break inside a word (it could never match)', () => {
    const broken: string[] = [];
    for (const file of BUNDLED_KEYWORD_FILES)
      for (const concept of file.data as Concept[])
        for (const { text } of surfacesOf(concept))
          for (const [word] of text.matchAll(TOKENIZER_TWINS.WORD.exact()))
            if (gluedJunctions(word).some((j) => j.sentence)) broken.push(`${concept.id}: ${word}`);
    expect(broken).toEqual([]);
  });

  it.each([
    ['ServiceNow', true],
    ['LINKEDIN', true],
    ["LinkedIn's", true],
    ['PowerBI', true],
    ['ManagerWe', false],
    ['environmentPMP', false],
  ])('%s is a known name: %s', (word, known) => expect(isWholeName(word)).toBe(known));

  it.each([
    ['meetingsand', 'meetings'],
    ['teamsto', 'teams'],
    ['stakeholdersfor', 'stakeholders'],
    ['projectswith', 'projects'],
    ['brand', undefined],
    ['command', undefined],
    ['island', undefined],
    ['thousand', undefined],
    ['understand', undefined],
    ['demand', undefined],
    ['quicksand', undefined],
    ['within', undefined],
    ['breathe', undefined],
    ['potato', undefined],
    ['thereof', undefined],
  ])('%s glues a function word to %s', (word, before) => {
    const at = functionWordGlued(word, wordKey);
    expect(at === undefined ? undefined : word.slice(0, at)).toBe(before);
  });
});
