// What the popup shows, worked out without React: the posting read from the tab (or the cache, a pending selection,
// a board's frame), analyzed against a resume. The popup's entry starts the first analysis at its first script byte,
// beside the reads of the opening (opening.ts), so the analysis runs while React loads; the App shows its outcome.
import type { Analysis } from '../../analyze/analysis-schema';
import type { EmbeddedBoard } from '../../extract/embedded-boards';
import type { Posting } from '../../extract/posting-schema';
import { resumeKeyOf } from '../../storage/analysis-cache';
import { defaultResume, readLibrary } from '../../storage/library-read';
import type { Resume, ResumeLibrary } from '../../storage/schema';
// Type only: after-results itself is loaded once the results are on screen.
import type { ShownPosting } from './after-results';
import { boardAllowed, embeddedBoardIn, extractFromBoardFrame, extractFromTab } from './load-posting';
import { early, loadAnalyzer, type Opening, startOpening } from './opening';
import type { Snapshot } from './snapshot';
import { measured } from './timings';

/** The posting as read (the page's headings and the text under each, when read from a page), and where from. */
export interface Source extends ShownPosting {
  /** A title to show when neither the source nor its text names one (the page's title, for a selection). */
  fallbackTitle?: string;
  /** The tab whose page showed the posting, where its terms can be highlighted. */
  tabId?: number;
}

export type State =
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
/** Where the loading state's slow-step messages go (the mounted App's), until the returned function resets it. */
export function reportStepsTo(show: (step: string) => void): () => void {
  reportStep = show;
  return () => {
    reportStep = () => undefined;
  };
}
/** A wait shorter than this is not worth a message (it would only flash). */
const SLOW_STEP_MS = 250;

/** What a reopened popup shows at once for the same tab, address and resume. */
export interface CachedResult {
  source: Source;
  analysis: Analysis;
  /** The popup's first frame of these results (snapshot.ts); the side panel caches none. */
  snapshot?: Snapshot;
}

/** The reads the popup's entry starts before React loads (opening.ts), with the shape of the cached result. */
export type PopupOpening = Opening<CachedResult>;

/** Posting text -> analysis against the chosen resume (the default one unless the user picks another). */
export async function analyzeSource(source: Source, resumeId?: string, analyzer = loadAnalyzer(), stored = readLibrary()): Promise<State> {
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
export async function analyzeBoardFrame(tabId: number, board: EmbeddedBoard): Promise<State> {
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
export const fromCache = ({ source, analysis }: CachedResult, library: ResumeLibrary): State => ({
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
export async function analyzeActivePage(opening: PopupOpening = startOpening(location.search)): Promise<State> {
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
  await opening.started; // the page's read it started, taken over below, not started twice
  // Loads while the page is read. Work moved into that wait measured no faster to results (issue 11, two builds as
  // two extensions, both orders): analyses of a short posting to warm the analyzer, or the default resume read ahead,
  // cut the first analyze() by 5-40 ms but slowed the page's read about as much, the tab and the popup sharing the CPU.
  const analyzer = early(loadAnalyzer());
  const slow = setTimeout(() => reportStep('Reading the page (a long page takes a moment)…'), SLOW_STEP_MS);
  const posting = await extractFromTab(tab).finally(() => clearTimeout(slow));
  if (posting.method === 'none' || !posting.text.trim()) {
    return (await embeddedBoardState(tab.id)) ?? { kind: 'not-a-job', reason: 'No job posting was found on this page.' };
  }
  const state = await analyzeSource(sourceOf(posting, posting.site === 'generic' ? 'this page' : posting.site, tab.id), undefined, analyzer, opening.library);
  if (state.kind === 'ready' && tab.url) return { ...state, cacheAs: { tabId: tab.id, url: tab.url, resumeKey: resumeKeyOf(state.resume) } };
  return state.kind === 'not-a-job' ? ((await embeddedBoardState(tab.id)) ?? state) : state;
}

/** The first analysis of an open, started by the popup's entry before React loads; `settled` once it has an outcome. */
export interface FirstAnalysis {
  outcome: Promise<State>;
  /** What the App's first render shows where the analysis finished before React had loaded. */
  settled?: State;
}

/** Starts the first analysis on the opening's reads (read, analyzed and scored while React loads). */
export function startFirstAnalysis(opening: PopupOpening): FirstAnalysis {
  const first: FirstAnalysis = { outcome: early(analyzeActivePage(opening)) };
  first.outcome.then(
    (state) => {
      first.settled = state;
    },
    () => undefined, // shown by the App, which awaits the outcome
  );
  return first;
}
