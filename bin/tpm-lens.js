#!/usr/bin/env node
// The package's `tpm-lens` command. It runs the CLI's bundle (dist/cli/tpm-lens.cjs, built by `npm install` and
// `npm run build`, with its code cache: run-bundle.js), which starts in a fraction of the time the TypeScript sources take through tsx; where there is
// no bundle, or a source file it was built from has changed since, it runs the sources through tsx, as before.
// TPMKL_CLI=source runs the sources in any case.
// CommonJS, like every file of bin/ (bin/package.json): Node starts a CommonJS entry without setting up its ES
// module loader, which an ES module entry costs every start.
const { dirname } = require('node:path');
const { freshBundle } = require('./fresh-bundle.js');
const { runBundle } = require('./run-bundle.js');

const bundle = process.env.TPMKL_CLI === 'source' ? undefined : freshBundle(`${dirname(__dirname)}/`);
if (bundle) runBundle(bundle);
else
  import('tsx/esm/api').then(({ register }) => {
    register();
    return import('../src/cli/main.ts');
  });
