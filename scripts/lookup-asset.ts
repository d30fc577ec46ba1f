// A Vite plugin for the extension's pages: the compiled lookup (src/taxonomy/compiled-lookup.ts, 1.3 MB of JSON in
// strings) leaves the analyzer's code chunk for a file of data beside it (src/taxonomy/lookup-file.ts), which the
// pages fetch (src/taxonomy/fetched-lookup.ts). In the chunk, the browser fetched it, scanned it as source, stored
// and read it back as code cache, and JSON.parse copied it, all before a first analysis; as data it is fetched while
// the code loads, and cut into its strings. The module keeps its name and export: its importers see the same
// value, which its top-level await holds back until the file is read. Node (the CLI, tests, scripts) still imports
// the generated module itself. Its size is not what a first open waits for: a file without the concepts' bullets,
// notes, context rules and patterns (1.30 -> 0.99 MB, issue 11) cost the popup's main thread as much to receive
// (6-7 ms in traced opens); net of the reopen's move, five A/B runs of first opens gave +0.04 to -0.52x of a blank
// page (median -0.17x) and the popup's own timings no change (analysis done -8 to +8 ms): not clearly a gain.
import { gzipSync } from 'node:zlib';
import { compiledLookup } from '../src/taxonomy/compiled-lookup';
import { LOOKUP_FILE } from '../src/taxonomy/fetched-lookup';
import { lookupFileOf } from '../src/taxonomy/lookup-file';

const COMPILED_LOOKUP = /[\\/]src[\\/]taxonomy[\\/]compiled-lookup\.ts$/;

/** What the generated module becomes in the extension's build (relative imports resolve from its own folder). */
export const FETCHED_LOOKUP_MODULE = [
  "import { fetchLookup } from './fetched-lookup';",
  "/** The compiled lookup, read from the extension's lookup file (scripts/lookup-asset.ts). */",
  'export const compiledLookup = await fetchLookup();',
  '',
].join('\n');

/** The lookup file as the extension ships it: gzipped (src/taxonomy/fetched-lookup.ts inflates it). */
export const lookupFileGzipped = () => new Uint8Array(gzipSync(lookupFileOf(compiledLookup), { level: 9 }));

export const lookupAsset = () => ({
  name: 'tpmkl:lookup-asset',
  apply: 'build' as const,
  load(this: { emitFile(file: { type: 'asset'; fileName: string; source: Uint8Array }): string }, id: string) {
    if (!COMPILED_LOOKUP.test(id)) return null;
    // Written by the build that bundles the module: the pages' build, not the background's or an injected script's.
    this.emitFile({ type: 'asset', fileName: LOOKUP_FILE, source: lookupFileGzipped() });
    return FETCHED_LOOKUP_MODULE;
  },
});
