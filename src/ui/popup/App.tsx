import { useCallback, useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import type { Analysis } from '../../analyze/analysis-schema';
import type { Resume } from '../../storage/schema';
import { PageUnavailable } from './page-unavailable';
import { PasteForm } from './PasteForm';
import { ResumePicker } from './ResumePicker';
import { Results } from './Results';

interface Source {
  title: string;
  company: string;
  text: string;
  /** The page's headings and the text under each, when the posting was read from a page. */
  sections?: { heading: string; text: string }[];
  site?: string;
  url?: string;
  origin: string;
  /** A title to show when neither the source nor its text names one (the page's title, for a selection). */
  fallbackTitle?: string;
}

type State =
  | { kind: 'loading' }
  | { kind: 'unavailable'; reason: string }
  | { kind: 'not-a-job'; reason: string; otherLanguage?: boolean }
  | { kind: 'paste' }
  | { kind: 'ready'; source: Source; analysis: Analysis; resume?: Resume; resumes: Resume[] }
  | { kind: 'error'; message: string };

/**
 * Posting text -> analysis against the chosen resume (the default one unless the user picks another);
 * the analyzer (compromise + taxonomy) and the storage code (zod) load only now, off the popup's first paint.
 */
async function analyzeSource(source: Source, resumeId?: string): Promise<State> {
  const [{ analyze }, { defaultResume }, { library }] = await Promise.all([
    import('../../index'),
    import('../../storage/library'),
    import('../../storage/resumes').then((m) => m.loadLibrary()),
  ]);
  const resume = library.resumes.find((r) => r.id === resumeId) ?? defaultResume(library);
  const analysis = analyze(source, resume?.text);
  if (!analysis.job.title && source.fallbackTitle) analysis.job.title = source.fallbackTitle;
  if (analysis.job.isPosting === false) {
    const otherLanguage = Boolean(analysis.job.language && analysis.job.language !== 'en');
    return { kind: 'not-a-job', reason: analysis.job.notPostingReason ?? 'This does not look like a job posting.', otherLanguage };
  }
  return { kind: 'ready', source, analysis, resume, resumes: library.resumes };
}

async function analyzeActivePage(): Promise<State> {
  const [{ takePendingSelection }, { extractFromTab, targetTab }] = await Promise.all([import('./pending-selection'), import('./load-posting')]);
  const pending = await takePendingSelection();
  // A selection's own first lines name the job better than the page's title, which only fills in.
  if (pending) return analyzeSource({ title: '', company: '', text: pending.text, origin: 'your selection', fallbackTitle: pending.title });
  const posting = await extractFromTab(await targetTab(location.search));
  if (posting.method === 'none' || !posting.text.trim()) return { kind: 'not-a-job', reason: 'No job posting was found on this page.' };
  const { title, company, text, sections, site, url } = posting;
  return analyzeSource({ title, company, text, sections, site, url, origin: site === 'generic' ? 'this page' : site });
}

export function App() {
  const [state, setState] = useState<State>({ kind: 'loading' });
  // What the user pasted survives a "not a posting" verdict and a retry; "Try again" repeats the last attempt.
  const [pasted, setPasted] = useState('');
  const lastWork = useRef<() => Promise<State>>(analyzeActivePage);
  const run = useCallback((work: () => Promise<State>) => {
    lastWork.current = work;
    setState({ kind: 'loading' });
    work()
      .then(setState)
      .catch((e: unknown) =>
        setState(e instanceof PageUnavailable ? { kind: 'unavailable', reason: e.message } : { kind: 'error', message: String((e as Error)?.message ?? e) }),
      );
  }, []);
  useEffect(() => run(analyzeActivePage), [run]);
  const openOptions = () => void browser.runtime.openOptionsPage();

  return (
    <div className="tpmkl-popup">
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
        {state.kind === 'loading' && <p className="tpmkl-status">Reading the posting…</p>}
        {(state.kind === 'unavailable' || state.kind === 'not-a-job') && (
          <section className="tpmkl-callout" role="status">
            <p>{state.reason}</p>
            {state.kind === 'not-a-job' && state.otherLanguage ? (
              <p>If the employer offers the posting in English, open that version or paste it here.</p>
            ) : (
              <p>Select the posting's text and right-click “Analyze selection with TPM Keyword Lens”, or paste it here.</p>
            )}
            <button type="button" onClick={() => setState({ kind: 'paste' })}>
              Paste a posting
            </button>
          </section>
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
          />
        )}
        {state.kind === 'ready' && state.resumes.length > 1 && (
          <ResumePicker resumes={state.resumes} chosen={state.resume?.id} onChoose={(id) => run(() => analyzeSource(state.source, id))} />
        )}
        {state.kind === 'ready' && <Results analysis={state.analysis} resumeName={state.resume?.name} onAddResume={openOptions} />}
      </main>
      <footer className="tpmkl-footer">
        <button type="button" className="tpmkl-link" onClick={openOptions}>
          Your resumes
        </button>
        {state.kind === 'ready' && (
          <button type="button" className="tpmkl-link" onClick={() => setState({ kind: 'paste' })}>
            Paste a posting instead
          </button>
        )}
        <span className="tpmkl-muted">Private: runs locally</span>
      </footer>
    </div>
  );
}
