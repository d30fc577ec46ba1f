import type { Token } from '../text/normalize';
import type { Entry, TrieNode } from '../taxonomy/lookup';
import { isContentWord } from './lists';
import { tokenIndexAt } from './spans';

/**
 * A technical compound names its area by its modifier, while its head word says only what sort of thing is
 * meant, and postings pick among near-synonymous heads: "distributed applications" are the taxonomy's
 * "distributed systems", "application design" its "application architecture". Where a compound is no surface
 * but its modifier with another head of the same group is one, the compound names that concept. So does an
 * industry's: "publishing environment" is the "publishing industry"; and a grasp of a field's: "technical
 * depth" is "technical acumen". Only concepts of the group's category, only surfaces without a context rule or
 * a case-exact spelling (those were written for one phrasing), only modifiers the taxonomy itself pairs with a head
 * of the group, and never a compound that is a surface itself (its own rule says where it counts).
 */

/** One group of HEAD_GROUPS. */
interface HeadGroupData {
  heads: readonly string[];
  category: 'technical' | 'domain' | 'soft-skill' | 'practice';
  /**
   * The one head the others stand for, where they do not stand for one another: "vendor oversight" is vendor
   * management, but "cost management" is no more "cost oversight" than it is "cost governance".
   */
  standsFor?: string;
  /** A head names the concept only where it ends its phrase: "technical depth gauge" is about a gauge. */
  endsPhrase?: true;
  example: string;
}

/** Heads that stand for one another after a modifier of the group's category, each group with an example. */
export const HEAD_GROUPS: readonly HeadGroupData[] = [
  // Not "solutions": "scalable solutions", "business solutions" are sales words more often than systems.
  { heads: ['systems', 'applications', 'platforms'], category: 'technical', example: 'distributed applications = distributed systems' },
  { heads: ['architecture', 'design'], category: 'technical', example: 'application design = application architecture' },
  // An industry is named by its modifier; the head only says "the business of": "publishing environment",
  // "banking space", "healthcare market" name the industries of "publishing industry", "banking sector".
  {
    heads: ['industry', 'sector', 'space', 'environment', 'market', 'vertical'],
    category: 'domain',
    endsPhrase: true,
    example: 'publishing environment = publishing industry',
  },
  // A grasp of a field is named by the field; the head only says "a grasp of": "technical depth", "business
  // understanding" are the taxonomy's technical and business acumen. Not "knowledge": "technical knowledge of networks"
  // asks for what is known (over the labelled material, 'technical knowledge' never labelled acumen in 8 uses).
  {
    heads: ['acumen', 'savvy', 'expertise', 'understanding', 'aptitude', 'depth'],
    category: 'soft-skill',
    endsPhrase: true,
    example: 'technical depth = technical acumen',
  },
  // Managing a thing is said with several heads after the thing managed: "vendor engagement", "performance
  // oversight", "tool administration" are the taxonomy's vendor, performance and tool management. One way only, and
  // where the head ends its phrase: "project oversight responsibilities" is still about oversight, and "engagement
  // management" names no engagement.
  // Tried and dropped (2026-12-03): an "improvement" group (optimization, enhancement, refinement, updates) found
  // one dev posting's "process updates" and nothing on corpus or fresh ("process updates" DF 2).
  {
    heads: ['management', 'oversight', 'governance', 'administration', 'engagement', 'coordination'],
    standsFor: 'management',
    category: 'practice',
    endsPhrase: true,
    example: 'vendor engagement = vendor management',
  },
];

const MAX_MODIFIER_WORDS = 2;

export interface HeadVariantContext {
  text: string;
  tokens: readonly Token[];
  trie: TrieNode;
  keyOf: (word: string) => string;
  /** The concepts already found, by character offsets: a compound inside one is no new find. */
  hits: readonly { start: number; end: number }[];
  categoryOf: (id: string) => string | undefined;
}

export interface HeadVariantHit {
  conceptId: string;
  from: number;
  to: number;
}

export type HeadGroup = { others: string[]; category: string; endsPhrase: boolean };

let groupKeys: { keyOf: (word: string) => string; groups: Map<string, HeadGroup> } | undefined;

/** Each head's key -> the keys of the other heads of its group and the group's category, per key function (one per taxonomy). */
function groupsFor(keyOf: (word: string) => string): Map<string, HeadGroup> {
  if (groupKeys?.keyOf !== keyOf) {
    const groups = new Map<string, HeadGroup>();
    for (const { heads, category, endsPhrase = false, standsFor } of HEAD_GROUPS) {
      const keys = heads.map(keyOf);
      const to = standsFor === undefined ? undefined : keyOf(standsFor);
      for (const key of keys) {
        if (key === to) continue;
        groups.set(key, { others: to === undefined ? keys.filter((k) => k !== key) : [to], category, endsPhrase });
      }
    }
    groupKeys = { keyOf, groups };
  }
  return groupKeys.groups;
}

/** The other heads of the group a head word's key belongs to, with the group's category ("industry" -> "sector", ...). */
export const headGroupOf = (keyOf: (word: string) => string, key: string): HeadGroup | undefined => groupsFor(keyOf).get(key);

/** Per token, whether a hit already holds it. */
function coveredTokens(ctx: HeadVariantContext): boolean[] {
  const covered = new Array<boolean>(ctx.tokens.length).fill(false);
  for (const hit of ctx.hits) {
    const first = tokenIndexAt(ctx.tokens, hit.start, 'start');
    if (first === undefined) continue;
    for (let k = first; k < ctx.tokens.length && ctx.tokens[k].end <= hit.end; k++) covered[k] = true;
  }
  return covered;
}

/** Whether token k goes on the phrase of token k - 1: one space or a hyphen between them, no break. */
const plainlyJoined = (text: string, tokens: readonly Token[], k: number) => {
  const gap = text.slice(tokens[k - 1].end, tokens[k].start);
  return tokens[k].breakBefore === 'none' && (gap === ' ' || gap === '-');
};

/**
 * Whether the noun phrase goes on past token `head` ("software environment monitoring" is about monitoring): the
 * head of an `endsPhrase` group (an industry's, a grasp's) names its concept only where it ends its phrase.
 */
export const phraseGoesOnAfter = (text: string, tokens: readonly Token[], head: number) =>
  head + 1 < tokens.length && plainlyJoined(text, tokens, head + 1) && isContentWord(tokens[head + 1].raw);

/** Every compound "<modifier> <head>" that a surface "<modifier> <other head of its group>" names. */
export function headVariants(ctx: HeadVariantContext): HeadVariantHit[] {
  const groups = groupsFor(ctx.keyOf);
  const out: HeadVariantHit[] = [];
  let covered: boolean[] | undefined;
  const isCovered = (k: number) => (covered ??= coveredTokens(ctx))[k];
  for (let i = 1; i < ctx.tokens.length; i++) {
    const group = groups.get(ctx.tokens[i].key);
    if (!group || isCovered(i)) continue;
    if (group.endsPhrase && phraseGoesOnAfter(ctx.text, ctx.tokens, i)) continue;
    // The longest modifier first: "information management systems" before "management systems".
    for (let from = Math.max(0, i - MAX_MODIFIER_WORDS); from < i; from++) {
      let fits = true;
      for (let k = from; k < i && fits; k++) fits = !isCovered(k) && plainlyJoined(ctx.text, ctx.tokens, k + 1);
      if (!fits) continue;
      let node: TrieNode | undefined = ctx.trie;
      for (let k = from; k < i && node; k++) node = node.next.get(ctx.tokens[k].key);
      if (!node) continue;
      // "Technical Expertise" is a surface of its own, whose rule says where it counts: no variant reads it.
      if (node.next.get(ctx.tokens[i].key)?.entries.length) break;
      const entry = group.others
        .map((key) => node!.next.get(key)?.entries.find((e: Entry) => !e.rule && !e.exact && ctx.categoryOf(e.conceptId) === group.category))
        .find(Boolean);
      if (entry) {
        out.push({ conceptId: entry.conceptId, from, to: i });
        break;
      }
    }
  }
  return out;
}
