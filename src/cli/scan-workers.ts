// A large folder is scanned by worker threads, one per core: analyze() is synchronous CPU work, ~8 ms of CPU
// a posting, so one thread reads about 120 postings a second and two read twice that. A small folder stays in
// the CLI's own thread, where no worker start-up has to be paid back. Run from the CLI's bundle, a worker runs the
// bundle itself (main.ts hands it to serveScans); from the sources, it loads them through tsx (~0.45 s a worker).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { type ScannedFile, scanFile } from './scan-file';
import { SCAN_WORKER_ARG } from './scan-worker-flag';

/**
 * The bundle's own address, from the function its banner defines (scripts/build-cli.ts); undefined when the CLI
 * runs from the sources.
 */
declare const __tpmLensBundleUrl: (() => string) | undefined;
const bundleFile = () => (typeof __tpmLensBundleUrl === 'function' ? fileURLToPath(__tpmLensBundleUrl()) : undefined);

/** The worker's side: each file path the CLI's thread posts comes back scanned. False outside a worker thread. */
export function serveScans(): boolean {
  const port = parentPort;
  if (!port) return false;
  const { resumeText } = workerData as { resumeText?: string };
  port.on('message', async ({ index, path }: { index: number; path: string }) => {
    port.postMessage({ index, file: await scanFile(path, resumeText) });
  });
  port.postMessage({ ready: true });
  return true;
}

/** Each worker gets a few files ahead, so it never waits for the next one; the rest go to whoever is free. */
const AHEAD = 4;

/**
 * From the sources, a worker runs them as the CLI does: through tsx, registered in the worker itself (hooks
 * registered by the parent do not reach a worker started by code, and vitest's transform does not either).
 */
const BOOT = `
const { workerData } = require('node:worker_threads');
(async () => {
  (await import(workerData.tsx)).register();
  (await import(workerData.scanWorkers)).serveScans();
})().catch((e) => { throw e; });
`;

/** tsx's ES module API, by its package's own export map (its CommonJS build cannot register from a worker). */
function tsxEsmApi(): string {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve('tsx/package.json');
  const { exports } = require(manifest) as { exports: Record<string, { import: { default: string } }> };
  return pathToFileURL(join(dirname(manifest), exports['./esm/api'].import.default)).href;
}

/** Scans `paths` in `threads` worker threads; results in the order of `paths`. */
export async function scanInWorkers(
  paths: readonly string[],
  resumeText: string | undefined,
  threads: number,
  onFile: (file: ScannedFile) => void,
): Promise<ScannedFile[]> {
  const bundle = bundleFile();
  const start = () =>
    bundle
      ? new Worker(bundle, { argv: [SCAN_WORKER_ARG], workerData: { resumeText } })
      : new Worker(BOOT, {
          eval: true,
          workerData: { tsx: tsxEsmApi(), scanWorkers: import.meta.url, resumeText },
        });
  const results: ScannedFile[] = new Array(paths.length);
  let next = 0;
  let done = 0;
  const workers: Worker[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      if (!paths.length) return resolve();
      const feed = (worker: Worker) => {
        if (next < paths.length) {
          worker.postMessage({ index: next, path: paths[next] });
          next++;
        }
      };
      for (let i = 0; i < Math.min(threads, paths.length); i++) {
        const worker = start();
        workers.push(worker);
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if (done < paths.length) reject(new Error(`a scan worker stopped (exit code ${code}) before the scan ended`));
        });
        worker.on('message', (message: { ready: true } | { index: number; file: ScannedFile }) => {
          if ('ready' in message) {
            for (let k = 0; k < AHEAD; k++) feed(worker);
            return;
          }
          results[message.index] = message.file;
          onFile(message.file);
          if (++done === paths.length) resolve();
          else feed(worker);
        });
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
