import { type ReactNode, useCallback, useEffect, useState } from 'react';
import type { Analysis } from '../../analyze/analysis-schema';
import type { HighlightReport } from '../../highlight/highlighter';
import { legendKinds, PALETTE } from '../../highlight/palette';
import { ShowOnPage } from '../shared/show-on-page';
import { currentWindowId, openSidePanel } from './open-panel';

export type Surface = 'popup' | 'panel';

type Shown = { kind: 'off' } | { kind: 'working' } | { kind: 'on'; report: HighlightReport } | { kind: 'failed'; message: string };

const tab = () => import('../../highlight/tab');

/** Why the page could not be marked, in words a user can act on. */
const reasonOf = (e: unknown) =>
  /cannot access|cannot be scripted|permission|host/i.test(String((e as Error)?.message ?? e))
    ? 'The browser no longer lets the extension mark this page: click the toolbar button or press Alt+Shift+L on it.'
    : `The page could not be marked: ${String((e as Error)?.message ?? e)}`;

/**
 * The posting's evidence marked in the page it was read from (on by default; a toggle turns it off), its legend,
 * and what the page does not show; clicking a term in the results below scrolls the page to it. The popup also
 * offers to open the side panel, which stays open while the user scrolls and switches tabs.
 */
export function PageHighlights({
  tabId,
  text,
  analysis,
  surface,
  children,
}: {
  /** Absent for a posting that no page shows (pasted text): the results alone. */
  tabId?: number;
  text: string;
  analysis: Analysis;
  surface: Surface;
  children: ReactNode;
}) {
  const [wanted, setWanted] = useState(true);
  const [shown, setShown] = useState<Shown>({ kind: 'off' });
  useEffect(() => {
    let live = true;
    if (tabId === undefined) return;
    if (!wanted) {
      setShown({ kind: 'off' });
      void tab().then((t) => t.clearTab(tabId).catch(() => undefined));
      return;
    }
    setShown({ kind: 'working' });
    tab()
      .then((t) => t.highlightTab(tabId, t.highlightRequest(text, analysis)))
      .then((report) => live && setShown(report ? { kind: 'on', report } : { kind: 'failed', message: 'The page could not be marked.' }))
      .catch((e: unknown) => live && setShown({ kind: 'failed', message: reasonOf(e) }));
    return () => {
      live = false;
    };
  }, [wanted, tabId, text, analysis]);
  const show = useCallback(
    (termId: string) => {
      if (wanted && tabId !== undefined) void tab().then((t) => t.showInTab(tabId, termId).catch(() => undefined));
    },
    [wanted, tabId],
  );
  const kinds = legendKinds(analysis);
  const [windowId, setWindowId] = useState<number>();
  const [panelError, setPanelError] = useState('');
  useEffect(() => void (surface === 'popup' && currentWindowId().then(setWindowId)), [surface]);
  const openPanel = () =>
    void openSidePanel(windowId).then(
      () => self.close(),
      (e: unknown) => setPanelError(`The side panel could not open: ${String((e as Error)?.message ?? e)}`),
    );
  if (tabId === undefined) return children;
  return (
    <>
      <section className="tpmkl-highlights" aria-label="Highlights on the page">
        <label className="tpmkl-highlights__toggle">
          <input type="checkbox" checked={wanted} onChange={(e) => setWanted(e.target.checked)} /> Highlight the terms on the page
        </label>
        {wanted && (
          <ul className="tpmkl-legend" aria-label="Highlight colours">
            {kinds.map((k) => (
              <li key={k}>
                <span
                  className="tpmkl-legend__swatch"
                  aria-hidden="true"
                  style={{
                    background: PALETTE[k].background,
                    color: PALETTE[k].text,
                    textDecoration: `underline ${PALETTE[k].line} ${PALETTE[k].underline}`,
                  }}
                >
                  Aa
                </span>
                {PALETTE[k].label}
              </li>
            ))}
          </ul>
        )}
        <p className="tpmkl-muted" role="status" data-testid="highlight-status">
          {shown.kind === 'working' && 'Marking the page…'}
          {shown.kind === 'on' && describe(shown.report)}
          {shown.kind === 'failed' && shown.message}
        </p>
        {surface === 'popup' && (
          <button type="button" className="tpmkl-link" onClick={openPanel}>
            Keep it open in the side panel
          </button>
        )}
        {panelError && <p role="alert">{panelError}</p>}
      </section>
      <ShowOnPage.Provider value={wanted && shown.kind === 'on' ? show : undefined}>{children}</ShowOnPage.Provider>
    </>
  );
}

/** Terms named one by one; beyond these, how many more. */
const NAMED = 8;

function describe(report: HighlightReport): string {
  const marks = `${report.ranges} ${report.ranges === 1 ? 'mark' : 'marks'} on the page`;
  if (!report.notVisible.length) return `${marks}; open a term below to scroll to it.`;
  // The posting came from the page's data (JSON-LD, its scripts' state), which the page may not show as text.
  if (!report.ranges) return `${marks}: the page does not show the posting's text (it was read from the page's data).`;
  const named = report.notVisible.slice(0, NAMED).join(', ');
  const more = report.notVisible.length > NAMED ? ` and ${report.notVisible.length - NAMED} more` : '';
  return `${marks}; open a term below to scroll to it. Not shown on the page (read from its data): ${named}${more}.`;
}
