// The patterns' required slots, numbered, and indexed by the keys that fill them. The matcher marks the slots a
// text's words fill, then tries a pattern only where all its required slots are filled ("manage .. budget" needs
// "budget"). The index depends on the patterns only: the compiler builds it (patternSlotsOf), the build writes it
// into the lookup's data, and the run time reads it from there (lookup-data.ts) without decoding every pattern
// first: a pattern is decoded when a text first fills all its required slots.
import type { CompiledPattern } from './lookup';
import type { Slot } from './pattern';

export interface PatternSlots {
  /** Patterns, each once however many keys start it, numbered 0 to patternCount - 1. */
  patternCount: number;
  /** Required slots of all patterns, numbered 0 to slotCount - 1: a pattern's slots take consecutive numbers. */
  slotCount: number;
  /** Groups of patterns that one key may start, numbered 0 to groupCount - 1. */
  groupCount: number;
  /** The number of the group of patterns `key` may start, or undefined. */
  groupOf(key: string): number | undefined;
  /** The numbers of the patterns of group `n`, in the order of Lookup.patterns.get(key). */
  group(n: number): readonly number[];
  /** Pattern `p`'s required slots, the last slot's first: the object ("budget") rules out most. */
  requires(p: number): readonly number[];
  pattern(p: number): CompiledPattern;
  /** The required slots one of whose alternatives starts with `key`, or undefined. */
  fills(key: string): readonly number[] | undefined;
}

/** Whether a slot is required: a word slot, not optional, without an empty alternative (which fits anywhere). */
export const isRequiredSlot = (slot: Slot): slot is WordSlot => !('gap' in slot) && !slot.optional && !slot.alts.some((alt) => alt.length === 0);

type WordSlot = Extract<Slot, { alts: string[][] }>;

/**
 * Numbers every pattern (each once, however many keys start it, in the order of `patterns`) and its required
 * slots, and indexes the slots by the first keys of their alternatives.
 */
export function patternSlotsOf(patterns: ReadonlyMap<string, readonly CompiledPattern[]>): PatternSlots {
  const all = [...new Set([...patterns.values()].flat())];
  const numbers = new Map(all.map((pattern, p) => [pattern, p]));
  const fills = new Map<string, number[]>();
  let slotCount = 0;
  const requires = all.map((pattern) => {
    const ids: number[] = [];
    for (const slot of pattern.slots) {
      if (!isRequiredSlot(slot)) continue;
      const id = slotCount++;
      ids.unshift(id);
      for (const first of new Set(slot.alts.map((alt) => alt[0]))) {
        const slots = fills.get(first);
        if (slots) slots.push(id);
        else fills.set(first, [id]);
      }
    }
    return ids;
  });
  const keys = [...patterns.keys()];
  const groupNumbers = new Map(keys.map((key, n) => [key, n]));
  const groups = keys.map((key) => patterns.get(key)!.map((pattern) => numbers.get(pattern)!));
  return {
    patternCount: all.length,
    slotCount,
    groupCount: groups.length,
    groupOf: (key) => groupNumbers.get(key),
    group: (n) => groups[n],
    requires: (p) => requires[p],
    pattern: (p) => all[p],
    fills: (key) => fills.get(key),
  };
}
