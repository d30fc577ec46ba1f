import type { Analysis, Importance, Term } from '../../analyze/analysis-schema';

/** One saved resume and the analysis of the posting against it. */
export interface ResumeFit {
  resume: { id: string; name: string };
  analysis: Analysis;
}

/** Which saved resume fits the posting best, and the terms that make the difference. */
export interface BestFit {
  best: { id: string; name: string; score: number };
  /** The resume it is compared with: the one shown when another is best, else the next best. */
  other: { id: string; name: string; score: number };
  /** Whether the resume shown is the best one (a tie counts for the one shown). */
  shownIsBest: boolean;
  /** The labels of 2 or 3 terms the best resume covers and the other does not, the most important first. */
  difference: string[];
  /** How many resumes were compared. */
  compared: number;
}

const RANK: Record<Importance, number> = { required: 0, preferred: 1, mentioned: 2 };
const CREDIT = { covered: 2, partial: 1, missing: 0 } as const;
const credit = (t?: Term) => (t?.status ? CREDIT[t.status] : 0);

/**
 * The best of two or more scored resumes (undefined with fewer, or without a score). The user's choice still
 * wins in the popup: this only names the best, with its score and what it covers that the other does not.
 */
export function bestFit(fits: readonly ResumeFit[], shownId?: string): BestFit | undefined {
  const scored = fits.filter((f) => f.analysis.score !== null);
  if (scored.length < 2) return undefined;
  const score = (f: ResumeFit) => f.analysis.score ?? 0;
  const shown = scored.find((f) => f.resume.id === shownId);
  const ranked = [...scored].sort((a, b) => score(b) - score(a) || Number(b === shown) - Number(a === shown));
  const best = ranked[0];
  const other = best === shown || !shown ? ranked[1] : shown;
  const theirs = new Map(other.analysis.terms.map((t) => [t.id, t]));
  const difference = best.analysis.terms
    .filter((t) => credit(t) > credit(theirs.get(t.id)))
    .sort((a, b) => RANK[a.job.importance] - RANK[b.job.importance] || credit(b) - credit(a) || a.label.localeCompare(b.label))
    .slice(0, 3)
    .map((t) => t.label);
  const summary = (f: ResumeFit) => ({ id: f.resume.id, name: f.resume.name, score: score(f) });
  return { best: summary(best), other: summary(other), shownIsBest: best === shown, difference, compared: scored.length };
}
