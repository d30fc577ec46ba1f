// The compiled lookup as plain JSON: `npm run lookup` writes it at build time (with zod and compromise), and
// the extension and the CLI rebuild the lookup's Maps from it at run time (with neither): no validation, no
// compilation and no compromise on the start-up path.
import { foldWord, wordKey } from '../text/normalize';
import type { Concept } from './schema';
import type { Slot } from './pattern';
import { indexTaxonomy } from './taxonomy';
import {
  ADJECTIVE_ENDING,
  type CompiledPattern,
  type CompiledRule,
  type Entry,
  type JoinedWords,
  type Lookup,
  type NearbyTerm,
  type NearbyTerms,
  type TrieNode,
} from './lookup';

interface RuleData {
  exact?: string[];
  notBefore: string[];
  notAfter: string[];
  /** Every nearby term in the order the compiler indexed them: the Map by first key is rebuilt from it. */
  requireNearby: NearbyTerm[];
  notNearby: NearbyTerm[];
  notSentenceStart: boolean;
  partOfSpeech?: CompiledRule['partOfSpeech'];
}

export interface LookupData {
  /** The validated concepts, sorted by id. */
  concepts: Concept[];
  irregularKeys: [string, string][];
  /** The words compromise's lexicon tags as adjectives (lookup.isAdjective reads them). */
  adjectives: string[];
  rules: RuleData[];
  /**
   * The trie's edges in breadth-first order, column by column (a few long arrays parse far faster than thousands of
   * short ones): edge i leads by the key trieKeys[i] to node i + 1; node 0 is the root. A node's children are
   * contiguous: node n's edges are trieFirstEdge[n] to trieFirstEdge[n + 1] - 1, so a node is decoded on its first
   * visit (a posting visits the root and a few hundred of its 7,000-odd nodes).
   */
  trieKeys: string[];
  trieFirstEdge: number[];
  /** The trie's entries in node order, column by column: node n's are entryFirst[n] to entryFirst[n + 1] - 1. */
  entryFirst: number[];
  entryConcepts: string[];
  entryKinds: Entry['kind'][];
  /** The exact spelling, or 0. */
  entryExact: (string[] | 0)[];
  /** Index into `rules`, or -1. */
  entryRules: number[];
  patterns: { conceptId: string; source: string; slots: Slot[] }[];
  /** Start key -> indexes into `patterns`. */
  patternStarts: [string, number[]][];
  heads: string[];
  headsOfVerb: [string, string[]][];
  /** A multiword surface written as one word -> the keys of its words, space-separated (one object, not 4,000 arrays). */
  wordsOfJoined: Record<string, string>;
  versioned: string[];
  joinedStarts: string[];
}

const flatTerms = (terms: NearbyTerms): NearbyTerm[] => [...terms.values()].flat();

function termsByFirstKey(list: NearbyTerm[]): NearbyTerms {
  const terms: NearbyTerms = new Map();
  for (const term of list) terms.set(term.keys[0], [...(terms.get(term.keys[0]) ?? []), term]);
  return terms;
}

/** The lookup as JSON-ready data; `adjectives` is what the compiler's isAdjective reads of compromise's lexicon. */
export function lookupToData(lookup: Lookup & { wordsOfJoined: ReadonlyMap<string, string[]> }, adjectives: string[]): LookupData {
  const rules: RuleData[] = [];
  const ruleIndex = new Map<CompiledRule, number>();
  const indexOfRule = (rule: CompiledRule) => {
    if (!ruleIndex.has(rule)) {
      ruleIndex.set(rule, rules.length);
      rules.push({
        ...(rule.exact ? { exact: rule.exact } : {}),
        notBefore: [...rule.notBefore],
        notAfter: [...rule.notAfter],
        requireNearby: flatTerms(rule.requireNearby),
        notNearby: flatTerms(rule.notNearby),
        notSentenceStart: rule.notSentenceStart,
        ...(rule.partOfSpeech ? { partOfSpeech: rule.partOfSpeech } : {}),
      });
    }
    return ruleIndex.get(rule)!;
  };
  const trie: Pick<LookupData, 'trieKeys' | 'trieFirstEdge' | 'entryFirst' | 'entryConcepts' | 'entryKinds' | 'entryExact' | 'entryRules'> = {
    trieKeys: [],
    trieFirstEdge: [],
    entryFirst: [],
    entryConcepts: [],
    entryKinds: [],
    entryExact: [],
    entryRules: [],
  };
  // Breadth first: the queue's order is the nodes' numbering, and each node's children take the next edges.
  const queue = [lookup.trie];
  for (let n = 0; n < queue.length; n++) {
    const node = queue[n];
    trie.trieFirstEdge.push(trie.trieKeys.length);
    trie.entryFirst.push(trie.entryConcepts.length);
    for (const e of node.entries) {
      trie.entryConcepts.push(e.conceptId);
      trie.entryKinds.push(e.kind);
      trie.entryExact.push(e.exact ?? 0);
      trie.entryRules.push(e.rule ? indexOfRule(e.rule) : -1);
    }
    for (const [key, child] of node.next) {
      trie.trieKeys.push(key);
      queue.push(child);
    }
  }
  trie.trieFirstEdge.push(trie.trieKeys.length);
  trie.entryFirst.push(trie.entryConcepts.length);
  const patterns: CompiledPattern[] = [...new Set([...lookup.patterns.values()].flat())];
  const patternIndex = new Map(patterns.map((p, i) => [p, i]));
  return {
    concepts: lookup.taxonomy.concepts,
    irregularKeys: [...lookup.irregularKeys],
    adjectives,
    rules,
    ...trie,
    patterns: patterns.map(({ conceptId, source, slots }) => ({ conceptId, source, slots })),
    patternStarts: [...lookup.patterns].map(([key, list]) => [key, list.map((p) => patternIndex.get(p)!)]),
    heads: [...lookup.heads],
    headsOfVerb: [...lookup.headsOfVerb],
    wordsOfJoined: Object.fromEntries([...lookup.wordsOfJoined].map(([joined, keys]) => [joined, keys.join(' ')])),
    versioned: [...lookup.versioned],
    joinedStarts: [...lookup.joinedStarts],
  };
}

/** Postings share most of their words: keys are remembered within a bound, as foldWord remembers folded forms. */
const MAX_REMEMBERED_KEYS = 50_000;

/** Rebuilds the lookup from its data: no validation and no compilation; trie nodes and rules decode on first use. */
export function lookupFromData(data: LookupData): Lookup {
  const irregularKeys = new Map(data.irregularKeys);
  const keys = new Map<string, string>();
  const keyOf = (word: string) => {
    let key = keys.get(word);
    if (key === undefined) {
      key = wordKey(word);
      key = irregularKeys.get(key) ?? key;
      if (keys.size >= MAX_REMEMBERED_KEYS) keys.clear();
      keys.set(word, key);
    }
    return key;
  };
  const patterns = data.patterns.map((p): CompiledPattern => ({ ...p }));
  const adjectives = new Set(data.adjectives);
  return {
    taxonomy: indexTaxonomy(data.concepts),
    trie: new LazyTrie(data).node(0),
    patterns: new Map(data.patternStarts.map(([key, list]) => [key, list.map((i) => patterns[i])])),
    keyOf,
    irregularKeys,
    heads: new Set(data.heads),
    headsOfVerb: new Map(data.headsOfVerb),
    wordsOfJoined: joinedWords(data.wordsOfJoined),
    isAdjective: (word) => {
      const folded = foldWord(word);
      return adjectives.has(folded) || ADJECTIVE_ENDING.test(folded);
    },
    versioned: new Set(data.versioned),
    joinedStarts: new Set(data.joinedStarts),
  };
}

/**
 * The trie over the data's columns. A fresh process used to build all 7,000-odd nodes, their Maps and entries
 * before its first analysis (interpreted code, tens of millions of instructions); a node is now built when the
 * matcher first steps onto it, its entries and their rules when it first reads them. The same nodes, entries and
 * rules as the compiler's (tests/taxonomy/compiled-lookup.test.ts walks them all).
 */
class LazyTrie {
  private readonly nodes: TrieNode[] = [];
  private readonly rules: CompiledRule[] = [];

  constructor(private readonly data: LookupData) {}

  node(n: number): TrieNode {
    return (this.nodes[n] ??= new LazyNode(this, n));
  }

  childrenOf(n: number): Map<string, TrieNode> {
    const { trieKeys, trieFirstEdge } = this.data;
    const next = new Map<string, TrieNode>();
    for (let edge = trieFirstEdge[n]; edge < trieFirstEdge[n + 1]; edge++) next.set(trieKeys[edge], this.node(edge + 1));
    return next;
  }

  entriesOf(n: number): Entry[] {
    const { entryFirst, entryConcepts, entryKinds, entryExact, entryRules } = this.data;
    const entries: Entry[] = [];
    for (let i = entryFirst[n]; i < entryFirst[n + 1]; i++) {
      const rule = entryRules[i];
      entries.push({ conceptId: entryConcepts[i], kind: entryKinds[i], rule: rule < 0 ? undefined : this.rule(rule), exact: entryExact[i] || undefined });
    }
    return entries;
  }

  /** One rule object per index, shared by every entry that names it, as the compiler shares them. */
  private rule(index: number): CompiledRule {
    const r = this.data.rules[index];
    return (this.rules[index] ??= {
      exact: r.exact,
      notBefore: new Set(r.notBefore),
      notAfter: new Set(r.notAfter),
      requireNearby: termsByFirstKey(r.requireNearby),
      notNearby: termsByFirstKey(r.notNearby),
      notSentenceStart: r.notSentenceStart,
      partOfSpeech: r.partOfSpeech,
    });
  }
}

class LazyNode implements TrieNode {
  private children?: Map<string, TrieNode>;
  private own?: Entry[];

  constructor(
    private readonly trie: LazyTrie,
    private readonly id: number,
  ) {}

  get next(): Map<string, TrieNode> {
    return (this.children ??= this.trie.childrenOf(this.id));
  }

  get entries(): Entry[] {
    return (this.own ??= this.trie.entriesOf(this.id));
  }
}

/** The joined-words index over the data's one object: a word's keys are split from their string on its first look-up. */
function joinedWords(record: Record<string, string>): JoinedWords {
  const split = new Map<string, string[]>();
  return {
    get(folded) {
      let words = split.get(folded);
      if (words === undefined && Object.hasOwn(record, folded)) split.set(folded, (words = record[folded].split(' ')));
      return words;
    },
  };
}
