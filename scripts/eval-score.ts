// The scoring rule of ../shared/eval/README.md, kept apart from file reading so tests can pin it.
import { looseName } from '../src/text/normalize';

export interface GoldConcept {
  name: string;
  category: string;
  importance?: string;
  surface?: string[];
  evidence?: string[];
}

export interface ReportedTerm {
  id: string;
  label: string;
  category: string;
  aliases: string[];
  importance?: string;
  evidence: string[];
  /** Where the term was counted in the text, when the analyzer says so: evidence at its own place. */
  spans?: readonly { start: number; end: number }[];
  strength?: string;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;

/**
 * Every [start, end) where `needle` occurs in `text` as whole words, case-insensitively: evidence "AI" is not
 * found inside "against", nor "Git" inside "digital". A phrase of several words may start at a capital glued to a
 * lowercase letter: text that lost its line breaks glues a line's last word to the next line's first ("resolve
 * issuesTake part in hiring activities"). A single word may not: "Script" in "JavaScript" is no word of its own.
 */
export function occurrences(text: string, needle: string): [number, number][] {
  const out: [number, number][] = [];
  if (!needle) return out;
  const hay = text.toLowerCase();
  const n = needle.toLowerCase();
  const glued = (at: number, edge: string) => WORD_CHAR.test(edge) && at >= 0 && at < hay.length && WORD_CHAR.test(hay[at]);
  const phrase = /\s/.test(n);
  const gluedLine = (i: number) => phrase && i > 0 && LOWER.test(text[i - 1]) && UPPER.test(text[i]);
  for (let i = hay.indexOf(n); i !== -1; i = hay.indexOf(n, i + 1)) {
    if ((!glued(i - 1, n[0]) || gluedLine(i)) && !glued(i + n.length, n[n.length - 1])) out.push([i, i + n.length]);
  }
  return out;
}

const overlaps = (a: [number, number][], b: [number, number][]) => a.some(([s1, e1]) => b.some(([s2, e2]) => s1 < e2 && s2 < e1));

/** Is the reported term the gold concept itself: its label, id or an alias equals the name or a surface span? */
export function namesIt(term: Pick<ReportedTerm, 'id' | 'label' | 'aliases'>, gold: GoldConcept): boolean {
  const names = new Set([gold.name, ...(gold.surface ?? gold.evidence ?? [])].map(looseName));
  return [term.label, term.id, ...term.aliases].some((n) => names.has(looseName(n)));
}

/** Does a reported term find a gold concept in this text? */
export function finds(term: ReportedTerm, gold: GoldConcept, text: string): boolean {
  const spans = gold.surface ?? gold.evidence ?? [];
  if (namesIt(term, gold)) return true;
  const goldPlaces = spans.flatMap((s) => occurrences(text, s));
  // Evidence found again by its words, and at the places the term was counted: a span that starts inside a word
  // glued to the one before it ("methodologiesExcellent interpersonal communication") is not found by its words.
  const counted = (term.spans ?? []).map((s): [number, number] => [s.start, s.end]);
  return overlaps(counted, goldPlaces) || term.evidence.some((e) => overlaps(occurrences(text, e), goldPlaces));
}

/** A named requirement outside the taxonomy (an `otherKeywords` item with a kind), as the eval counts it. */
export interface NamedKeyword {
  text: string;
  kind?: string;
  importance?: string;
  aliases?: string[];
}

/** The taxonomy category that a named requirement's kind stands for: laws and standards are compliance. */
export const CATEGORY_OF_KIND: Record<string, string> = { regulation: 'compliance', standard: 'compliance', certification: 'certification', tool: 'tool' };

/**
 * A named requirement as a reported term of the matching category, its name and acronyms its evidence (verbatim
 * forms of the posting); undefined for a frequent phrase without a kind.
 */
export function namedAsTerm(k: NamedKeyword): ReportedTerm | undefined {
  const category = k.kind && CATEGORY_OF_KIND[k.kind];
  if (!category) return undefined;
  return { id: `other:${k.text}`, label: k.text, category, aliases: k.aliases ?? [], importance: k.importance, evidence: [k.text, ...(k.aliases ?? [])] };
}
