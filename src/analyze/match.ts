import nlp from 'compromise';
import { isNegated } from './negation';
import { rawForm, tokenize, type Token } from '../text/normalize';
import type { CompiledRule, Entry, Lookup } from '../taxonomy/compile';
import type { Slot } from '../taxonomy/pattern';

export interface Hit {
  conceptId: string;
  /** Character offsets into the input: text.slice(start, end) is the evidence. */
  start: number;
  end: number;
  via: 'surface' | 'pattern';
}

interface Sentences {
  first: number[];
  last: number[];
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
  const partOfSpeech = createPosTagger(text, tokens, sentences);
  const hits: Hit[] = [];
  const lastEndOf = new Map<string, number>();
  const add = (conceptId: string, from: number, to: number, via: Hit['via']) => {
    const start = tokens[from].start;
    if ((lastEndOf.get(conceptId) ?? -1) > start) return; // one concept, overlapping spans: keep the first
    if (isNegated(tokens, from, to)) return; // "PMP not required", "preparing for the PMP"
    lastEndOf.set(conceptId, tokens[to].end);
    hits.push({ conceptId, start, end: tokens[to].end, via });
  };

  // Surfaces do not overlap (the longest wins, then the walk skips past it); patterns are tried at every
  // word, so "evaluation and selection" still counts inside "RFP evaluation".
  let next = 0;
  for (let i = 0; i < tokens.length; i++) {
    let best: { entry: Entry; end: number } | undefined;
    if (i >= next) {
      let node = lookup.trie;
      for (let j = i; j < tokens.length; j++) {
        if (j > i && tokens[j].breakBefore !== 'none') break;
        const child = node.next.get(tokens[j].key);
        if (!child) break;
        node = child;
        const entry = node.entries.find((e) => accepts(e, tokens, i, j, sentences, partOfSpeech));
        if (entry) best = { entry, end: j };
      }
    }
    for (const pattern of lookup.patterns.get(tokens[i].key) ?? []) {
      const end = matchSlots(pattern.slots, 0, tokens, i, tokens[i].sentence);
      if (end > i) add(pattern.conceptId, i, end - 1, 'pattern');
    }
    if (best) {
      add(best.entry.conceptId, i, best.end, 'surface');
      next = best.end + 1;
    }
  }
  return hits.sort((a, b) => a.start - b.start || a.end - b.end);
}

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
    const fits = alt.every((key, k) => {
      const t = tokens[at + k];
      return t && t.sentence === sentence && t.key === key && (k === 0 || t.breakBefore === 'none');
    });
    if (fits) {
      const end = matchSlots(slots, s + 1, tokens, at + alt.length, sentence);
      if (end !== -1) return end;
    }
  }
  return slot.optional ? matchSlots(slots, s + 1, tokens, at, sentence) : -1;
}

const spelledAs = (raw: string, exact: string) => {
  const r = rawForm(raw);
  return r === exact || r === `${exact}s` || r === `${exact}'s`;
};

function accepts(entry: Entry, tokens: Token[], i: number, j: number, sentences: Sentences, partOfSpeech: PosTagger): boolean {
  const { exact, rule } = entry;
  if (exact && (exact.length !== j - i + 1 || !exact.every((e, k) => spelledAs(tokens[i + k].raw, e)))) return false;
  return !rule || ruleHolds(rule, tokens, i, j, sentences, partOfSpeech);
}

function ruleHolds(rule: CompiledRule, tokens: Token[], i: number, j: number, sentences: Sentences, partOfSpeech: PosTagger): boolean {
  const sentence = tokens[i].sentence;
  const first = sentences.first[sentence];
  const last = sentences.last[sentence];
  if (rule.notSentenceStart && i === first) return false;
  if (rule.notBefore.size && j < last && rule.notBefore.has(tokens[j + 1].key)) return false;
  if (rule.notAfter.size && i > first && rule.notAfter.has(tokens[i - 1].key)) return false;
  const nearby = (set: Set<string>) => {
    for (let k = first; k <= last; k++) if ((k < i || k > j) && set.has(tokens[k].key)) return true;
    return false;
  };
  if (rule.requireNearby.size && !nearby(rule.requireNearby)) return false;
  if (rule.notNearby.size && nearby(rule.notNearby)) return false;
  if (rule.partOfSpeech && !partOfSpeech(i).includes(rule.partOfSpeech)) return false;
  return true;
}

type PosTagger = (tokenIndex: number) => string[];

/** Tags a sentence with compromise only when a rule asks, so the common path never parses. */
function createPosTagger(text: string, tokens: Token[], sentences: Sentences): PosTagger {
  const cache = new Map<number, Map<number, string[]>>();
  return (index) => {
    const sentence = tokens[index].sentence;
    let tagsAt = cache.get(sentence);
    if (!tagsAt) {
      const from = tokens[sentences.first[sentence]].start;
      const to = tokens[sentences.last[sentence]].end;
      tagsAt = new Map();
      const terms = nlp(text.slice(from, to)).json({ offset: true, terms: { offset: true } }) as { terms: { tags: string[]; offset: { start: number } }[] }[];
      for (const phrase of terms) for (const term of phrase.terms) tagsAt.set(from + term.offset.start, term.tags);
      cache.set(sentence, tagsAt);
    }
    const tags = tagsAt.get(tokens[index].start) ?? [];
    return tags.includes('Verb') || tags.includes('Adjective') ? [] : tags;
  };
}
