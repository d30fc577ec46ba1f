import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { cacheAnalysis } from '../../storage/analysis-cache';
import type { EmbeddedBoard } from '../../extract/embedded-boards';
import {
  analyzeActivePage,
  analyzeBoardFrame,
  analyzeSource,
  type CachedResult,
  type FirstAnalysis,
  fromCache,
  type PopupOpening,
  reportStepsTo,
  type State,
} from './analyze-page';
import type { BestFit } from './best-resume';
import { BestResume } from './BestResume';
import { EmbeddedBoardPrompt } from './EmbeddedBoardPrompt';
import { PageHighlights, type Surface } from '../panel/PageHighlights';
import { PageUnavailable } from './page-unavailable';
import { PasteForm } from './PasteForm';
import { snapshotOf } from './snapshot';
import { ResumePicker } from './ResumePicker';
import { Results } from './Results';

export type { PopupOpening } from './analyze-page';

/** The longest the best resume and the history entry wait for the browser to be idle after the results show. */
const AFTER_RESULTS_WAIT_MS = 300;

/** The popup, or the side panel (src/ui/panel/PanelApp.tsx): the same results, with the page's highlights. */
/**
 * `opening`: the reads the popup's entry started before React loaded; `first`: the first analysis it started on them
 * (analyzeActivePage), which the App shows. The side panel's App starts its own.
 */
export function App({ surface = 'popup', opening, first }: { surface?: Surface; opening?: PopupOpening; first?: FirstAnalysis }) {
  // Reopened on a page whose results are cached, the first frame shows them where the cache answered before React;
  // on a page seen first, where the first analysis finished before React loaded.
  const [state, setState] = useState<State>(() =>
    opening?.answered ? fromCache(opening.answered.cached, opening.answered.library) : (first?.settled ?? { kind: 'loading' }),
  );
  // What the user pasted survives a "not a posting" verdict and a retry; "Try again" repeats the last attempt.
  const [pasted, setPasted] = useState('');
  const lastWork = useRef<() => Promise<State>>(analyzeActivePage);
  const shown = useRef<HTMLDivElement>(null);
  const cached = useRef<State>(undefined);
  // A fresh analysis of the page is cached as it first shows (before the browser paints it), with the popup's markup.
  useLayoutEffect(() => {
    if (state.kind !== 'ready' || !state.cacheAs || cached.current === state || !shown.current) return;
    cached.current = state;
    const snapshot = surface === 'popup' ? snapshotOf(shown.current, state.resumes) : undefined;
    const result: CachedResult = { source: state.source, analysis: state.analysis, ...(snapshot ? { snapshot } : {}) };
    void cacheAnalysis({ ...state.cacheAs, result }).catch(() => undefined); // a full session store only costs the next open its speed
  }, [state, surface]);
  const [step, setStep] = useState('Reading the posting…');
  useEffect(() => reportStepsTo(setStep), []);
  // Paste mode remembers what the popup showed, for Back and Escape.
  const [beforePaste, setBeforePaste] = useState<State>();
  const openPaste = () => {
    if (state.kind !== 'paste' && state.kind !== 'loading') setBeforePaste(state);
    setState({ kind: 'paste' });
  };
  const run = useCallback((work: () => Promise<State>) => {
    lastWork.current = work;
    setStep('Reading the posting…');
    setState({ kind: 'loading' });
    work()
      .then(setState)
      .catch((e: unknown) =>
        setState(e instanceof PageUnavailable ? { kind: 'unavailable', reason: e.message } : { kind: 'error', message: String((e as Error)?.message ?? e) }),
      );
  }, []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, on mount: the opening's reads serve the first analysis only
  useEffect(() => {
    if (state.kind === 'loading') run(() => first?.outcome ?? analyzeActivePage(opening));
    lastWork.current = analyzeActivePage; // "Try again" reads afresh
  }, [run]);
  // Once results are on screen: the other resumes' scores (which fits best) and the history entry, never before.
  const [fit, setFit] = useState<BestFit>();
  useEffect(() => {
    setFit(undefined);
    if (state.kind !== 'ready') return;
    let live = true;
    // Once the browser is idle, so that its chunks (zod, IndexedDB) do not compete with painting the results. Never
    // cancelled: every analysis shown is recorded, even one replaced at once.
    const start = () =>
      import('./after-results')
        .then((m) => m.rankAndRecord(state))
        .then((found) => live && setFit(found))
        // The results stay; the reason goes to the console, where a test or a bug report can see it.
        .catch((e: unknown) => console.error('TPM Keyword Lens: the other resumes were not scored or the posting not recorded', e));
    if ('requestIdleCallback' in window) requestIdleCallback(start, { timeout: AFTER_RESULTS_WAIT_MS });
    else setTimeout(start, 0);
    return () => {
      live = false;
    };
  }, [state]);
  const openHistory = () => void browser.tabs.create({ url: browser.runtime.getURL('/history-page.html') });
  const openOptions = () => void browser.runtime.openOptionsPage();
  const allowBoard = (tabId: number, board: EmbeddedBoard) => {
    // First thing in the click: browsers grant a permission request only within the user's gesture.
    const granted = browser.permissions.request({ origins: [board.origin] });
    run(async () => ((await granted) ? analyzeBoardFrame(tabId, board) : { kind: 'embedded', tabId, board, refused: true }));
  };

  return (
    <div className="tpmkl-popup" ref={shown}>
      <header className="tpmkl-header">
        {state.kind === 'ready' ? (
          <>
            <h1>{state.analysis.job.title || 'Job posting'}</h1>
            <p className="tpmkl-muted">
              {state.analysis.job.company ? `${state.analysis.job.company} · ` : ''}
              {state.analysis.job.words} words from {state.source.origin}
            </p>
          </>
        ) : (
          <h1>TPM Keyword Lens</h1>
        )}
      </header>
      <main aria-live="polite" aria-busy={state.kind === 'loading'}>
        {state.kind === 'loading' && <p className="tpmkl-status">{step}</p>}
        {(state.kind === 'unavailable' || state.kind === 'not-a-job') && (
          <section className="tpmkl-callout" role="status">
            <p>{state.reason}</p>
            {state.kind === 'not-a-job' && state.otherLanguage ? (
              <p>If the employer offers the posting in English, open that version or paste it here.</p>
            ) : (
              <p>Select the posting's text and right-click “Analyze selection with TPM Keyword Lens”, or paste it here.</p>
            )}
            <button type="button" onClick={openPaste}>
              Paste a posting
            </button>
          </section>
        )}
        {state.kind === 'embedded' && (
          <EmbeddedBoardPrompt board={state.board} refused={state.refused} onAllow={() => allowBoard(state.tabId, state.board)} onPaste={openPaste} />
        )}
        {state.kind === 'error' && (
          <section className="tpmkl-callout tpmkl-callout--error" role="alert">
            <p>Something went wrong: {state.message}</p>
            <button type="button" onClick={() => run(lastWork.current)}>
              Try again
            </button>
          </section>
        )}
        {state.kind === 'paste' && (
          <PasteForm
            initial={pasted}
            onSubmit={(text) => {
              setPasted(text);
              run(() => analyzeSource({ title: '', company: '', text, origin: 'pasted text' }));
            }}
            onBack={() => (beforePaste ? setState(beforePaste) : run(analyzeActivePage))}
          />
        )}
        {state.kind === 'ready' && state.resumes.length > 1 && (
          <ResumePicker resumes={state.resumes} chosen={state.resume?.id} onChoose={(id) => run(() => analyzeSource(state.source, id))} />
        )}
        {/* A posting mostly outside the TPM vocabulary has no best resume worth naming: its scores rest on a few generic terms. */}
        {state.kind === 'ready' && fit && !state.analysis.understanding?.low && (
          <BestResume fit={fit} onChoose={(id) => run(() => analyzeSource(state.source, id))} />
        )}
        {state.kind === 'ready' && (
          <PageHighlights tabId={state.source.tabId} text={state.source.text} analysis={state.analysis} surface={surface}>
            <Results analysis={state.analysis} resumeName={state.resume?.name} onAddResume={openOptions} />
          </PageHighlights>
        )}
      </main>
      <footer className="tpmkl-footer">
        <button type="button" className="tpmkl-link" onClick={openOptions}>
          Your resumes
        </button>
        <button type="button" className="tpmkl-link" onClick={openHistory}>
          History
        </button>
        {state.kind === 'ready' && (
          <button type="button" className="tpmkl-link" onClick={openPaste}>
            Paste a posting instead
          </button>
        )}
        <span className="tpmkl-muted">Private: runs locally</span>
      </footer>
    </div>
  );
}
