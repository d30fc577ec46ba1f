import { dirname } from 'node:path';

// A Vite plugin for the extension's pages. The popup's entry imports its React part dynamically (so that its reads
// start at its first script byte, entrypoints/popup/main.tsx); Vite hints only static imports with modulepreload,
// so the React part would be fetched only once the entry ran. This adds the hints: the browser fetches and compiles
// those chunks while the entry runs, and evaluates them when the entry imports them.

interface Chunk {
  type: 'chunk';
  imports: string[];
  dynamicImports: string[];
  facadeModuleId: string | null;
}
type Bundle = Record<string, Chunk | { type: 'asset' }>;
interface HtmlContext {
  filename: string;
  bundle?: Bundle;
  chunk?: Chunk;
}

/** The chunk files a page's entry loads: its statically imported chunks, transitively. */
function withImports(bundle: Bundle, files: string[], into = new Set<string>()): Set<string> {
  for (const file of files) {
    const chunk = bundle[file];
    if (into.has(file) || chunk?.type !== 'chunk') continue;
    into.add(file);
    withImports(bundle, chunk.imports, into);
  }
  return into;
}

/**
 * The chunks of the page's own modules (files in the page's entrypoint folder, like entrypoints/popup/render.tsx)
 * that its entry imports dynamically, and theirs statically, get a modulepreload hint; not the lazy chunks of the
 * code under src/ (the analyzer, zod), which load only where the page needs them.
 */
export const preloadPageModules = () => ({
  name: 'tpmkl:preload-page-modules',
  apply: 'build' as const,
  transformIndexHtml: {
    order: 'post' as const,
    handler(_html: string, { filename, bundle, chunk }: HtmlContext) {
      if (!bundle || !chunk) return undefined;
      const own = chunk.dynamicImports.filter((file) => {
        const lazy = bundle[file];
        return lazy?.type === 'chunk' && lazy.facadeModuleId?.startsWith(`${dirname(filename)}/`);
      });
      const already = withImports(bundle, chunk.imports);
      return [...withImports(bundle, own)]
        .filter((file) => !already.has(file))
        .map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` }, injectTo: 'head' as const }));
    },
  },
});
