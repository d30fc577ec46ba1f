// The market view: what many analyzed postings ask for, together, and where one resume falls short of them.
// Pure: analyses (or stored terms) in, one aggregate out. The CLI's `scan` and the extension's history page
// both show it.
import type { Category } from '../taxonomy/schema';
import type { Taxonomy } from '../taxonomy/taxonomy';
import type { CoverageStatus, Importance } from './analysis-schema';
import { SCORE_WEIGHTS } from './coverage';
import { bulletTemplates } from './suggestions';

/** A term of one posting as the market view reads it. An Analysis term fits as it is; its other fields are ignored. */
export interface MarketTerm {
  id: string;
  label: string;
  category: Category;
  job: { importance: Importance };
  /** The compared resume's coverage of it, as analyze() gives it (null when no resume was compared). */
  status?: CoverageStatus | null;
}

/** One posting: an Analysis fits as it is. */
export interface MarketPosting {
  terms: readonly MarketTerm[];
  /**
   * The chosen resume's status per concept id, where it is not the terms' own `status` (a history entry scored
   * against several resumes): it wins over `status`.
   */
  coverage?: Readonly<Record<string, CoverageStatus>>;
  /**
   * An Analysis's job: a text that is no posting (`isPosting: false`) or a posting in another language than
   * English (the taxonomy reads English: its terms would be a few stray names) is left out and counted in `skipped`.
   */
  job?: { isPosting?: boolean; language?: string };
}

/** A concept that a resume names, for the strengths no posting asks for (findConcepts() gives them). */
export interface ResumeConcept {
  id: string;
  label: string;
  category: Category;
}

export interface MarketConcept {
  id: string;
  label: string;
  category: Category;
  /** Postings that name it. */
  postings: number;
  /** Of those, the postings that require it, prefer it, or only mention it (one importance per posting: its highest). */
  required: number;
  preferred: number;
  mentioned: number;
  /** postings / the view's postings, 0..1. */
  share: number;
  /** The resume's coverage, in most of the postings that name it (a tie goes to the weaker); absent when no resume was compared. */
  covered?: CoverageStatus;
}

export interface MarketGap extends MarketConcept {
  /**
   * What the gap costs per posting, in the score's own weights (required 3, preferred 1.5, other 1; a partial
   * term loses half): its share times its importance, averaged over all the view's postings. 3 = required by
   * every posting and missing.
   */
  weight: number;
  /** The bullet templates analyze() suggests for it. */
  bullets: string[];
}

export interface MarketView {
  /** Postings counted. */
  postings: number;
  /** Texts left out: no posting, or a posting in another language (isCounted). */
  skipped: number;
  /** True when at least one posting was compared with a resume: only then are there `covered`, gaps and strengths. */
  compared: boolean;
  /** Every concept named by a counted posting: most postings first, then most often required, then by label. */
  concepts: MarketConcept[];
  /** Missing or partial concepts, the costliest first (at most `top`). */
  topGaps: MarketGap[];
  /** Covered concepts that few postings ask for (at most RARE_SHARE of them), the rarest first (at most `top`). */
  rareStrengths: MarketConcept[];
}

export interface MarketOptions {
  /** How many gaps and rare strengths to keep; 10 by default. Every concept is always in `concepts`. */
  top?: number;
  /** The resume's own concepts: those no posting names are its rarest strengths (share 0). */
  resumeConcepts?: readonly ResumeConcept[];
}

/** A strength is rare when at most this share of the postings ask for it (one in five). */
export const RARE_SHARE = 0.2;
const DEFAULT_TOP = 10;

const RANK: Record<Importance, number> = { required: 0, preferred: 1, mentioned: 2 };
const STATUSES: CoverageStatus[] = ['missing', 'partial', 'covered'];
/** The share of a term's weight a resume loses by each status. */
const LOST: Record<CoverageStatus, number> = { missing: 1, partial: 1 - SCORE_WEIGHTS.partialCredit, covered: 0 };

interface Tally {
  concept: MarketConcept;
  statuses: Record<CoverageStatus, number>;
  lost: number;
}

/**
 * The market view over analyzed postings, against the resume each was compared with. `taxonomy` gives the
 * bullet templates of the gaps. Linear in the number of terms: thousands of postings take milliseconds.
 */
export function buildMarketView(all: readonly MarketPosting[], taxonomy: Taxonomy, options: MarketOptions = {}): MarketView {
  const top = Math.max(0, options.top ?? DEFAULT_TOP);
  const counted = all.filter(isCounted);
  const tallies = new Map<string, Tally>();
  let compared = false;
  for (const posting of counted) {
    for (const term of strongestPerConcept(posting.terms)) {
      let tally = tallies.get(term.id);
      if (!tally) {
        const concept = { id: term.id, label: term.label, category: term.category, postings: 0, required: 0, preferred: 0, mentioned: 0, share: 0 };
        tally = { concept, statuses: { missing: 0, partial: 0, covered: 0 }, lost: 0 };
        tallies.set(term.id, tally);
      }
      tally.concept.postings++;
      tally.concept[term.job.importance]++;
      const status = posting.coverage?.[term.id] ?? term.status ?? undefined;
      if (!status) continue;
      compared = true;
      tally.statuses[status]++;
      tally.lost += SCORE_WEIGHTS[term.job.importance] * LOST[status];
    }
  }
  const n = counted.length;
  for (const { concept, statuses } of tallies.values()) {
    concept.share = concept.postings / n;
    const covered = majority(statuses);
    if (covered) concept.covered = covered;
  }
  const byLabel = (a: MarketConcept, b: MarketConcept) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0);
  const concepts = [...tallies.values()].map((t) => t.concept).sort((a, b) => b.postings - a.postings || b.required - a.required || byLabel(a, b));

  const topGaps = [...tallies.values()]
    .filter((t) => t.lost > 0 && t.concept.covered !== 'covered')
    .map((t) => ({ ...t.concept, weight: t.lost / n, bullets: bulletTemplates(t.concept.id, taxonomy) }))
    .sort((a, b) => b.weight - a.weight || b.required - a.required || byLabel(a, b))
    .slice(0, top);

  const asked = [...tallies.values()].filter((t) => t.concept.covered === 'covered' && t.concept.share <= RARE_SHARE).map((t) => t.concept);
  const unasked = n && compared ? (options.resumeConcepts ?? []).filter((c) => !tallies.has(c.id)) : [];
  const rareStrengths = [
    ...dedupe(unasked).map((c) => ({
      id: c.id,
      label: c.label,
      category: c.category,
      postings: 0,
      required: 0,
      preferred: 0,
      mentioned: 0,
      share: 0,
      covered: 'covered' as const,
    })),
    ...asked,
  ]
    .sort((a, b) => a.postings - b.postings || byLabel(a, b))
    .slice(0, top);

  return { postings: n, skipped: all.length - n, compared, concepts, topGaps, rareStrengths };
}

/** Is a posting counted in the view? Not a text that is no posting, nor one in another language. */
export const isCounted = (posting: MarketPosting): boolean =>
  posting.job?.isPosting !== false && (posting.job?.language === undefined || posting.job.language === 'en');

/** One term per concept and posting, at its highest importance (analyze() gives one already; stored or imported data may not). */
function strongestPerConcept(terms: readonly MarketTerm[]): MarketTerm[] {
  const best = new Map<string, MarketTerm>();
  for (const t of terms) {
    const seen = best.get(t.id);
    if (!seen || RANK[t.job.importance] < RANK[seen.job.importance]) best.set(t.id, t);
  }
  return [...best.values()];
}

/** The status most postings give, the weaker on a tie; undefined when none was compared. */
function majority(statuses: Record<CoverageStatus, number>): CoverageStatus | undefined {
  let found: CoverageStatus | undefined;
  for (const s of STATUSES) if (statuses[s] > (found ? statuses[found] : 0)) found = s;
  return found;
}

function dedupe<T extends { id: string }>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter((c) => !seen.has(c.id) && seen.add(c.id));
}
