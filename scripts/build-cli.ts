// npm run build:cli (run by `npm install` through `prepare`, and by `npm run build`): bundles the CLI into one
// classic script, dist/cli/tpm-lens.cjs, which bin/tpm-lens.js compiles with the V8 code cache this build writes
// beside it (dist/cli/tpm-lens.cjs.cache): a start then neither parses nor compiles the CLI's code, nor checks its
// regular expression literals. Through tsx, every start paid for loading tsx and transforming ~70 TypeScript
// files; the bundle starts in a fraction of that.
// It also writes dist/cli/inputs.json, the source files it was built from: the bin runs the sources through
// tsx instead whenever one of them is newer than the bundle, so an edit is never answered by stale code.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
import ts from 'typescript';
import { compiledLookup } from '../src/taxonomy/compiled-lookup';
import { lookupFileOf } from '../src/taxonomy/lookup-file';

export const CLI_DIR = 'dist/cli';

/**
 * Loaded from node_modules when a command needs them, not bundled: large, and needed only by some commands
 * (saved pages, PDF and DOCX resumes, the one part-of-speech rule) or by the scan's worker threads.
 */
const ON_DEMAND = ['linkedom', '@mozilla/readability', 'pdfjs-dist', 'mammoth', 'compromise', 'tsx'];

/**
 * The precompiled lookup (1.3 MB) as a file of its own that the bundle reads (src/taxonomy/lookup-file.ts, the
 * format the extension's pages fetch too): in the bundle, as a string in the code, V8 would scan it as source
 * first; read as data, its long strings are cut out of the file's one-byte string, no JSON scan and no copy.
 */
const LOOKUP_FILE = 'lookup.data';
const lookupFromFileModule = fileURLToPath(new URL('../src/taxonomy/lookup-file.ts', import.meta.url));
const lookupFromFilePlugin: Plugin = {
  name: 'lookup-from-file',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]taxonomy[\\/]compiled-lookup\.ts$/ }, () => ({
      loader: 'js',
      contents: [
        "import { readFileSync } from 'node:fs';",
        `import { lookupFromFile } from ${JSON.stringify(lookupFromFileModule)};`,
        `export const compiledLookup = lookupFromFile(readFileSync(__dirname + ${JSON.stringify(`/${LOOKUP_FILE}`)}, 'latin1'));`,
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
        "export const franc = (...args) => (francMin ??= createRequire(__filename)('franc-min')).franc(...args);",
      ].join('\n'),
    }));
  },
};

/**
 * Two rewrites of the sources for a classic script. A module that resolves from its own place by `import.meta.url`
 * (packages required on demand, tsx for the scan's workers) keeps doing so: in the bundle, its `import.meta.url` is
 * its source file's address, not the bundle's (a classic script has no import.meta: BUNDLE_URL stands for the bundle's own).
 * A package loaded on demand is imported through IMPORT_ON_DEMAND, an ES module's import() (V8 gives a script
 * compiled from a code cache no import() of its own).
 */
const sourceRewrites = (outdir: string): Plugin => ({
  name: 'source-rewrites',
  setup(build) {
    const onDemand = new RegExp(String.raw`\bimport\((?=(['"])(?:${ON_DEMAND.map(escapeRegExp).join('|')})(?:/[^'"]*)?\1\))`, 'g');
    build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const fromBundle = relative(resolve(outdir), args.path).split(sep).join('/');
      const contents = source
        .replaceAll('import.meta.url', `new URL(${JSON.stringify(fromBundle)}, ${BUNDLE_URL}).href`)
        .replace(onDemand, `${IMPORT_ON_DEMAND}(`);
      return contents === source ? undefined : { loader: 'ts', contents };
    });
  },
});

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * An ES module's import(), which bin/run-bundle.js passes to the bundle; where Node runs the bundle itself (node
 * dist/cli/tpm-lens.cjs), the script's own import() (the banner).
 */
const IMPORT_ON_DEMAND = 'importOnDemand';
const ON_DEMAND_BANNER = `var ${IMPORT_ON_DEMAND} = typeof ${IMPORT_ON_DEMAND} === 'function' ? ${IMPORT_ON_DEMAND} : (specifier) => import(specifier);`;

/**
 * The bundle's own file URL, from the `__filename` a CommonJS wrapper (Node's, or the bin's) gives it. A function
 * the banner defines, called where the sources read import.meta.url: written out there, its `require` met the
 * rewritten module's own binding of that name (scan-workers.ts's createRequire), read before it was set.
 */
const BUNDLE_URL = '__tpmLensBundleUrl()';
const BUNDLE_URL_BANNER = "function __tpmLensBundleUrl() { return require('node:url').pathToFileURL(__filename).href; }";

/** What the code cache is made of: one run of the command the cache is for, as a user runs it. */
const SAMPLE_RUN = ['analyze', '--job', 'samples/posting.txt', '--resume', 'samples/resume.txt', '--json'];

/** Builds the CLI into `outdir`; returns the source files (relative paths) the bundle holds. */
export async function buildCli(outdir = CLI_DIR): Promise<string[]> {
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  const result = await build({
    entryPoints: { 'tpm-lens': 'src/cli/main.ts' },
    outdir,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    // One classic script, so that V8 can cache its compiled code (Node 20 caches no ES module's); the commands
    // that need more (a saved page, a scan) are in it too, uncompiled until they run.
    format: 'cjs',
    platform: 'node',
    // Not 'node20': esbuild rewrites every \p{…} regular expression literal for engine targets into a `new RegExp`,
    // built again on each call (thousands in one analysis). ES2023 keeps them literals, and Node 20 runs all of ES2023.
    target: 'es2023',
    external: ON_DEMAND.flatMap((name) => [name, `${name}/*`]),
    metafile: true,
    legalComments: 'none',
    logLevel: 'warning',
    banner: { js: `${ON_DEMAND_BANNER}\n${BUNDLE_URL_BANNER}` },
    plugins: [lookupFromFilePlugin, francOnFirstUse, sourceRewrites(outdir)],
  });
  writeFileSync(`${outdir}/${LOOKUP_FILE}`, lookupFileOf(compiledLookup));
  const inputs = Object.keys(result.metafile.inputs)
    .filter((file) => !file.includes('node_modules/') && existsSync(file))
    .sort();
  writeFileSync(`${outdir}/inputs.json`, `${JSON.stringify(inputs, null, 1)}\n`);
  const bundle = `${outdir}/tpm-lens.cjs`;
  writeFileSync(bundle, asciiSource(readFileSync(bundle, 'utf8')));
  writeCodeCache(outdir);
  return inputs;
}

/**
 * The bundle's source in ASCII where that keeps its meaning, so that bin/run-bundle.js reads it one byte a
 * character: a UTF-8 file with a character beyond Latin-1 decodes into a two-byte string (~9M instructions a
 * start for 450 KB). esbuild writes strings and templates with escapes already; what it leaves is regular
 * expression literals and comments, where \uXXXX means the character itself. Anything else (a String.raw
 * template, a character escaped by a backslash) keeps the source as it is: UTF-8, read as such.
 */
export function asciiSource(source: string): string {
  if (!/[^\x00-\x7f]/.test(source)) return source;
  const file = ts.createSourceFile('bundle.js', source, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const escapable = new Uint8Array(source.length);
  const mark = (from: number, to: number) => escapable.fill(1, from, to);
  const visit = (node: ts.Node) => {
    for (const comment of [...(ts.getLeadingCommentRanges(source, node.pos) ?? []), ...(ts.getTrailingCommentRanges(source, node.end) ?? [])])
      mark(comment.pos, comment.end);
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) mark(node.getStart(file), node.end);
    ts.forEachChild(node, visit);
  };
  visit(file);
  let ascii = '';
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    if (code < 0x80) continue;
    if (!escapable[i] || source[i - 1] === '\\') return source;
    ascii += `${source.slice(from, i)}\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
    from = i + 1;
  }
  return ascii + source.slice(from);
}

/**
 * Runs the bundle once on the sample, as bin/tpm-lens.js runs it, and saves the code V8 compiled for it (the
 * functions that run, compiled; the rest, parsed). V8 takes the cache only from the Node version and flags that
 * wrote it: any other Node runs the bundle as if there were none.
 */
function writeCodeCache(outdir: string) {
  const run = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import { runBundle } from ${JSON.stringify(pathToFileURL(resolve('bin/run-bundle.js')).href)}; runBundle(process.argv[1], { writeCache: true });`,
      resolve(outdir, 'tpm-lens.cjs'),
      ...SAMPLE_RUN,
    ],
    { encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(`the bundle failed on the sample: ${run.stderr}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const inputs = await buildCli();
  console.log(`${CLI_DIR}/tpm-lens.cjs: the CLI bundled from ${inputs.length} source files`);
}
