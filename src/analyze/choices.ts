import type { Category } from '../taxonomy/schema';
import type { CoverageStatus, Importance, TextSpan } from './analysis-schema';
import { spanAt } from './spans';

/**
 * Choices a posting offers in what it asks: "a degree in Computer Science, Engineering or a related field", "Jira,
 * Asana or similar tools", "PMP or PRINCE2 certification", "iOS or Android". Any one of the terms named in such a
 * choice meets it: a resume with a Computer Science degree lacks no Engineering degree here, and the score counts the
 * choice as met. A choice is an "or" ("and/or") list on a required or preferred line: the item after the "or" and
 * the items before it that commas join, each of at most MAX_ITEM_WORDS words. Terms of one category named in it,
 * each in an item of its own (itemsOf), are alternatives; a term named anywhere outside a choice is asked for
 * itself, and has none.
 */

/**
 * Soft skills joined by "or" are no choice but one trait said twice or a list of them, every one asked ("not hindered
 * by ambiguity or competing priorities", "curious or creative").
 */
const NEVER_ALTERNATIVES: ReadonlySet<Category> = new Set<Category>(['soft-skill']);

/** Longer runs of words are no item of a list, but a clause of their own. */
const MAX_ITEM_WORDS = 5;

/**
 * Words that end the item after the "or": what follows them says more about the choice, it is no part of its last
 * item ("PMP or PRINCE2 and 5 years of experience", "iOS or Android with a focus on payments").
 */
const ENDS_LAST_ITEM = new Set(['and', 'with', 'to', 'for', 'in', 'who', 'that', 'which', 'where', 'is', 'are', 'plus', 'as', 'at', 'on', 'from', 'including']);

/** "or", "and/or": the words that offer a choice between the items around them. */
const CHOICE_WORD = /\b(?:and\s?\/\s?)?or\b/gi;
/** Marks that end an item: a list's comma, a clause's or a sentence's end, a parenthesis. */
const ITEM_END = /[,;:.!?()[\]]/;
/** A word and the spaces before it, read one after another (sticky). */
const WORD = /\s*([^\s,;:.!?()[\]]+)/y;

export interface ChoiceTerm {
  id: string;
  category: Category;
  /** Where the posting names the term. */
  spans: readonly TextSpan[];
}

/** A line of the posting with its weight (structurePosting's lines). */
type WeightedLine = { start: number; end: number; weight: Importance | 'boilerplate' };

/** The part of a line that offers a choice: its items around its "or"s. */
type Window = readonly [start: number, end: number];

/**
 * The alternatives of each term that the posting names only in choices: term id to the other items of its choices in
 * text order, each the ids of the terms named in that item (one ask: "Bachelor's degree in Computer Science" asks a
 * level and a field together), its head last: the term whose words end last, the most specific. Only required and
 * preferred lines offer choices ("Manage scope, schedule or cost" is a duty, not a choice).
 */
export function choicesIn(text: string, lines: readonly WeightedLine[], terms: readonly ChoiceTerm[]): Map<string, string[][]> {
  const windows = choiceWindows(text, lines);
  const alternatives = new Map<string, string[][]>();
  if (!windows.length) return alternatives;
  const windowOf = (span: TextSpan) => windows.findIndex(([start, end]) => span.start < end && span.end > start);
  /** Per window, the terms named in it (with their span there), for terms named in choices only. */
  const members = new Map<number, { term: ChoiceTerm; span: TextSpan }[]>();
  for (const term of terms) {
    const inWindows = term.spans.map(windowOf);
    if (!inWindows.length || inWindows.includes(-1)) continue;
    inWindows.forEach((w, k) => {
      const named = members.get(w) ?? [];
      if (!named.some((m) => m.term === term)) named.push({ term, span: term.spans[k] });
      members.set(w, named);
    });
  }
  for (const [w, named] of members) {
    const itemOf = itemsOf(text, windows[w]);
    for (const category of new Set(named.map((m) => m.term.category))) {
      if (NEVER_ALTERNATIVES.has(category)) continue;
      /** The choice's items in text order, each the terms of this category that end in it, its head (the last to end) last. */
      const items = new Map<number, { id: string; end: number }[]>();
      for (const m of named)
        if (m.term.category === category) items.set(itemOf(m.span), [...(items.get(itemOf(m.span)) ?? []), { id: m.term.id, end: m.span.end }]);
      if (items.size < 2) continue;
      const ordered = [...items].sort(([a], [b]) => a - b).map(([, item]) => item.sort((a, b) => a.end - b.end).map((t) => t.id));
      for (const item of ordered) {
        const others = ordered.filter((other) => other !== item);
        for (const id of item) alternatives.set(id, [...(alternatives.get(id) ?? []), ...others]);
      }
    }
  }
  return alternatives;
}

/** What parts a choice's items: a comma, a slash, a choice word ("PRINCE2/APM, PMP or CSM"). */
const ITEM_SEPARATOR = new RegExp(`,|/|${CHOICE_WORD.source}`, 'gi');

/**
 * Which item of a choice a term's words stand in: the one where they end. A name that a list shares its head with
 * ends in its own item ("degree in Computer Science, Engineering" is the Engineering degree), and two terms that end
 * in one item are no choice but one ask ("Bachelor's degree in Computer Science": a level and a field).
 */
function itemsOf(text: string, [start, end]: Window): (span: TextSpan) => number {
  const separators = [...text.slice(start, end).matchAll(ITEM_SEPARATOR)].map((m) => start + m.index!);
  return (span) => {
    const last = Math.min(span.end, end) - 1;
    let item = 0;
    while (item < separators.length && separators[item] < last) item++;
    return item;
  };
}

/**
 * Every choice the required and preferred lines offer: the items around each "or", one choice where they overlap ("a
 * degree in Information Systems, Computer Science or a related field, or equivalent experience"). One pass over the
 * text: most lines hold no "or".
 */
function choiceWindows(text: string, lines: readonly WeightedLine[]): Window[] {
  const windows: [number, number][] = [];
  for (const choice of text.matchAll(CHOICE_WORD)) {
    const line = spanAt(lines, choice.index!);
    if (!line || (line.weight !== 'required' && line.weight !== 'preferred')) continue;
    const words = text.slice(line.start, line.end);
    const at = choice.index! - line.start;
    const end = lastItemEnd(words, at + choice[0].length);
    const start = firstItemStart(words, at);
    if (!(start < at && end > at + choice[0].length)) continue;
    const last = windows.at(-1);
    if (last && line.start + start <= last[1]) last[1] = Math.max(last[1], line.start + end);
    else windows.push([line.start + start, line.start + end]);
  }
  return windows;
}

/** Where the item after a choice word ends: at a mark, a word that ends it, or MAX_ITEM_WORDS words. */
function lastItemEnd(line: string, after: number): number {
  let end = after;
  WORD.lastIndex = after;
  for (let words = 0; words < MAX_ITEM_WORDS; words++) {
    const word = WORD.exec(line);
    if (!word || (words > 0 && ENDS_LAST_ITEM.has(word[1].toLowerCase()))) break;
    end = WORD.lastIndex;
    if (ITEM_END.test(line[end] ?? '')) break;
  }
  return end;
}

/**
 * Where the items before a choice word start: the item right before it, and each item before that which a comma
 * joins to it, each of at most MAX_ITEM_WORDS words ("Computer Science, Engineering, Mathematics or").
 */
function firstItemStart(line: string, before: number): number {
  let start = before;
  let at = before;
  // "Jira, Asana, or Smartsheet": the list's last comma may stand right before its choice word.
  while (at > 0 && /\s/.test(line[at - 1])) at--;
  if (line[at - 1] !== ',') at = before;
  else at--;
  for (;;) {
    let words = 0;
    let k = at;
    while (words < MAX_ITEM_WORDS) {
      let wordEnd = k;
      while (wordEnd > 0 && /\s/.test(line[wordEnd - 1])) wordEnd--;
      let wordStart = wordEnd;
      while (wordStart > 0 && !/\s/.test(line[wordStart - 1]) && !ITEM_END.test(line[wordStart - 1])) wordStart--;
      if (wordStart === wordEnd) break;
      start = wordStart;
      k = wordStart;
      words++;
    }
    let mark = k;
    while (mark > 0 && /\s/.test(line[mark - 1])) mark--;
    // A comma before a whole item joins one more item to the list; anything else (a longer run of words) ends it.
    if (words === 0 || line[mark - 1] !== ',') return start;
    at = mark - 1;
  }
}

/**
 * A term's coverage as a reader weighs it: covered where the resume meets it or an alternative of it
 * (`metByAlternative`), else as the resume shows it.
 */
export const statusAsMet = (term: { status: CoverageStatus | null; metByAlternative?: string }): CoverageStatus | null =>
  term.metByAlternative ? 'covered' : term.status;
