import { extractPostingWith } from '../src/extract/extract-core';

// Injected on demand into the one tab the user asked about (activeTab + scripting); the return value
// goes back to the popup. It reads the page and never changes it. Lean on purpose: selection, JSON-LD and
// the site adapters only; the popup injects page-reader.js (readability) only when these find nothing.
export default defineContentScript({
  registration: 'runtime',
  main: () => extractPostingWith(undefined, document, location.href, { selection: document.getSelection()?.toString() ?? '' }),
});
