import type { Importance } from '../../analyze/analysis-schema';
import type { MarketTerm } from '../../analyze/market';
import type { Category } from '../../taxonomy/schema';
import type { ResumeScore } from '../../storage/history-schema';

/** A term of the posting, as the comparison reads it (an Analysis term or a recorded one): the market view's, without coverage. */
export type PostingTerm = Omit<MarketTerm, 'status'>;

/** Which saved resume fits the posting best, and the terms that make the difference. */
export interface BestFit {
  best: { id: string; name: string; score: number };
  /** The resume it is compared with: the one shown when another is best, else the next best. */
  other: { id: string; name: string; score: number };
  /** Whether the resume shown is the best one (a tie counts for the one shown). */
  shownIsBest: boolean;
  /** The labels of up to 3 terms the best resume covers and the other does not, the most important first. */
  difference: string[];
  /** How many resumes were compared. */
  compared: number;
}

const RANK: Record<Importance, number> = { required: 0, preferred: 1, mentioned: 2 };
const CREDIT = { covered: 2, partial: 1, missing: 0 } as const;
/**
 * Among terms of equal importance, the concrete ones tell two resumes apart best: tools and technologies before
 * methods and practices, degrees and soft skills last (most resumes claim those).
 */
const TELLING: Record<Category, number> = {
  tool: 0,
  technical: 1,
  certification: 2,
  methodology: 3,
  compliance: 4,
  domain: 5,
  practice: 6,
  'soft-skill': 7,
  education: 8,
};

/**
 * The best of two or more scored resumes (undefined with fewer), from each resume's score and coverage of the
 * posting's terms (resumeScore() of an analysis, or a recorded one). The user's choice still wins in the popup:
 * this only names the best, with its score and what it covers that the other does not.
 */
export function bestFit(scores: readonly ResumeScore[], terms: readonly PostingTerm[], shownId?: string): BestFit | undefined {
  if (scores.length < 2) return undefined;
  const shown = scores.find((s) => s.resumeId === shownId);
  const ranked = [...scores].sort((a, b) => b.score - a.score || Number(b === shown) - Number(a === shown));
  const best = ranked[0];
  const other = best === shown || !shown ? ranked[1] : shown;
  const credit = (s: ResumeScore, id: string) => CREDIT[s.statuses[id] ?? 'missing'];
  const difference = terms
    .filter((t) => credit(best, t.id) > credit(other, t.id))
    .sort(
      (a, b) =>
        RANK[a.job.importance] - RANK[b.job.importance] ||
        credit(best, b.id) - credit(best, a.id) ||
        TELLING[a.category] - TELLING[b.category] ||
        a.label.localeCompare(b.label),
    )
    .slice(0, 3)
    .map((t) => t.label);
  const summary = (s: ResumeScore) => ({ id: s.resumeId, name: s.resumeName, score: s.score });
  return { best: summary(best), other: summary(other), shownIsBest: best === shown, difference, compared: scores.length };
}
