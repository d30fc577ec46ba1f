import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import type { Analysis } from '../../analyze/analysis-schema';
import type { EmbeddedBoard } from '../../extract/embedded-boards';
import type { Posting } from '../../extract/posting-schema';
import { cacheAnalysis, resumeKeyOf } from '../../storage/analysis-cache';
import { defaultResume, readLibrary } from '../../storage/library-read';
import type { Resume, ResumeLibrary } from '../../storage/schema';
// Type only: after-results itself is loaded once the results are on screen.
import type { ShownPosting } from './after-results';
import type { BestFit } from './best-resume';
import { BestResume } from './BestResume';
import { EmbeddedBoardPrompt } from './EmbeddedBoardPrompt';
import { PageHighlights, type Surface } from '../panel/PageHighlights';
import { boardAllowed, embeddedBoardIn, extractFromBoardFrame, extractFromTab } from './load-posting';
import { early, loadAnalyzer, type Opening, startOpening } from './opening';
import { PageUnavailable } from './page-unavailable';
import { PasteForm } from './PasteForm';
import { type Snapshot, snapshotOf } from './snapshot';
import { ResumePicker } from './ResumePicker';
import { measured } from './timings';
import { Results } from './Results';

/** The posting as read (the page's headings and the text under each, when read from a page), and where from. */
interface Source extends ShownPosting {
  /** A title to show when neither the source nor its text names one (the page's title, for a selection). */
  fallbackTitle?: string;
  /** The tab whose page showed the posting, where its terms can be highlighted. */
  tabId?: number;
}

type State =
  | { kind: 'loading' }
  | { kind: 'unavailable'; reason: string }
  | { kind: 'not-a-job'; reason: string; otherLanguage?: boolean }
  | { kind: 'paste' }
  /** The page shows its posting in a board's frame that the extension may read only once the user allows it. */
  | { kind: 'embedded'; tabId: number; board: EmbeddedBoard; refused?: boolean }
  | {
      kind: 'ready';
      source: Source;
      analysis: Analysis;
      resume?: Resume;
      resumes: Resume[];
      /** A fresh analysis of the tab's page: cached once shown, under this tab, address and resume. */
      cacheAs?: { tabId: number; url: string; resumeKey: string };
    }
  | { kind: 'error'; message: string };

/**
 * What the loading state says when a step is slow: the first open after install (cold caches) waits seconds for
 * the analyzer, and the user sees that it is loading rather than stuck. The App sets it while mounted.
 */
let reportStep: (step: string) => void = () => undefined;
/** The longest the best resume and the history entry wait for the browser to be idle after the results show. */
const AFTER_RESULTS_WAIT_MS = 300;
/** A wait shorter than this is not worth a message (it would only flash). */
const SLOW_STEP_MS = 250;

/** What a reopened popup shows at once for the same tab, address and resume. */
interface CachedResult {
  source: Source;
  analysis: Analysis;
  /** The popup's first frame of these results (snapshot.ts); the side panel caches none. */
  snapshot?: Snapshot;
}

/** The reads the popup's entry starts before React loads (opening.ts), with the shape of the cached result. */
export type PopupOpening = Opening<CachedResult>;

/** Posting text -> analysis against the chosen resume (the default one unless the user picks another). */
async function analyzeSource(source: Source, resumeId?: string, analyzer = loadAnalyzer(), stored = readLibrary()): Promise<State> {
  const slow = setTimeout(
    () => reportStep(`Posting read (${source.text.split(/\s+/).length.toLocaleString('en-US')} words). Loading the skills taxonomy, slower on the first run…`),
    SLOW_STEP_MS,
  );
  const [[{ analyze }, { withPartOfSpeech }], { library }] = await Promise.all([analyzer, stored]).finally(() => clearTimeout(slow));
  const resume = library.resumes.find((r) => r.id === resumeId) ?? defaultResume(library);
  // compromise loads only for a text where a rule asks for a part of speech.
  const start = performance.now();
  const analysis = await withPartOfSpeech(() => analyze(source, resume?.text));
  measured('popup:analyze', start);
  if (!analysis.job.title && source.fallbackTitle) analysis.job.title = source.fallbackTitle;
  if (analysis.job.isPosting === false) {
    const otherLanguage = Boolean(analysis.job.language && analysis.job.language !== 'en');
    return { kind: 'not-a-job', reason: analysis.job.notPostingReason ?? 'This does not look like a job posting.', otherLanguage };
  }
  return { kind: 'ready', source, analysis, resume, resumes: library.resumes };
}

const sourceOf = ({ title, company, text, sections, site, url }: Posting, origin: string, tabId?: number): Source => ({
  title,
  company,
  text,
  sections,
  site,
  url,
  origin,
  ...(tabId === undefined ? {} : { tabId }),
});

/** The posting in a board's frame of the tab, read once the user has allowed the board's domain. */
async function analyzeBoardFrame(tabId: number, board: EmbeddedBoard): Promise<State> {
  const posting = await extractFromBoardFrame({ id: tabId }, board);
  if (posting.method === 'none' || !posting.text.trim()) return { kind: 'not-a-job', reason: `No job posting was found in the embedded ${board.label} frame.` };
  return analyzeSource(sourceOf(posting, `the embedded ${board.label} frame`));
}

/** Where the page itself shows no posting but a board's frame does: read it if that board was allowed before, else ask. */
async function embeddedBoardState(tabId: number): Promise<State | undefined> {
  // Looking for a frame is a second chance: where it fails, the page's own verdict stands.
  const found = await embeddedBoardIn({ id: tabId }).catch(() => undefined);
  if (!found) return undefined;
  return (await boardAllowed(found.board)) ? analyzeBoardFrame(tabId, found.board) : { kind: 'embedded', tabId, board: found.board };
}

/** The results a reopened popup shows at once, against the default resume they were cached for. */
const fromCache = ({ source, analysis }: CachedResult, library: ResumeLibrary): State => ({
  kind: 'ready',
  source,
  analysis,
  resume: defaultResume(library),
  resumes: library.resumes,
});

/**
 * The posting on the tab's page, from the cache where this tab and address were analyzed against the same resume.
 * `opening`: the reads the popup's entry started before React loaded (each later run, "Try again", starts its own).
 */
async function analyzeActivePage(opening: PopupOpening = startOpening(location.search)): Promise<State> {
  const pending = await opening.pending;
  // A selection's own first lines name the job better than the page's title, which only fills in.
  if (pending)
    return analyzeSource(
      { title: '', company: '', text: pending.text, url: pending.url || undefined, origin: 'your selection', fallbackTitle: pending.title },
      undefined,
      loadAnalyzer(),
      opening.library,
    );
  const [tab, cached] = await Promise.all([opening.tab, opening.cached]);
  if (cached) return fromCache(cached, (await opening.library).library);
  const analyzer = early(loadAnalyzer()); // loads while the page is read
  const slow = setTimeout(() => reportStep('Reading the page (a long page takes a moment)…'), SLOW_STEP_MS);
  const posting = await extractFromTab(tab).finally(() => clearTimeout(slow));
  if (posting.method === 'none' || !posting.text.trim()) {
    return (await embeddedBoardState(tab.id)) ?? { kind: 'not-a-job', reason: 'No job posting was found on this page.' };
  }
  const state = await analyzeSource(sourceOf(posting, posting.site === 'generic' ? 'this page' : posting.site, tab.id), undefined, analyzer, opening.library);
  if (state.kind === 'ready' && tab.url) return { ...state, cacheAs: { tabId: tab.id, url: tab.url, resumeKey: resumeKeyOf(state.resume) } };
  return state.kind === 'not-a-job' ? ((await embeddedBoardState(tab.id)) ?? state) : state;
}

/** The popup, or the side panel (src/ui/panel/PanelApp.tsx): the same results, with the page's highlights. */
/**
 * `opening`: the reads the popup's entry started before React loaded, for the first analysis (the side panel's App
 * starts its own).
 */
export function App({ surface = 'popup', opening }: { surface?: Surface; opening?: PopupOpening }) {
  // Reopened on a page whose results are cached, the first frame shows them where the cache answered before React.
  const [state, setState] = useState<State>(() => (opening?.answered ? fromCache(opening.answered.cached, opening.answered.library) : { kind: 'loading' }));
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
  useEffect(() => {
    reportStep = setStep;
    return () => {
      reportStep = () => undefined;
    };
  }, []);
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
    if (state.kind === 'loading') run(() => analyzeActivePage(opening));
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
        .catch(() => undefined);
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
