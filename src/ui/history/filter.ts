import { scoreFor } from '../../storage/history-entry';
import type { HistoryEntry } from '../../storage/history-schema';
import { titleFamily } from './title-family';

/** What the history page's controls ask for; empty strings mean "any". */
export interface HistoryFilter {
  query: string;
  family: string;
  site: string;
  /** ISO dates (yyyy-mm-dd), inclusive. */
  from: string;
  to: string;
}

export type SortKey = 'date' | 'score' | 'company';

export const NO_FILTER: HistoryFilter = { query: '', family: '', site: '', from: '', to: '' };

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('en');

/** What the query searches, folded once per entry (typing re-filters thousands of entries at every key). */
const haystacks = new WeakMap<HistoryEntry, string>();
function haystackOf(e: HistoryEntry): string {
  let found = haystacks.get(e);
  if (found === undefined) {
    found = fold([e.title, e.company, e.site, ...e.terms.map((t) => t.label)].join(' \u0000 '));
    haystacks.set(e, found);
  }
  return found;
}

/** Entries that match every filter: the query in the title, company, site or a term's label. */
export function filterEntries(entries: readonly HistoryEntry[], filter: HistoryFilter): HistoryEntry[] {
  const words = fold(filter.query).split(/\s+/).filter(Boolean);
  return entries.filter((e) => {
    if (filter.family && titleFamily(e.title) !== filter.family) return false;
    if (filter.site && e.site !== filter.site) return false;
    const day = e.analyzedAt.slice(0, 10);
    if (filter.from && day < filter.from) return false;
    if (filter.to && day > filter.to) return false;
    if (!words.length) return true;
    const haystack = haystackOf(e);
    return words.every((w) => haystack.includes(w));
  });
}

/** Sorted copy: latest, highest score (against `resumeId`, else the best) or company A-Z first; no score sorts last. */
export function sortEntries(entries: readonly HistoryEntry[], by: SortKey, resumeId?: string): HistoryEntry[] {
  const score = (e: HistoryEntry) => scoreFor(e, resumeId)?.score ?? -1;
  const compare: Record<SortKey, (a: HistoryEntry, b: HistoryEntry) => number> = {
    date: (a, b) => (a.analyzedAt < b.analyzedAt ? 1 : a.analyzedAt > b.analyzedAt ? -1 : 0),
    score: (a, b) => score(b) - score(a),
    company: (a, b) => (a.company || '\uffff').localeCompare(b.company || '\uffff', 'en', { sensitivity: 'base' }),
  };
  return [...entries].sort((a, b) => compare[by](a, b) || compare.date(a, b));
}
