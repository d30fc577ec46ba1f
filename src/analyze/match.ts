import { nameSpells, otherwiseGlossed } from './acronym-glosses';
import { namesInExamples } from './example-lists';
import { handledObjects } from './handled-objects';
import { headGroupOf, headVariants, phraseGoesOnAfter } from './head-variants';
import { vouchedBySiblings } from './list-siblings';
import { isNegated } from './negation';
import { tokenIndexAt } from './spans';
import { commaIn, isAndOr, rawForm, startsWithCapital, startsWithLowercase, tokenize, type Token } from '../text/normalize';
import type { CompiledRule, Entry, Lookup, NearbyTerm, NearbyTerms, TrieNode } from '../taxonomy/lookup';
import { tagWords } from '../taxonomy/part-of-speech';
import { conceptCategory, surfacesOf } from '../taxonomy/taxonomy';
import {
  ARTICLES,
  isFunctionWord,
  isSentenceWord,
  POSSESSIVES,
  sharedHeadAfterOf,
  sharedHeadAfterVerb,
  sharedHeadBefore,
  sharedModifierAcross,
  type Composed,
  type HeadWord,
  type ListContext,
} from './lists';
import { type Compound, compoundKeys, compoundOf, hasId, ING, type LivePattern, livePatterns, type Step, type Word, wordsOf } from './words';

/** Whether an entry's word counts only beside its trade's words ("risk" beside issues or a schedule): alone it names nothing. */
const needsItsTrade = (e: Entry) => (e.rule?.requireNearby.size ?? 0) > 0;

/** A list's separators inside a span: a comma, a slash, an ampersand, "and" or "or". */
const LIST_SEPARATOR = /[,/&]|\b(?:and|or)\b/i;

export interface Hit {
  conceptId: string;
  /** Character offsets into the input: text.slice(start, end) is the evidence. */
  start: number;
  end: number;
  /** A surface as written or as a variant, a pattern, an item of a list that shares the surface's head word, or a name given as an example of a known kind (example-lists.ts). */
  via: 'surface' | 'pattern' | 'list' | 'example';
}

interface Sentences {
  first: number[];
  last: number[];
}

/** What the rules of a surface read around it: the tokens, their sentences and how the text is written. */
interface Reading {
  text: string;
  tokens: Token[];
  sentences: Sentences;
  partOfSpeech: PosTagger;
  /** Whether token i stands in a line or sentence written all in capitals. */
  inCapitals: (i: number) => boolean;
  /** Whether token i stands in a line written in Title Case ("Technical Program Manager, Networking"). */
  inTitleCase: (i: number) => boolean;
}

function sentenceBounds(tokens: Token[]): Sentences {
  const first: number[] = [];
  const last: number[] = [];
  tokens.forEach((t, i) => {
    if (first[t.sentence] === undefined) first[t.sentence] = i;
    last[t.sentence] = i;
  });
  return { first, last };
}

/** The words after which a list's second item may share the first one's modifier, as written in lowercase (compared, not looked up: asked at every token). */
const isJoiningWord = (raw: string) => raw === 'and' || raw === 'or';

/** Finds every taxonomy concept in the text in one left-to-right pass over its tokens. */
export function findHits(text: string, lookup: Lookup, tokens: Token[] = tokenize(text, lookup.keyOf)): Hit[] {
  // Each token's word, looked up once: its steps, patterns, list heads, folded form and case.
  const wordOf = wordsOf(lookup);
  const words = tokens.map((t) => wordOf(t.raw, t.key));
  const sentences = sentenceBounds(tokens);
  const reading: Reading = {
    text,
    tokens,
    sentences,
    partOfSpeech: createPosTagger(text, tokens, sentences),
    inCapitals: capitalsReader(text, tokens, words),
    inTitleCase: titleCaseReader(text, tokens),
  };
  const hits: Hit[] = [];
  const lastOf = new Map<string, Hit>();
  // Surfaces a concept's pattern span held, kept for when the pattern gives way ("Prepared SOW and change requests, and
  // participated in contract | renewal": SOW still names contract management).
  const heldBy = new Map<Hit, Hit[]>();
  // Only a credential is what a goal cue takes away: "preparing for the PMP", not "prepare for PI Planning".
  const negated = (conceptId: string, from: number, to: number) =>
    isNegated(tokens, from, to, words, CREDENTIALS.has(conceptCategory(lookup.taxonomy, conceptId) ?? ''));
  const add = (conceptId: string, from: number, to: number, via: Hit['via']) => {
    const start = tokens[from].start;
    const end = tokens[to].end;
    const last = lastOf.get(conceptId);
    // One concept, overlapping spans: keep the first, unless a pattern's span ends inside the concept's own name, as
    // written or composed from a list ("own release | planning", "Manage vendors, including contract | negotiation",
    // "Own release, incident | and change management", where the pattern ran through the list to one of its items):
    // evidence cut in half, the name is the better evidence ("Excellent communication" keeps its own).
    // A bare word read alone ("risk") gives way to its list's reading of it ("risk, issue and change management"),
    // which may yet name teams.
    const givesWay =
      last !== undefined &&
      last.end < end &&
      ((last.via === 'pattern' && (via === 'surface' || (via === 'list' && runsThroughList(last)))) ||
        (last.via === 'surface' && via === 'list' && last.start === start && ruledNoun(last)));
    if (last && last.end > start && !givesWay) {
      if (via === 'surface' && last.via === 'pattern' && !negated(conceptId, from, to)) {
        const held = heldBy.get(last) ?? [];
        held.push({ conceptId, start, end, via });
        heldBy.set(last, held);
      }
      return;
    }
    if (negated(conceptId, from, to)) return; // "PMP not required", "preparing for the PMP"
    const hit: Hit = { conceptId, start, end, via };
    if (last && last.end > start) hits.splice(hits.lastIndexOf(last), 1, ...(heldBy.get(last)?.filter((h) => h.end <= start) ?? []), hit);
    else hits.push(hit);
    lastOf.set(conceptId, hit);
  };
  /** Whether a hit is one word of a surface that counts only beside its trade's words. */
  const ruledNoun = (hit: Hit) => {
    const k = tokenIndexAt(tokens, hit.start, 'start');
    return (
      k !== undefined &&
      tokens[k].end === hit.end &&
      (lookup.trie.next.get(tokens[k].key)?.entries.some((e) => e.conceptId === hit.conceptId && needsItsTrade(e)) ?? false)
    );
  };
  /** Whether a pattern's span holds a list's separator: its gap ran through the list, and it ends on one item of it. */
  const runsThroughList = (hit: Hit) => LIST_SEPARATOR.test(text.slice(hit.start, hit.end));
  /**
   * A name read after the walk, as `add` reads one: in place of a pattern's span of its concept that ends inside it,
   * and held by a span of its concept that covers it (no second count).
   */
  const pushNaming = (hit: Hit) => {
    const spans = (h: Hit) => h.conceptId === hit.conceptId && h.via === 'pattern' && h.start < hit.end && hit.start < h.end;
    if (hits.some((h) => spans(h) && h.start <= hit.start && h.end >= hit.end)) return;
    const cut = hits.findIndex((h) => spans(h) && h.end < hit.end);
    if (cut >= 0) hits.splice(cut, 1);
    hits.push(hit);
  };
  const lists: ListContext = {
    text,
    tokens,
    compose: (from, to, head) => composed(lookup, reading, from, to, head),
    isAdjective: lookup.isAdjective,
    words,
    namesAlone: (from, to) => namedAlone(lookup, tokens, from, to),
  };

  const steps = stepper(text, lookup, reading, words);
  const patternsOf = livePatterns(lookup, words);
  // A loop, not Int32Array.from: that reads its source through the iterator protocol, generic property gets.
  const keyIds = new Int32Array(words.length);
  for (let i = 0; i < words.length; i++) keyIds[i] = words[i].keyId;
  const slotsReading: SlotsReading = { text, tokens, words, keyIds };

  // Surfaces do not overlap (the longest wins, then the walk skips past it); patterns are tried at every
  // word, so "evaluation and selection" still counts inside "RFP evaluation".
  let next = 0;
  let surfaceFrom = -1;
  for (let i = 0; i < tokens.length; i++) {
    const word = words[i];
    const best = i >= next && startsSurface(steps(i), word, lookup) ? longestSurface(steps, lookup, reading, i) : undefined;
    if (word.patternGroup !== undefined) {
      // "Run sprint planning, manage the release": a word in -ing that ends a name begun before it, and its phrase
      // there, is that name's noun; it opens no verb's pattern ("plan .. release") across the comma after it.
      const nounEndingName = i < next && surfaceFrom < i && ING.test(tokens[i].lower) && tokens[i + 1]?.breakBefore === 'soft';
      const noVerb = verbReadingBarred(tokens, i, reading.inTitleCase);
      for (const pattern of patternsOf(word)) {
        if (nounEndingName && !opensWithIngNoun(pattern, keyIds[i])) continue;
        // A pattern that spells the compound itself still reads it ("track record .. deliver").
        if (noVerb === 'owned' || noVerb === 'title' || (noVerb === 'compound' && !spellsNextWord(pattern, keyIds[i + 1]))) continue;
        const end = matchSlots(pattern, 0, slotsReading, i, tokens[i].sentence);
        if (end > i) add(pattern.conceptId, i, end - 1, 'pattern');
      }
    }
    if (word.headsOfVerb) {
      for (const head of word.headsOfVerb) {
        for (const hit of sharedHeadAfterVerb(lists, i, head)) add(hit.conceptId, hit.from, hit.to, 'list');
      }
    }
    if (word.isHead) {
      for (const hit of [...sharedHeadBefore(lists, i), ...sharedHeadAfterOf(lists, i)]) add(hit.conceptId, hit.from, hit.to, 'list');
    }
    if (best) {
      add(best.entry.conceptId, i, best.end, 'surface');
      next = best.end + 1;
      surfaceFrom = i;
    }
    // "project planning and execution": the second item after a conjunction shares the first one's modifier
    // (after the surfaces, so that a name the item spells alone keeps its own short evidence: "MS Office and Visio").
    if (i > 1 && isJoiningWord(tokens[i - 1].raw)) {
      for (const hit of sharedModifierAcross(lists, i)) add(hit.conceptId, hit.from, hit.to, 'list');
    }
  }
  // "distributed applications": a compound whose head's near-synonym makes a known surface ("distributed systems").
  // A variant of a surface is read as one: "the Distributed Applications team" stays a team, no skill.
  // An industry read off a list ("a tech or software environment") leaves its last item to this pass.
  const industriesOfLists = (h: Hit) => h.via === 'list' && conceptCategory(lookup.taxonomy, h.conceptId) === 'domain';
  for (const v of headVariants({
    text,
    tokens,
    // A pattern's span is a phrasing, not a name: "Drive vendor | engagement" still holds the compound.
    hits: hits.filter((h) => !industriesOfLists(h) && h.via !== 'pattern'),
    trie: lookup.trie,
    keyOf: lookup.keyOf,
    categoryOf: (id) => conceptCategory(lookup.taxonomy, id),
  })) {
    if (!negated(v.conceptId, v.from, v.to)) pushNaming({ conceptId: v.conceptId, start: tokens[v.from].start, end: tokens[v.to].end, via: 'surface' });
  }
  // "the treatment of risks", "accounting for risks": a practice's bare object after a noun of handling.
  // Where "<object> oversight" is a surface itself, the list reading of "oversight of vendors" found it already.
  for (const h of handledObjects({ lists, tokens, keyOf: lookup.keyOf })) {
    const start = tokens[h.from].start;
    if (negated(h.conceptId, h.from, h.to) || hits.some((x) => x.conceptId === h.conceptId && x.start === start)) continue;
    hits.push({ conceptId: h.conceptId, start, end: tokens[h.to].end, via: 'list' });
  }
  // "Python | Go | Kubernetes" … "built a Go-based routing service": one sense per text (namedAgain).
  for (const k of namedAgain(lookup, reading, hits)) {
    if (!negated(k.conceptId, k.at, k.at)) hits.push({ conceptId: k.conceptId, start: tokens[k.at].start, end: tokens[k.at].end, via: 'surface' });
  }
  // "Support documentation, testing, and handoff": a ruled common noun whose list names its trade (list-siblings.ts).
  const activities = hits.filter((h) => SIBLING_CATEGORIES.has(conceptCategory(lookup.taxonomy, h.conceptId) ?? ''));
  /** Found hits by their token range, for the lists that they stand in. */
  const byTokens = (found: readonly Hit[]) =>
    found.map((h) => ({ conceptId: h.conceptId, from: tokenIndexAt(tokens, h.start, 'start') ?? -1, to: tokenIndexAt(tokens, h.end, 'end') ?? -1 }));
  if (activities.length >= 2) {
    const found = byTokens(activities);
    for (const h of vouchedBySiblings({ lists, found, ruledNounAt: (k) => ruledNounAt(lookup, reading, k) })) {
      if (!negated(h.conceptId, h.from, h.to)) hits.push({ conceptId: h.conceptId, start: tokens[h.from].start, end: tokens[h.to].end, via: 'list' });
    }
  }
  // "Firebase Crashlytics or Sentry": a name spelled as a word counts where its list names another tool.
  const names = hits.filter((h) => h.via === 'surface' && NAMES_BESIDE_A_NAME.has(conceptCategory(lookup.taxonomy, h.conceptId) ?? ''));
  if (names.length) {
    for (const h of vouchedBySiblings({ lists, found: byTokens(names), ruledNounAt: (k) => ruledNameAt(lookup, reading, k), minSiblings: 1 })) {
      if (!negated(h.conceptId, h.from, h.to)) hits.push({ conceptId: h.conceptId, start: tokens[h.from].start, end: tokens[h.to].end, via: 'surface' });
    }
  }
  // "GIS software such as MapInfo": a name the taxonomy lacks, given as an example of a kind it knows.
  for (const name of namesInExamples({ text, tokens, hits, concept: (id) => lookup.taxonomy.byId.get(id) })) {
    if (!negated(name.conceptId, name.from, name.to))
      hits.push({ conceptId: name.conceptId, start: tokens[name.from].start, end: tokens[name.to].end, via: 'example' });
  }
  // "start of production (SOP)": an acronym the text spells out as another thing is not the concept's.
  const glossedOtherwise = otherwiseGlossed(text, tokens, hits, (id, acronym) => acronymSpellings(lookup, id, acronym));
  const insideNames = patternsEndingInNames(text, tokens, hits, lookup);
  return hits.filter((h) => !glossedOtherwise.has(h) && !insideNames.has(h)).sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Whether an entry is a name of one word, spelled as the token writes it. */
const spelledAsWritten = (e: Entry, token: Token) => e.exact?.length === 1 && e.exact[0] === rawForm(token.raw);
/** Whether an entry is a name of one word, spelled as the token writes it, whose rule asks for its trade's words nearby. */
const namesAsWritten = (e: Entry, token: Token) => spelledAsWritten(e, token) && needsItsTrade(e);

/**
 * A name spelled as an ordinary word ("Go", "Notion", "Swift") counts only beside its trade's words (its rule's
 * requireNearby). Once the text has named it so ("Python | Go | Kubernetes"), the same name written the same way
 * elsewhere in it ("built a Go-based routing service", "kept a decision log in Notion") is that name again: a text
 * keeps one sense of a name. The rule's other conditions still hold there ("Go to market", "Go live").
 */
function namedAgain(lookup: Lookup, reading: Reading, hits: readonly Hit[]): { conceptId: string; at: number }[] {
  const { tokens } = reading;
  const ruledName = (k: number, conceptId?: string) =>
    lookup.trie.next.get(tokens[k].key)?.entries.find((e) => (conceptId === undefined || e.conceptId === conceptId) && namesAsWritten(e, tokens[k]));
  const named = new Map<string, string>();
  for (const h of hits) {
    if (h.via !== 'surface') continue;
    const k = tokenIndexAt(tokens, h.start, 'start');
    if (k === undefined || tokens[k].end !== h.end || named.has(tokens[k].raw)) continue;
    if (ruledName(k, h.conceptId)) named.set(tokens[k].raw, h.conceptId);
  }
  if (!named.size) return [];
  const out: { conceptId: string; at: number }[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const conceptId = named.get(tokens[k].raw);
    if (conceptId === undefined || hits.some((h) => h.conceptId === conceptId && h.start <= tokens[k].start && h.end >= tokens[k].end)) continue;
    const rule = ruledName(k, conceptId)?.rule;
    if (rule && ruleHolds({ ...rule, requireNearby: NO_TERMS }, reading, k, k)) out.push({ conceptId, at: k });
  }
  return out;
}

/**
 * "support the agency's Risk Management Framework": a pattern whose last word opens a longer proper name of another
 * concept (a standard, a tool, a certification, a method, written with capitals) ends inside that name (manage ..
 * risk), which names the other thing; not where that word alone is a name ("coach teams on Agile practices" coaches
 * agile), as "Risk" alone is none: its surface counts only beside words of a program's work.
 */
function patternsEndingInNames(text: string, tokens: Token[], hits: readonly Hit[], lookup: Lookup): Set<Hit> {
  const names = hits.filter(
    (h) => h.via === 'surface' && NAMED_CATEGORIES.has(conceptCategory(lookup.taxonomy, h.conceptId) ?? '') && startsWithCapital(text.slice(h.start, h.end)),
  );
  const wordNames = (end: number) => {
    const last = tokenIndexAt(tokens, end, 'end');
    return last === undefined || (lookup.trie.next.get(tokens[last].key)?.entries.some((e) => !needsItsTrade(e)) ?? false);
  };
  const opensName = (h: Hit) => names.some((n) => n.conceptId !== h.conceptId && n.start < h.end && n.end > h.end && n.start > h.start);
  return new Set(names.length ? hits.filter((h) => h.via === 'pattern' && opensName(h) && !wordNames(h.end)) : []);
}

/** The names of the concept, of two words or more, that spell the acronym by their initials. */
function acronymSpellings(lookup: Lookup, conceptId: string, acronym: string): string[] {
  const concept = lookup.taxonomy.byId.get(conceptId);
  if (!concept) return [];
  return surfacesOf(concept)
    .map((s) => s.text)
    .filter((text) => /\s/.test(text.trim()) && nameSpells(text, acronym));
}

/** The categories whose names are proper names: a standard, a tool, a certification, a method. */
const NAMED_CATEGORIES = new Set(['compliance', 'tool', 'certification', 'methodology']);

/** The categories whose items vouch for a ruled noun beside them, and that such a noun may name: activities. */
const SIBLING_CATEGORIES = new Set(['practice', 'technical', 'compliance', 'methodology', 'soft-skill']);
/** What a person holds, and a goal cue takes away ("preparing for the PMP", "pursuing a master's"). */
const CREDENTIALS: ReadonlySet<string> = new Set(['certification', 'education']);
const NO_TERMS: NearbyTerms = new Map();

/**
 * The activity a common noun at token k names by a surface of one word whose rule asks for words nearby, where the
 * rule holds without them: the word in lowercase, spelled as that surface or its plural ("testing", "charters").
 */
function ruledNounAt(lookup: Lookup, reading: Reading, k: number): string | undefined {
  const token = reading.tokens[k];
  if (!/^[a-z]/.test(token.raw)) return undefined;
  const node = lookup.trie.next.get(token.key);
  if (!node) return undefined;
  const word = token.raw.toLowerCase();
  for (const e of node.entries) {
    if (e.exact || !e.rule || !needsItsTrade(e) || !SIBLING_CATEGORIES.has(conceptCategory(lookup.taxonomy, e.conceptId) ?? '')) continue;
    const concept = lookup.taxonomy.byId.get(e.conceptId);
    if (!concept || !surfacesOf(concept).some(({ text }) => [text, `${text}s`, `${text}es`].includes(word))) continue;
    if (ruleHolds({ ...e.rule, requireNearby: NO_TERMS }, reading, k, k)) return e.conceptId;
  }
  return undefined;
}

const NAME_SIBLING_CATEGORIES = new Set(['tool', 'technical', 'methodology']);
/** The names that vouch for it: those, and a credential in the method's name ("Lean or Six Sigma Green Belt"). */
const NAMES_BESIDE_A_NAME = new Set([...NAME_SIBLING_CATEGORIES, 'certification']);

/**
 * The tool, technology or method a capitalized word names by a one-word case-exact surface that its rule left out
 * for want of its trade's words nearby ("Sentry", "Linear") or for opening its sentence ("Lean and Six Sigma",
 * "React and TypeScript"), where the rule holds without those two conditions.
 */
function ruledNameAt(lookup: Lookup, reading: Reading, k: number): string | undefined {
  const token = reading.tokens[k];
  if (!startsWithCapital(token.raw)) return undefined;
  const node = lookup.trie.next.get(token.key);
  if (!node) return undefined;
  const opensSentence = k === reading.sentences.first[token.sentence];
  for (const e of node.entries) {
    const heldBack = spelledAsWritten(e, token) && (needsItsTrade(e) || (opensSentence && e.rule?.notSentenceStart === true));
    if (!heldBack || !NAME_SIBLING_CATEGORIES.has(conceptCategory(lookup.taxonomy, e.conceptId) ?? '')) continue;
    if (e.rule && ruleHolds({ ...e.rule, requireNearby: NO_TERMS, notSentenceStart: false }, reading, k, k)) return e.conceptId;
  }
  return undefined;
}

const JOINABLE_WORDS = 3;

/** The steps each token starts, computed once per text: a surface walk passes most tokens more than once. */
function stepper(text: string, lookup: Lookup, reading: Reading, words: readonly Word[]): (p: number) => Step[] {
  const cache: Step[][] = new Array(reading.tokens.length);
  return (p) => (cache[p] ??= stepsAt(text, lookup, reading, p, words));
}

/** A word's own steps, and where it starts a compound the text writes apart or hyphenated, those too. */
function stepsAt(text: string, lookup: Lookup, reading: Reading, p: number, words: readonly Word[]): Step[] {
  const { tokens } = reading;
  const word = words[p];
  if (!word.joins) return word.alone;
  let joined: Step[] | undefined;
  let compound: Word | Compound = word;
  for (let q = p + 1; q < p + JOINABLE_WORDS && q < tokens.length && tokens[q].breakBefore === 'none'; q++) {
    if (words[q - 1].apostrophe) break; // "team's work" is no teamwork
    compound = compoundOf(lookup, compound, words[q]);
    if (!compound.opens) break;
    const gap = text.slice(tokens[q - 1].end, tokens[q].start);
    if (gap !== '-' && gap !== ' ') break;
    // "Data Based" is no database: only a plural may end a compound that the text splits.
    if (words[q].inflected) break;
    // Tokens p..q, read in place (no slice per compound tried).
    let spaced = false;
    for (let k = p + 1; k <= q; k++) if (text.charCodeAt(tokens[k].start - 1) === 32) spaced = true;
    // In capitals every word is titled, so the capitals show no name there.
    let titled = true;
    for (let k = p; k <= q && titled; k++) titled = startsWithCapital(tokens[k].raw);
    titled &&= !reading.inCapitals(p);
    // "roll up", "out systems": a particle makes a phrase, not a compound written apart
    if (spaced && !titled && anyFunctionWord(words, p, q)) break;
    let piece = '';
    for (let k = p; k <= q; k++) piece += tokens[k].raw;
    // Stemmed like any word; a compound is never an irregular form, so keyOf's compromise forms are not needed.
    (joined ??= [...word.own]).push({ keys: compoundKeys(compound), span: q - p, piece, loose: spaced && !titled });
  }
  if (!joined) return word.alone;
  if (word.versioned) joined.push(word.versioned);
  return joined;
}

const anyFunctionWord = (words: readonly Word[], from: number, to: number) => {
  for (let k = from; k <= to; k++) if (words[k].functionWord) return true;
  return false;
};

/** The longest surface starting at token i, over every way of stepping through the words. */
const startsSurface = (steps: Step[], word: Word, lookup: Lookup) =>
  steps === word.alone ? word.aloneStarts : steps.some((step) => lookup.trie.next.has(step.keys[0]));

/** One surface walk's inputs and its best find so far: the walk is a function of its own, not a closure made per token. */
interface SurfaceWalk {
  steps: (p: number) => Step[];
  lookup: Lookup;
  reading: Reading;
  /** Where the surface starts. */
  i: number;
  /** The spellings of the steps on the way to a node, one stack for the whole walk (accepts reads it, keeps nothing). */
  spelled: string[];
  best: { entry: Entry; end: number } | undefined;
}

function longestSurface(steps: (p: number) => Step[], lookup: Lookup, reading: Reading, i: number) {
  const walk: SurfaceWalk = { steps, lookup, reading, i, spelled: [], best: undefined };
  walkSurfaces(walk, lookup.trie, i, false);
  return walk.best;
}

function walkSurfaces(walk: SurfaceWalk, node: TrieNode, p: number, loose: boolean): void {
  const { tokens } = walk.reading;
  for (const step of walk.steps(p)) {
    if (step.firstOnly && p !== walk.i) continue;
    let child: TrieNode | undefined = node;
    for (const key of step.keys) child = child?.next.get(key);
    if (!child) continue;
    const to = p + step.span;
    const goesOn = child.next.size > 0 && to + 1 < tokens.length && tokens[to + 1].breakBefore === 'none';
    // Most walks stop at a node with no surface of its own and nowhere to go: nothing to spell there.
    if (!child.entries.length && !goesOn) continue;
    walk.spelled.push(step.piece);
    const isLoose = loose || step.loose === true;
    // Longer surfaces first: every one of them ends past this node, so where one is accepted this node's rules
    // (a part of speech loads compromise) need no reading. Ties keep the walk's order: none is below this node.
    if (goesOn) {
      walkSurfaces(walk, child, to + 1, isLoose);
      // "Finance/Accounting", "Sales & Marketing": a slash or an ampersand between two words stands for a surface's "and".
      const and = standsForAnd(walk.reading.text, tokens[to].end, tokens[to + 1].start) ? child.next.get('and') : undefined;
      if (and) {
        walk.spelled.push('and');
        walkSurfaces(walk, and, to + 1, isLoose);
        walk.spelled.pop();
      }
    }
    if (!walk.best || to > walk.best.end) {
      for (const e of child.entries) {
        if (accepts(e, walk.spelled, walk.reading, walk.i, to) && !(isLoose && conceptCategory(walk.lookup.taxonomy, e.conceptId) === 'tool')) {
          walk.best = { entry: e, end: to };
          break;
        }
      }
    }
    walk.spelled.pop();
  }
}

/** Whether the text between two words is a slash or an ampersand alone, spaced or not ("R/D", "R & D"). */
function standsForAnd(text: string, from: number, to: number): boolean {
  if (to - from > 3) return false;
  let marks = 0;
  for (let c = from; c < to; c++) {
    const code = text.charCodeAt(c);
    // '/' or '&' once, spaces around it, and nothing else
    if (code === 47 || code === 38) marks++;
    else if (code !== 32) return false;
  }
  return marks === 1;
}

/** The concept that an item (tokens from..to) and a shared head word name together, if the taxonomy has it. */
function composed(lookup: Lookup, reading: Reading, from: number, to: number, head: HeadWord): Composed | undefined {
  const { tokens } = reading;
  const item = trieNodeOf(lookup, tokens, from, to);
  if (!item) return undefined;
  const node = item.next.get(head.key);
  if (!node) return head.token === undefined ? undefined : industryOfHeadVariant(lookup, reading, item, head.token);
  const spelled: string[] = [];
  for (let k = from; k <= to; k++) spelled.push(tokens[k].raw);
  spelled.push(head.token === undefined ? '' : tokens[head.token].raw);
  // Written out in one piece, the surface meets its context rule as usual; an item apart from its head is not
  // the phrasing a rule was written for, so ruled surfaces stay out there.
  const whole = head.token === to + 1;
  let entry: Entry | undefined;
  for (const e of node.entries) {
    const fits = whole
      ? accepts(e, spelled, reading, from, to + 1)
      : !e.rule
        ? !e.exact || (head.token !== undefined && spelledLike(e.exact, spelled, caseTells(e.exact, reading, from)))
        : head.token !== undefined && readsApart(e.rule) && accepts(e, spelled, reading, from, head.token);
    if (fits) {
      entry = e;
      break;
    }
  }
  return entry && { conceptId: entry.conceptId, category: conceptCategory(lookup.taxonomy, entry.conceptId)! };
}

/** The trie's node that the words of tokens from..to reach, if they are the start of a surface. */
function trieNodeOf(lookup: Lookup, tokens: Token[], from: number, to: number): TrieNode | undefined {
  let node: TrieNode | undefined = lookup.trie;
  for (let k = from; k <= to && node; k++) node = node.next.get(tokens[k].key);
  return node;
}

/** The category of the concept that tokens from..to name as a plain surface (no context rule, any case), if any. */
function namedAlone(lookup: Lookup, tokens: Token[], from: number, to: number): string | undefined {
  const entry = trieNodeOf(lookup, tokens, from, to)?.entries.find((e) => !e.rule && !e.exact);
  return entry && conceptCategory(lookup.taxonomy, entry.conceptId);
}

/**
 * "environment" names a setting as often as an industry ("user agency and private sector" is no "agency
 * environment"): an item names an industry by it only where the text says so.
 */
const ENVIRONMENT = 'environment';

/**
 * An item that names an industry with a near-synonym of the shared head: "a retail or franchise environment" is
 * the "retail sector" (head-variants.ts's group, on the same terms: no ruled or case-exact surface, and the head
 * ends its noun phrase, so "software and hardware environment monitoring" names no industry).
 */
function industryOfHeadVariant(lookup: Lookup, reading: Reading, item: TrieNode, head: number): Composed | undefined {
  const group = headGroupOf(lookup.keyOf, reading.tokens[head].key);
  if (group?.category !== 'domain') return undefined;
  if (phraseGoesOnAfter(reading.text, reading.tokens, head)) return undefined;
  for (const key of group.others) {
    if (key === lookup.keyOf(ENVIRONMENT)) continue;
    const entry = item.next.get(key)?.entries.find((e) => !e.rule && !e.exact && conceptCategory(lookup.taxonomy, e.conceptId) === 'domain');
    if (entry) return { conceptId: entry.conceptId, category: 'domain' };
  }
  return undefined;
}

/**
 * Whether a ruled surface may compose from a list item and the shared head ("IT or software projects" names IT
 * projects, "program and project management" program management): only where the rule looks at the phrase's
 * edges (the words before and after it, its case), which the item and its head still have. A rule on the words of
 * its sentence or on a word's part of speech lists the other senses of the phrase as written, not those of an item
 * apart from its head ("asset and material management" is no asset management firm).
 */
const readsApart = (rule: CompiledRule) => rule.requireNearby.size === 0 && rule.notNearby.size === 0 && rule.partOfSpeech === undefined;

/** The most words a gap spans when the items of a list in it count as one word each. */
const LIST_GAP_WORDS = 12;

/**
 * Whether the word closes an item of a list or joins two ("progress, milestones, and blockers"): the gap of
 * "report .. leadership" counts such a list as one word ("Report progress, milestones, and blockers to leadership").
 */
const endsListItem = (tokens: Token[], t: number, sentence: number) =>
  isListJoiner(tokens[t].raw) || (tokens[t + 1]?.sentence === sentence && tokens[t + 1].breakBefore === 'soft' && tokens[t + 1].raw !== '(');
/**
 * The words that join a list's last items: "and", "or" in any case, "&" (as /^(?:and|or|&)$/i tests). Read by
 * character, not by an expression: a pattern's gap asks it at most of its words (1,400 times a call on the bench's
 * posting), and each expression call costs more than the word.
 */
const isListJoiner = (raw: string) => raw === '&' || isAndOr(raw);

/** What a pattern's slots read of a text: its tokens, their words, and their keys by id (Word.keyId). */
interface SlotsReading {
  text: string;
  tokens: Token[];
  words: readonly Word[];
  keyIds: Int32Array;
}

/** Returns the token index after the match, or -1. Gaps stay inside the sentence. */
function matchSlots(pattern: LivePattern, s: number, reading: SlotsReading, at: number, sentence: number): number {
  const { live } = pattern;
  if (s === live.length) return at;
  const { tokens, words, keyIds } = reading;
  const slot = live[s];
  if (slot.modifiers) {
    // Each word skipped describes the noun after it, in one phrase: no comma, bracket or joining word between.
    for (let skip = 0; skip <= slot.gap; skip++) {
      const t = at + skip;
      if (t >= tokens.length || tokens[t].sentence !== sentence) return -1;
      if (skip > 0 && (tokens[t].breakBefore !== 'none' || tokens[t - 1].breakBefore !== 'none' || !isModifier(tokens[t - 1].raw, words[t - 1]))) return -1;
      const end = matchSlots(pattern, s + 1, reading, t, sentence);
      if (end !== -1) return end;
    }
    return -1;
  }
  if (slot.gap >= 0) {
    // The slot after a gap, where no alternative of it starts with a token's key, fits at no token that lacks one:
    // asked here, most of a gap's tokens cost no call (a gap is never last; an optional slot after it may be skipped).
    const after = live[s + 1];
    const nextKeys = after && after.gap < 0 && !after.optional ? after.firstIds : undefined;
    for (let skip = 0, counted = 0, depth = 0; counted <= slot.gap && skip <= LIST_GAP_WORDS; skip++) {
      const t = at + skip;
      if (t >= tokens.length || tokens[t].sentence !== sentence) return -1;
      // A gap leaves no bracket it did not open: "Telecommunications (Security) Act, must be reflected in the design".
      if (tokens[t].breakBefore === 'soft' && (depth = bracketDepth(reading.text, tokens[t - 1].end, tokens[t].start, depth)) < 0) return -1;
      // A clause's gap ends at a comma or bracket ("plan, monitor and report quality"), and does not open with
      // "and"/"or": "planning and delivery", "test and acceptance" join nouns, not a verb and its object.
      if (slot.inClause && (tokens[t].breakBefore === 'soft' || (skip === 0 && isAndOr(tokens[t].raw)))) return -1;
      if (nextKeys === undefined || hasId(nextKeys, keyIds[t])) {
        const end = matchSlots(pattern, s + 1, reading, t, sentence);
        if (end !== -1) return end;
      }
      if (slot.inClause || !endsListItem(tokens, t, sentence)) counted++;
    }
    return -1;
  }
  // No alternative starts with this token's key: none fits here.
  const { firstIds, alts } = slot;
  const first = tokens[at];
  if (firstIds === undefined || (first !== undefined && first.sentence === sentence && hasId(firstIds, keyIds[at]))) {
    for (let a = 0; a < alts.length; a++) {
      const alt = alts[a];
      let fits = true;
      for (let k = 0; k < alt.length && fits; k++) {
        const t = tokens[at + k];
        fits = t !== undefined && t.sentence === sentence && keyIds[at + k] === alt[k] && (k === 0 || t.breakBefore === 'none');
      }
      if (fits && slot.endsPhrase && goesOnPast(tokens, words, at + alt.length, sentence)) fits = false;
      if (fits && slot.inIng?.[a] && !nounOfIng(tokens, at, sentence)) fits = false;
      if (fits && slot.nounObject && alt.length === 1 && ING.test(tokens[at].lower)) fits = false;
      if (fits && (insideName(tokens, at) || insideName(tokens, at + alt.length))) fits = false;
      if (fits) {
        const next = at + alt.length;
        const end = matchSlots(pattern, s + 1, reading, next, sentence);
        if (end !== -1) return end;
        // "develop the schedule" as "develop|prepare schedule": an article between a word and the next slot's,
        // where the pattern writes none (LiveSlot.afterArticle) and the word is no function word ("at a").
        if (live[s + 1]?.afterArticle && !words[next - 1].functionWord && isArticleAt(tokens, next, sentence)) {
          const past = matchSlots(pattern, s + 1, reading, next + 1, sentence);
          if (past !== -1) return past;
        }
      }
    }
  }
  return slot.optional ? matchSlots(pattern, s + 1, reading, at, sentence) : -1;
}

/**
 * Whether token k continues the word written before it: the parts of a name run together ("LaunchDarkly", "PagerDuty")
 * meet with no gap and no break, the next one capitalized, and a pattern's words are whole words ("LaunchDarkly
 * feature flags" launches no feature). Words glued where a space was lost ("tomanage") or a line break ("risksAbility",
 * parted by a sentence break) stay words.
 */
const insideName = (tokens: readonly Token[], k: number) =>
  k > 0 && k < tokens.length && tokens[k].breakBefore === 'none' && tokens[k - 1].end === tokens[k].start && startsWithCapital(tokens[k].raw);

/** The depth of brackets after the text from..to, from `depth`: "(" opens one, ")" closes one. */
function bracketDepth(text: string, from: number, to: number, depth: number): number {
  for (let c = from; c < to; c++) {
    const code = text.charCodeAt(c);
    // 40 '(' opens, 41 ')' closes
    if (code === 40) depth++;
    else if (code === 41 && --depth < 0) return depth;
  }
  return depth;
}

/**
 * Fixed noun compounds that open with a verb's form, as the verb and the nouns that follow it, in lowercase: the verb
 * there opens no verb's pattern. "A track record of improving reliability or cost" tracks no cost (19 shared postings
 * say it).
 */
const COMPOUNDS_OPENED_BY_A_VERB: ReadonlyMap<string, ReadonlySet<string>> = new Map([['track', new Set(['record', 'records'])]]);
/**
 * Verbs that a particle after them makes another verb, which takes no object: "Our platform runs on our own event store"
 * runs no event (the "run .. event" of facilitating meetings); what it runs on is what powers it.
 */
const PARTICLE_VERBS: ReadonlyMap<string, ReadonlySet<string>> = new Map(['run', 'runs', 'ran', 'running'].map((form) => [form, new Set(['on'])]));

/** Role nouns that are verbs too: "Team Lead", "Tech Leads" end a title, where "lead the team" is the verb. */
const TITLE_VERBS: ReadonlySet<string> = new Set(['lead', 'leads']);

/**
 * Why the word at token i cannot be a pattern's verb, if it cannot: "own" after a possessive says whose ("your own
 * delivery metrics"); a role noun that is also a verb, capitalized right after a capitalized word in a sentence not
 * written in Title Case, ends a title ("Act as deputy to the Team Lead when needed, chairing meetings": 'lead ..
 * meetings' would run on from it, and the role check would drop it with the right span inside it); a verb that opens
 * a fixed compound names a thing ("a track record of ..."); a verb with its particle is another verb ("runs on").
 */
function verbReadingBarred(tokens: Token[], i: number, inTitleCase: (i: number) => boolean): 'owned' | 'title' | 'compound' | undefined {
  const token = tokens[i];
  const before = tokens[i - 1];
  const glued = before !== undefined && token.breakBefore === 'none' && before.sentence === token.sentence;
  if (token.lower === 'own' && glued && POSSESSIVES.has(before.lower)) return 'owned';
  if (TITLE_VERBS.has(token.lower) && glued && startsWithCapital(token.raw) && startsWithCapital(before.raw) && !isFunctionWord(before.raw) && !inTitleCase(i))
    return 'title';
  const after = tokens[i + 1];
  if (
    after &&
    after.breakBefore === 'none' &&
    (COMPOUNDS_OPENED_BY_A_VERB.get(token.lower)?.has(after.lower) || PARTICLE_VERBS.get(token.lower)?.has(after.lower))
  )
    return 'compound';
  return undefined;
}

/** Whether the pattern's second slot is a word slot that may start with the word of key id `keyId`. */
const spellsNextWord = (pattern: LivePattern, keyId: number | undefined) => {
  const second = pattern.live[1];
  return second !== undefined && second.gap < 0 && keyId !== undefined && second.firstIds !== undefined && hasId(second.firstIds, keyId);
};

/** Whether the pattern's first slot writes the word with key id `keyId` as a noun in -ing ("planning"), not a verb. */
const opensWithIngNoun = (pattern: LivePattern, keyId: number) => {
  const first = pattern.live[0];
  return first.alts.some((alt, a) => alt[0] === keyId && first.inIng?.[a] === true);
};

/** Whether token t is "a", "an" or "the" inside a phrase of the sentence: no break before it or after it. */
const isArticleAt = (tokens: Token[], t: number, sentence: number) =>
  t + 1 < tokens.length &&
  tokens[t].sentence === sentence &&
  tokens[t].breakBefore === 'none' &&
  tokens[t + 1].breakBefore === 'none' &&
  ARTICLES.has(tokens[t].lower);

/**
 * A word that may describe the noun after it ("interdependent", "card-related", "IT", "development" in "multiple
 * development projects"): a content word or an acronym, not a plural or a possessive, which heads a phrase of its
 * own ("several teams deliver projects", "several teams' projects").
 */
const isModifier = (raw: string, word: Word) => (word.content || (/^[A-Z]{2,}$/.test(raw) && !isListJoiner(raw))) && !/(?:[^isu']s|'s?)$/i.test(raw);

/**
 * What a slot that writes a noun in -ing ("meeting|meetings", "reporting") meets: a word in -ing, or a plural that
 * closes a list item ("metrics, reports, and charters"); not the verb's forms its key shares ("ensure work meets
 * agreed requirements", "quality targets are met", "deliverables to meet business need").
 */
const nounOfIng = (tokens: Token[], t: number, sentence: number) => {
  const raw = tokens[t].lower;
  const next = tokens[t + 1];
  return ING.test(raw) || (/[^s]s$/.test(raw) && next?.sentence === sentence && (next.breakBefore === 'soft' || isListJoiner(next.raw)));
};

/** Whether the phrase goes on at token `next`: "stress" in "run stress tests" only describes the tests. */
const goesOnPast = (tokens: Token[], words: readonly Word[], next: number, sentence: number) =>
  next < tokens.length && tokens[next].sentence === sentence && tokens[next].breakBefore === 'none' && words[next].content;

const spelledAs = (raw: string, exact: string, caseMatters: boolean) => {
  // '' is a word of a surface that any spelling meets: only "IT" of "IT security" is case-exact (compile.ts).
  if (exact === '') return true;
  const r = caseMatters ? rawForm(raw) : rawForm(raw).toLowerCase();
  const e = caseMatters ? exact : exact.toLowerCase();
  return r === e || r === `${e}s` || r === `${e}'s`;
};

/** Word by word, or as one word when the text joins or splits the words ("SOC2" for "SOC 2"). */
const spelledLike = (exact: string[], pieces: string[], caseMatters: boolean) =>
  pieces.length === exact.length ? exact.every((e, k) => spelledAs(pieces[k], e, caseMatters)) : spelledAs(pieces.join(''), exact.join(''), caseMatters);

/**
 * Whether the case of a case-exact surface tells anything where it starts. In a line written all in capitals
 * ("SKILLS: JIRA, ASANA, EXCEL") it does not, except that a function word stays one: "LESS" is no LeSS.
 * An acronym in capitals ("PMP") reads the same either way.
 */
const caseTells = (exact: string[], reading: Reading, i: number) => !reading.inCapitals(i) || isFunctionWord(exact.join(' '));

/**
 * A lowercase case-exact surface ("networking", not the "Networking" team) may still open a sentence or a list
 * item with a capital: "Networking, storage and compute".
 */
const capitalizedAtStart = (exact: string[], pieces: string[], reading: Reading, i: number) =>
  i === reading.sentences.first[reading.tokens[i].sentence] &&
  exact.every((e) => e === e.toLowerCase()) &&
  spelledLike([exact[0].charAt(0).toUpperCase() + exact[0].slice(1), ...exact.slice(1)], pieces, true);

/**
 * ".Net", ".net": a word glued to a dot that opens it is a dotted name (.NET) however it is cased; a stop is followed
 * by a space, and "end.Start" has a letter before its dot.
 */
const dottedName = ({ text, tokens }: Reading, i: number) => {
  const at = tokens[i].start;
  return text.charCodeAt(at - 1) === 46 && (at < 2 || !/[\p{L}\p{N}.]/u.test(text[at - 2]));
};

/**
 * In a line written in Title Case and parted by a comma or a dash (a title with its area, a list of skills so written)
 * capitals mark no name: a lowercase case-exact surface meets its words capitalized there ("Technical Program Manager,
 * Networking", "Budgeting, Forecasting and Reporting"). A short heading ("Technical Expertise") is none.
 */
const capitalizedInTitleCase = (exact: string[], pieces: string[], reading: Reading, i: number) =>
  reading.inTitleCase(i) &&
  exact.every((e) => e === e.toLowerCase()) &&
  spelledLike(
    exact.map((e) => (isFunctionWord(e) ? e : e.charAt(0).toUpperCase() + e.slice(1))),
    pieces,
    true,
  );

/**
 * A surface whose capital word spells a function word ("IT" of "IT service management") meets it capitalized only, as
 * "It" too in a line written in Title Case ("It Service Management (ITSM)").
 */
const capitalsInTitleCase = (exact: string[], reading: Reading, i: number) => exact.includes('') && reading.inTitleCase(i);

function accepts(entry: Entry, pieces: string[], reading: Reading, i: number, j: number): boolean {
  const { exact, rule } = entry;
  if (
    exact &&
    !spelledLike(exact, pieces, caseTells(exact, reading, i) && !dottedName(reading, i) && !capitalsInTitleCase(exact, reading, i)) &&
    !capitalizedAtStart(exact, pieces, reading, i) &&
    !capitalizedInTitleCase(exact, pieces, reading, i)
  )
    return false;
  return !rule || ruleHolds(rule, reading, i, j);
}

function ruleHolds(rule: CompiledRule, reading: Reading, i: number, j: number): boolean {
  const { text, tokens, sentences, partOfSpeech } = reading;
  const sentence = tokens[i].sentence;
  const first = sentences.first[sentence];
  const last = sentences.last[sentence];
  // Asked only where the sentence alone says no: most surfaces never look for their list.
  let line: [number, number] | undefined | null = null;
  const listLine = () => (line === null ? (line = listItemLine(reading, i, j) ?? listBlockOfLines(reading, i, j)) : line);
  if (rule.notSentenceStart && i === first && !listLine()) return false;
  // The words a rule keeps away are the name's own phrase ("Lean Six Sigma", "Go live"): a list's comma parts them
  // from it ("Lean, Six Sigma"). The other separators of a list end the sentence, and the rule reads no further.
  if (rule.notBefore.size && j < last && rule.notBefore.has(tokens[j + 1].key) && !commaIn(text, tokens[j].end, tokens[j + 1].start)) return false;
  if (rule.notAfter.size && i > first && rule.notAfter.has(tokens[i - 1].key) && !commaIn(text, tokens[i - 1].end, tokens[i].start)) return false;
  if (rule.requireNearby.size && !nearby(rule.requireNearby, reading, i, j, first, last)) {
    // Only an item that its separators cut from the list ("Python · React") reads the line; one inside a sentence's
    // list ("teams including Telecommunications, Security, Operations") has read its sentence already.
    const items = i === first || j === last ? listLine() : undefined;
    if (!items || !nearby(rule.requireNearby, reading, i, j, items[0], items[1])) {
      // An item that opens its line reads the label its list is under ("License/Certification:" / "- CSM (Preferred)").
      const label = i === first ? labelAbove(reading, i) : undefined;
      if (!label || !nearby(rule.requireNearby, reading, i, j, label[0], label[1])) {
        const before = fragmentOf(reading, sentence);
        if (before === undefined || !nearby(rule.requireNearby, reading, i, j, before, last)) return false;
      }
    }
  }
  if (rule.notNearby.size && nearby(rule.notNearby, reading, i, j, first, last)) return false;
  if (rule.partOfSpeech && !partOfSpeech(i).includes(rule.partOfSpeech)) return false;
  return true;
}

/** A sentence of at most this many words may be a fragment that leans on the sentence before it. */
const FRAGMENT_WORDS = 3;

/**
 * Where the sentence before starts, when sentence `n` is a fragment that completes it on the same line: "BS in
 * Electrical Engineering or related field; MS strongly preferred", "... equivalent experience. MS preferred." The
 * fragment's name is read in the words of the sentence it completes.
 */
function fragmentOf({ text, tokens, sentences }: Reading, n: number): number | undefined {
  const first = sentences.first[n];
  if (n === 0 || sentences.last[n] - first >= FRAGMENT_WORDS) return undefined;
  const previousEnd = tokens[sentences.last[n - 1]].end;
  return /[\n\r]/.test(text.slice(previousEnd, tokens[first].start)) ? undefined : sentences.first[n - 1];
}

/** What may stand before a list item on its line: spaces and one bullet at most ("• React", "  - Go"). */
const AT_MOST_A_BULLET = /^[^\S\n\r]*(?:[-*–—•▪●◦·]\s*)?$/;
/** Where the line that holds the text offset `at` starts. */
const lineStartOf = (text: string, at: number) => Math.max(text.lastIndexOf('\n', at - 1), text.lastIndexOf('\r', at - 1)) + 1;
/** Whether a bullet at most stands before the text offset `at` on its line: "• React", "  - CSM". */
const atMostABulletBefore = (text: string, at: number) => AT_MOST_A_BULLET.test(text.slice(lineStartOf(text, at), at));

/** What parts the items of a list on one line: "Python · React · Node.js", "Jira | Rally", "Code: C, C++, Swift". */
const ITEM_SEPARATORS = ',;|•·▪●';

/**
 * The tokens of the line (first, last) when the surface i..j is a whole item of a list written on that line, else
 * undefined. A list's separators ("|", "•", ":") end sentences, so an item opens one ("React" in "Python · React"):
 * its capital tells nothing, and the names beside it on the line are its context. The item opens the line or
 * follows a separator or a label's colon, and ends the line or meets a separator; one of the two is a separator,
 * so "React quickly to incidents", "• React" alone and "Lean: …" stay sentences.
 */
function listItemLine(reading: Reading, i: number, j: number): [number, number] | undefined {
  const { text, tokens } = reading;
  const before = text.slice(i ? tokens[i - 1].end : 0, tokens[i].start);
  const after = text.slice(tokens[j].end, j + 1 < tokens.length ? tokens[j + 1].start : text.length);
  const opensLine = i === 0 || /[\n\r]/.test(before);
  const openedBySeparator = !opensLine && /[,;|•·▪●:]\s*$/.test(before);
  // At a line's start only a bullet may come before the item ("• React, Node.js").
  const opened = openedBySeparator || (opensLine && atMostABulletBefore(text, tokens[i].start));
  const closer = after.trimStart().charAt(0);
  const closedBySeparator = closer !== '' && ITEM_SEPARATORS.includes(closer);
  const endsLine = j + 1 === tokens.length || /[\n\r]/.test(after);
  // A line that opens with the word and a comma is a list when a name follows ("React, Node.js"), not a sentence
  // ("Perforce, the team used Git").
  const nameFollows = !endsLine && j + 1 < tokens.length && (startsWithCapital(tokens[j + 1].raw) || /^\d/.test(tokens[j + 1].raw));
  if (!opened || !(endsLine || closedBySeparator) || !(openedBySeparator || (closedBySeparator && nameFollows))) return undefined;
  return [lineAround(reading, i)[0], lineAround(reading, j)[1]];
}

/**
 * A list written one item a line ("Golang\nPython\nRuby\nRust", a resume's "Top Skills", a posting's tech stack)
 * needs this many lines: two bullets ("• Word\n• Excel") may be two points, not one list.
 */
const MIN_LINES_OF_A_BLOCK = 3;
/** An item of such a list is a name of a few words ("Ruby on Rails", "Google Cloud Platform"), not a sentence. */
const MAX_WORDS_OF_A_LINE_ITEM = 3;

/** The most lines of a list between an item and the label above them. */
const MAX_LINES_UNDER_A_LABEL = 12;

/**
 * The tokens of the label line ("Certifications:", "Tools we use:") that heads the lines of a list, the one token i
 * opens among them (after a bullet at most), no blank line between; undefined where the item does not open its line
 * or no label heads its lines.
 */
function labelAbove(reading: Reading, i: number): [number, number] | undefined {
  const { text, tokens } = reading;
  let from = lineAround(reading, i)[0];
  if (from !== i || !atMostABulletBefore(text, tokens[i].start)) return undefined;
  for (let lines = 0; from > 0 && lines < MAX_LINES_UNDER_A_LABEL && nextLine(text, tokens[from - 1].end, tokens[from].start); lines++) {
    const above = lineAround(reading, from - 1);
    if (/^[^\S\n\r]*:/.test(text.slice(tokens[above[1]].end, tokens[from].start))) return above;
    from = above[0];
  }
  return undefined;
}

/**
 * The tokens of the block (first, last) when the surface i..j is the whole of its line and that line is one of at
 * least MIN_LINES_OF_A_BLOCK consecutive lines (no blank line between) each holding one name-like item: the names
 * of the block are each other's context, as those of a list on one line are.
 */
function listBlockOfLines(reading: Reading, i: number, j: number): [number, number] | undefined {
  const { text, tokens } = reading;
  const lineOfSurface = lineAround(reading, i);
  if (lineOfSurface[0] !== i || lineOfSurface[1] !== j || !isLineItem(reading, lineOfSurface)) return undefined;
  let [from, to] = lineOfSurface;
  let lines = 1;
  while (from > 0 && nextLine(text, tokens[from - 1].end, tokens[from].start)) {
    const above = lineAround(reading, from - 1);
    if (!isLineItem(reading, above)) break;
    from = above[0];
    lines++;
  }
  while (to + 1 < tokens.length && nextLine(text, tokens[to].end, tokens[to + 1].start)) {
    const below = lineAround(reading, to + 1);
    if (!isLineItem(reading, below)) break;
    to = below[1];
    lines++;
  }
  return lines >= MIN_LINES_OF_A_BLOCK ? [from, to] : undefined;
}

/** The first and last tokens of the line that holds token k. */
function lineAround({ text, tokens }: Reading, k: number): [number, number] {
  let from = k;
  while (from > 0 && !breaksLine(text, tokens[from - 1].end, tokens[from].start)) from--;
  let to = k;
  while (to + 1 < tokens.length && !breaksLine(text, tokens[to].end, tokens[to + 1].start)) to++;
  return [from, to];
}

/** Whether the gap between two tokens is one line break, not a blank line: "Python\nRuby", not "Python\n\nRuby". */
function nextLine(text: string, from: number, to: number): boolean {
  const breaks = text
    .slice(from, to)
    .replace(/\r\n/g, '\n')
    .match(/[\n\r]/g);
  return breaks !== null && breaks.length === 1;
}

/**
 * Whether a line holds one name-like item, after a bullet at most: a few words with a capital or a digit, and
 * no sentence or list punctuation ("Ruby on Rails", "kOps", "Node.js"; not "Led the launch." nor "Python, Go").
 * An item of more than one word has no determiner or pronoun ("Led the launch", "We ship it" are points, not
 * names); verbs are no sign, as names read as verbs too ("Program Management", "Go").
 */
function isLineItem(reading: Reading, [from, to]: [number, number]): boolean {
  const { text, tokens } = reading;
  if (to - from + 1 > MAX_WORDS_OF_A_LINE_ITEM) return false;
  if (!atMostABulletBefore(text, tokens[from].start)) return false;
  const item = text.slice(tokens[from].start, tokens[to].end);
  const after = text.slice(tokens[to].end, to + 1 < tokens.length ? tokens[to + 1].start : text.length);
  if (/[,;:!?]|\.(?:\s|$)/.test(item) || /^[^\S\n\r]*[^\s]/.test(after)) return false;
  if (!/[A-Z0-9]/.test(item)) return false;
  for (let k = from; to > from && k <= to; k++) if (isSentenceWord(tokens[k].raw)) return false;
  return true;
}

/** Whether a term of `terms` stands in the sentence (tokens first..last) outside the surface (tokens i..j). */
function nearby(terms: NearbyTerms, reading: Reading, i: number, j: number, first: number, last: number): boolean {
  const { tokens } = reading;
  for (let k = first; k <= last; k++) {
    if (k >= i && k <= j) continue;
    const found = terms.get(tokens[k].key);
    if (found) for (const term of found) if (meets(term, reading, k, i, j, last)) return true;
  }
  return false;
}

/** A term's words from token k on, outside the surface; a name must be capitalized where it stands ("Excel", not "excel"), except in a line written in capitals. */
function meets(term: NearbyTerm, { tokens, inCapitals }: Reading, k: number, i: number, j: number, last: number): boolean {
  for (let w = 0; w < term.keys.length; w++) {
    const t = tokens[k + w];
    if (!(t && k + w <= last && (k + w < i || k + w > j) && t.key === term.keys[w] && (!term.names[w] || startsWithCapital(t.raw) || inCapitals(k + w))))
      return false;
  }
  return true;
}

type PosTagger = (tokenIndex: number) => string[];

/** A line or sentence of at least this many words, all in capitals, is written in capitals: not one shouted name. */
const MIN_WORDS_IN_CAPITALS = 3;

/**
 * Which tokens stand in a line or a sentence written all in capitals ("SKILLS: JIRA, ASANA, EXCEL, SAFE AGILE"):
 * at least three words with letters, none of them lowercase. Computed on first use: most texts never ask.
 */
function capitalsReader(text: string, tokens: Token[], words: readonly Word[]): (i: number) => boolean {
  let marked: boolean[] | undefined;
  return (i) => (marked ??= markCapitals(text, tokens, words))[i];
}

function markCapitals(text: string, tokens: Token[], words: readonly Word[]): boolean[] {
  const n = tokens.length;
  const lineOf = new Uint32Array(n);
  for (let k = 1; k < n; k++) lineOf[k] = lineOf[k - 1] + (breaksLine(text, tokens[k - 1].end, tokens[k].start) ? 1 : 0);
  // Lines and sentences are numbered from 0: a count per group, in an array.
  let groups = 0;
  for (let k = 0; k < n; k++) groups = Math.max(groups, lineOf[k] + 1, tokens[k].sentence + 1);
  // Each token's case (Word.letters), read for both groupings: 1 has a lowercase letter, 2 capitals only, 0 no letter.
  const lineCapitals = new Uint32Array(groups);
  const lineLowercase = new Uint8Array(groups);
  const sentenceCapitals = new Uint32Array(groups);
  const sentenceLowercase = new Uint8Array(groups);
  for (let k = 0; k < n; k++) {
    const letters = words[k].letters;
    if (letters === 1) {
      lineLowercase[lineOf[k]] = 1;
      sentenceLowercase[tokens[k].sentence] = 1;
    } else if (letters === 2) {
      lineCapitals[lineOf[k]]++;
      sentenceCapitals[tokens[k].sentence]++;
    }
  }
  const marked: boolean[] = new Array(n);
  for (let k = 0; k < n; k++) {
    const line = lineOf[k];
    const sentence = tokens[k].sentence;
    marked[k] =
      (lineLowercase[line] === 0 && lineCapitals[line] >= MIN_WORDS_IN_CAPITALS) ||
      (sentenceLowercase[sentence] === 0 && sentenceCapitals[sentence] >= MIN_WORDS_IN_CAPITALS);
  }
  return marked;
}

/** Fewest capitalized words of a line written in Title Case. */
const MIN_TITLE_CASE_WORDS = 3;
/** A comma, a dash set apart by spaces, a slash or a bar: what parts a title from its area, or the items of a list. */
const PARTED = /,|\s[-\u2013\u2014|/]\s/;

function titleCaseReader(text: string, tokens: Token[]): (i: number) => boolean {
  let marked: boolean[] | undefined;
  return (i) => (marked ??= markTitleCase(text, tokens))[i];
}

/** Per token, whether its line's words all open with a capital, but for small function words ("of", "and", "the"). */
function markTitleCase(text: string, tokens: Token[]): boolean[] {
  const n = tokens.length;
  const marked: boolean[] = new Array(n).fill(false);
  let from = 0;
  while (from < n) {
    let to = from;
    while (to + 1 < n && !breaksLine(text, tokens[to].end, tokens[to + 1].start)) to++;
    let capitals = 0;
    let titled = true;
    for (let k = from; k <= to && titled; k++) {
      const { raw } = tokens[k];
      if (startsWithCapital(raw)) capitals++;
      else if (startsWithLowercase(raw) && !isFunctionWord(raw)) titled = false;
    }
    if (titled && capitals >= MIN_TITLE_CASE_WORDS && PARTED.test(text.slice(tokens[from].start, tokens[to].end))) marked.fill(true, from, to + 1);
    from = to + 1;
  }
  return marked;
}

/** Whether the text between two offsets holds a line break (read in place: no slice per token). */
function breaksLine(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) return true;
  }
  return false;
}

/** Tags a sentence with compromise only when a rule asks, so the common path never parses (or loads it). */
function createPosTagger(text: string, tokens: Token[], sentences: Sentences): PosTagger {
  const cache = new Map<number, Map<number, string[]>>();
  return (index) => {
    const sentence = tokens[index].sentence;
    let tagsAt = cache.get(sentence);
    if (!tagsAt) {
      const from = tokens[sentences.first[sentence]].start;
      const to = tokens[sentences.last[sentence]].end;
      tagsAt = new Map();
      for (const word of tagWords(text.slice(from, to))) tagsAt.set(from + word.start, word.tags);
      cache.set(sentence, tagsAt);
    }
    const tags = tagsAt.get(tokens[index].start) ?? [];
    return tags.includes('Verb') || tags.includes('Adjective') ? [] : tags;
  };
}
