import { describe, expect, it } from 'vitest';
import { compiledLookup } from '../../src/taxonomy/compiled-lookup';
import { firstLineFrom, isLineOf } from '../../src/taxonomy/lookup-data';

/** The reference: the lines cut out, the first at or after the target found by a scan. */
function naiveFirstLineFrom(text: string, target: string): number {
  let start = 0;
  for (const line of text.split('\n')) {
    if (line >= target) return start;
    start += line.length + 1;
  }
  return text.length + 1;
}

/** Targets around each line: the line, its key, a prefix, a longer and a shorter neighbour, and the extremes. */
const targetsOf = (text: string) => [
  '',
  '\t',
  '0',
  '~~~',
  '\uffff',
  ...text.split('\n').flatMap((line) => [line, line.split('\t')[0], `${line.split('\t')[0]}\t`, `${line}a`, line.slice(0, -1), line.slice(0, 2)]),
];

describe('firstLineFrom: a binary search over the characters of sorted lines', () => {
  it('finds the line a scan of the cut-out lines finds, in small texts', () => {
    for (const text of ['', 'a', 'a\nb', 'b\nd\nf', 'ab\tx\nabc\ty\nb\tz', 'a\na\nb', 'x\ty y\nxy\tz\nxyz\tw v\nz\ta'])
      for (const target of targetsOf(text))
        expect(firstLineFrom(text, target), `${JSON.stringify(text)} ${JSON.stringify(target)}`).toBe(naiveFirstLineFrom(text, target));
  });

  it('finds the line a scan finds in the joined-words index, for each of its words and their neighbours', () => {
    const text = compiledLookup.wordsOfJoined;
    const lines = text.split('\n');
    expect(lines.length).toBeGreaterThan(1000);
    for (const target of targetsOf(text)) expect(firstLineFrom(text, target), JSON.stringify(target)).toBe(naiveFirstLineFrom(text, target));
    // Negative rows: a word that no line starts with lands where it would sort, and no line there starts with it.
    for (const word of ['roadmapjira', 'aaaa', 'zzzz', 'constructor']) expect(text.startsWith(`${word}\t`, firstLineFrom(text, `${word}\t`)), word).toBe(false);
  });

  it('isLineOf answers as a Set of the lines does, for the adjectives and their neighbours', () => {
    const text = compiledLookup.adjectives;
    const lines = new Set(text.split('\n'));
    expect(lines.size).toBeGreaterThan(1000);
    const words = [...lines].flatMap((line) => [line, `${line}s`, line.slice(0, -1), line.toUpperCase()]);
    // Negative rows: the empty word, words beyond either end, names of Object.prototype's own properties.
    for (const word of [...words, '', 'a', 'zzzz', '\uffff', 'constructor', 'toString'])
      expect(isLineOf(text, word), JSON.stringify(word)).toBe(lines.has(word));
    expect(words.filter((word) => !lines.has(word)).length).toBeGreaterThan(1000);
  });
});
