import { extractPosting } from '../src/extract';

// Injected on demand into the one tab the user asked about (activeTab + scripting); the return
// value goes back to the popup. It reads the page and never changes it.
export default defineContentScript({
  registration: 'runtime',
  main: () => extractPosting(document, location.href, { selection: document.getSelection()?.toString() ?? '' }),
});
