// The compiled lookup's shape, shared by the build-time compiler (compile.ts, with compromise) and the
// run-time loader (lookup-data.ts, without): the matcher imports only this.
import type { AliasKind } from './schema';
import type { Slot } from './pattern';
import type { PatternSlots } from './pattern-slots';
import type { Taxonomy } from './taxonomy';

/**
 * A word or phrase of requireNearby or notNearby, by the keys of its words. A word written with a capital
 * initial ("Excel", "SAFe", "IT") is a name: only a word the text capitalizes too meets it, so "a desire to
 * excel" is no Excel. A word written in lowercase meets any case.
 */
export interface NearbyTerm {
  keys: string[];
  /** Per word: whether it is written as a name. */
  names: boolean[];
}

/** Nearby terms indexed by the key of their first word. */
export type NearbyTerms = Map<string, NearbyTerm[]>;

export interface CompiledRule {
  exact?: string[];
  notBefore: Set<string>;
  notAfter: Set<string>;
  requireNearby: NearbyTerms;
  notNearby: NearbyTerms;
  notSentenceStart: boolean;
  partOfSpeech?: 'Noun' | 'ProperNoun';
}

export interface Entry {
  conceptId: string;
  kind: AliasKind | 'label';
  /** Raw spelling the text must have, token by token (acronyms and case-sensitive rules); '' where any spelling will do. */
  exact?: string[];
  rule?: CompiledRule;
}

export interface TrieNode {
  /** Read-only: the precompiled lookup finds a child by binary search among its node's sorted keys (lookup-data.ts). */
  next: ReadonlyMap<string, TrieNode>;
  entries: Entry[];
}

export interface CompiledPattern {
  conceptId: string;
  source: string;
  slots: Slot[];
}

/** Only looked up, never listed: the precompiled lookup splits each entry on its first look-up (lookup-data.ts). */
export interface JoinedWords {
  get(folded: string): string[] | undefined;
}

export interface Lookup {
  taxonomy: Taxonomy;
  trie: TrieNode;
  /** Patterns indexed by the keys that can start them. */
  patterns: ReadonlyMap<string, readonly CompiledPattern[]>;
  /** The same patterns' required slots, numbered, with what fills them (pattern-slots.ts). */
  patternSlots: PatternSlots;
  keyOf: (word: string) => string;
  /** Keys of irregular word forms of the taxonomy's words -> their base's key, from compromise ("led" -> "lead"): keyOf applies them. */
  irregularKeys: Map<string, string>;
  /**
   * Last words that several concepts' multiword surfaces share ("management", "planning", "degree"), and the last
   * words of industries' surfaces ("industry", "ecosystems"): a list may share them.
   */
  heads: Set<string>;
  /** A verb's key -> the heads that name its action ("manage" -> "management", "plan" -> "planning"). */
  headsOfVerb: Map<string, string[]>;
  /** A multiword surface written as one word, folded ("powerbi", "soc2") -> the keys of its words. */
  wordsOfJoined: JoinedWords;
  /** Whether a word describes rather than names: "complex programs" are programs, "resource constraints" are no constraints. */
  isAdjective: (word: string) => boolean;
  /** Keys of tools and technical terms whose trailing version number may be dropped ("Python3", "Java17"). */
  versioned: Set<string>;
  /** The first four letters of every word key of the trie: two words joined can only meet a surface word starting so. */
  joinedStarts: Set<string>;
}

export const JOINED_START = 4;

// compromise's lexicon lists common adjectives (complex, senior, large); the endings catch the rest
// (technical, strategic, effective, cross-functional).
export const ADJECTIVE_ENDING = /(?:al|ive|ous|ic|ful|able|ible|less|ary)$/;
