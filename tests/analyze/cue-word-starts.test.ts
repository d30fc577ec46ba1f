import { describe, expect, it } from 'vitest';
import { wordRunStarts } from '../../src/analyze/cues';
import { BEYOND_LATIN } from '../../src/text/normalize';

/** Where the expression the scan used to run finds its runs of letters and digits. */
const byExpression = (text: string) => [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => m.index);

/** Every code unit that text without a character beyond Latin may hold (BEYOND_LATIN's complement). */
const latinUnits = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c)).filter((c) => !BEYOND_LATIN.test(c) && c !== '\n');

describe('the cue scan reads word starts in place', () => {
  it('finds the runs of letters and digits the expression finds, for every code unit of Latin text', () => {
    // Each unit alone between spaces, then each glued to a letter on both sides: a run starts, or continues, alike.
    for (const c of latinUnits) {
      for (const text of [` ${c} `, `a${c}b`, `${c}1`, `-${c}-`]) expect(wordRunStarts(text), JSON.stringify(text)).toEqual(byExpression(text));
    }
  });

  it('reads text beyond Latin with the exact expression', () => {
    for (const text of ['Über uns — 東京 office', 'Команда 2024', 'naïve café Ωmega']) expect(wordRunStarts(text)).toEqual(byExpression(text));
  });
});
