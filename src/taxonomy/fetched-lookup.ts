// The extension's pages read the compiled lookup as a file of data (lookup-file.ts) among the extension's own
// files: in the extension's build, scripts/lookup-asset.ts writes the file and makes compiled-lookup.ts await
// fetchLookup(), so the analyzer's code chunk carries no 1.3 MB string to fetch, scan and cache as code. One fetch
// per page, shared: the popup starts it before the analyzer's code arrives (src/ui/popup/opening.ts).
import type { LookupData } from './lookup-data';
import { lookupFromFile } from './lookup-file';

/** The file's name at the extension's root. */
export const LOOKUP_FILE = 'lookup.data';

let fetched: Promise<LookupData> | undefined;

/** The lookup data from the extension's file, fetched on the first call (again after a failure). */
export function fetchLookup(): Promise<LookupData> {
  fetched ??= fetch(`/${LOOKUP_FILE}`)
    .then(async (response) => {
      if (!response.ok) throw new Error(`The skills taxonomy could not be loaded (${response.status} ${LOOKUP_FILE}): reinstall the extension.`);
      return lookupFromFile(await response.text());
    })
    .catch((error: unknown) => {
      fetched = undefined;
      throw error;
    });
  return fetched;
}
