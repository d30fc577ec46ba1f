import type { MarketPosting } from '../../analyze/market';
import type { HistoryEntry, ResumeScore } from '../../storage/history-schema';

/** Which resume the coverage is of: one resume's id, or BEST_RESUME for each posting's best-scoring resume. */
export const BEST_RESUME = '';

const best = (scores: readonly ResumeScore[]) => scores.reduce<ResumeScore | undefined>((top, s) => (!top || s.score > top.score ? s : top), undefined);

/** History entries as the market view reads them, with the coverage of the chosen resume as scored then. */
export function marketPostings(entries: readonly HistoryEntry[], resumeId: string = BEST_RESUME): MarketPosting[] {
  return entries.map((e) => {
    const score = resumeId === BEST_RESUME ? best(e.scores) : e.scores.find((s) => s.resumeId === resumeId);
    return { terms: e.terms, ...(score ? { coverage: score.statuses } : {}) };
  });
}
