// npm run bench: the CLI's cold start as a user meets it, `tpm-lens analyze` on the sample posting and resume in a
// fresh process (import, first analyze(), the JSON out), beside a bare `node` start and the same command through
// tsx (the sources), all three interleaved so that a busy moment of the machine weighs on each alike.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildCli } from './build-cli';
import { median } from './bench-stats';

const COMMAND = ['bin/tpm-lens.js', 'analyze', '--job', 'samples/posting.txt', '--resume', 'samples/resume.txt', '--json'];

/** Wall time of a fresh Node process running `args`. */
function spawnNode(args: string[], env: NodeJS.ProcessEnv = process.env): number {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', env });
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${r.stderr}`);
  return performance.now() - t;
}

export interface ColdStart {
  runs: number;
  bareNodeMs: number;
  bundleMs: number;
  sourcesMs: number;
  /** Minor page faults, medians of runs apart (usage-on-exit.cjs preloaded in both): the memory a start touches. */
  bareNodeFaults: number;
  bundleFaults: number;
}

/** Minor page faults of a fresh Node process running `args`, usage-on-exit.cjs preloaded. */
function faultsOf(args: string[]): number {
  const r = spawnSync(process.execPath, ['-r', USAGE_ON_EXIT, ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${r.stderr}`);
  return (JSON.parse(r.stderr.trim().split('\n').pop()!) as { minorPageFault: number }).minorPageFault;
}

const USAGE_ON_EXIT = fileURLToPath(new URL('./usage-on-exit.cjs', import.meta.url));

/** Builds the bundle (so bin/tpm-lens.js runs it), then medians of `runs` interleaved starts of each kind. */
export async function benchColdStart(runs = 9): Promise<ColdStart> {
  await buildCli();
  const bare: number[] = [];
  const bundle: number[] = [];
  const sources: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const b = spawnNode(['-e', '0']);
    const c = spawnNode(COMMAND);
    const s = spawnNode(COMMAND, { ...process.env, TPMKL_CLI: 'source' });
    // The first round only warms the file cache.
    if (i === 0) continue;
    bare.push(b);
    bundle.push(c);
    sources.push(s);
  }
  // Memory apart from the timed runs: the preload is a file more to load.
  const bareFaults: number[] = [];
  const bundleFaults: number[] = [];
  for (let i = 0; i < 5; i++) {
    bareFaults.push(faultsOf(['-e', '0']));
    bundleFaults.push(faultsOf(COMMAND));
  }
  return {
    runs,
    bareNodeMs: median(bare),
    bundleMs: median(bundle),
    sourcesMs: median(sources),
    bareNodeFaults: median(bareFaults),
    bundleFaults: median(bundleFaults),
  };
}
