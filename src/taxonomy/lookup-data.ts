// The compiled lookup as plain JSON: `npm run lookup` writes it at build time (with zod and compromise), and
// the extension and the CLI rebuild the lookup's Maps from it at run time (with neither): no validation, no
// compilation and no compromise on the start-up path.
import { foldWord, wordKey } from '../text/normalize';
import type { Concept } from './schema';
import type { Slot } from './pattern';
import { indexTaxonomy } from './taxonomy';
import { ADJECTIVE_ENDING, type CompiledPattern, type CompiledRule, type Entry, type Lookup, type NearbyTerm, type NearbyTerms, type TrieNode } from './lookup';

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
   * The trie's edges in depth-first order, column by column (a few long arrays parse far faster than thousands of
   * short ones): edge i leads from node trieParents[i] by the key trieKeys[i] to node i + 1; node 0 is the root.
   */
  trieParents: number[];
  trieKeys: string[];
  /** The trie's entries in depth-first order, column by column: entry i sits on node entryNodes[i]. */
  entryNodes: number[];
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
  wordsOfJoined: [string, string[]][];
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
export function lookupToData(lookup: Lookup, adjectives: string[]): LookupData {
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
  const trie: Pick<LookupData, 'trieParents' | 'trieKeys' | 'entryNodes' | 'entryConcepts' | 'entryKinds' | 'entryExact' | 'entryRules'> = {
    trieParents: [],
    trieKeys: [],
    entryNodes: [],
    entryConcepts: [],
    entryKinds: [],
    entryExact: [],
    entryRules: [],
  };
  const visit = (node: TrieNode, id: number) => {
    for (const e of node.entries) {
      trie.entryNodes.push(id);
      trie.entryConcepts.push(e.conceptId);
      trie.entryKinds.push(e.kind);
      trie.entryExact.push(e.exact ?? 0);
      trie.entryRules.push(e.rule ? indexOfRule(e.rule) : -1);
    }
    for (const [key, child] of node.next) {
      trie.trieParents.push(id);
      trie.trieKeys.push(key);
      visit(child, trie.trieKeys.length);
    }
  };
  visit(lookup.trie, 0);
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
    wordsOfJoined: [...lookup.wordsOfJoined],
    versioned: [...lookup.versioned],
    joinedStarts: [...lookup.joinedStarts],
  };
}

/** Postings share most of their words: keys are remembered within a bound, as foldWord remembers folded forms. */
const MAX_REMEMBERED_KEYS = 50_000;

/** Rebuilds the lookup from its data: Maps and Sets only, no validation and no compilation. */
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
  const rules: CompiledRule[] = data.rules.map((r) => ({
    exact: r.exact,
    notBefore: new Set(r.notBefore),
    notAfter: new Set(r.notAfter),
    requireNearby: termsByFirstKey(r.requireNearby),
    notNearby: termsByFirstKey(r.notNearby),
    notSentenceStart: r.notSentenceStart,
    partOfSpeech: r.partOfSpeech,
  }));
  const nodes: TrieNode[] = [{ next: new Map(), entries: [] }];
  const { trieParents, trieKeys, entryNodes, entryConcepts, entryKinds, entryExact, entryRules } = data;
  for (let i = 0; i < trieKeys.length; i++) nodes[trieParents[i]].next.set(trieKeys[i], (nodes[i + 1] = { next: new Map(), entries: [] }));
  for (let i = 0; i < entryNodes.length; i++) {
    const rule = entryRules[i];
    nodes[entryNodes[i]].entries.push({
      conceptId: entryConcepts[i],
      kind: entryKinds[i],
      rule: rule < 0 ? undefined : rules[rule],
      exact: entryExact[i] || undefined,
    });
  }
  const patterns = data.patterns.map((p): CompiledPattern => ({ ...p }));
  const adjectives = new Set(data.adjectives);
  return {
    taxonomy: indexTaxonomy(data.concepts),
    trie: nodes[0],
    patterns: new Map(data.patternStarts.map(([key, list]) => [key, list.map((i) => patterns[i])])),
    keyOf,
    irregularKeys,
    heads: new Set(data.heads),
    headsOfVerb: new Map(data.headsOfVerb),
    wordsOfJoined: new Map(data.wordsOfJoined),
    isAdjective: (word) => {
      const folded = foldWord(word);
      return adjectives.has(folded) || ADJECTIVE_ENDING.test(folded);
    },
    versioned: new Set(data.versioned),
    joinedStarts: new Set(data.joinedStarts),
  };
}
