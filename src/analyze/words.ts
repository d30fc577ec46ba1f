// What the matcher reads of a word on its own, worked out once per spelling and taxonomy, not once per token:
// postings share most of their words ("project", "Jira", "stakeholders"), and each token used to look its word
// up in half a dozen tables (folded form, joined words, compound starts, patterns, list heads). A token now
// looks up its word once. Everything here depends on the spelling and the taxonomy only, never on the text
// around the word, so no answer carries one text into the next (tests/analyze/identical-output.test.ts).
import { foldWord, hasCapital, hasLowercase, latinTwins, OUTSIDE_LATIN_BLOCK, stem } from '../text/normalize';
import { type CompiledPattern, JOINED_START, type Lookup } from '../taxonomy/lookup';
import { ARTICLES, isContentWord, isFunctionWord } from './lists';

/**
 * One step of a surface through the text: a word as written, or a spelling variant. Compounds meet however
 * they are written ("micro-services", "Git Lab", "PowerBI" against "microservices", "GitLab", "Power BI"), and a
 * tool keeps its name with a version glued on ("Python3").
 */
export interface Step {
  keys: string[];
  /** How many tokens past the first the step takes (0: the word itself; 1 or 2: a compound the text splits). */
  span: number;
  /** The spelling the step stands for, for case-exact surfaces. */
  piece: string;
  /** Words written apart in lowercase: "work day" is no Workday, so tools need the name's capitals. */
  loose?: boolean;
  /** A version glued to a name: only where a surface starts ("Python3"), never inside one. */
  firstOnly?: boolean;
}

export interface Word {
  key: string;
  /** The key's number among the words of its lookup (Words.keyIds): the pattern matcher compares these. */
  keyId: number;
  /** Case-, accent- and spelling-folded (foldWord). */
  folded: string;
  /** The word's steps before any compound it starts: its key, then the words of a joined surface ("powerbi"). */
  own: Step[];
  /** Its version-less name ("Python3" -> Python), a step of its own after the compounds. */
  versioned?: Step;
  /** The steps of the word where it starts no compound: own, then versioned. */
  alone: Step[];
  /** Whether a step of `alone` opens a surface of the taxonomy. */
  aloneStarts: boolean;
  /** Whether a compound may start with the word (a short word, or one whose first letters start a surface word). */
  joins: boolean;
  /** Whether a compound the text splits may end with the word: only a plural may ("Data Based" is no database). */
  inflected: boolean;
  functionWord: boolean;
  /** A content word of a list item: no function word, no "-ly" adverb (lists.ts). */
  content: boolean;
  /** Its letters' case: 1 has a lowercase letter, 2 capitals only ("JIRA"), 0 no letter ("2024"). */
  letters: 0 | 1 | 2;
  /** "team's": a word with an apostrophe ends any compound ("team's work" is no teamwork). */
  apostrophe: boolean;
  /** The number of the group of patterns this word's key may start (PatternSlots.groupOf), or undefined. */
  patternGroup?: number;
  /** The required pattern slots (their ids) whose alternatives may start with this key. */
  fills?: readonly number[];
  /** The heads that name a verb's action ("manage" -> "management"). */
  headsOfVerb?: readonly string[];
  /** A last word that several multiword surfaces share ("management"): a list may share it. */
  isHead: boolean;
  /** The compounds it starts with the words that followed it so far ("project" + "management"). */
  after?: Map<Word, Compound>;
}

/** Words written as one ("projectmanagement"), folded: what joining them spells, remembered per pair of words. */
export interface Compound {
  folded: string;
  /** Whether a surface word may start with the compound's first letters (as Word.joins). */
  opens: boolean;
  /** Its key as a step's keys: stemmed like any word, once it is needed (steps never change their keys). */
  keys?: string[];
  after?: Map<Word, Compound>;
}

/** Distinct words remembered after one word or compound: "the" is followed by thousands. */
const MAX_REMEMBERED_FOLLOWERS = 256;
/** Compounds remembered in all, with the words they hang on: past this, the words are forgotten with them. */
const MAX_REMEMBERED_COMPOUNDS = 50_000;

/** The compound of a word (or compound) and the word after it, remembered with both. */
export function compoundOf(lookup: Lookup, first: Word | Compound, next: Word): Compound {
  let compound = first.after?.get(next);
  if (!compound) {
    const folded = first.folded + next.folded;
    // Past four letters the compound's first letters are those already checked (Word.joins, the compound before).
    const opens = first.folded.length >= JOINED_START || lookup.joinedStarts.has(folded.slice(0, JOINED_START));
    // Every field from the start (keys and followers come later): one shape for all compounds, so the matcher's
    // optimized code never meets a new one and falls back (a field added later gives the object a new hidden class).
    compound = { folded, opens, keys: undefined, after: undefined };
    const words = wordsByLookup.get(lookup);
    if (words && ++words.compounds > MAX_REMEMBERED_COMPOUNDS) {
      // The words a text holds keep their own records meanwhile; the next text looks its words up afresh.
      words.known.clear();
      words.compounds = 0;
    }
    if (!first.after || first.after.size >= MAX_REMEMBERED_FOLLOWERS) first.after = new Map();
    first.after.set(next, compound);
  }
  return compound;
}

/** A compound's key as a step's keys, stemmed once. */
export const compoundKeys = (compound: Compound) => (compound.keys ??= [stem(compound.folded)]);

/**
 * A pattern slot as the matcher reads it, in one shape for every kind of slot: the data's slots come in five
 * shapes (words, words ending a phrase, and three kinds of gap), and matchSlots' reads of them were megamorphic
 * property loads and `in` checks, the costliest part of its calls by a callgrind profile. Keys are key ids (keyIdOf).
 */
export interface LiveSlot {
  /** How many words a gap skips at most; -1 for a slot of words. */
  gap: number;
  /** A gap that stays inside a clause ("..."). */
  inClause: boolean;
  /** A gap of words that describe the noun after it ("~"). */
  modifiers: boolean;
  /** The alternatives' keys, by id. */
  alts: readonly Int32Array[];
  optional: boolean;
  endsPhrase: boolean;
  /**
   * The keys its alternatives start with, by id: where a token's key is none of them, no alternative is tried there
   * (a gap tries the next slot at up to five words, most of them no object's start). Undefined for a gap, and for a
   * slot with an empty alternative, which fits anywhere.
   */
  firstIds: Int32Array | undefined;
  /**
   * Which alternatives the pattern writes as a noun in -ing ("meeting|meetings"): their key also meets the verb's
   * forms ("work meets requirements", "targets are met"), so match.ts asks more of the word there (nounOfIng).
   * Undefined where the slot has none.
   */
  inIng: readonly boolean[] | undefined;
  /**
   * The slot is a verb's object written as a noun with its plural ("own .. issue|issues"): a word in -ing that shares
   * its key is the verb's form there ("Own risk registers for card issuing"), not the noun.
   */
  nounObject: boolean;
  /**
   * The slot may follow the slot of words before it across an article the pattern does not write: "develop|prepare
   * schedule" meets "develop the schedule" and "prepare a schedule". Not where the pattern writes an article in
   * either slot ("present a|weekly? report" chose which it takes: "At present the report is on hold" is none).
   */
  afterArticle: boolean;
}

/** A pattern with its slots as the matcher reads them (LiveSlot). */
export interface LivePattern extends CompiledPattern {
  live: readonly LiveSlot[];
}

/** A word in -ing or -ings ("meeting", "trainings"): how a pattern writes an activity noun, and how a text does. */
export const ING = /ings?$/;

/** Each slot's alternatives as the source writes them, or undefined where the source does not line up with the slots. */
function writtenAlts(pattern: CompiledPattern): (string[] | undefined)[] | undefined {
  const parts = pattern.source.split(' ');
  if (parts.length !== pattern.slots.length) return undefined;
  return pattern.slots.map((slot, s) => ('gap' in slot ? undefined : parts[s].replace(/\?$/, '').split('|')));
}

/** Whether a slot's written alternatives hold an article; unknown ones (a source that does not line up) count as if. */
const writesArticle = (alts: readonly string[] | undefined) => alts === undefined || alts.some((alt) => ARTICLES.has(alt.toLowerCase()));

const liveOf = (pattern: CompiledPattern, keyIdOf: (key: string) => number): LivePattern => {
  const written = writtenAlts(pattern);
  const ids = (keys: readonly string[]) => Int32Array.from(keys, keyIdOf);
  return {
    ...pattern,
    live: pattern.slots.map((slot, s): LiveSlot => {
      if ('gap' in slot)
        return {
          gap: slot.gap,
          inClause: slot.inClause === true,
          modifiers: slot.modifiers === true,
          alts: [],
          optional: false,
          endsPhrase: false,
          firstIds: undefined,
          inIng: undefined,
          nounObject: false,
          afterArticle: false,
        };
      const alts = written?.[s];
      const flags =
        alts === undefined || alts.length !== slot.alts.length ? undefined : alts.map((alt, a) => slot.alts[a].length === 1 && ING.test(alt.toLowerCase()));
      return {
        gap: -1,
        inClause: false,
        modifiers: false,
        alts: slot.alts.map(ids),
        optional: slot.optional,
        endsPhrase: slot.endsPhrase === true,
        firstIds: slot.alts.some((alt) => alt.length === 0) ? undefined : ids([...new Set(slot.alts.map((alt) => alt[0]))]),
        inIng: flags?.includes(true) ? flags : undefined,
        nounObject:
          s > 0 &&
          'gap' in pattern.slots[s - 1] &&
          alts !== undefined &&
          alts.every((alt) => !ING.test(alt.toLowerCase())) &&
          alts.some((alt) => alts.includes(`${alt}s`)),
        afterArticle: s > 0 && !('gap' in pattern.slots[s - 1]) && !writesArticle(alts) && !writesArticle(written?.[s - 1]),
      };
    }),
  };
};

/** Whether `id` is one of `ids` (a slot's first keys: a few, read in order). */
export const hasId = (ids: Int32Array, id: number) => {
  for (let k = 0; k < ids.length; k++) if (ids[k] === id) return true;
  return false;
};

interface Words {
  known: Map<string, Word>;
  /** Compounds remembered with the known words, counted so that a long run of new text cannot grow them without bound. */
  compounds: number;
  /** Each pattern as the matcher reads it (PatternSlots numbers them), made when a text first can match it. */
  live: LivePattern[];
  /**
   * A number for each key met (Word.keyId) and each key of a live pattern's slots: the matcher compares numbers,
   * not strings (string-keyed look-ups were an eighth of an analysis's instructions). Forgotten with the words and
   * live patterns that hold its numbers, and only between texts (wordsOf), so that one text's numbers never mix.
   */
  keyIds: Map<string, number>;
}

/** Key ids remembered at most: past this, the next text starts afresh with its words and live patterns. */
const MAX_KEY_IDS = 200_000;

/** Postings share most of their words: remembered within a bound, as foldWord does (a 10 MB page brings many new ones). */
const MAX_REMEMBERED_WORDS = 50_000;
/** With its Latin-only twin (latinTwins): a word of Latin characters compiles no Unicode property class. */
export const VERSION_GLUED = latinTwins(String.raw`^([\p{L}][\p{L}.+#]*?)v?\d+(?:\.\d+)*\+?$`, 'u');

const wordsByLookup = new WeakMap<Lookup, Words>();

/** The words of one taxonomy: a word's spelling and key -> what the matcher reads of it. */
export function wordsOf(lookup: Lookup): (raw: string, key: string) => Word {
  let words = wordsByLookup.get(lookup);
  if (!words) wordsByLookup.set(lookup, (words = { known: new Map(), compounds: 0, live: [], keyIds: new Map() }));
  if (words.keyIds.size >= MAX_KEY_IDS) {
    words.known.clear();
    words.compounds = 0;
    words.live = [];
    words.keyIds.clear();
  }
  const { known } = words;
  const keyIdOf = keyIdsOf(words);
  return (raw, key) => {
    let word = known.get(raw);
    // A key other than the lookup's own (a caller's tokenizer) gets an answer of its own, not remembered.
    if (word === undefined || word.key !== key) {
      const made = readWord(raw, key, lookup, keyIdOf);
      if (lookup.keyOf(raw) !== key) return made;
      if (known.size >= MAX_REMEMBERED_WORDS) known.clear();
      known.set(raw, (word = made));
    }
    return word;
  };
}

/** The id of a key in these words' numbering (Words.keyIds). */
const keyIdsOf =
  ({ keyIds }: Words) =>
  (key: string) => {
    let id = keyIds.get(key);
    if (id === undefined) keyIds.set(key, (id = keyIds.size));
    return id;
  };

function readWord(raw: string, key: string, lookup: Lookup, keyIdOf: (key: string) => number): Word {
  const folded = foldWord(raw);
  const own: Step[] = [{ keys: [key], span: 0, piece: raw }];
  const joinedWords = lookup.wordsOfJoined.get(folded) ?? (folded.endsWith('s') ? lookup.wordsOfJoined.get(folded.slice(0, -1)) : undefined);
  if (joinedWords) own.push({ keys: joinedWords, span: 0, piece: raw });
  const glued = endsInDigit(raw) ? (OUTSIDE_LATIN_BLOCK.test(raw) ? VERSION_GLUED.exact() : VERSION_GLUED.latin).exec(raw) : null;
  const versioned: Step | undefined =
    glued && lookup.versioned.has(lookup.keyOf(glued[1])) ? { keys: [lookup.keyOf(glued[1])], span: 0, piece: glued[1], firstOnly: true } : undefined;
  const alone = versioned ? [...own, versioned] : own;
  return {
    key,
    keyId: keyIdOf(key),
    folded,
    own,
    versioned,
    alone,
    aloneStarts: alone.some((step) => lookup.trie.next.has(step.keys[0])),
    // A word of four letters or more starts the same compounds whatever follows it: most start none.
    joins: folded.length < JOINED_START || lookup.joinedStarts.has(folded.slice(0, JOINED_START)),
    inflected: isInflected(folded),
    functionWord: isFunctionWord(raw),
    content: isContentWord(raw),
    letters: hasLowercase(raw) ? 1 : hasCapital(raw) ? 2 : 0,
    apostrophe: /['’]/.test(raw),
    patternGroup: lookup.patternSlots.groupOf(key),
    fills: lookup.patternSlots.fills(key),
    headsOfVerb: lookup.headsOfVerb.get(key),
    isHead: lookup.heads.has(key),
    // Set when the word first starts a compound: here from the start, so that every word has one shape (Compound).
    after: undefined,
  };
}

const endsInDigit = (raw: string) => {
  const last = raw.charCodeAt(raw.length - 1 - (raw.endsWith('+') ? 1 : 0));
  return last >= 48 && last <= 57;
};

const isInflected = (folded: string) => {
  const base = stem(folded);
  const singular = folded.replace(/ies$/, 'y').replace(/s$/, '');
  return base !== folded && base !== singular && base !== singular.replace(/e$/, '') && base !== folded.replace(/es$/, '');
};

/**
 * Which patterns can match anywhere in a text: each of its required slots needs a word the text has. A common
 * verb opens dozens of patterns; most of them end in words the text never uses, and are passed over without
 * matching their slots at each of its occurrences.
 */
export function livePatterns(lookup: Lookup, words: readonly Word[]): (word: Word) => readonly LivePattern[] {
  const index = wordsByLookup.get(lookup)!;
  const keyIdOf = keyIdsOf(index);
  const filled = new Uint8Array(lookup.patternSlots.slotCount);
  // Each key once: its slots are the same at every occurrence, and a common verb ("manage") fills a hundred or more.
  // Indexed loops: this runs once a text, often before V8 optimizes it, and a for-of there made an iterator
  // result per slot filled (an eighth of an analysis's allocations on the corpus postings, by a heap profile).
  const keysSeen = new Set<string>();
  for (let w = 0; w < words.length; w++) {
    const { fills, key } = words[w];
    if (!fills || keysSeen.has(key)) continue;
    keysSeen.add(key);
    for (let f = 0; f < fills.length; f++) filled[fills[f]] = 1;
  }
  const live: (readonly LivePattern[] | undefined)[] = new Array(lookup.patternSlots.groupCount);
  return (word) => {
    const group = word.patternGroup;
    if (group === undefined) return NONE;
    let found = live[group];
    if (found === undefined) {
      const fits: LivePattern[] = [];
      const slots = lookup.patternSlots;
      for (const p of slots.group(group)) if (allFilled(slots.requires(p), filled)) fits.push((index.live[p] ??= liveOf(slots.pattern(p), keyIdOf)));
      live[group] = found = fits;
    }
    return found;
  };
}
const NONE: readonly LivePattern[] = [];

const allFilled = (requires: readonly number[], filled: Uint8Array) => {
  for (let r = 0; r < requires.length; r++) if (filled[requires[r]] !== 1) return false;
  return true;
};
