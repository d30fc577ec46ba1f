// npm run bench: two pieces of work timed alike, early and steady (issue 11: analyze() beside compromise's parse).
// Run alone for the analyze() line only: npx tsx scripts/bench-pair.ts
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import { median } from './bench-stats';

/**
 * analyze() beside compromise's full parse of the same texts, two ways (issue 11):
 * - early: a fresh thread's first calls, which a popup or a single CLI call pays. The first call of each side, then
 *   the median of the next EARLY_CALLS, one of each in turns (the lookup is already loaded; nothing warmed them).
 * - steady: both sides warmed alike until both have settled (settled(), in blocks in turns), then ROUNDS rounds of
 *   one timed block of BLOCK_CALLS calls per side; a side's figure is the median of its blocks' mean call. Blocks in
 *   turns let a busy moment of the machine weigh on both alike.
 *   Why not a fixed 60 calls, as before: V8 is still compiling there (callgrind: about half the instructions of
 *   analyze()'s calls 61-135 were the optimizing compiler's), and both sides' calls go on getting cheaper for
 *   a few hundred calls. A side's figure is read once its calls have stopped getting cheaper.
 * Each side runs in a worker thread of its own, with its own heap, so that neither pays for collecting the other's
 * garbage. Measured in one heap: 200,000 small objects made and kept between analyze() blocks doubled their CPU
 * time (3.3-4.4 -> 6.7-6.9 ms a call), and a forced gc() between blocks made them 3-4x slower: compromise's
 * garbage was billed to analyze(). `npx tsx scripts/bench-pair.ts --one-heap` prints the one-heap figures too.
 * Each steady block is also timed in the process's CPU time (all its threads, the collector's helpers too): on a
 * shared machine busy with other work, wall time waits for a core and CPU time does not.
 */
export const EARLY_CALLS = 5;
/** The fewest warm-up calls of each side: past the calls the old fixed warm-up timed (61-135), still compiling. */
export const WARM_UP_CALLS = 135;
/** The most: a machine too busy to tell settles nothing, and the bench must end. */
export const MAX_WARM_UP_CALLS = 600;
/** Settled: the median of a side's last SETTLE_BLOCKS warm-up blocks is no more than 3% below the median of the ones before. */
const SETTLE_BLOCKS = 8;
const SETTLE_FALL = 0.03;
export const ROUNDS = 15;
export const BLOCK_CALLS = 5;
export interface PairTimes {
  aFirst: number;
  bFirst: number;
  aEarly: number;
  bEarly: number;
  aSteady: number;
  bSteady: number;
  /** The steady blocks' CPU time per call. */
  aCpu: number;
  bCpu: number;
  /** How many calls of each side warmed it before the steady blocks. */
  warmUpCalls: number;
}

/** Whether per-call times (a block's each, oldest first) have stopped falling: the last blocks no cheaper than the ones before. */
export const settled = (blocks: readonly number[]) =>
  blocks.length >= 2 * SETTLE_BLOCKS && median(blocks.slice(-SETTLE_BLOCKS)) >= (1 - SETTLE_FALL) * median(blocks.slice(-2 * SETTLE_BLOCKS, -SETTLE_BLOCKS));
/** One side of a pair: runs `calls` calls and says how long they took in all, in wall and CPU milliseconds. */
export type Side = (calls: number) => Promise<{ ms: number; cpu: number }>;

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** A side that runs in this thread. */
export const sideHere =
  (run: () => void): Side =>
  async (calls) => {
    const cpu = cpuMs();
    const t = performance.now();
    for (let i = 0; i < calls; i++) run();
    return { ms: performance.now() - t, cpu: cpuMs() - cpu };
  };

export async function timedPair(a: Side, b: Side): Promise<PairTimes> {
  const once = async (side: Side) => (await side(1)).ms;
  /** A block's wall and CPU time per call. */
  const block = async (side: Side, calls: number) => {
    const { ms, cpu } = await side(calls);
    return { ms: ms / calls, cpu: cpu / calls };
  };
  const aFirst = await once(a);
  const bFirst = await once(b);
  const aEarly: number[] = [];
  const bEarly: number[] = [];
  for (let i = 0; i < EARLY_CALLS; i++) {
    aEarly.push(await once(a));
    bEarly.push(await once(b));
  }
  // Warm-up blocks in turns, judged in CPU time (on a busy machine, wall time also waits for a core).
  const aWarm: number[] = [];
  const bWarm: number[] = [];
  let warmUpCalls = EARLY_CALLS + 1;
  while (warmUpCalls < MAX_WARM_UP_CALLS && (warmUpCalls < WARM_UP_CALLS || !settled(aWarm) || !settled(bWarm))) {
    aWarm.push((await block(a, BLOCK_CALLS)).cpu);
    bWarm.push((await block(b, BLOCK_CALLS)).cpu);
    warmUpCalls += BLOCK_CALLS;
  }
  const aSteady: { ms: number; cpu: number }[] = [];
  const bSteady: { ms: number; cpu: number }[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    aSteady.push(await block(a, BLOCK_CALLS));
    bSteady.push(await block(b, BLOCK_CALLS));
  }
  return {
    aFirst,
    bFirst,
    aEarly: median(aEarly),
    bEarly: median(bEarly),
    aSteady: median(aSteady.map((x) => x.ms)),
    bSteady: median(bSteady.map((x) => x.ms)),
    aCpu: median(aSteady.map((x) => x.cpu)),
    bCpu: median(bSteady.map((x) => x.cpu)),
    warmUpCalls,
  };
}

/**
 * A side in a worker thread of its own: its own heap, so its garbage is collected there and not during the other
 * side's calls. `setup` is the body of an async function of (texts, load) returning the function to time, run
 * in the worker after tsx is registered there; `load(path)` imports a module of this project by its path.
 */
export async function sideApart(
  setup: string,
  texts: Record<string, string>,
  { throughTsx = true } = {},
): Promise<{ side: Side; stop: () => Promise<number> }> {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve('tsx/package.json');
  const { exports } = require(manifest) as { exports: Record<string, { import: { default: string } }> };
  const workerData = {
    tsx: throughTsx ? pathToFileURL(join(dirname(manifest), exports['./esm/api'].import.default)).href : '',
    root: pathToFileURL(join(fileURLToPath(new URL('.', import.meta.url)), '..', '/')).href,
    texts,
  };
  const boot = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  if (workerData.tsx) (await import(workerData.tsx)).register();
  const load = (path) => import(new URL(path, workerData.root).href);
  const run = await (async (texts, load) => { ${setup} })(workerData.texts, load);
  const cpuMs = () => { const { user, system } = process.cpuUsage(); return (user + system) / 1000; };
  parentPort.on('message', (calls) => {
    const cpu = cpuMs();
    const t = performance.now();
    for (let i = 0; i < calls; i++) run();
    parentPort.postMessage({ ms: performance.now() - t, cpu: cpuMs() - cpu });
  });
  parentPort.postMessage('ready');
})();
`;
  const worker = new Worker(boot, { eval: true, workerData });
  let pending: ((times: { ms: number; cpu: number }) => void) | undefined;
  let failed: ((e: Error) => void) | undefined;
  await new Promise<void>((resolve, reject) => {
    failed = reject;
    worker.on('error', (e) => failed?.(e));
    worker.once('message', () => resolve());
  });
  worker.on('message', (times: { ms: number; cpu: number }) => pending?.(times));
  const side: Side = (calls) =>
    new Promise((resolve, reject) => {
      pending = resolve;
      failed = reject;
      worker.postMessage(calls);
    });
  return { side, stop: () => worker.terminate() };
}

/**
 * The public core (src/index.ts) bundled as the CLI and the extension ship it (esbuild, the CLI's target), into a
 * folder of its own that `remove` deletes: the code users run, not the sources as tsx transforms them (tsx keeps
 * names, which wraps every closure made at run time in a call of its __name).
 */
export async function analyzerBundle(): Promise<{ url: string; remove: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'tpmkl-bench-'));
  const outfile = join(dir, 'analyzer.mjs');
  await build({
    entryPoints: [fileURLToPath(new URL('../src/index.ts', import.meta.url))],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'es2023', // as the CLI's build (scripts/build-cli.ts): regular expression literals stay literals
    logLevel: 'warning',
  });
  return { url: pathToFileURL(outfile).href, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * analyze() of a posting and resume beside compromise's full parse of both, each side in a thread of its own:
 * analyze() from the bundle users run (analyzerBundle), compromise as its package ships, neither through tsx.
 */
export async function analyzeBesideCompromise(posting: string, resume: string): Promise<PairTimes> {
  const texts = { posting, resume };
  const bundle = await analyzerBundle();
  const analyzer = await sideApart(
    `const { analyze, bundledLookup } = await load(${JSON.stringify(bundle.url)});
     bundledLookup();
     return () => analyze(texts.posting, texts.resume);`,
    texts,
    { throughTsx: false },
  );
  const parser = await sideApart(
    `const { default: nlp } = await load('node_modules/compromise/src/three.js');
     return () => { nlp(texts.posting).json(); nlp(texts.resume).json(); };`,
    texts,
    { throughTsx: false },
  );
  try {
    return await timedPair(analyzer.side, parser.side);
  } finally {
    await analyzer.stop();
    await parser.stop();
    bundle.remove();
  }
}

/** One line of figures: steady (wall and CPU) and early, a over b. */
export const pairLine = (t: PairTimes) =>
  `steady ${t.aSteady.toFixed(2)} / ${t.bSteady.toFixed(2)} ms = ${(t.aSteady / t.bSteady).toFixed(3)} ` +
  `(CPU ${t.aCpu.toFixed(2)} / ${t.bCpu.toFixed(2)} ms = ${(t.aCpu / t.bCpu).toFixed(3)}); ` +
  `early ${t.aEarly.toFixed(2)} / ${t.bEarly.toFixed(2)} ms = ${(t.aEarly / t.bEarly).toFixed(3)}; first ${t.aFirst.toFixed(0)} / ${t.bFirst.toFixed(0)} ms; ` +
  `steady after ${t.warmUpCalls} calls`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const posting = readFileSync('samples/posting.txt', 'utf8');
  const resume = readFileSync('samples/resume.txt', 'utf8');
  console.log(`apart:       ${pairLine(await analyzeBesideCompromise(posting, resume))}`);
  if (process.argv.includes('--one-heap')) {
    const { default: nlp } = await import('compromise');
    const { analyze, bundledLookup } = await import('../src/index');
    bundledLookup();
    const t = await timedPair(
      sideHere(() => analyze(posting, resume)),
      sideHere(() => {
        nlp(posting).json();
        nlp(resume).json();
      }),
    );
    console.log(`in one heap: ${pairLine(t)}`);
  }
}
