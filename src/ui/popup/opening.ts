import { storage } from 'wxt/utils/storage';
import { cachedAnalysis, OPENING_CACHE_KEYS, openingEntryOf, resumeKeyOf } from '../../storage/analysis-cache';
import { defaultResume, LIBRARY_KEYS, libraryFrom } from '../../storage/library-read';
import { type PendingSelection, pendingSelectionItem, takeStoredSelection } from '../../storage/pending-selection';
import type { ResumeLibrary } from '../../storage/schema';
import { fetchLookup } from '../../taxonomy/fetched-lookup';
import { startReading, targetTab } from './load-posting';
import { measured } from './timings';

// What every open of the popup reads, started at once from its first script byte (the popup's entry calls
// startOpening() before React's modules load), each read a round trip to the browser: none waits for another's
// chunk or answer. Where neither a pending selection nor a cached analysis answers, the page's read and the
// analyzer start here too, while React loads and paints.

/**
 * The analyzer, its precompiled lookup built as soon as it arrives (while the page is still being read). The
 * lookup's file is fetched beside the analyzer's code, not once that code runs (scripts/lookup-asset.ts).
 */
export const loadAnalyzer = () => {
  const start = performance.now();
  early(fetchLookup());
  return Promise.all([
    import('../../index').then((core) => {
      core.bundledLookup();
      measured('popup:analyzer-load', start);
      return core;
    }),
    import('../../taxonomy/part-of-speech'),
  ]);
};

export interface Opening<Cached> {
  /** The tab to read (`?tab=ID` in tests, else the active tab). */
  tab: Promise<{ id: number; url?: string }>;
  /** A selection the user sent with "Analyze selection", taken (removed) from storage. */
  pending: Promise<PendingSelection | undefined>;
  /** The stored resumes, validated. */
  library: Promise<{ library: ResumeLibrary }>;
  /** What the popup showed last for this tab and address against the same default resume, else undefined. */
  cached: Promise<Cached | undefined>;
  /**
   * Set once the cache has answered (no pending selection, a cached result and the resumes read): where this is
   * so before React renders, the popup's first frame shows the results.
   */
  answered?: Answer<Cached>;
  /** Resolves as `answered` is set, or to undefined where the cache does not answer. */
  answer: Promise<Answer<Cached> | undefined>;
  /**
   * Settles once the opening has started the page's read and the analyzer where the cache cannot answer (or has
   * decided not to): a caller that reads the page awaits it, so that it takes that read over instead of starting another.
   */
  started: Promise<void>;
}

/** A cached result for the tab, address and default resume, with the resumes read. */
export interface Answer<Cached> {
  cached: Cached;
  library: ResumeLibrary;
}

/** Started early: a path that returns before awaiting it must not report its failure as unhandled. */
export function early<T>(work: Promise<T>): Promise<T> {
  work.catch(() => undefined);
  return work;
}

/** Starts every read of an open at once; analyzeActivePage() (analyze-page.ts) awaits them. */
export function startOpening<Cached>(search: string): Opening<Cached> {
  measured('popup:entry-at');
  const tab = early(targetTab(search));
  // One round trip per storage area, each at once, beside the tab's: the resumes (local); the pending selection, the
  // newest cached entry and the list of tabs with one (session). The newest entry answers a reopen on the page
  // analyzed last, the list a tab with none; only a tab whose entry is older reads its own key, once it is known.
  const resumes = storage.getItems([...LIBRARY_KEYS]).then((items) => items.map((item) => item.value));
  const session = storage.getItems([pendingSelectionItem, ...OPENING_CACHE_KEYS]).then((items) => items.map((item) => item.value));
  const pending = early(session.then(([selection]) => takeStoredSelection(selection)));
  const library = early(resumes.then(([version, stored]) => libraryFrom(version, stored)));
  const entry = early(
    Promise.all([tab, session]).then(([t, [, ...cache]]) => {
      if (!t.url) return undefined;
      const known = openingEntryOf<Cached>(cache, t.id, t.url);
      return known.readOwnKey ? cachedAnalysis<Cached>(t.id, t.url) : known.entry;
    }),
  );
  const cached = early(
    Promise.all([entry, library]).then(([found, { library }]) => (found && found.resumeKey === resumeKeyOf(defaultResume(library)) ? found.result : undefined)),
  );
  const answer = Promise.all([pending, cached, library]).then(
    ([selection, result, read]) => {
      measured('popup:answered-at');
      if (selection || !result) return undefined;
      opening.answered = { cached: result, library: read.library };
      return opening.answered;
    },
    () => undefined,
  );
  // The popup's own calls (extractFromTab, loadAnalyzer) take these over; they also report what fails here. They
  // start once the cache cannot answer: as the session answers where it holds no entry for this tab and address (a
  // page seen first), else once the resumes tell whether the entry was scored against the default one.
  const started = Promise.all([tab, pending, entry])
    .then(async ([t, selection, found]) => ({ t, fresh: !selection && !(found && (await cached)) }))
    .then(
      ({ t, fresh }) => {
        if (fresh && startReading(t)) early(loadAnalyzer());
      },
      () => undefined,
    );
  const opening: Opening<Cached> = { tab, pending, library, cached, answer, started };
  return opening;
}
