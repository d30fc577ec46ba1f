// The extension's pages read the compiled lookup as a file of data (lookup-file.ts) among the extension's own
// files: in the extension's build, scripts/lookup-asset.ts writes the file and makes compiled-lookup.ts await
// fetchLookup(), so the analyzer's code chunk carries no 1.3 MB string to fetch, scan and cache as code. One fetch
// per page, shared: the popup starts it before the analyzer's code arrives (src/ui/popup/opening.ts). The file is
// gzipped and inflated by the browser's own DecompressionStream: an extension's files are served uncompressed, at
// ~30 MB/s on a loaded machine, and the 2.2 MB file had held back the analyzer's chunk and the app's beside it;
// 0.5 MB fetched and inflated took 48 ms in an idle page where the plain file took 82 (issue 11).
import type { LookupData } from './lookup-data';
import { lookupFromFile } from './lookup-file';

/** The file's name at the extension's root. */
export const LOOKUP_FILE = 'lookup.data.gz';

let fetched: Promise<LookupData> | undefined;

/** The lookup data from the extension's file, fetched on the first call (again after a failure). */
export function fetchLookup(): Promise<LookupData> {
  fetched ??= fetch(`/${LOOKUP_FILE}`)
    .then(async (response) => {
      if (!response.ok) throw new Error(`The skills taxonomy could not be loaded (${response.status} ${LOOKUP_FILE}): reinstall the extension.`);
      if (!response.body) throw new Error(`The skills taxonomy could not be loaded (an empty ${LOOKUP_FILE}): reinstall the extension.`);
      return lookupFromFile(await inflatedText(response.body));
    })
    .catch((error: unknown) => {
      fetched = undefined;
      throw error;
    });
  return fetched;
}

/**
 * The gzipped body's text, read piece by piece through a TextDecoderStream and joined. new Response(inflated).text()
 * read the same 2.6 MB with ~40 ms more of the page's thread, on a first open's path (fastest of 25 fetches in
 * fresh extension pages: 99 -> 52 ms; issue 11).
 */
async function inflatedText(body: NonNullable<Response['body']>): Promise<string> {
  const reader = body.pipeThrough(new DecompressionStream('gzip')).pipeThrough(new TextDecoderStream()).getReader();
  const parts: string[] = [];
  for (let read = await reader.read(); !read.done; read = await reader.read()) parts.push(read.value);
  return parts.join('');
}
