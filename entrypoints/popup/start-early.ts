// Imported first by the popup's entry, so this runs before React's modules evaluate: unless a pending selection or a
// cached analysis will answer, it starts reading the page (the extractor runs in the tab meanwhile) and loading the
// analyzer.
import { startReadingEarly } from '../../src/ui/popup/load-posting';

/** Whether the popup will answer without reading the page: a selection waits for it, or its analysis is cached. */
const answered = async (tab: { id: number; url: string }) => {
  const [selection, cache] = await Promise.all([import('../../src/storage/pending-selection'), import('../../src/storage/analysis-cache')]);
  return Boolean(selection.asPendingSelection(await selection.pendingSelectionItem.getValue()) || (await cache.cachedAnalysis(tab.id, tab.url)));
};
// Failures surface where the popup awaits the same work (extractFromTab, its own import of the analyzer).
const loadAnalyzer = () =>
  import('../../src/index').then(
    (core) => core.bundledLookup(),
    () => undefined,
  );
startReadingEarly(location.search, answered, loadAnalyzer).catch(() => undefined);
