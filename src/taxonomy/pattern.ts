import { tokenize, wordKey } from '../analyze/normalize';

/** A word slot (alternatives, each a sequence of word keys) or a gap of up to `gap` other words. */
export type Slot = { alts: string[][]; optional: boolean } | { gap: number };

export const MAX_GAP = 4;

/** Splits a pattern into slots; throws a message that says what is wrong with it. */
export function parsePattern(source: string, keyOf: (w: string) => string = wordKey): Slot[] {
  const slots: Slot[] = source
    .trim()
    .split(/\s+/)
    .map((part) => {
      if (part === '..') return { gap: MAX_GAP };
      const optional = part.endsWith('?');
      const alts = (optional ? part.slice(0, -1) : part)
        .split('|')
        .map((alt) => tokenize(alt, keyOf).map((t) => t.key))
        .filter((keys) => keys.length > 0);
      if (alts.length === 0) throw new Error(`pattern "${source}": empty slot "${part}"`);
      return { alts, optional };
    });
  const words = slots.filter((s) => 'alts' in s);
  if (words.length < 2) throw new Error(`pattern "${source}": needs at least two word slots`);
  const first = slots[0];
  if (!('alts' in first) || first.optional) throw new Error(`pattern "${source}": must start with a required word slot`);
  const last = slots[slots.length - 1];
  if (!('alts' in last)) throw new Error(`pattern "${source}": must not end with a gap`);
  return slots;
}

