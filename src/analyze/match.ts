import { isNegated } from './negation';
import { foldWord, hasCapital, hasLowercase, rawForm, startsWithCapital, stem, tokenize, type Token } from '../text/normalize';
import {
  type CompiledPattern,
  JOINED_START,
  type CompiledRule,
  type Entry,
  type Lookup,
  type NearbyTerm,
  type NearbyTerms,
  type TrieNode,
} from '../taxonomy/lookup';
import { tagWords } from '../taxonomy/part-of-speech';
import { isFunctionWord, sharedHeadAfterOf, sharedHeadAfterVerb, sharedHeadBefore, type Composed, type HeadWord, type ListContext } from './lists';
import type { Slot } from '../taxonomy/pattern';

export interface Hit {
  conceptId: string;
  /** Character offsets into the input: text.slice(start, end) is the evidence. */
  start: number;
  end: number;
  /** A surface as written or as a variant, a pattern, or an item of a list that shares the surface's head word. */
  via: 'surface' | 'pattern' | 'list';
}

interface Sentences {
  first: number[];
  last: number[];
}

/** What the rules of a surface read around it: the tokens, their sentences and how the text is written. */
interface Reading {
  tokens: Token[];
  sentences: Sentences;
  partOfSpeech: PosTagger;
  /** Whether token i stands in a line or sentence written all in capitals. */
  inCapitals: (i: number) => boolean;
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

/** Finds every taxonomy concept in the text in one left-to-right pass over its tokens. */
export function findHits(text: string, lookup: Lookup, tokens: Token[] = tokenize(text, lookup.keyOf)): Hit[] {
  const sentences = sentenceBounds(tokens);
  const reading: Reading = { tokens, sentences, partOfSpeech: createPosTagger(text, tokens, sentences), inCapitals: capitalsReader(text, tokens) };
  const hits: Hit[] = [];
  const lastEndOf = new Map<string, number>();
  const add = (conceptId: string, from: number, to: number, via: Hit['via']) => {
    const start = tokens[from].start;
    if ((lastEndOf.get(conceptId) ?? -1) > start) return; // one concept, overlapping spans: keep the first
    if (isNegated(tokens, from, to)) return; // "PMP not required", "preparing for the PMP"
    lastEndOf.set(conceptId, tokens[to].end);
    hits.push({ conceptId, start, end: tokens[to].end, via });
  };
  const lists: ListContext = { text, tokens, compose: (from, to, head) => composed(lookup, reading, from, to, head), isAdjective: lookup.isAdjective };

  const steps = stepper(text, lookup, reading);
  const livePatterns = patternFilter(tokens, lookup.patterns);

  // Surfaces do not overlap (the longest wins, then the walk skips past it); patterns are tried at every
  // word, so "evaluation and selection" still counts inside "RFP evaluation".
  let next = 0;
  for (let i = 0; i < tokens.length; i++) {
    const best = i >= next && startsSurface(steps(i), lookup) ? longestSurface(steps, lookup, reading, i) : undefined;
    for (const pattern of livePatterns(tokens[i].key)) {
      const end = matchSlots(pattern.slots, 0, tokens, i, tokens[i].sentence);
      if (end > i) add(pattern.conceptId, i, end - 1, 'pattern');
    }
    for (const head of lookup.headsOfVerb.get(tokens[i].key) ?? []) {
      for (const hit of sharedHeadAfterVerb(lists, i, head)) add(hit.conceptId, hit.from, hit.to, 'list');
    }
    if (lookup.heads.has(tokens[i].key)) {
      for (const hit of [...sharedHeadBefore(lists, i), ...sharedHeadAfterOf(lists, i)]) add(hit.conceptId, hit.from, hit.to, 'list');
    }
    if (best) {
      add(best.entry.conceptId, i, best.end, 'surface');
      next = best.end + 1;
    }
  }
  return hits.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * One step of a surface through the text: a word as written, or a spelling variant. Compounds meet however
 * they are written ("micro-services", "Git Lab", "PowerBI" against "microservices", "GitLab", "Power BI"), and a
 * tool keeps its name with a version glued on ("Python3").
 */
interface Step {
  keys: string[];
  /** The last token the step takes. */
  to: number;
  /** The spelling the step stands for, for case-exact surfaces. */
  piece: string;
  /** Words written apart in lowercase: "work day" is no Workday, so tools need the name's capitals. */
  loose?: boolean;
  /** A version glued to a name: only where a surface starts ("Python3"), never inside one. */
  firstOnly?: boolean;
}

const JOINABLE_WORDS = 3;
const VERSION_GLUED = /^(\p{L}[\p{L}.+#]*?)v?\d+(?:\.\d+)*\+?$/u;

/** The steps each token starts, computed once per text: a surface walk passes most tokens more than once. */
function stepper(text: string, lookup: Lookup, reading: Reading): (p: number) => Step[] {
  const { tokens } = reading;
  const folded: string[] = new Array(tokens.length);
  const foldedAt = (p: number) => (folded[p] ??= foldWord(tokens[p].raw));
  const cache: Step[][] = new Array(tokens.length);
  return (p) => (cache[p] ??= stepsAt(text, lookup, reading, p, foldedAt));
}

function stepsAt(text: string, lookup: Lookup, reading: Reading, p: number, foldedAt: (p: number) => string): Step[] {
  const { tokens } = reading;
  const token = tokens[p];
  const steps: Step[] = [{ keys: keysOf(token.key), to: p, piece: token.raw }];
  const folded = foldedAt(p);
  const words = lookup.wordsOfJoined.get(folded) ?? (folded.endsWith('s') ? lookup.wordsOfJoined.get(folded.slice(0, -1)) : undefined);
  if (words) steps.push({ keys: words, to: p, piece: token.raw });
  let joinedFolded = folded;
  // A word of four letters or more starts the same compounds whatever follows it: most start none.
  const joins = folded.length < JOINED_START || lookup.joinedStarts.has(folded.slice(0, JOINED_START));
  for (let q = p + 1; joins && q < p + JOINABLE_WORDS && q < tokens.length && tokens[q].breakBefore === 'none'; q++) {
    if (/['’]/.test(tokens[q - 1].raw)) break; // "team's work" is no teamwork
    joinedFolded += foldedAt(q);
    if (!lookup.joinedStarts.has(joinedFolded.slice(0, JOINED_START))) break;
    const gap = text.slice(tokens[q - 1].end, tokens[q].start);
    if (gap !== '-' && gap !== ' ') break;
    // "Data Based" is no database: only a plural may end a compound that the text splits.
    if (isInflected(foldedAt(q))) break;
    const parts = tokens.slice(p, q + 1);
    const spaced = parts.some((t, k) => k > 0 && text[t.start - 1] === ' ');
    // In capitals every word is titled, so the capitals show no name there.
    const titled = parts.every((t) => startsWithCapital(t.raw)) && !reading.inCapitals(p);
    // "roll up", "out systems": a particle makes a phrase, not a compound written apart
    if (spaced && !titled && parts.some((t) => isFunctionWord(t.raw))) break;
    // Stemmed like any word; a compound is never an irregular form, so keyOf's compromise forms are not needed.
    steps.push({ keys: [stem(joinedFolded)], to: q, piece: parts.map((t) => t.raw).join(''), loose: spaced && !titled });
  }
  const versioned = endsInDigit(token.raw) ? VERSION_GLUED.exec(token.raw) : null;
  if (versioned && lookup.versioned.has(lookup.keyOf(versioned[1]))) {
    steps.push({ keys: [lookup.keyOf(versioned[1])], to: p, piece: versioned[1], firstOnly: true });
  }
  return steps;
}

/** A word's key as a step's keys: one array per key, shared by every step that reads it (steps never change them). */
function keysOf(key: string): string[] {
  let keys = singleKeys.get(key);
  if (!keys) {
    if (singleKeys.size >= MAX_REMEMBERED_KEYS) singleKeys.clear();
    singleKeys.set(key, (keys = [key]));
  }
  return keys;
}
const singleKeys = new Map<string, string[]>();
const MAX_REMEMBERED_KEYS = 50_000;

const endsInDigit = (raw: string) => {
  const last = raw.charCodeAt(raw.length - 1 - (raw.endsWith('+') ? 1 : 0));
  return last >= 48 && last <= 57;
};

const isInflected = (folded: string) => {
  const base = stem(folded);
  const singular = folded.replace(/ies$/, 'y').replace(/s$/, '');
  return base !== folded && base !== singular && base !== singular.replace(/e$/, '') && base !== folded.replace(/es$/, '');
};

/** The longest surface starting at token i, over every way of stepping through the words. */
const startsSurface = (steps: Step[], lookup: Lookup) => steps.some((step) => lookup.trie.next.has(step.keys[0]));

function longestSurface(steps: (p: number) => Step[], lookup: Lookup, reading: Reading, i: number) {
  const { tokens } = reading;
  let best: { entry: Entry; end: number } | undefined;
  const walk = (node: TrieNode, p: number, pieces: string[], loose: boolean) => {
    for (const step of steps(p)) {
      if (step.firstOnly && p !== i) continue;
      let child: TrieNode | undefined = node;
      for (const key of step.keys) child = child?.next.get(key);
      if (!child) continue;
      const goesOn = child.next.size > 0 && step.to + 1 < tokens.length && tokens[step.to + 1].breakBefore === 'none';
      // Most walks stop at a node with no surface of its own and nowhere to go: nothing to spell there.
      if (!child.entries.length && !goesOn) continue;
      const spelled = [...pieces, step.piece];
      const isLoose = loose || step.loose === true;
      if (!best || step.to > best.end) {
        for (const e of child.entries) {
          if (accepts(e, spelled, reading, i, step.to) && !(isLoose && lookup.taxonomy.byId.get(e.conceptId)?.category === 'tool')) {
            best = { entry: e, end: step.to };
            break;
          }
        }
      }
      if (goesOn) walk(child, step.to + 1, spelled, isLoose);
    }
  };
  walk(lookup.trie, i, [], false);
  return best;
}

/** The concept that an item (tokens from..to) and a shared head word name together, if the taxonomy has it. */
function composed(lookup: Lookup, reading: Reading, from: number, to: number, head: HeadWord): Composed | undefined {
  const { tokens } = reading;
  let node: TrieNode | undefined = lookup.trie;
  for (let k = from; k <= to && node; k++) node = node.next.get(tokens[k].key);
  node = node?.next.get(head.key);
  if (!node) return undefined;
  const spelled = [...tokens.slice(from, to + 1).map((t) => t.raw), head.token === undefined ? '' : tokens[head.token].raw];
  // Written out in one piece, the surface meets its context rule as usual; an item apart from its head is not
  // the phrasing a rule was written for, so ruled surfaces stay out there.
  const whole = head.token === to + 1;
  const fits = (e: Entry) =>
    whole
      ? accepts(e, spelled, reading, from, to + 1)
      : !e.rule && (!e.exact || (head.token !== undefined && spelledLike(e.exact, spelled, caseTells(e.exact, reading, from))));
  const entry = node.entries.find(fits);
  return entry && { conceptId: entry.conceptId, category: lookup.taxonomy.byId.get(entry.conceptId)!.category };
}

/**
 * Whether a pattern can match anywhere in the text: each of its required slots needs a word the text has
 * ("manage .. budget" needs "budget"). A common verb opens dozens of patterns; most of them end in words the
 * text never uses, and are passed over without matching their slots at each of its occurrences.
 */
function patternFilter(tokens: Token[], patterns: Lookup['patterns']): (key: string) => readonly CompiledPattern[] {
  const keys = new Set<string>();
  for (const t of tokens) keys.add(t.key);
  const canMatch = (pattern: CompiledPattern) => {
    for (const firstKeys of requiredWordsOf(pattern)) {
      let found = false;
      for (let k = 0; k < firstKeys.length && !found; k++) found = keys.has(firstKeys[k]);
      if (!found) return false;
    }
    return true;
  };
  const live = new Map<string, readonly CompiledPattern[]>();
  const none: readonly CompiledPattern[] = [];
  return (key) => {
    let found = live.get(key);
    if (found === undefined) live.set(key, (found = patterns.get(key)?.filter(canMatch) ?? none));
    return found;
  };
}

/**
 * The first words of each required slot's alternatives, last slot first (the object, "budget", rules out more
 * than the verb, which the text has); a slot with an empty alternative requires nothing.
 */
function requiredWordsOf(pattern: CompiledPattern): readonly string[][] {
  let required = requiredWords.get(pattern);
  if (!required) {
    required = [];
    for (const slot of pattern.slots) {
      if ('gap' in slot || slot.optional || slot.alts.some((alt) => alt.length === 0)) continue;
      required.unshift(slot.alts.map((alt) => alt[0]));
    }
    requiredWords.set(pattern, required);
  }
  return required;
}
const requiredWords = new WeakMap<CompiledPattern, string[][]>();

/** Returns the token index after the match, or -1. Gaps stay inside the sentence. */
function matchSlots(slots: Slot[], s: number, tokens: Token[], at: number, sentence: number): number {
  if (s === slots.length) return at;
  const slot = slots[s];
  if ('gap' in slot) {
    for (let skip = 0; skip <= slot.gap; skip++) {
      const t = at + skip;
      if (t >= tokens.length || tokens[t].sentence !== sentence) return -1;
      const end = matchSlots(slots, s + 1, tokens, t, sentence);
      if (end !== -1) return end;
    }
    return -1;
  }
  for (const alt of slot.alts) {
    let fits = true;
    for (let k = 0; k < alt.length && fits; k++) {
      const t = tokens[at + k];
      fits = t !== undefined && t.sentence === sentence && t.key === alt[k] && (k === 0 || t.breakBefore === 'none');
    }
    if (fits) {
      const end = matchSlots(slots, s + 1, tokens, at + alt.length, sentence);
      if (end !== -1) return end;
    }
  }
  return slot.optional ? matchSlots(slots, s + 1, tokens, at, sentence) : -1;
}

const spelledAs = (raw: string, exact: string, caseMatters: boolean) => {
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

function accepts(entry: Entry, pieces: string[], reading: Reading, i: number, j: number): boolean {
  const { exact, rule } = entry;
  if (exact && !spelledLike(exact, pieces, caseTells(exact, reading, i)) && !capitalizedAtStart(exact, pieces, reading, i)) return false;
  return !rule || ruleHolds(rule, reading, i, j);
}

function ruleHolds(rule: CompiledRule, { tokens, sentences, partOfSpeech, inCapitals }: Reading, i: number, j: number): boolean {
  const sentence = tokens[i].sentence;
  const first = sentences.first[sentence];
  const last = sentences.last[sentence];
  if (rule.notSentenceStart && i === first) return false;
  if (rule.notBefore.size && j < last && rule.notBefore.has(tokens[j + 1].key)) return false;
  if (rule.notAfter.size && i > first && rule.notAfter.has(tokens[i - 1].key)) return false;
  // A name must be capitalized where it stands ("Excel", not "excel"), except in a line written in capitals.
  const meets = (term: NearbyTerm, k: number) =>
    term.keys.every((key, w) => {
      const t = tokens[k + w];
      return t && k + w <= last && (k + w < i || k + w > j) && t.key === key && (!term.names[w] || startsWithCapital(t.raw) || inCapitals(k + w));
    });
  const nearby = (terms: NearbyTerms) => {
    for (let k = first; k <= last; k++) if ((k < i || k > j) && terms.get(tokens[k].key)?.some((term) => meets(term, k))) return true;
    return false;
  };
  if (rule.requireNearby.size && !nearby(rule.requireNearby)) return false;
  if (rule.notNearby.size && nearby(rule.notNearby)) return false;
  if (rule.partOfSpeech && !partOfSpeech(i).includes(rule.partOfSpeech)) return false;
  return true;
}

type PosTagger = (tokenIndex: number) => string[];

/** A line or sentence of at least this many words, all in capitals, is written in capitals: not one shouted name. */
const MIN_WORDS_IN_CAPITALS = 3;

/**
 * Which tokens stand in a line or a sentence written all in capitals ("SKILLS: JIRA, ASANA, EXCEL, SAFE AGILE"):
 * at least three words with letters, none of them lowercase. Computed on first use: most texts never ask.
 */
function capitalsReader(text: string, tokens: Token[]): (i: number) => boolean {
  let marked: boolean[] | undefined;
  return (i) => (marked ??= markCapitals(text, tokens))[i];
}

function markCapitals(text: string, tokens: Token[]): boolean[] {
  const lineOf: number[] = [];
  for (let k = 0; k < tokens.length; k++) lineOf.push(k === 0 ? 0 : lineOf[k - 1] + (breaksLine(text, tokens[k - 1].end, tokens[k].start) ? 1 : 0));
  // Each token's case, read once for both groupings: 1 has a lowercase letter, 2 capitals only, 0 no letter.
  const cases = tokens.map((t) => (hasLowercase(t.raw) ? 1 : hasCapital(t.raw) ? 2 : 0));
  const writtenInCapitals = (groupOf: (k: number) => number) => {
    const words = new Map<number, number>();
    const lowercase = new Set<number>();
    tokens.forEach((_, k) => {
      if (cases[k] === 1) lowercase.add(groupOf(k));
      else if (cases[k] === 2) words.set(groupOf(k), (words.get(groupOf(k)) ?? 0) + 1);
    });
    return (k: number) => !lowercase.has(groupOf(k)) && (words.get(groupOf(k)) ?? 0) >= MIN_WORDS_IN_CAPITALS;
  };
  const line = writtenInCapitals((k) => lineOf[k]);
  const sentence = writtenInCapitals((k) => tokens[k].sentence);
  return tokens.map((_, k) => line(k) || sentence(k));
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
