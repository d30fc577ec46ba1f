import nlp from 'compromise';
import { foldWord, normalizeTerm, rawForm, stem, tokenize, wordKey } from '../text/normalize';
import type { AliasKind, ContextRule } from './schema';
import { surfacesOf, type Taxonomy } from './load';
import { parsePattern, startKeys, type Slot } from './pattern';

export interface CompiledRule {
  exact?: string[];
  notBefore: Set<string>;
  notAfter: Set<string>;
  requireNearby: Set<string>;
  notNearby: Set<string>;
  notSentenceStart: boolean;
  partOfSpeech?: 'Noun' | 'ProperNoun';
}

export interface Entry {
  conceptId: string;
  kind: AliasKind | 'label';
  /** Raw spelling the text must have, token by token (acronyms and case-sensitive rules). */
  exact?: string[];
  rule?: CompiledRule;
}

export interface TrieNode {
  next: Map<string, TrieNode>;
  entries: Entry[];
}

export interface CompiledPattern {
  conceptId: string;
  source: string;
  slots: Slot[];
}

export interface Lookup {
  taxonomy: Taxonomy;
  trie: TrieNode;
  /** Patterns indexed by the keys that can start them. */
  patterns: Map<string, CompiledPattern[]>;
  keyOf: (word: string) => string;
}

interface CompromiseWorld {
  methods: { two: { transform: { verb: { conjugate: (w: string, m: unknown) => Record<string, string> } } } };
  model: { one: { lexicon: Record<string, string | string[]> }; two: { irregularPlurals: Record<string, string> } };
}

/**
 * Word forms compromise knows better than a suffix stemmer: led -> lead, built -> build, criteria -> criterion.
 * Irregular verbs are all in compromise's lexicon, and irregular plurals in its own list, so only those
 * words are conjugated: every other form is regular, and the stemmer already meets it.
 */
function irregularForms(words: Iterable<string>): Map<string, string> {
  const { methods, model } = nlp.world() as unknown as CompromiseWorld;
  // Irregular verbs are common words, so compromise's lexicon knows them all (run is listed as a noun).
  const isKnownWord = (w: string) => w in model.one.lexicon;
  const baseKeys = new Set<string>();
  const folded = new Set<string>();
  for (const w of words) {
    const f = foldWord(w);
    if (/^[a-z]{2,}$/.test(f)) folded.add(f);
    baseKeys.add(stem(f));
  }
  const map = new Map<string, string>();
  for (const word of folded) {
    const forms = [
      ...(isKnownWord(word) ? Object.values(methods.two.transform.verb.conjugate(word, model)) : []),
      model.two.irregularPlurals[word],
    ];
    const base = stem(word);
    for (const form of forms) {
      if (!form || form.includes(' ')) continue;
      const key = stem(form.toLowerCase());
      if (key !== base && !baseKeys.has(key) && !map.has(key)) map.set(key, base);
    }
  }
  return map;
}

function compileRule(rule: ContextRule, keyOf: (w: string) => string): CompiledRule {
  const keys = (words?: string[]) => new Set((words ?? []).map((w) => tokenize(w, keyOf).map((t) => t.key).join(' ')));
  return {
    exact: rule.caseSensitive ? tokenize(rule.surface).map((t) => rawForm(t.raw)) : undefined,
    notBefore: keys(rule.notBefore),
    notAfter: keys(rule.notAfter),
    requireNearby: keys(rule.requireNearby),
    notNearby: keys(rule.notNearby),
    notSentenceStart: rule.notSentenceStart ?? false,
    partOfSpeech: rule.partOfSpeech,
  };
}

// "PMP", "SOC 2", "CI/CD", "SAFe": a label spelled like an acronym matches only as spelled.
const looksLikeAcronym = (label: string) => tokenize(label).every((t) => /^\d+$/.test(t.raw) || (t.raw.match(/\p{Lu}/gu)?.length ?? 0) >= 2);

/** Builds the one lookup the matcher walks: a trie over word keys plus indexed patterns. */
export function compileTaxonomy(taxonomy: Taxonomy): Lookup {
  const allWords: string[] = [];
  for (const c of taxonomy.concepts) {
    for (const s of surfacesOf(c)) allWords.push(...tokenize(s.text).map((t) => t.raw));
    for (const p of c.patterns ?? []) allWords.push(...p.split(/[\s|?]+/).flatMap((w) => tokenize(w).map((t) => t.raw)));
  }
  const irregular = irregularForms(allWords);
  const keyOf = (word: string) => {
    const key = wordKey(word);
    return irregular.get(key) ?? key;
  };

  const trie: TrieNode = { next: new Map(), entries: [] };
  const patterns = new Map<string, CompiledPattern[]>();
  for (const c of taxonomy.concepts) {
    const rules = (c.context ?? []).map((r) => ({ key: normalizeTerm(r.surface), rule: compileRule(r, keyOf) }));
    const acronyms = new Set(c.aliases?.acronym ?? []);
    for (const { text, kind } of surfacesOf(c)) {
      if (kind === 'label' && acronyms.has(text)) continue;
      const tokens = tokenize(text, keyOf);
      if (tokens.length === 0) continue;
      const rule = rules.find((r) => r.key === normalizeTerm(text))?.rule;
      const caseSensitive = kind === 'acronym' || (kind === 'label' && looksLikeAcronym(text));
      const entry: Entry = { conceptId: c.id, kind, rule, exact: rule?.exact ?? (caseSensitive ? tokens.map((t) => rawForm(t.raw)) : undefined) };
      let node = trie;
      for (const t of tokens) {
        let child = node.next.get(t.key);
        if (!child) node.next.set(t.key, (child = { next: new Map(), entries: [] }));
        node = child;
      }
      node.entries.push(entry);
    }
    for (const source of c.patterns ?? []) {
      const slots = parsePattern(source, keyOf);
      const compiled = { conceptId: c.id, source, slots };
      for (const key of startKeys(slots)) patterns.set(key, [...(patterns.get(key) ?? []), compiled]);
    }
  }
  return { taxonomy, trie, patterns, keyOf };
}
