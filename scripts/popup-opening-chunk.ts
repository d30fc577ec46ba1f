// A Vite plugin for the extension's pages. The popup's entry (entrypoints/popup/main.tsx) starts its reads at its
// first byte, so what it imports statically is on the path of every open. Left to Rollup, those modules are split
// into as many chunks as the pages share them (four, besides the entry), each a fetch the entry waits for; this puts
// them in one chunk, with the module WXT adds before every page's entry (which every page then loads first). A
// stylesheet joins it only where every page imports it (the theme): another page never gets the popup's CSS, and
// each page's sheets keep their order. React and the App stay out: the entry imports them once its reads answer.
// The modules the analyzer (src/index.ts, imported once the reads answer) shares with the App join it too: Rollup
// would split them into chunks of their own (screening.ts' labels, the category list: 7 KB), which the browser
// requests only once the analyzer's 210 KB chunk has arrived and been parsed, a second round trip before a first
// analysis (~20 ms in a traced open). Likewise the posting schema, checked on the page's read, comes in one chunk
// with the zod it uses (else a 2 KB chunk whose parse asks for zod's).

interface ModuleInfo {
  importedIds: readonly string[];
  importers: readonly string[];
}
interface ChunkMeta {
  getModuleIds: () => IterableIterator<string>;
  getModuleInfo: (id: string) => ModuleInfo | null;
}

const POPUP_ENTRY = '/entrypoints/popup/main.tsx';
const PAGE_ENTRY = /\/entrypoints\/[^/]+\/main\.tsx$/;
const ANALYZER = /[\\/]src[\\/]index\.ts$/;
const POSTING_SCHEMA = /[\\/]src[\\/]extract[\\/]posting-schema\.ts$/;
const STYLESHEET = /\.css($|\?)/;
/** The module WXT adds before every page's entry (its plugins; none here): one more chunk file otherwise. */
const WXT_PAGE_PLUGINS = /^\0virtual:wxt-(html-)?plugins$/;

/** The modules an entry imports statically, transitively, but for the entry itself. */
function staticImportsOf(entry: string, meta: ChunkMeta): Set<string> {
  const seen = new Set<string>();
  const visit = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    for (const imported of meta.getModuleInfo(id)?.importedIds ?? []) visit(imported);
  };
  visit(entry);
  seen.delete(entry);
  return seen;
}

/** The modules the analyzer imports statically that other modules import too: a chunk of their own, else. */
function sharedWithAnalyzer(ids: string[], meta: ChunkMeta): string[] {
  const analyzer = ids.find((m) => ANALYZER.test(m));
  if (!analyzer) return [];
  const graph = staticImportsOf(analyzer, meta);
  graph.add(analyzer);
  return [...graph].filter((m) => m !== analyzer && meta.getModuleInfo(m)?.importers.some((importer) => !graph.has(importer)));
}

export const popupOpeningChunk = () => ({
  name: 'tpmkl:popup-opening-chunk',
  apply: 'build' as const,
  outputOptions(options: { inlineDynamicImports?: boolean }) {
    // The background and content scripts are built as single files: nothing to group there.
    if (options.inlineDynamicImports) return undefined;
    let opening: Set<string> | undefined;
    let postingSchema: Set<string> | undefined;
    return {
      ...options,
      manualChunks(id: string, meta: ChunkMeta) {
        if (!opening) {
          const ids = [...meta.getModuleIds()];
          const entry = ids.find((m) => m.endsWith(POPUP_ENTRY));
          const pages = ids.filter((m) => PAGE_ENTRY.test(m));
          opening = new Set([...(entry ? staticImportsOf(entry, meta) : []), ...sharedWithAnalyzer(ids, meta)]);
          for (const sheet of [...opening].filter((m) => STYLESHEET.test(m)))
            if (!pages.every((page) => meta.getModuleInfo(page)?.importedIds.includes(sheet))) opening.delete(sheet);
          const schema = ids.find((m) => POSTING_SCHEMA.test(m));
          postingSchema = new Set(schema ? [schema, ...staticImportsOf(schema, meta)].filter((m) => !opening?.has(m)) : []);
        }
        if (opening.has(id) || WXT_PAGE_PLUGINS.test(id)) return 'opening';
        return postingSchema?.has(id) ? 'posting-schema' : undefined;
      },
    };
  },
});
