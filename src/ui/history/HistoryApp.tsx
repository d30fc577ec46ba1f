import { useCallback, useDeferredValue, useEffect, useId, useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import { findConcepts, marketView } from '../../index';
import { addScore, deleteHistoryEntries, exportHistory, type HistoryList, importHistory, listHistory, postingText } from '../../storage/history';
import { resumeScore } from '../../storage/history-entry';
import type { HistoryEntry } from '../../storage/history-schema';
import { loadLibrary } from '../../storage/resumes';
import type { Resume } from '../../storage/schema';
import { download } from '../shared/download';
import { historyCsv } from './csv';
import { filterEntries, type HistoryFilter, NO_FILTER, type SortKey, sortEntries } from './filter';
import { HistoryTable } from './HistoryTable';
import { BEST_RESUME, marketPostings } from './market-input';
import { MarketPanel } from './MarketPanel';
import { OTHER_FAMILY, TITLE_FAMILIES } from './title-family';

type Notice = { kind: 'info' | 'error'; text: string } | null;

const message = (e: unknown) => String((e as Error)?.message ?? e);
const today = () => new Date().toISOString().slice(0, 10);

export function HistoryApp() {
  const [list, setList] = useState<HistoryList | null>(null);
  const [resumes, setResumes] = useState<Resume[]>([]);
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);
  const [filter, setFilter] = useState<HistoryFilter>(NO_FILTER);
  const [sort, setSort] = useState<SortKey>('date');
  const [resumeId, setResumeId] = useState(BEST_RESUME);
  const [page, setPage] = useState(0);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const ids = { query: useId(), family: useId(), site: useId(), from: useId(), to: useId(), sort: useId(), resume: useId(), import: useId() };

  const refresh = useCallback(async () => {
    const [history, { library }] = await Promise.all([listHistory(), loadLibrary()]);
    setList(history);
    setResumes(library.resumes);
    setSelected((s) => new Set([...s].filter((k) => history.entries.some((e) => e.key === k))));
  }, []);
  useEffect(() => {
    refresh().catch((e) => setNotice({ kind: 'error', text: `The history could not be read: ${message(e)}` }));
  }, [refresh]);

  /** Runs a change; on failure, says why and leaves what is stored as it was. */
  const act = async (work: () => Promise<string | undefined>) => {
    setBusy(true);
    try {
      const text = await work();
      await refresh();
      setNotice(text ? { kind: 'info', text } : null);
    } catch (e) {
      setNotice({ kind: 'error', text: message(e) });
    } finally {
      setBusy(false);
    }
  };

  const entries = list?.entries ?? [];
  const shown = useMemo(() => sortEntries(filterEntries(entries, filter), sort, resumeId || undefined), [entries, filter, sort, resumeId]);
  const sites = useMemo(() => [...new Set(entries.map((e) => e.site))].sort(), [entries]);
  const compared = useMemo(() => (resumeId ? resumes.filter((r) => r.id === resumeId) : resumes), [resumes, resumeId]);
  const resumeConcepts = useMemo(() => compared.flatMap((r) => findConcepts(r.text)), [compared]);
  // The market view follows the table a moment later: typing in the search stays quick over thousands of postings.
  const deferred = useDeferredValue(shown);
  const view = useMemo(() => marketView(marketPostings(deferred, resumeId), { top: 10, resumeConcepts }), [deferred, resumeId, resumeConcepts]);
  const change = (part: Partial<HistoryFilter>) => {
    setFilter((f) => ({ ...f, ...part }));
    setPage(0);
  };
  const readOnly = Boolean(list?.readOnly);

  const reanalyze = (entry: HistoryEntry) =>
    act(async () => {
      if (!compared.length) return 'Add a resume in the options page to score postings.';
      const text = await postingText(entry.key);
      if (!text) throw new Error(`The text of “${entry.title}” was not kept, so it cannot be analyzed again: open the original page instead.`);
      const [{ analyze }, { withPartOfSpeech }] = await Promise.all([import('../../index'), import('../../taxonomy/part-of-speech')]);
      const posting = { title: entry.title, company: entry.company, text: text.text, sections: text.sections, site: entry.site, url: entry.url };
      const scores = [];
      for (const r of compared) {
        const score = resumeScore(r, await withPartOfSpeech(() => analyze(posting, r.text)));
        if (score) scores.push(score);
      }
      for (const score of scores) await addScore(entry.key, score);
      return `Analyzed “${entry.title}” again: ${scores.map((s) => `${s.score} against “${s.resumeName}”`).join(', ')}.`;
    });

  const remove = (keys: string[]) =>
    act(async () => {
      await deleteHistoryEntries(keys);
      return keys.length === 1 ? 'Deleted 1 posting from the history.' : `Deleted ${keys.length} postings from the history.`;
    });

  return (
    <div className="tpmkl-historypage">
      <header className="tpmkl-row">
        <h1>History</h1>
        <span className="tpmkl-muted">{list ? `${entries.length} posting${entries.length === 1 ? '' : 's'} analyzed · ` : ''}kept only in this browser</span>
        <button type="button" className="tpmkl-link" onClick={() => void browser.runtime.openOptionsPage()}>
          Your resumes and settings
        </button>
      </header>
      {list?.readOnly && (
        <p className="tpmkl-notice tpmkl-notice--error" role="alert">
          {list.readOnly}
        </p>
      )}
      {list && list.unreadable > 0 && (
        <p className="tpmkl-notice tpmkl-notice--error" role="alert">
          {list.unreadable} stored entr{list.unreadable === 1 ? 'y' : 'ies'} could not be read; kept as they are, not shown.
        </p>
      )}
      {notice && (
        <p className={`tpmkl-notice ${notice.kind === 'error' ? 'tpmkl-notice--error' : ''}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
          {notice.text}
        </p>
      )}

      {entries.length > 0 && (
        <search className="tpmkl-filters" aria-label="Filter the history">
          <label htmlFor={ids.query}>Search</label>
          <input id={ids.query} type="search" value={filter.query} onChange={(e) => change({ query: e.target.value })} placeholder="title, company, skill" />
          <label htmlFor={ids.family}>Title</label>
          <select id={ids.family} value={filter.family} onChange={(e) => change({ family: e.target.value })}>
            <option value="">Any title</option>
            {[...TITLE_FAMILIES, OTHER_FAMILY].map((f) => (
              <option key={f.id} value={f.id}>
                {f.label}
              </option>
            ))}
          </select>
          <label htmlFor={ids.site}>Site</label>
          <select id={ids.site} value={filter.site} onChange={(e) => change({ site: e.target.value })}>
            <option value="">Any site</option>
            {sites.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
          <label htmlFor={ids.from}>From</label>
          <input id={ids.from} type="date" value={filter.from} max={filter.to || today()} onChange={(e) => change({ from: e.target.value })} />
          <label htmlFor={ids.to}>To</label>
          <input id={ids.to} type="date" value={filter.to} min={filter.from} onChange={(e) => change({ to: e.target.value })} />
          <label htmlFor={ids.sort}>Sort by</label>
          <select id={ids.sort} value={sort} onChange={(e) => setSort(e.target.value as SortKey)}>
            <option value="date">Date</option>
            <option value="score">Score</option>
            <option value="company">Company</option>
          </select>
          <label htmlFor={ids.resume}>Resume</label>
          <select id={ids.resume} value={resumeId} onChange={(e) => setResumeId(e.target.value)}>
            <option value={BEST_RESUME}>Best of your resumes</option>
            {resumes.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
          {Object.values(filter).some(Boolean) && (
            <button type="button" onClick={() => change(NO_FILTER)}>
              Clear filters
            </button>
          )}
        </search>
      )}

      <div className="tpmkl-row">
        <span role="status">
          {list === null ? 'Loading…' : `Showing ${shown.length} of ${entries.length}`}
          {selected.size ? ` · ${selected.size} selected` : ''}
        </span>
        <button
          type="button"
          disabled={!shown.length}
          onClick={() => download('tpm-keyword-lens-history.csv', historyCsv(shown, resumeId || undefined), 'text/csv')}
        >
          Export CSV
        </button>
        <button
          type="button"
          disabled={!shown.length || busy}
          onClick={() =>
            void act(async () => {
              download('tpm-keyword-lens-history.json', await exportHistory(shown.map((e) => e.key)));
              return undefined;
            })
          }
        >
          Export JSON
        </button>
        <label htmlFor={ids.import}>Import JSON:</label>
        <input
          id={ids.import}
          type="file"
          accept=".json,application/json"
          disabled={busy || readOnly}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file)
              void act(async () => {
                const r = await importHistory(await file.text());
                return `Imported ${r.added} new posting(s), updated ${r.updated}; ${r.unchanged} already there${r.invalid ? `, ${r.invalid} unreadable left out` : ''}.`;
              });
          }}
        />
        <button
          type="button"
          className="tpmkl-danger"
          disabled={!selected.size || busy || readOnly}
          onClick={() => {
            if (confirm(`Delete ${selected.size} posting(s) from the history?`)) void remove([...selected]);
          }}
        >
          Delete selected
        </button>
      </div>

      {list !== null && entries.length === 0 ? (
        <p className="tpmkl-callout">
          No posting yet. Open a job posting and click the toolbar button: each posting you analyze is kept here (unless you turn history off in the options).
        </p>
      ) : (
        <HistoryTable
          entries={shown}
          page={page}
          onPage={setPage}
          selected={selected}
          onSelect={(keys, on) =>
            setSelected((s) => {
              const next = new Set(s);
              for (const k of keys) on ? next.add(k) : next.delete(k);
              return next;
            })
          }
          resumeId={resumeId || undefined}
          busy={busy}
          readOnly={readOnly}
          onReanalyze={(e) => void reanalyze(e)}
          onDelete={(keys) => void remove(keys)}
        />
      )}
      {list !== null && entries.length > 0 && <MarketPanel view={view} resumeName={resumeId ? `“${compared[0]?.name}”` : 'Your best resume'} />}
    </div>
  );
}
