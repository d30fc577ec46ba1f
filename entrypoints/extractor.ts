import { extractPostingWith } from '../src/extract/extract-core';
import type { TextRun } from '../src/extract/runs';
import { keepRuns } from '../src/highlight/page-runs';

// Injected on demand into the one tab the user asked about (activeTab + scripting); the return value
// goes back to the popup. It reads the page and never changes it. Lean on purpose: selection, JSON-LD and
// the site adapters only; the popup injects page-reader.js (readability) only when these find nothing.
export default defineUnlistedScript(() => {
  // Where each stretch of the text came from stays in this world, for the highlighter (src/highlight/page-runs.ts).
  const runs: TextRun[] = [];
  const posting = extractPostingWith(undefined, document, location.href, { selection: document.getSelection()?.toString() ?? '', runs });
  keepRuns(globalThis, posting.text, runs);
  return posting;
});
