import { isKnownWord } from '../text/glue-lexicon';
import { gapMark, isAndOr, isCommaGap, isSeparatorGap, isSpaceGap, separatorIn, type Token } from '../text/normalize';

/**
 * Coordinated lists share a word between their items, and a keyword scan that reads word by word misses the
 * items that do not carry it: "risk, issue and change management" names issue management too; "management of
 * risks and dependencies" names dependency management; "manage scope, schedule and cost" names cost management.
 * Which words a list may share comes from the taxonomy (Lookup.heads, Lookup.headsOfVerb); an item counts only
 * when it and the shared word form a known surface, so "Jira and Confluence administration" stays two tools.
 */

export interface ListHit {
  conceptId: string;
  category?: string;
  /** Token range of the evidence: the item and the shared word, with what lies between. */
  from: number;
  to: number;
}

export interface ListContext {
  text: string;
  tokens: Token[];
  /** The concept that tokens from..to (an item) followed by the head word name, if any. */
  compose: (from: number, to: number, head: HeadWord) => Composed | undefined;
  /** Whether a word only describes the noun after it ("complex programs"), so an item may drop it. */
  isAdjective: (word: string) => boolean;
  /** Per token, whether it is a content word (isContent), where the caller knows it already (the matcher's Word). */
  words?: readonly { content: boolean }[];
  /** The category of the concept that tokens from..to name by themselves, as a plain surface, if any. */
  namesAlone?: (from: number, to: number) => string | undefined;
}

export interface Composed {
  conceptId: string;
  category: string;
}

/** The shared word: a token of the text, or the action noun of a verb ("manage" -> "management"). */
export interface HeadWord {
  key: string;
  /** Where the text spells it; absent for a verb's action noun, which then cannot meet a case-exact surface. */
  token?: number;
}

/** Items are short noun phrases: "risk", "project risk", "third party risk". */
const MAX_ITEM_WORDS = 3;
const MAX_ITEMS = 6;
/** Longer evidence would be a clause: past this many words the item alone is the evidence. */
const MAX_EVIDENCE_WORDS = 8;

/**
 * A verb or "X of" names an activity: "manage assets" is no asset-management industry, "application of project
 * management" no project management software. Only these categories are activities.
 */
const ACTIVITY_CATEGORIES = new Set(['practice', 'methodology', 'soft-skill', 'technical', 'compliance']);
/** Last items that offer another thing in place of the items before, not one more of them: "or equivalent experience". */
const STANDS_IN = new Set(['equivalent', 'comparable', 'similar']);
/** Categories whose names, as the last item of a list, let the items before it take the head (sharedHeadBefore). */
const NAMED_ALONE = new Set(['practice', 'soft-skill']);

/**
 * Closed-class words end a noun phrase and are never part of an item: prepositions, conjunctions, determiners,
 * quantifiers, pronouns, auxiliaries. "attention to detail", "manage risks across teams", "manage the budget".
 */
const FUNCTION_WORDS = new Set([
  'a',
  'an',
  'the',
  'this',
  'that',
  'these',
  'those',
  'our',
  'their',
  'its',
  'your',
  'his',
  'her',
  'my',
  'all',
  'any',
  'each',
  'every',
  'some',
  'such',
  'both',
  'either',
  'more',
  'most',
  'less',
  'many',
  'much',
  'few',
  'other',
  'and',
  'or',
  'nor',
  'but',
  'as',
  'while',
  'so',
  'than',
  'if',
  'when',
  'where',
  'which',
  'who',
  'whom',
  'whose',
  'what',
  'how',
  'why',
  'of',
  'for',
  'with',
  'in',
  'on',
  'to',
  'from',
  'at',
  'by',
  'into',
  'onto',
  'over',
  'under',
  'across',
  'within',
  'without',
  'throughout',
  'through',
  'between',
  'among',
  'via',
  'per',
  'about',
  'against',
  'during',
  'including',
  'like',
  'before',
  'after',
  'around',
  'toward',
  'towards',
  'upon',
  'beyond',
  'along',
  'until',
  'since',
  'up',
  'down',
  'out',
  'off',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'will',
  'would',
  'can',
  'could',
  'should',
  'must',
  'may',
  'might',
  'shall',
  'do',
  'does',
  'did',
  'have',
  'has',
  'had',
  'not',
  'no',
  'we',
  'you',
  'they',
  'it',
  'i',
  'he',
  'she',
  'us',
  'them',
  'well',
  'also',
  'etc',
]);

export const isFunctionWord = (word: string) => FUNCTION_WORDS.has(word.toLowerCase());
/** isFunctionWord(token.raw), read from the token's lowercase form. */
export const isFunctionToken = (token: Token) => FUNCTION_WORDS.has(token.lower);

/** The articles, lowercase: a pattern may write one, and a text may put one between a verb and its object. */
export const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);
/** The possessive determiners, lowercase: after one, "own" is the adjective ("your own metrics"). */
export const POSSESSIVES: ReadonlySet<string> = new Set(['my', 'your', 'our', 'their', 'its', 'his', 'her']);

/**
 * Determiners and personal pronouns: a line of a few words that holds one is a sentence or a point ("Led the
 * launch", "We ship it", "Own your roadmap"), not a name ("Ruby on Rails", "Program Management"). The English ones
 * of compromise's lexicon (its Determiner, Pronoun and Possessive words) and the pronouns' other cases.
 */
const SENTENCE_WORDS = new Set([
  ...ARTICLES,
  ...POSSESSIVES,
  ...'this that these those some any each every another both either neither several various few much whatever whichever'.split(' '),
  ...'i me mine myself you yours yourself yourselves he him himself she hers herself it itself'.split(' '),
  ...'we us ours ourselves they them theirs themselves'.split(' '),
]);
/** Whether a word is a determiner or a pronoun; a word in capitals is an acronym ("IT", "US"), a lone letter not ("A"). */
export const isSentenceWord = (raw: string) => SENTENCE_WORDS.has(raw.toLowerCase()) && !(raw.length > 1 && raw === raw.toUpperCase());

/** What may stand between a verb or "of" and the first item: "manage the budget", "building a team". */
const DETERMINERS = new Set(['a', 'an', 'the', 'our', 'their', 'its', 'all', 'any', 'multiple', 'several']); // not "your": "manage your schedule" is time management

const lower = (t: Token) => t.lower;
const gapBefore = (ctx: ListContext, k: number) => ctx.text.slice(ctx.tokens[k - 1].end, ctx.tokens[k].start);
const sameSentence = (ctx: ListContext, a: number, b: number) => ctx.tokens[a].sentence === ctx.tokens[b].sentence;

/** A content word: a noun, adjective or name that may be part of an item; "-ly" words are adverbs. */
function isContent(ctx: ListContext, k: number): boolean {
  const t = ctx.tokens[k];
  if (t === undefined) return false;
  return ctx.words ? ctx.words[k].content : isContentWord(t.raw);
}

/** Not a function word, not an "-ly" adverb. "IT" in capitals is information technology, not the pronoun. */
export const isContentWord = (raw: string) => raw === 'IT' || (!FUNCTION_WORDS.has(raw.toLowerCase()) && !/ly$/i.test(raw));

/** Two words of one phrase: a space or a hyphen between them, nothing else. */
function joinsPlainly(ctx: ListContext, k: number): boolean {
  if (k <= 0 || ctx.tokens[k].breakBefore !== 'none') return false;
  const { end } = ctx.tokens[k - 1];
  // Most words follow one space: read in place, without slicing the gap.
  if (ctx.tokens[k].start === end + 1 && ctx.text.charCodeAt(end) === 32) return true;
  return /^(?:\s+|-)$/.test(gapBefore(ctx, k));
}

interface Separator {
  /** Last token of the item before the separator (backward) or first token of the item after it (forward). */
  item: number;
  /** "and", "or", "&", "/": a list of two or more; a comma alone separates only inside a list. */
  conjunction: boolean;
  /** ", and": after only one item this is more often a new clause ("quality, and risk management is"). */
  serialComma: boolean;
}

/** Connector words, each as the sequence of words it spells. */
const CONNECTORS = [['and'], ['or'], ['and', 'or'], ['as', 'well', 'as']];

/** The separator ending right before token `k`, if a list item may end there. */
function separatorBefore(ctx: ListContext, k: number): Separator | undefined {
  if (k < 1 || !sameSentence(ctx, k - 1, k)) return undefined;
  const punctuation = separatorIn(gapBefore(ctx, k));
  if (punctuation && isContent(ctx, k - 1)) return { item: k - 1, conjunction: punctuation !== ',', serialComma: false };
  if (!isSpaceGap(gapBefore(ctx, k))) return undefined;
  for (const words of CONNECTORS) {
    const first = k - words.length;
    if (first < 1 || !words.every((w, n) => lower(ctx.tokens[first + n]) === w)) continue;
    if (!sameSentence(ctx, first - 1, k)) return undefined;
    const before = gapBefore(ctx, first);
    if (!isCommaGap(before) || !isContent(ctx, first - 1)) return undefined;
    return { item: first - 1, conjunction: true, serialComma: before.includes(',') };
  }
  return undefined;
}

/** The separator starting right after token `k`, if a list item may end there. */
function separatorAfter(ctx: ListContext, k: number): Separator | undefined {
  const next = k + 1;
  if (next >= ctx.tokens.length || !sameSentence(ctx, k, next)) return undefined;
  const punctuation = separatorIn(gapBefore(ctx, next));
  if (punctuation && !CONNECTORS.some((words) => lower(ctx.tokens[next]) === words[0])) {
    return isContent(ctx, next) ? { item: next, conjunction: punctuation !== ',', serialComma: false } : undefined;
  }
  if (!isCommaGap(gapBefore(ctx, next))) return undefined;
  for (const words of CONNECTORS) {
    const after = next + words.length;
    if (after >= ctx.tokens.length || !words.every((w, n) => lower(ctx.tokens[next + n]) === w)) continue;
    if (!sameSentence(ctx, k, after) || !isSpaceGap(gapBefore(ctx, after)) || !isContent(ctx, after)) return undefined;
    return { item: after, conjunction: true, serialComma: gapBefore(ctx, next).includes(',') };
  }
  return undefined;
}

/** The first token of the item that ends at `end`: up to three content words joined plainly. */
function itemStartingBefore(ctx: ListContext, end: number): number {
  let start = end;
  while (start > end - (MAX_ITEM_WORDS - 1) && joinsPlainly(ctx, start) && isContent(ctx, start - 1)) start--;
  return start;
}

/** The last token of the item that starts at `start`, or -1 when the phrase runs on past three words. */
function itemEndingAfter(ctx: ListContext, start: number): number {
  let end = start;
  while (end < start + MAX_ITEM_WORDS - 1 && end + 1 < ctx.tokens.length && joinsPlainly(ctx, end + 1) && isContent(ctx, end + 1)) end++;
  const next = end + 1;
  return next < ctx.tokens.length && joinsPlainly(ctx, next) && isContent(ctx, next) ? -1 : end;
}

interface Item {
  from: number;
  to: number;
  composed?: Composed & { from: number };
  /** The whole item composes, or it is one word: the list may go on past it. */
  clean: boolean;
}

/**
 * Composes an item with the head: the whole item, or its tail when the words left out only describe
 * ("complex programs"); when the item's start is unknown (the first item of a list read backward) any tail.
 */
function composeItem(ctx: ListContext, from: number, to: number, head: HeadWord, anyTail = false): Item {
  for (let start = from; start <= to; start++) {
    const composed = ctx.compose(start, to, head);
    if (composed) return { from, to, composed: { ...composed, from: start }, clean: start === from };
    if (!anyTail && !ctx.isAdjective(ctx.tokens[start].raw)) break;
  }
  return { from, to, clean: isOneWord(ctx, from, to) };
}

/** One word, or one compound of words joined by hyphens ("software-related", "technology-driven"). */
function isOneWord(ctx: ListContext, from: number, to: number): boolean {
  for (let k = from + 1; k <= to; k++)
    if (ctx.tokens[k].breakBefore !== 'none' || ctx.text.slice(ctx.tokens[k - 1].end, ctx.tokens[k].start) !== '-') return false;
  return true;
}

/** The evidence range of a list item: from the item (or the verb) to the head, or the item alone when that is long. */
function evidence(from: number, to: number, item: { from: number; to: number }): { from: number; to: number } {
  return to - from + 1 <= MAX_EVIDENCE_WORDS ? { from, to } : item;
}

/**
 * "release, incident and problem management": items joined by commas and a conjunction share the head word
 * after the last one. The last item composes with it, or at least two items do, so that "stakeholders and
 * senior management" stays people; or one item names an industry ("developer and creator ecosystems",
 * "a retail or franchise environment"): a list before an industry's head is a list of industries.
 */
export function sharedHeadBefore(ctx: ListContext, head: number): ListHit[] {
  if (!joinsPlainly(ctx, head) || !isContent(ctx, head - 1)) return [];
  const lastStart = itemStartingBefore(ctx, head - 1);
  if (!separatorBefore(ctx, lastStart)?.conjunction) return []; // most heads end no list: stop before composing
  // "a degree in Engineering or equivalent experience": the last item stands in for what came before, no modifier.
  if (lastStart === head - 1 && STANDS_IN.has(ctx.tokens[lastStart].key)) return [];
  const headWord = { key: ctx.tokens[head].key, token: head };
  const last = composeItem(ctx, lastStart, head - 1, headWord);
  // "leadership, negotiation and conflict resolution skills": a last item of several words that names a skill or a
  // practice by itself ends a list of them as cleanly as one word does, though it does not compose with the head.
  const lastAlone = last.composed || last.clean ? undefined : ctx.namesAlone?.(lastStart, head - 1);
  const listOfAlone = lastAlone !== undefined && NAMED_ALONE.has(lastAlone);
  if (!last.clean && !listOfAlone) return [];
  const hits: ListHit[] = [];
  let start = last.from;
  let items = 1;
  /** Items read, the last one included: "quality, and risk management" reads two. */
  let read = 1;
  let serialComma = false;
  let industries = last.composed?.category === 'domain' ? 1 : 0;
  // Where the last item names an activity with the head, the head is the activity's: "client and stakeholder
  // engagement", "operations, security, and external vendors" name parties, no consulting or security industry.
  const activityHead = last.composed !== undefined && last.composed.category !== 'domain';
  for (; items <= MAX_ITEMS; items++) {
    const separator = separatorBefore(ctx, start);
    if (!separator) break;
    if (items === 1) {
      if (!separator.conjunction) break; // "Scrum, change management": a list of skills, not of modifiers
      serialComma = separator.serialComma;
    }
    start = itemStartingBefore(ctx, separator.item);
    const bounded = separatorBefore(ctx, start) !== undefined;
    const item = composeItem(ctx, start, separator.item, headWord, !bounded);
    read++;
    if (item.composed && !(activityHead && item.composed.category === 'domain')) {
      hits.push({
        conceptId: item.composed.conceptId,
        category: item.composed.category,
        ...evidence(item.composed.from, head, { from: item.composed.from, to: item.to }),
      });
      if (item.composed.category === 'domain') industries++;
    }
    if (!item.clean) break;
  }
  if (serialComma && read < 3) return [];
  // Half the items at least: "cloud, networking, compute, storage, and security environments" lists no industries.
  const industryList = industries * 2 >= read;
  // "capacity and cost planning": of two items, a last one that names no concept with the head but is a plain noun
  // of the taxonomy's names (one lowercase word of them, no adjective, no verb's -ing or -ed) shares the head as the
  // first does; "stakeholders and senior management" stays people, "building and operating tooling" two actions.
  const lastWord = ctx.tokens[lastStart];
  const plainNoun =
    lastStart === head - 1 &&
    /^\p{Ll}+$/u.test(lastWord.raw) &&
    !/(?:ing|ed)$/.test(lastWord.raw) &&
    !ctx.isAdjective(lastWord.raw) &&
    isKnownWord(lastWord.key);
  const sameKindAsLast = listOfAlone && hits.length >= 1 && hits.every((h) => h.category === lastAlone);
  return last.composed || hits.length >= 2 || industryList || (plainNoun && read === 2 && hits.length === 1) || sameKindAsLast ? hits : [];
}

/** "management of risks, issues and dependencies": the head is an action noun, each item its object. */
export function sharedHeadAfterOf(ctx: ListContext, head: number): ListHit[] {
  const of = head + 1;
  if (of >= ctx.tokens.length || lower(ctx.tokens[of]) !== 'of' || !joinsPlainly(ctx, of)) return [];
  if (of + 1 < ctx.tokens.length && /^an?$/i.test(ctx.tokens[of + 1].raw)) return []; // "requirements of a business"
  return itemsAfter(ctx, head, of + 1, { key: ctx.tokens[head].key, token: head });
}

/** "manage scope, schedule, cost and quality": the verb's action noun is the head of each item. */
export function sharedHeadAfterVerb(ctx: ListContext, verb: number, headKey: string): ListHit[] {
  const t = ctx.tokens[verb];
  // "managed services", "planned maintenance": a participle before a noun describes it; a bullet's verb acts.
  if (/ed$/i.test(t.raw) && t.breakBefore !== 'sentence') return [];
  // "the build team", "a test plan": after a determiner the word is a noun.
  if (verb > 0 && t.breakBefore === 'none' && DETERMINERS.has(lower(ctx.tokens[verb - 1]))) return [];
  return itemsAfter(ctx, verb, verb + 1, { key: headKey });
}

/** Items from token `first` on; the first must compose with the head, or this is no list of its objects. */
function itemsAfter(ctx: ListContext, from: number, first: number, head: HeadWord): ListHit[] {
  let start = first;
  while (start < ctx.tokens.length && joinsPlainly(ctx, start) && DETERMINERS.has(lower(ctx.tokens[start]))) start++;
  if (start >= ctx.tokens.length || !joinsPlainly(ctx, start) || !isContent(ctx, start)) return [];
  const hits: ListHit[] = [];
  for (let items = 0; items < MAX_ITEMS; items++) {
    const end = itemEndingAfter(ctx, start);
    if (end < 0) break;
    // "Manage operational and tactical data projects": a lone adjective first describes the noun the list ends on; the
    // verb's object is that noun, not "operational management".
    if (items === 0 && end === start && ctx.isAdjective(ctx.tokens[start].raw)) break;
    const item = composeItem(ctx, start, end, head);
    const activity = item.composed && ACTIVITY_CATEGORIES.has(item.composed.category);
    if (items === 0 && !activity) break;
    if (activity) hits.push({ conceptId: item.composed!.conceptId, ...evidence(from, end, item) });
    const separator = separatorAfter(ctx, end);
    if (!separator || !item.clean) break;
    start = separator.item;
  }
  return hits;
}

/**
 * "project planning and execution": two items share the words before the first one's noun, so the second names
 * project execution too ("data science and engineering", "scope definition and management", "MS Office and
 * Visio"). Called at the second item, a single word that ends its phrase. The first item must be a known name
 * itself, and only two items count: in "product management, operations, and security" the items stand alone.
 * An industry stays out ("healthcare technology and services" names no healthcare services firm).
 */
export function sharedModifierAcross(ctx: ListContext, second: number): ListHit[] {
  if (!isContent(ctx, second) || itemEndingAfter(ctx, second) !== second) return [];
  const separator = separatorBefore(ctx, second);
  if (!separator?.conjunction || separator.serialComma) return [];
  const last = separator.item;
  const first = itemStartingBefore(ctx, last);
  if (first === last || separatorBefore(ctx, first) !== undefined) return [];
  for (let from = first; from < last; from++) {
    if (!ctx.compose(from, last - 1, { key: ctx.tokens[last].key, token: last })) continue;
    const composed = ctx.compose(from, last - 1, { key: ctx.tokens[second].key, token: second });
    return composed && composed.category !== 'domain' ? [{ conceptId: composed.conceptId, from, to: second }] : [];
  }
  return [];
}

/** An item of a list by its token range. */
export interface ListItem {
  from: number;
  to: number;
}

/** The item before token `k` across a list separator, if one parts them: "documentation" before ", testing". */
export function previousItem(ctx: ListContext, k: number): ListItem | undefined {
  const separator = separatorBefore(ctx, k);
  return separator && { from: itemStartingBefore(ctx, separator.item), to: separator.item };
}

/** The item after token `k` across a list separator, if one parts them: "handoff" after "testing, and". */
export function nextItem(ctx: ListContext, k: number): ListItem | undefined {
  const separator = separatorAfter(ctx, k);
  if (!separator) return undefined;
  const end = itemEndingAfter(ctx, separator.item);
  return { from: separator.item, to: end < 0 ? separator.item + MAX_ITEM_WORDS - 1 : end };
}

/** Whether token `k` is an item by itself: no word of its phrase joined to it on either side. */
export const standsAlone = (ctx: ListContext, k: number) => itemStartingBefore(ctx, k) === k && itemEndingAfter(ctx, k) === k;

/**
 * The first token of the next name in a list of names, after the item that ends at token `end`: past a separator
 * (",", "/", "&") and an "and"/"or" after it, or past an "and"/"or" alone, and past the "or" of "and/or"
 * ("Jira, Asana and/or Trello"). -1 where no separator follows or the sentence ends. Unlike nextItem, the words of
 * an item are the caller's to read (names, not content words), and so are its own stops (brackets, closing words).
 */
export function nameAfterSeparator(tokens: readonly Token[], gapBefore: (k: number) => string, end: number): number {
  let k = end + 1;
  if (k >= tokens.length || tokens[k].sentence !== tokens[end].sentence) return -1;
  const gap = gapBefore(k);
  if (isSeparatorGap(gap)) {
    if (isAndOr(tokens[k].raw)) k++;
  } else if (isSpaceGap(gap) && isAndOr(tokens[k].raw)) k++;
  else return -1;
  if (k < tokens.length && isAndOr(tokens[k].raw) && gapMark(gapBefore(k)) === '/') k++;
  return k < tokens.length && tokens[k].sentence === tokens[end].sentence ? k : -1;
}
