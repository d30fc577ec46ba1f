#!/usr/bin/env node
// The package's `tpm-lens` command. It runs the CLI's bundle (dist/cli/tpm-lens.cjs, built by `npm install` and
// `npm run build`, with its code cache: run-bundle.js), which starts in a fraction of the time the TypeScript sources take through tsx; where there is
// no bundle, or a source file it was built from has changed since, it runs the sources through tsx, as before.
// TPMKL_CLI=source runs the sources in any case.
import { fileURLToPath } from 'node:url';
import { freshBundle } from './fresh-bundle.js';
import { runBundle } from './run-bundle.js';

const bundle = process.env.TPMKL_CLI === 'source' ? undefined : freshBundle(fileURLToPath(new URL('../', import.meta.url)));
if (bundle) runBundle(bundle);
else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
