// The compiled lookup as plain JSON: `npm run lookup` writes it at build time (with zod and compromise), and
// the extension and the CLI rebuild the lookup's Maps from it at run time (with neither): no validation, no
// compilation and no compromise on the start-up path.
import { foldWord, wordKey } from '../text/normalize';
import { CATEGORIES } from './categories';
import { compileRule } from './compile-rule';
import { asciiJsonText } from './lookup-file';
import { parsePattern } from './pattern';
import type { Concept } from './schema';
import type { PatternSlots } from './pattern-slots';
import type { Taxonomy } from './taxonomy';
import { ADJECTIVE_ENDING, type CompiledPattern, type CompiledRule, type Entry, type JoinedWords, type Lookup, type TrieNode } from './lookup';

export interface LookupData {
  /** The validated concepts' ids, sorted, space-separated: entries and patterns name a concept by its index here. */
  conceptIds: string;
  /**
   * Each concept as JSON, in the same order, parsed on its first look-up: an analysis reads the few dozen concepts
   * a posting or resume names (their label, category, aliases, bullets), and only a full listing reads them all.
   * Without its id and category, which conceptIds and conceptCategories hold: put back, in their places, on parsing.
   */
  concepts: string[];
  /**
   * Each concept's category as an index into CATEGORIES, in the same order: coverage asks a hundred-odd siblings
   * of a posting's terms only their kind, which parsed each one's JSON in a fresh process.
   */
  conceptCategories: PackedNumbers;
  /** Id -> ids of its narrower concepts (from `broader`), as indexTaxonomy derives it. */
  narrower: [string, string[]][];
  irregularKeys: [string, string][];
  /** The words compromise's lexicon tags as adjectives, one a line, sorted: lookup.isAdjective searches the text (firstLineFrom). */
  adjectives: string;
  /**
   * Each context rule as the concept and the index in its `context` it is compiled from (compile-rule.ts), when an
   * entry first reads it (a posting meets a few of the 600-odd): the rules' own JSON was a tenth of the lookup file.
   */
  ruleConcepts: PackedNumbers;
  ruleContexts: PackedNumbers;
  /**
   * The trie's edges in breadth-first order: edge i leads by the i-th key of trieKeys (space-separated) to node
   * i + 1; node 0 is the root. A node's children are contiguous and sorted by key: node n's edges are
   * trieFirstEdge[n] to trieFirstEdge[n + 1] - 1, so a child is found by binary search (or, for a node of many
   * children, in a Map of its keys made on the first look-up: LazyChildren) and a node is built on its first visit (a
   * posting visits a few hundred of the 7,000-odd nodes; the root's 2,000-odd child nodes were built before the first
   * word). One string, not 7,000: split makes the rest.
   */
  trieKeys: string;
  /** The numeric columns are PackedNumbers: read in place, nothing to parse or build at load. */
  trieFirstEdge: PackedNumbers;
  /** The trie's entries in node order, column by column: node n's are entryFirst[n] to entryFirst[n + 1] - 1. */
  entryFirst: PackedNumbers;
  /** Index into `concepts`. */
  entryConcepts: PackedNumbers;
  /** Index into ENTRY_KINDS. */
  entryKinds: PackedNumbers;
  /** The exact spelling as a line of exactSpellings plus one, or 0: 12,000 items of JSON were half the first line's parse. */
  entryExact: PackedNumbers;
  /** The entries' exact spellings, distinct, one a line, words space-separated. */
  exactSpellings: string;
  /** Index into ruleConcepts and ruleContexts, plus one (0: no rule). */
  entryRules: PackedNumbers;
  /**
   * Each pattern as a line "concept source" (the concept's index, then the pattern as written, or as a JSON string
   * where it holds a character beyond ASCII), its slots parsed from the source (parsePattern, with the lookup's
   * keyOf, as the compiler parsed them) when a word of a text first starts it: a posting starts a few dozen of the
   * 1,300-odd. Their slots as JSON were a sixth of the lookup file.
   */
  patterns: string;
  /**
   * The keys that can start a pattern, one a line, "key<TAB>numbers" (indexes into `patterns`, space-separated),
   * sorted, looked up by binary search: a key's line number is its group's (PatternSlots.groupOf).
   */
  patternStarts: string;
  /**
   * The patterns' required slots, numbered as the compiler numbered them (pattern-slots.ts): pattern p's are
   * patternFirstSlot[p] to patternFirstSlot[p + 1] - 1, so a text rules a pattern out before parsing it.
   */
  patternFirstSlot: PackedNumbers;
  /** The keys that fill a required slot, one a line, "key<TAB>slot ids" (space-separated), sorted. */
  slotFills: string;
  heads: string[];
  headsOfVerb: [string, string[]][];
  /**
   * A multiword surface written as one word -> the keys of its words: one line each, "joined<TAB>keys" (keys
   * space-separated), sorted, looked up by binary search: no object of 4,000 properties to build at load.
   */
  wordsOfJoined: string;
  versioned: string[];
  /** Space-separated. */
  joinedStarts: string;
}

/**
 * A column of whole numbers 0 and up as text: its first character is the width w (1-9) of every number, each
 * number after it w characters of base 64, the most significant first, digit d written as the character of code
 * PACKED_ZERO + d. As a JSON array, 55,000 numbers of the trie were a third of what JSON.parse read at load
 * and 450 KB of arrays; as text, the lookup file's reader cuts them out like its other strings, and a number is
 * read when a node is first visited.
 */
export type PackedNumbers = string;

const PACKED_BASE = 64;
/** "?": the 64 characters from "?" to "~" are ASCII, printable and no line break. */
const PACKED_ZERO = 63;

export function packNumbers(values: readonly number[], what: string): PackedNumbers {
  const max = Math.max(0, ...values);
  let width = 1;
  while (PACKED_BASE ** width <= max) width++;
  if (width > 9) throw new Error(`${what}: ${max} is too large to pack`);
  const bad = values.find((v) => !Number.isInteger(v) || v < 0);
  if (bad !== undefined) throw new Error(`${what}: ${bad} is not a whole number 0 or above`);
  const digits = (v: number) =>
    Array.from({ length: width }, (_, k) => String.fromCharCode(PACKED_ZERO + (Math.floor(v / PACKED_BASE ** (width - 1 - k)) % PACKED_BASE)));
  return `${width}${values.map((v) => digits(v).join('')).join('')}`;
}

/** How many numbers a packed column holds. */
const packedCount = (packed: PackedNumbers) => (packed.length - 1) / (packed.charCodeAt(0) - 48);

/**
 * A table of `n` objects built on first use, every slot there from the start: an array filled out of order from
 * empty ([] then a[2000] = node, more than 1,024 past its end) becomes a dictionary, and every read of it a hash
 * look-up through V8's generic keyed load (the trie's nodes are read at every step of a surface walk).
 */
const builtOnUse = <T>(n: number): (T | undefined)[] => new Array<T | undefined>(n).fill(undefined);

/** The i-th number of a packed column. */
export function packedAt(packed: PackedNumbers, i: number): number {
  const width = packed.charCodeAt(0) - 48;
  let value = 0;
  for (let at = 1 + i * width, end = at + width; at < end; at++) value = value * PACKED_BASE + packed.charCodeAt(at) - PACKED_ZERO;
  return value;
}

/** An entry's kind as the data numbers it. */
const ENTRY_KINDS: Entry['kind'][] = ['label', 'acronym', 'expansion', 'variant', 'form'];

/** Fails the build where a separator of the data is part of a value: the run time would split it wrongly. */
function joinedBy(separator: string, values: string[], what: string): string {
  const bad = values.find((v) => v.includes(separator) || v.includes('\n'));
  if (bad !== undefined) throw new Error(`${what} ${JSON.stringify(bad)} holds ${JSON.stringify(separator)} or a line break, which the run time splits on`);
  return values.join(separator);
}

/**
 * Lines "key<TAB>numbers" (space-separated), sorted as SortedLines searches them: by UTF-16 code units, the tab
 * below every other character.
 */
function sortedLines(entries: [string, readonly number[]][], what: string): string {
  return entries
    .map(([key, numbers]) => `${joinedBy('\t', [key], what)}\t${numbers.join(' ')}`)
    .sort()
    .join('\n');
}

/**
 * A pattern's source as its line holds it: as written, or, where it holds a character beyond ASCII (a curly
 * apostrophe), as a JSON string with that character escaped, so that the lookup file stays one byte a character.
 */
const asciiSource = (source: string) => (/^[\x20-\x7e]*$/.test(source) && !source.startsWith('"') ? source : asciiJsonText(JSON.stringify(source)));
const sourceOf = (written: string): string => (written.startsWith('"') ? (JSON.parse(written) as string) : written);

/** A concept's JSON without its id and category (ConceptsById puts them back), which must open it, in that order. */
function conceptJson(concept: Concept): string {
  const { id, label, category, ...rest } = concept;
  if (Object.keys(concept).slice(0, 3).join() !== 'id,label,category')
    throw new Error(`concept ${id}: its fields do not open with id, label and category, the order a concept read from the data has`);
  return JSON.stringify({ label, ...rest });
}

/** A compiled rule as JSON, every field in order and each nearby term in the order the compiler indexed them: to compare two. */
const ruleJson = (rule: CompiledRule) =>
  JSON.stringify([rule.exact, [...rule.notBefore], [...rule.notAfter], [...rule.requireNearby], [...rule.notNearby], rule.notSentenceStart, rule.partOfSpeech]);

/** The lookup as JSON-ready data; `adjectives` is what the compiler's isAdjective reads of compromise's lexicon. */
export function lookupToData(lookup: Lookup & { wordsOfJoined: ReadonlyMap<string, string[]> }, adjectives: string[]): LookupData {
  const { concepts } = lookup.taxonomy;
  const conceptIndex = new Map(concepts.map((c, i) => [c.id, i]));
  const rules = { ruleConcepts: [] as number[], ruleContexts: [] as number[] };
  const ruleIndex = new Map<CompiledRule, number>();
  /** A rule's index, its concept's and its context's: the one context rule of the entry's concept that compiles to it. */
  const indexOfRule = (rule: CompiledRule, conceptId: string) => {
    if (!ruleIndex.has(rule)) {
      const concept = conceptIndex.get(conceptId)!;
      const written = ruleJson(rule);
      const context = (concepts[concept].context ?? []).findIndex((r) => ruleJson(compileRule(r, lookup.keyOf)) === written);
      if (context < 0) throw new Error(`a context rule of ${conceptId} compiles to no rule of its own context: ${written}`);
      ruleIndex.set(rule, rules.ruleConcepts.length);
      rules.ruleConcepts.push(concept);
      rules.ruleContexts.push(context);
    }
    return ruleIndex.get(rule)!;
  };
  const exactSpellings: string[] = [];
  const exactIndex = new Map<string, number>();
  const indexOfExact = (exact: string[]) => {
    const line = joinedBy(' ', exact, 'an exact spelling');
    if (!exactIndex.has(line)) exactIndex.set(line, exactSpellings.push(line) - 1);
    return exactIndex.get(line)!;
  };
  const trieKeys: string[] = [];
  const trie: { [column in 'trieFirstEdge' | 'entryFirst' | 'entryConcepts' | 'entryKinds' | 'entryExact' | 'entryRules']: number[] } = {
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
    trie.trieFirstEdge.push(trieKeys.length);
    trie.entryFirst.push(trie.entryConcepts.length);
    for (const e of node.entries) {
      trie.entryConcepts.push(conceptIndex.get(e.conceptId)!);
      trie.entryKinds.push(ENTRY_KINDS.indexOf(e.kind));
      trie.entryExact.push(e.exact ? indexOfExact(e.exact) + 1 : 0);
      trie.entryRules.push(e.rule ? indexOfRule(e.rule, e.conceptId) + 1 : 0);
    }
    // By UTF-16 code units, as the run time's binary search compares.
    for (const [key, child] of [...node.next].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      trieKeys.push(key);
      queue.push(child);
    }
  }
  trie.trieFirstEdge.push(trieKeys.length);
  trie.entryFirst.push(trie.entryConcepts.length);
  const { patternSlots } = lookup;
  const patterns = Array.from({ length: patternSlots.patternCount }, (_, p) => patternSlots.pattern(p));
  const patternFirstSlot = [0];
  for (let p = 0; p < patterns.length; p++) patternFirstSlot.push(patternFirstSlot[p] + patternSlots.requires(p).length);
  patterns.forEach((pattern, p) => {
    const consecutive = Array.from({ length: patternFirstSlot[p + 1] - patternFirstSlot[p] }, (_, k) => patternFirstSlot[p + 1] - 1 - k);
    if (JSON.stringify(patternSlots.requires(p)) !== JSON.stringify(consecutive))
      throw new Error(`pattern "${pattern.source}": its required slots are not numbered one after the other, last first`);
    if (JSON.stringify(parsePattern(pattern.source, lookup.keyOf)) !== JSON.stringify(pattern.slots))
      throw new Error(`pattern "${pattern.source}": its slots are not the ones its source parses to`);
  });
  const slotFills = new Map<string, readonly number[]>();
  for (const pattern of patterns) {
    for (const slot of pattern.slots) {
      if ('alts' in slot) for (const alt of slot.alts) if (alt.length > 0 && patternSlots.fills(alt[0])) slotFills.set(alt[0], patternSlots.fills(alt[0])!);
    }
  }
  const joinedLines = [...lookup.wordsOfJoined].map(([joined, keys]) => `${joinedBy('\t', [joined], 'a joined word')}\t${joinedBy(' ', keys, 'a word key')}`);
  return {
    conceptIds: joinedBy(
      ' ',
      concepts.map((c) => c.id),
      'a concept id',
    ),
    concepts: concepts.map(conceptJson),
    conceptCategories: packNumbers(
      concepts.map((c) => CATEGORIES.indexOf(c.category)),
      'conceptCategories',
    ),
    narrower: [...lookup.taxonomy.narrower],
    irregularKeys: [...lookup.irregularKeys],
    adjectives: joinedBy('\n', [...adjectives].sort(), 'an adjective'),
    ruleConcepts: packNumbers(rules.ruleConcepts, 'ruleConcepts'),
    ruleContexts: packNumbers(rules.ruleContexts, 'ruleContexts'),
    trieKeys: joinedBy(' ', trieKeys, 'a word key'),
    trieFirstEdge: packNumbers(trie.trieFirstEdge, 'trieFirstEdge'),
    entryFirst: packNumbers(trie.entryFirst, 'entryFirst'),
    entryConcepts: packNumbers(trie.entryConcepts, 'entryConcepts'),
    entryKinds: packNumbers(trie.entryKinds, 'entryKinds'),
    entryExact: packNumbers(trie.entryExact, 'entryExact'),
    exactSpellings: joinedBy('\n', exactSpellings, 'an exact spelling'),
    entryRules: packNumbers(trie.entryRules, 'entryRules'),
    patterns: joinedBy(
      '\n',
      patterns.map((pattern) => `${conceptIndex.get(pattern.conceptId)!} ${asciiSource(pattern.source)}`),
      'a pattern',
    ),
    patternStarts: sortedLines(
      [...lookup.patterns.keys()].map((key) => [key, patternSlots.group(patternSlots.groupOf(key)!)]),
      'a pattern start',
    ),
    patternFirstSlot: packNumbers(patternFirstSlot, 'patternFirstSlot'),
    slotFills: sortedLines([...slotFills], 'a slot-filling key'),
    heads: [...lookup.heads],
    headsOfVerb: [...lookup.headsOfVerb],
    // Sorted as the run time's binary search compares: by UTF-16 code units, the tab below every other character.
    wordsOfJoined: joinedLines.sort().join('\n'),
    versioned: [...lookup.versioned],
    joinedStarts: joinedBy(' ', [...lookup.joinedStarts], 'a joined start'),
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
  const ids = data.conceptIds.split(' ');
  const byId = new ConceptsById(ids, data.concepts, data.conceptCategories);
  const patternSlots = new PatternsOfData(data, ids, keyOf);
  // The matcher asks about the same words in every posting: each answer is remembered, within a bound.
  const adjectiveWords = new Map<string, boolean>();
  return {
    taxonomy: lazyTaxonomy(ids, data, byId),
    trie: new LazyTrie(data, ids, byId, keyOf).node(0),
    patterns: new PatternsByStart(patternSlots),
    patternSlots,
    keyOf,
    irregularKeys,
    heads: new Set(data.heads),
    headsOfVerb: new Map(data.headsOfVerb),
    wordsOfJoined: joinedWords(data.wordsOfJoined),
    isAdjective: (word) => {
      let adjective = adjectiveWords.get(word);
      if (adjective === undefined) {
        const folded = foldWord(word);
        adjective = isLineOf(data.adjectives, folded) || ADJECTIVE_ENDING.test(folded);
        if (adjectiveWords.size >= MAX_REMEMBERED_KEYS) adjectiveWords.clear();
        adjectiveWords.set(word, adjective);
      }
      return adjective;
    },
    versioned: new Set(data.versioned),
    joinedStarts: new Set(data.joinedStarts.split(' ')),
  };
}

/**
 * The trie over the data's columns. A fresh process used to build all 7,000-odd nodes, their Maps and entries
 * before its first analysis (interpreted code, tens of millions of instructions); a node is now built when the
 * matcher first steps onto it, its entries and their rules when it first reads them. The same nodes, entries and
 * rules as the compiler's (tests/taxonomy/compiled-lookup.test.ts walks them all).
 */
class LazyTrie {
  private readonly nodes: (TrieNode | undefined)[];
  private readonly rules: (CompiledRule | undefined)[];
  private keys?: string[];
  private exactSpellings?: string[];

  constructor(
    private readonly data: LookupData,
    private readonly ids: string[],
    private readonly concepts: ConceptsById,
    private readonly wordKeyOf: (word: string) => string,
  ) {
    // The node count, and one more: the column ends with the end of the last node's edges.
    this.nodes = builtOnUse(packedCount(data.trieFirstEdge) - 1);
    this.rules = builtOnUse(packedCount(data.ruleConcepts));
  }

  node(n: number): TrieNode {
    return (this.nodes[n] ??= new LazyNode(this, n));
  }

  childrenOf(n: number): ReadonlyMap<string, TrieNode> {
    const { trieFirstEdge } = this.data;
    const first = packedAt(trieFirstEdge, n);
    const end = packedAt(trieFirstEdge, n + 1);
    return first === end ? NO_CHILDREN : new LazyChildren(this, first, end);
  }

  /** The key of edge `edge`: the keys are split on the first call. */
  keyOf(edge: number): string {
    return (this.keys ??= this.data.trieKeys.split(' '))[edge];
  }

  entriesOf(n: number): Entry[] {
    const { entryFirst, entryConcepts, entryKinds, entryExact, entryRules } = this.data;
    const entries: Entry[] = [];
    for (let i = packedAt(entryFirst, n), end = packedAt(entryFirst, n + 1); i < end; i++) {
      const rule = packedAt(entryRules, i);
      const exact = packedAt(entryExact, i);
      entries.push({
        conceptId: this.ids[packedAt(entryConcepts, i)],
        kind: ENTRY_KINDS[packedAt(entryKinds, i)],
        rule: rule === 0 ? undefined : this.rule(rule - 1),
        exact: exact === 0 ? undefined : (this.exactSpellings ??= this.data.exactSpellings.split('\n'))[exact - 1].split(' '),
      });
    }
    return entries;
  }

  /**
   * One rule object per index, shared by every entry that names it, as the compiler shares them: compiled from
   * its concept's context rule with the lookup's keyOf, as the compiler compiled it (lookupToData checks that it is).
   */
  private rule(index: number): CompiledRule {
    if (this.rules[index]) return this.rules[index];
    const concept = this.concepts.at(packedAt(this.data.ruleConcepts, index));
    return (this.rules[index] = compileRule(concept.context![packedAt(this.data.ruleContexts, index)], this.wordKeyOf));
  }
}

const NO_CHILDREN: ReadonlyMap<string, TrieNode> = new Map();
/** Past this many children a binary search costs more, over a scan's many look-ups, than a Map built once. */
const MANY_CHILDREN = 64;

/**
 * A node's children over its edges first to end - 1, sorted by key: a child is found by binary search; a node with
 * many children (the root has thousands, asked once a word) indexes its keys in a Map on the first look-up.
 */
class LazyChildren implements ReadonlyMap<string, TrieNode> {
  private index?: Map<string, number>;

  constructor(
    private readonly trie: LazyTrie,
    private readonly first: number,
    private readonly end: number,
  ) {}

  get size(): number {
    return this.end - this.first;
  }

  get(key: string): TrieNode | undefined {
    const edge = this.edgeOf(key);
    return edge < 0 ? undefined : this.trie.node(edge + 1);
  }

  has(key: string): boolean {
    return this.edgeOf(key) >= 0;
  }

  private edgeOf(key: string): number {
    if (this.end - this.first > MANY_CHILDREN) {
      if (!this.index) {
        this.index = new Map();
        for (let edge = this.first; edge < this.end; edge++) this.index.set(this.trie.keyOf(edge), edge);
      }
      return this.index.get(key) ?? -1;
    }
    let low = this.first;
    let high = this.end;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.trie.keyOf(mid) < key) low = mid + 1;
      else high = mid;
    }
    return low < this.end && this.trie.keyOf(low) === key ? low : -1;
  }

  *entries(): MapIterator<[string, TrieNode]> {
    for (let edge = this.first; edge < this.end; edge++) yield [this.trie.keyOf(edge), this.trie.node(edge + 1)];
  }

  *keys(): MapIterator<string> {
    for (let edge = this.first; edge < this.end; edge++) yield this.trie.keyOf(edge);
  }

  *values(): MapIterator<TrieNode> {
    for (let edge = this.first; edge < this.end; edge++) yield this.trie.node(edge + 1);
  }

  [Symbol.iterator](): MapIterator<[string, TrieNode]> {
    return this.entries();
  }

  forEach(callback: (value: TrieNode, key: string, map: ReadonlyMap<string, TrieNode>) => void, thisArg?: unknown): void {
    for (const [key, node] of this.entries()) callback.call(thisArg, node, key, this);
  }
}

class LazyNode implements TrieNode {
  private children?: ReadonlyMap<string, TrieNode>;
  private own?: Entry[];

  constructor(
    private readonly trie: LazyTrie,
    private readonly id: number,
  ) {}

  get next(): ReadonlyMap<string, TrieNode> {
    return (this.children ??= this.trie.childrenOf(this.id));
  }

  get entries(): Entry[] {
    return (this.own ??= this.trie.entriesOf(this.id));
  }
}

/**
 * Lines "key<TAB>value" sorted by key (sortedLines): a binary search finds a key's line. The text is split into
 * lines on the first look-up.
 */
class SortedLines {
  private lines?: string[];

  constructor(private readonly text: string) {}

  get count(): number {
    return this.all().length;
  }

  /** The number of the line of `key`, or -1. */
  find(key: string): number {
    const lines = this.all();
    // The first line at or after "key<TAB>": the tab sorts below every character a key holds.
    const start = `${key}\t`;
    let low = 0;
    let high = lines.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (lines[mid] < start) low = mid + 1;
      else high = mid;
    }
    return low < lines.length && lines[low].startsWith(start) ? low : -1;
  }

  keyAt(line: number): string {
    const text = this.all()[line];
    return text.slice(0, text.indexOf('\t'));
  }

  valueAt(line: number): string {
    const text = this.all()[line];
    return text.slice(text.indexOf('\t') + 1);
  }

  private all(): string[] {
    return (this.lines ??= this.text === '' ? [] : this.text.split('\n'));
  }
}

/**
 * The joined-words index over the data's sorted lines, searched in the text itself (firstLineFrom): a fresh
 * process split its 4,000 lines into strings to look up the few hundred words of a posting. A word's keys are
 * split on its first look-up and remembered.
 */
function joinedWords(sortedLines: string): JoinedWords {
  // Only the words found (4,000 at most): the matcher remembers every word it meets, within its own bound.
  const split = new Map<string, string[]>();
  return {
    get(folded) {
      let words = split.get(folded);
      if (words === undefined) {
        const start = `${folded}\t`;
        const line = firstLineFrom(sortedLines, start);
        if (sortedLines.startsWith(start, line)) {
          const end = sortedLines.indexOf('\n', line);
          split.set(folded, (words = sortedLines.slice(line + start.length, end < 0 ? sortedLines.length : end).split(' ')));
        }
      }
      return words;
    },
  };
}

/** Whether `line` is one of the sorted lines of `text`: a fresh process split 1,800 adjectives into a Set for a few hundred words. */
export const isLineOf = (text: string, line: string): boolean => {
  const start = firstLineFrom(text, line);
  const end = start + line.length;
  return text.startsWith(line, start) && (end === text.length || text.charCodeAt(end) === NEWLINE);
};
const NEWLINE = 10;

/**
 * Where the first line of `text` (sorted lines joined by line breaks) that sorts at or after `target` starts, or
 * text.length + 1 where none does: a binary search over the characters that cuts out only the lines it lands on.
 */
export function firstLineFrom(text: string, target: string): number {
  // Every line that starts before `low` sorts below target; every line that starts at or after `high`, at or after it.
  let low = 0;
  let high = text.length + 1;
  while (low < high) {
    const mid = (low + high) >>> 1;
    // The first line that starts at or after mid.
    const start = mid === 0 ? 0 : text.indexOf('\n', mid - 1) + 1 || text.length + 1;
    if (start >= high) {
      high = mid;
      continue;
    }
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    if (text.slice(start, end) < target) low = end + 1;
    else high = start;
  }
  return low;
}

/**
 * The patterns' slot index over the data: groups are the lines of patternStarts, a pattern's required slots a
 * range of patternFirstSlot, and a pattern is parsed on its first look-up: one object however many groups hold it.
 */
class PatternsOfData implements PatternSlots {
  readonly patternCount: number;
  readonly slotCount: number;
  private readonly starts: SortedLines;
  private readonly fillLines: SortedLines;
  private readonly groups: (number[] | undefined)[];
  private readonly required: (number[] | undefined)[];
  private readonly patterns: (CompiledPattern | undefined)[];
  private readonly lines: string[];

  constructor(
    private readonly data: LookupData,
    private readonly ids: string[],
    private readonly keyOf: (word: string) => string,
  ) {
    this.lines = data.patterns === '' ? [] : data.patterns.split('\n');
    this.patternCount = this.lines.length;
    this.slotCount = packedAt(data.patternFirstSlot, this.patternCount);
    this.starts = new SortedLines(data.patternStarts);
    this.fillLines = new SortedLines(data.slotFills);
    this.groups = builtOnUse(this.starts.count);
    this.required = builtOnUse(this.patternCount);
    this.patterns = builtOnUse(this.patternCount);
  }

  get groupCount(): number {
    return this.starts.count;
  }

  groupOf(key: string): number | undefined {
    const line = this.starts.find(key);
    return line < 0 ? undefined : line;
  }

  group(n: number): readonly number[] {
    return (this.groups[n] ??= this.starts.valueAt(n).split(' ').map(Number));
  }

  requires(p: number): readonly number[] {
    if (this.required[p]) return this.required[p];
    const ids: number[] = [];
    for (let id = packedAt(this.data.patternFirstSlot, p + 1) - 1, first = packedAt(this.data.patternFirstSlot, p); id >= first; id--) ids.push(id);
    return (this.required[p] = ids);
  }

  pattern(p: number): CompiledPattern {
    if (this.patterns[p]) return this.patterns[p];
    const line = this.lines[p];
    const space = line.indexOf(' ');
    const source = sourceOf(line.slice(space + 1));
    return (this.patterns[p] = { conceptId: this.ids[Number(line.slice(0, space))], source, slots: parsePattern(source, this.keyOf) });
  }

  fills(key: string): readonly number[] | undefined {
    const line = this.fillLines.find(key);
    return line < 0 ? undefined : this.fillLines.valueAt(line).split(' ').map(Number);
  }

  /** The start keys, in the order of their groups. */
  *keys(): IterableIterator<string> {
    for (let n = 0; n < this.starts.count; n++) yield this.starts.keyAt(n);
  }
}

/** Lookup.patterns over the data's slot index: a key's patterns are decoded on its first look-up. */
class PatternsByStart implements ReadonlyMap<string, readonly CompiledPattern[]> {
  private readonly lists: (readonly CompiledPattern[])[] = [];

  constructor(private readonly slots: PatternsOfData) {}

  get size(): number {
    return this.slots.groupCount;
  }

  get(key: string): readonly CompiledPattern[] | undefined {
    const n = this.slots.groupOf(key);
    return n === undefined ? undefined : (this.lists[n] ??= this.slots.group(n).map((p) => this.slots.pattern(p)));
  }

  has(key: string): boolean {
    return this.slots.groupOf(key) !== undefined;
  }

  *entries(): MapIterator<[string, readonly CompiledPattern[]]> {
    for (const key of this.slots.keys()) yield [key, this.get(key)!];
  }

  *keys(): MapIterator<string> {
    yield* this.slots.keys();
  }

  *values(): MapIterator<readonly CompiledPattern[]> {
    for (const key of this.slots.keys()) yield this.get(key)!;
  }

  [Symbol.iterator](): MapIterator<[string, readonly CompiledPattern[]]> {
    return this.entries();
  }

  forEach(callback: (value: readonly CompiledPattern[], key: string, map: ReadonlyMap<string, readonly CompiledPattern[]>) => void, thisArg?: unknown): void {
    for (const [key, list] of this.entries()) callback.call(thisArg, list, key, this);
  }
}

/**
 * The taxonomy over the data's concepts, each parsed on its first look-up (byId) and all of them on the first read
 * of `concepts` (a listing, the options page): parsing the 993 concepts, their aliases and bullets up front was
 * the largest part of loading the lookup, for the few dozen an analysis reads.
 */
function lazyTaxonomy(ids: string[], data: LookupData, byId: ConceptsById): Taxonomy {
  let concepts: Concept[] | undefined;
  return {
    get concepts() {
      return (concepts ??= ids.map((id) => byId.get(id)!));
    },
    byId,
    narrower: new Map(data.narrower),
    categoryOf: (id) => {
      const i = byId.indexOf(id);
      return i === undefined ? undefined : CATEGORIES[packedAt(data.conceptCategories, i)];
    },
  };
}

class ConceptsById implements ReadonlyMap<string, Concept> {
  private readonly parsed: (Concept | undefined)[];
  private indexes?: Map<string, number>;

  constructor(
    private readonly ids: string[],
    private readonly json: string[],
    private readonly categories: PackedNumbers,
  ) {
    this.parsed = builtOnUse(ids.length);
  }

  get size(): number {
    return this.ids.length;
  }

  get(id: string): Concept | undefined {
    const i = this.indexOf(id);
    return i === undefined ? undefined : this.at(i);
  }

  has(id: string): boolean {
    return this.indexOf(id) !== undefined;
  }

  /** The concept at index `i` of the data's columns. */
  at(i: number): Concept {
    if (this.parsed[i]) return this.parsed[i];
    const { label, ...rest } = JSON.parse(this.json[i]) as Omit<Concept, 'id' | 'category'>;
    return (this.parsed[i] = { id: this.ids[i], label, category: CATEGORIES[packedAt(this.categories, i)], ...rest });
  }

  /** The concept's index in the data's columns. */
  indexOf(id: string): number | undefined {
    this.indexes ??= new Map(this.ids.map((each, i) => [each, i]));
    return this.indexes.get(id);
  }

  *entries(): MapIterator<[string, Concept]> {
    for (const id of this.ids) yield [id, this.get(id)!];
  }

  *keys(): MapIterator<string> {
    yield* this.ids;
  }

  *values(): MapIterator<Concept> {
    for (const id of this.ids) yield this.get(id)!;
  }

  [Symbol.iterator](): MapIterator<[string, Concept]> {
    return this.entries();
  }

  forEach(callback: (value: Concept, key: string, map: ReadonlyMap<string, Concept>) => void, thisArg?: unknown): void {
    for (const [id, concept] of this.entries()) callback.call(thisArg, concept, id, this);
  }
}
