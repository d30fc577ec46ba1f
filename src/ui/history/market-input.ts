import type { MarketPosting } from '../../analyze/market';
import { scoreFor } from '../../storage/history-entry';
import type { HistoryEntry } from '../../storage/history-schema';

/** Which resume the coverage is of: one resume's id, or BEST_RESUME for each posting's best-scoring resume. */
export const BEST_RESUME = '';

/** History entries as the market view reads them, with the coverage of the chosen resume as scored then. */
export function marketPostings(entries: readonly HistoryEntry[], resumeId: string = BEST_RESUME): MarketPosting[] {
  return entries.map((e) => {
    const score = scoreFor(e, resumeId === BEST_RESUME ? undefined : resumeId);
    // A posting in another language is left out of the view, as the CLI's scan leaves it out.
    return { terms: e.terms, job: { language: e.language }, ...(score ? { coverage: score.statuses } : {}) };
  });
}
