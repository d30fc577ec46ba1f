import { scoreFor } from '../../storage/history-entry';
import type { HistoryEntry } from '../../storage/history-schema';
import { csvField } from '../../text/csv';

export const CSV_COLUMNS = ['date', 'title', 'company', 'site', 'url', 'language', 'score', 'resume', 'required', 'preferred', 'mentioned'] as const;

/** The entries as CSV (RFC 4180, CRLF), with the score against `resumeId` (else the best) and the terms by importance. */
export function historyCsv(entries: readonly HistoryEntry[], resumeId?: string): string {
  const terms = (e: HistoryEntry, importance: string) =>
    e.terms
      .filter((t) => t.job.importance === importance)
      .map((t) => t.label)
      .join('; ');
  const rows = entries.map((e) => {
    const score = scoreFor(e, resumeId);
    return [
      e.analyzedAt.slice(0, 10),
      e.title,
      e.company,
      e.site,
      e.url,
      e.language,
      score?.score,
      score?.resumeName,
      terms(e, 'required'),
      terms(e, 'preferred'),
      terms(e, 'mentioned'),
    ]
      .map(csvField)
      .join(',');
  });
  return `${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}
