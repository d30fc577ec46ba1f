// Where a popup open spends its time, as User Timing measures (performance.measure: no cost worth naming, nothing
// stored or sent): `npm run bench` (scripts/bench-extension.ts) reads them in real Chromium and prints each step
// beside the blank page it compares the popup with. The DevTools performance panel shows them too.

/** The steps measured, each from its start (or from the page's start: `popup:*-at`) to its end. */
export type PopupStep =
  /** The page's start to the popup's first script byte. */
  | 'popup:entry-at'
  /** The page's start to the moment the first reads (tab, pending selection, cache, resumes) have answered. */
  | 'popup:answered-at'
  /** The page's start to a reopened popup's cached results painted (before React). */
  | 'popup:snapshot-at'
  /** The page's start to React's modules loaded, as the popup's entry hands them the root. */
  | 'popup:render-at'
  /** The extractor's round trip into the tab (scripting.executeScript). */
  | 'popup:page-read'
  /** The analyzer's chunk loaded and its lookup built. */
  | 'popup:analyzer-load'
  /** analyze() on the posting. */
  | 'popup:analyze';

/** Records a step that started at `start` (performance.now()), or at the page's start. */
export function measured(step: PopupStep, start = 0): void {
  try {
    performance.measure(step, { start, end: performance.now() });
  } catch {
    // A browser without User Timing options: nothing to record.
  }
}
