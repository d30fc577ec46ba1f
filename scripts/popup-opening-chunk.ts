// A Vite plugin for the extension's pages. The popup's entry (entrypoints/popup/main.tsx) starts its reads at its
// first byte, so what it imports statically is on the path of every open. Left to Rollup, those modules are split
// into as many chunks as the pages share them (four, besides the entry), each a fetch the entry waits for; this puts
// them in one chunk, with the module WXT adds before every page's entry (which every page then loads first). A
// stylesheet joins it only where every page imports it (the theme): another page never gets the popup's CSS, and
// each page's sheets keep their order. React and the App stay out: the entry imports them once its reads answer.

interface ModuleInfo {
  importedIds: readonly string[];
}
interface ChunkMeta {
  getModuleIds: () => IterableIterator<string>;
  getModuleInfo: (id: string) => ModuleInfo | null;
}

const POPUP_ENTRY = '/entrypoints/popup/main.tsx';
const PAGE_ENTRY = /\/entrypoints\/[^/]+\/main\.tsx$/;
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

export const popupOpeningChunk = () => ({
  name: 'tpmkl:popup-opening-chunk',
  apply: 'build' as const,
  outputOptions(options: { inlineDynamicImports?: boolean }) {
    // The background and content scripts are built as single files: nothing to group there.
    if (options.inlineDynamicImports) return undefined;
    let opening: Set<string> | undefined;
    return {
      ...options,
      manualChunks(id: string, meta: ChunkMeta) {
        if (!opening) {
          const ids = [...meta.getModuleIds()];
          const entry = ids.find((m) => m.endsWith(POPUP_ENTRY));
          const pages = ids.filter((m) => PAGE_ENTRY.test(m));
          opening = new Set(entry ? staticImportsOf(entry, meta) : []);
          for (const sheet of [...opening].filter((m) => STYLESHEET.test(m)))
            if (!pages.every((page) => meta.getModuleInfo(page)?.importedIds.includes(sheet))) opening.delete(sheet);
        }
        return opening.has(id) || WXT_PAGE_PLUGINS.test(id) ? 'opening' : undefined;
      },
    };
  },
});
