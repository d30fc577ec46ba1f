import { commaIn, isAndOr } from '../text/normalize';
import { type ListContext, type ListHit, nextItem, previousItem, standsAlone } from './lists';

/**
 * A common noun that names a concept in one sense among several ("testing", "security", "architecture") carries a
 * context rule: it counts where its sentence holds a word of its trade ("testing" beside "release" or "code"). A
 * list says as much by its other items: in "kickoffs, technical configuration, testing, clinician training,
 * go-live" or "Support documentation, testing, and handoff to operations" the items beside it are known practices of
 * the same work, so the noun counts in the sense its concept gives it. Only a bare item (the word alone between the
 * list's separators), only where two other items of its list are found activities, and only where the rule's
 * other conditions hold (the words that must not stand before, after or near it).
 *
 * A product name spelled as a word ("Sentry", "Linear") is vouched for the same way by one tool or technology named
 * beside it ("Firebase Crashlytics or Sentry"): a list of names rarely mixes a product with an everyday word.
 */

/** Other items of the list that must be found: one known neighbour is as often the first item of another list. */
const MIN_FOUND_SIBLINGS = 2;
/** Items read on each side of the noun. */
const MAX_ITEMS_EACH_SIDE = 5;

export interface SiblingContext {
  lists: ListContext;
  /** The activities found so far, by token range. */
  found: readonly { conceptId: string; from: number; to: number }[];
  /** The concept a word names apart from its rule's words nearby, where that condition alone left it out. */
  ruledNounAt: (k: number) => string | undefined;
  /** Found items of its list that must stand beside it (2 by default). */
  minSiblings?: number;
}

/** Every bare list item that its rule's words nearby left out and that two found items of its list vouch for. */
export function vouchedBySiblings({ lists, found, ruledNounAt, minSiblings = MIN_FOUND_SIBLINGS }: SiblingContext): ListHit[] {
  const out: ListHit[] = [];
  /** Whether a found activity other than `except` overlaps tokens from..to. */
  const foundIn = (from: number, to: number, except?: string) => found.some((f) => f.conceptId !== except && f.from <= to && f.to >= from);
  for (let k = 0; k < lists.tokens.length; k++) {
    if (!bySeparator(lists, k)) continue; // most words stand in no list: no look-up for them
    const conceptId = ruledNounAt(k);
    if (conceptId === undefined || foundIn(k, k)) continue;
    const before = previousItem(lists, k);
    const after = nextItem(lists, k);
    if ((!before && !after) || !standsAlone(lists, k)) continue;
    let siblings = 0;
    for (let item = before, n = 0; item && n < MAX_ITEMS_EACH_SIDE; item = previousItem(lists, item.from), n++)
      if (foundIn(item.from, item.to, conceptId)) siblings++;
    for (let item = after, n = 0; item && n < MAX_ITEMS_EACH_SIDE; item = nextItem(lists, item.to), n++) if (foundIn(item.from, item.to, conceptId)) siblings++;
    if (siblings >= minSiblings) out.push({ conceptId, from: k, to: k });
  }
  return out;
}

/**
 * Whether a comma or a joining word stands right before or after token k: a quick test before any look-up. Asked
 * of every word of a text, so read by character (isAndOr), with no function made per word.
 */
function bySeparator({ text, tokens }: ListContext, k: number): boolean {
  const before = k > 0 && (commaIn(text, tokens[k - 1].end, tokens[k].start) || isAndOr(tokens[k - 1].raw));
  const after = k + 1 < tokens.length && (commaIn(text, tokens[k].end, tokens[k + 1].start) || isAndOr(tokens[k + 1].raw));
  return before || after;
}
