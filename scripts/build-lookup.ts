// npm run lookup: precompiles keywords/ into src/taxonomy/compiled-lookup.ts, which the extension and the CLI
// load at run time. Run it after editing keywords/ (a test fails while the file is stale).
import { writeFileSync } from 'node:fs';
import { buildLookupData, COMPILED_LOOKUP_FILE, lookupModule } from '../src/taxonomy/build-lookup';

const text = lookupModule(buildLookupData());
writeFileSync(COMPILED_LOOKUP_FILE, text);
console.log(`${COMPILED_LOOKUP_FILE}: ${(text.length / 1024).toFixed(0)} KB`);
