import type { Token } from '../text/normalize';
import { type ListContext, type ListHit, POSSESSIVES, sharedHeadAfterVerb } from './lists';

/**
 * A phrase of keeping things in hand, before the bare name of what is kept, names the practice that looks after it:
 * "the treatment of risks" is risk management, "accounting for risks and dependencies" risk and dependency
 * management, "Own scope, schedule, budget, risk and quality" each of the five. The object and "management" must
 * make a surface of the taxonomy (lists.ts composes them, items of a list included), so which object stands for
 * which practice is the taxonomy's own data.
 */

/** The phrases of handling, each with a line that says so. Their object goes with "management". */
export const HANDLING_PHRASES: readonly { words: readonly string[]; example: string }[] = [
  { words: ['treatment', 'of'], example: 'Drive the communication and treatment of risks' },
  { words: ['handling', 'of'], example: 'Own the handling of escalations with the vendor' },
  // Any form of the words: "account for risks" too.
  { words: ['accounting', 'for'], example: 'Plan the rollout while accounting for risks and dependencies' },
  { words: ['oversight', 'of'], example: 'Provide oversight of vendors and their deliverables' },
  { words: ['responsible', 'for'], example: 'Responsible for scope, schedule, budget, risk and quality' },
  { words: ['accountable', 'for'], example: 'Accountable for budget and risk across the portfolio' },
  { words: ['own'], example: 'Own scope, schedule, budget, risk and quality' },
  { words: ['ownership', 'of'], example: 'Take ownership of risks, issues and dependencies' },
];

const HEAD = 'management';

export interface HandledObjectContext {
  lists: ListContext;
  tokens: readonly Token[];
  keyOf: (word: string) => string;
}

let phraseKeys: { keyOf: (word: string) => string; byFirst: Map<string, string[][]>; head: string } | undefined;

/** The phrases as word keys, by their first key, per key function (one per taxonomy). */
function keysFor(keyOf: (word: string) => string) {
  if (phraseKeys?.keyOf !== keyOf) {
    const byFirst = new Map<string, string[][]>();
    for (const { words } of HANDLING_PHRASES) {
      const keys = words.map(keyOf);
      byFirst.set(keys[0], [...(byFirst.get(keys[0]) ?? []), keys]);
    }
    phraseKeys = { keyOf, byFirst, head: keyOf(HEAD) };
  }
  return phraseKeys;
}

/** Every practice that a phrase of handling and its object (or list of objects) name, evidence from the phrase on. */
export function handledObjects({ lists, tokens, keyOf }: HandledObjectContext): ListHit[] {
  const { byFirst, head } = keysFor(keyOf);
  const out: ListHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const phrases = byFirst.get(tokens[i].key);
    // "your own knowledge", "their handling of escalations": someone else's, or no verb at all.
    if (!phrases || (i > 0 && POSSESSIVES.has(tokens[i - 1].lower))) continue;
    for (const keys of phrases) {
      const last = i + keys.length - 1;
      if (last + 1 >= tokens.length) continue;
      let fits = true;
      for (let k = 1; k < keys.length && fits; k++) fits = tokens[i + k].key === keys[k] && tokens[i + k].breakBefore === 'none';
      if (!fits) continue;
      for (const hit of sharedHeadAfterVerb(lists, last, head)) out.push({ ...hit, from: i });
    }
  }
  return out;
}
