import { scoreFor } from '../../storage/history-entry';
import type { HistoryEntry } from '../../storage/history-schema';

export const PAGE_SIZE = 50;

const SITE_NAMES: Record<string, string> = { pasted: 'pasted', selection: 'selection', generic: 'careers page' };

/**
 * One page of the filtered history (PAGE_SIZE rows: thousands of entries stay quick), with a checkbox per row for
 * deleting several, the original page's link, and a button to analyze a posting again.
 */
export function HistoryTable(props: {
  entries: readonly HistoryEntry[];
  page: number;
  onPage: (page: number) => void;
  selected: ReadonlySet<string>;
  onSelect: (keys: string[], on: boolean) => void;
  resumeId?: string;
  busy: boolean;
  readOnly: boolean;
  onReanalyze: (entry: HistoryEntry) => void;
  onDelete: (keys: string[]) => void;
}) {
  const { entries, page, selected, resumeId } = props;
  const pages = Math.max(1, Math.ceil(entries.length / PAGE_SIZE));
  const shown = entries.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
  const allShown = shown.length > 0 && shown.every((e) => selected.has(e.key));
  return (
    <>
      <table className="tpmkl-history">
        <caption className="tpmkl-visually-hidden">Analyzed postings</caption>
        <thead>
          <tr>
            <th scope="col">
              <input
                type="checkbox"
                aria-label="Select every posting on this page"
                checked={allShown}
                onChange={(e) =>
                  props.onSelect(
                    shown.map((s) => s.key),
                    e.target.checked,
                  )
                }
              />
            </th>
            <th scope="col">Date</th>
            <th scope="col">Title</th>
            <th scope="col">Company</th>
            <th scope="col">Site</th>
            <th scope="col">Score</th>
            <th scope="col">
              <span className="tpmkl-visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((e) => {
            const score = scoreFor(e, resumeId);
            return (
              <tr key={e.key}>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`Select ${e.title || 'untitled posting'}`}
                    checked={selected.has(e.key)}
                    onChange={(ev) => props.onSelect([e.key], ev.target.checked)}
                  />
                </td>
                <td>
                  <time dateTime={e.analyzedAt}>{e.analyzedAt.slice(0, 10)}</time>
                </td>
                <td>
                  {e.url ? (
                    <a href={e.url} target="_blank" rel="noreferrer noopener">
                      {e.title || 'Untitled posting'}
                    </a>
                  ) : (
                    e.title || 'Untitled posting'
                  )}
                </td>
                <td>{e.company}</td>
                <td>{SITE_NAMES[e.site] ?? e.site}</td>
                <td title={score ? `against “${score.resumeName}”` : 'no resume compared'}>{score ? score.score : '—'}</td>
                <td className="tpmkl-actions">
                  <button type="button" disabled={props.busy || props.readOnly} onClick={() => props.onReanalyze(e)} aria-label={`Analyze ${e.title} again`}>
                    Re-analyze
                  </button>
                  <button type="button" disabled={props.busy || props.readOnly} onClick={() => props.onDelete([e.key])} aria-label={`Delete ${e.title}`}>
                    Delete
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {pages > 1 && (
        <nav className="tpmkl-row tpmkl-pages" aria-label="Pages">
          <button type="button" disabled={page === 0} onClick={() => props.onPage(page - 1)}>
            Previous
          </button>
          <span>
            Page {page + 1} of {pages}
          </span>
          <button type="button" disabled={page >= pages - 1} onClick={() => props.onPage(page + 1)}>
            Next
          </button>
        </nav>
      )}
    </>
  );
}
