import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deriveWholeNames } from '../../scripts/derive-whole-names';
import { BUNDLED_KEYWORD_FILES } from '../../src/taxonomy/bundled';
import type { Concept } from '../../src/taxonomy/schema';
import { surfacesOf } from '../../src/taxonomy/taxonomy';
import { gluedJunctions, TOKENIZER_TWINS } from '../../src/text/normalize';
import { isWholeName, WHOLE_NAMES_FILE } from '../../src/text/whole-names';

describe('whole names (src/text/data/whole-names.json)', () => {
  it('is the list that the taxonomy gives today', () => {
    const committed = JSON.parse(readFileSync(WHOLE_NAMES_FILE, 'utf8')).names;
    expect(committed, 'run `npm run names` (or `npm run lookup`) after editing keywords/').toEqual(deriveWholeNames());
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
});
