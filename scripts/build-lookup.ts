// npm run lookup: precompiles keywords/ into src/taxonomy/compiled-lookup.ts, which the extension and the CLI
// load at run time. Run it after editing keywords/ (a test fails while the file is stale).
import { writeFileSync } from 'node:fs';
import { COMPILED_CUES_FILE, cueListsCompiled } from '../src/analyze/cues';
import places from '../src/analyze/data/place-names.json';
import { PLACE_KEYS_FILE, placeKeysOf } from '../src/analyze/place-keys';
import { buildLookupData, COMPILED_LOOKUP_FILE, lookupModule } from '../src/taxonomy/build-lookup';

const text = lookupModule(buildLookupData());
writeFileSync(COMPILED_LOOKUP_FILE, text);
console.log(`${COMPILED_LOOKUP_FILE}: ${(text.length / 1024).toFixed(0)} KB`);

// The cue lists' unions (src/analyze/cues.ts), built here too so that no process builds their sources at run time.
const cues = `${JSON.stringify(cueListsCompiled(), null, 2)}\n`;
writeFileSync(COMPILED_CUES_FILE, cues);
console.log(`${COMPILED_CUES_FILE}: ${(cues.length / 1024).toFixed(0)} KB`);

// The place names' keys (src/analyze/other-keywords.ts), folded here so that no process folds them at run time.
const placesFile = `${JSON.stringify(placeKeysOf(places.names), null, 2)}\n`;
writeFileSync(PLACE_KEYS_FILE, placesFile);
console.log(`${PLACE_KEYS_FILE}: ${(placesFile.length / 1024).toFixed(0)} KB`);
