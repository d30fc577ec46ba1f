import { tokenize, wordKey } from '../text/normalize';

/**
 * A word slot (alternatives, each a sequence of word keys) or a gap of up to `gap` other words; a gap `inClause`
 * ends at a comma, bracket or quote (a soft break) as well as at the sentence's end; a gap of `modifiers` holds
 * only words that describe the next slot's noun ("multiple interdependent projects").
 */
export type Slot = { alts: string[][]; optional: boolean; endsPhrase?: true } | { gap: number; inClause?: true; modifiers?: true };

export const MAX_GAP = 4;
/** The most words a `~` gap holds: "multiple simultaneous large-scale initiatives" (a hyphen joins two). */
export const MAX_MODIFIERS = 3;

/** Splits a pattern into slots; throws a message that says what is wrong with it. */
export function parsePattern(source: string, keyOf: (w: string) => string = wordKey): Slot[] {
  const slots: Slot[] = source
    .trim()
    .split(/\s+/)
    .map((part) => {
      if (part === '..') return { gap: MAX_GAP };
      if (part === '...') return { gap: MAX_GAP, inClause: true as const };
      if (part === '~') return { gap: MAX_MODIFIERS, modifiers: true as const };
      const optional = part.endsWith('?');
      const alts = (optional ? part.slice(0, -1) : part)
        .split('|')
        .map((alt) => tokenize(alt, keyOf).map((t) => t.key))
        .filter((keys) => keys.length > 0);
      if (alts.length === 0) throw new Error(`pattern "${source}": empty slot "${part}"`);
      return { alts, optional };
    });
  const words = slots.filter((s): s is Extract<Slot, { alts: string[][] }> => 'alts' in s);
  if (words.length < 2) throw new Error(`pattern "${source}": needs at least two word slots`);
  if ('gap' in slots[0]) throw new Error(`pattern "${source}": must not start with a gap`);
  if (!words.some((s) => !s.optional)) throw new Error(`pattern "${source}": needs a required word slot`);
  const last = slots[slots.length - 1];
  if (!('alts' in last)) throw new Error(`pattern "${source}": must not end with a gap`);
  // A verb and its object: the object heads its noun phrase ("run stress tests" runs tests, not stress).
  if (slots.some((s) => 'gap' in s && s.inClause)) last.endsPhrase = true;
  return slots;
}

/** The keys a match can start with: every leading optional slot's and the first required slot's. */
export function startKeys(slots: Slot[]): string[] {
  const keys: string[] = [];
  for (const slot of slots) {
    if ('gap' in slot) break;
    keys.push(...slot.alts.map((alt) => alt[0]));
    if (!slot.optional) break;
  }
  return [...new Set(keys)];
}
