// npm run build:cli (run by `npm install` through `prepare`, and by `npm run build`): bundles the CLI into
// dist/cli/tpm-lens.mjs (and the chunks of the commands that need more), which bin/tpm-lens.js runs with plain Node. Through tsx, every start paid
// for loading tsx and transforming ~70 TypeScript files; the bundle starts in a fraction of that.
// It also writes dist/cli/inputs.json, the source files it was built from: the bin runs the sources through
// tsx instead whenever one of them is newer than the bundle, so an edit is never answered by stale code.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { compiledLookup } from '../src/taxonomy/compiled-lookup';

export const CLI_DIR = 'dist/cli';

/**
 * Loaded from node_modules when a command needs them, not bundled: large, and needed only by some commands
 * (saved pages, PDF and DOCX resumes, the one part-of-speech rule) or by the scan's worker threads.
 */
const ON_DEMAND = ['linkedom', '@mozilla/readability', 'pdfjs-dist', 'mammoth', 'compromise', 'tsx'];

/**
 * The precompiled lookup (1.4 MB of JSON) as a file of its own that the bundle reads and parses: in the bundle, as
 * a string in the code, V8 would scan it as source first. ASCII only, so it reads as a one-byte string.
 */
const lookupFromFile: Plugin = {
  name: 'lookup-from-file',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]taxonomy[\\/]compiled-lookup\.ts$/ }, () => ({
      loader: 'js',
      contents: [
        "import { readFileSync } from 'node:fs';",
        "export const compiledLookup = JSON.parse(readFileSync(new URL('./lookup.json', import.meta.url), 'latin1'));",
      ].join('\n'),
    }));
  },
};

/**
 * franc-min builds the trigram tables of its 82 languages when it is imported, a cost every start paid although
 * language.ts asks franc only for a text that is not plainly English: in the bundle it loads on first use.
 */
const francOnFirstUse: Plugin = {
  name: 'franc-on-first-use',
  setup(build) {
    build.onResolve({ filter: /^franc-min$/ }, (args) => (args.namespace === 'lazy' ? undefined : { path: 'franc-min', namespace: 'lazy' }));
    build.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      loader: 'js',
      resolveDir: process.cwd(),
      contents: [
        "import { createRequire } from 'node:module';",
        'let francMin;',
        "export const franc = (...args) => (francMin ??= createRequire(import.meta.url)('franc-min')).franc(...args);",
      ].join('\n'),
    }));
  },
};

/**
 * A module that finds a file beside itself by `import.meta.url` (the scan's worker loads ./scan-file.ts) keeps
 * finding it: in the bundle, its `import.meta.url` is its source file's address, not the bundle's.
 */
const sourceLocation = (outdir: string): Plugin => ({
  name: 'source-location',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes('import.meta.url')) return undefined;
      const fromBundle = relative(resolve(outdir), args.path).split(sep).join('/');
      return { loader: 'ts', contents: source.replaceAll('import.meta.url', `new URL(${JSON.stringify(fromBundle)}, import.meta.url).href`) };
    });
  },
});

const asciiJson = (value: unknown) => JSON.stringify(value).replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** Builds the CLI into `outdir`; returns the source files (relative paths) the bundle holds. */
export async function buildCli(outdir = CLI_DIR): Promise<string[]> {
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  const result = await build({
    entryPoints: { 'tpm-lens': 'src/cli/main.ts' },
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    // The commands that need more (a saved page, a scan) load their part as a chunk of their own.
    splitting: true,
    format: 'esm',
    platform: 'node',
    // Not 'node20': esbuild rewrites every \p{…} regular expression literal for engine targets into a `new RegExp`,
    // built again on each call (thousands in one analysis). ES2023 keeps them literals, and Node 20 runs all of ES2023.
    target: 'es2023',
    external: ON_DEMAND.flatMap((name) => [name, `${name}/*`]),
    metafile: true,
    legalComments: 'none',
    logLevel: 'warning',
    plugins: [lookupFromFile, francOnFirstUse, sourceLocation(outdir)],
  });
  writeFileSync(`${outdir}/lookup.json`, asciiJson(compiledLookup));
  const inputs = Object.keys(result.metafile.inputs)
    .filter((file) => !file.includes('node_modules/') && existsSync(file))
    .sort();
  writeFileSync(`${outdir}/inputs.json`, `${JSON.stringify(inputs, null, 1)}\n`);
  return inputs;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const inputs = await buildCli();
  console.log(`${CLI_DIR}/tpm-lens.mjs: the CLI bundled from ${inputs.length} source files`);
}
