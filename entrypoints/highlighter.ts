import { createHighlighter, type Highlighter } from '../src/highlight/highlighter';

// Injected on demand, after the extractor, into the tab the user asked about; the popup or side panel then calls
// the highlighter it leaves in this world (src/highlight/tab.ts). It registers highlights and never changes the DOM.
export default defineUnlistedScript(() => {
  const world = globalThis as typeof globalThis & { tpmklHighlighter?: Highlighter };
  world.tpmklHighlighter ??= createHighlighter(window, world);
});
