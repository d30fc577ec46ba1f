// npm run bench: two pieces of work timed alike, early and steady (issue 11: analyze() beside compromise's parse).
// Run alone for the analyze() line only: npx tsx scripts/bench-pair.ts
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const median = (ms: number[]) => [...ms].sort((a, b) => a - b)[ms.length >> 1];

/**
 * analyze() beside compromise's full parse of the same texts, two ways (issue 11):
 * - early: a fresh process's first calls, which a popup or a single CLI call pays. The first call of each side, then
 *   the median of the next EARLY_CALLS, one of each in turns (the lookup is already loaded; nothing warmed them).
 * - steady: both sides warmed alike (WARM_UP_CALLS calls each, in blocks in turns), then ROUNDS rounds of one timed
 *   block of BLOCK_CALLS calls per side; a side's figure is the median of its blocks' mean call. Blocks in turns let
 *   a busy moment of the machine weigh on both alike; a block of several calls pays mostly its own garbage, not the
 *   other side's. No forced collection between blocks: measured (node --expose-gc, 4 runs each way), a gc() before
 *   each block made analyze()'s blocks 2-2.5x slower and compromise's 1.5x, as if a full collection threw away
 *   warm state (compiled expressions, code); that would bill the collector to the wrong side.
 */
export const EARLY_CALLS = 5;
export const WARM_UP_CALLS = 60;
export const ROUNDS = 15;
export const BLOCK_CALLS = 5;
export interface PairTimes {
  aFirst: number;
  bFirst: number;
  aEarly: number;
  bEarly: number;
  aSteady: number;
  bSteady: number;
}
export function timedPair(a: () => void, b: () => void): PairTimes {
  const once = (run: () => void) => {
    const t = performance.now();
    run();
    return performance.now() - t;
  };
  const block = (run: () => void, calls: number) => {
    const t = performance.now();
    for (let i = 0; i < calls; i++) run();
    return (performance.now() - t) / calls;
  };
  const aFirst = once(a);
  const bFirst = once(b);
  const aEarly: number[] = [];
  const bEarly: number[] = [];
  for (let i = 0; i < EARLY_CALLS; i++) {
    aEarly.push(once(a));
    bEarly.push(once(b));
  }
  for (let done = EARLY_CALLS + 1; done < WARM_UP_CALLS; done += BLOCK_CALLS) {
    block(a, BLOCK_CALLS);
    block(b, BLOCK_CALLS);
  }
  const aSteady: number[] = [];
  const bSteady: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    aSteady.push(block(a, BLOCK_CALLS));
    bSteady.push(block(b, BLOCK_CALLS));
  }
  return { aFirst, bFirst, aEarly: median(aEarly), bEarly: median(bEarly), aSteady: median(aSteady), bSteady: median(bSteady) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { default: nlp } = await import('compromise');
  const { analyze, bundledLookup } = await import('../src/index');
  const posting = readFileSync('samples/posting.txt', 'utf8');
  const resume = readFileSync('samples/resume.txt', 'utf8');
  bundledLookup();
  const t = timedPair(
    () => analyze(posting, resume),
    () => {
      nlp(posting).json();
      nlp(resume).json();
    },
  );
  console.log(
    `steady ${t.aSteady.toFixed(2)} / ${t.bSteady.toFixed(2)} ms = ${(t.aSteady / t.bSteady).toFixed(3)}; ` +
      `early ${t.aEarly.toFixed(2)} / ${t.bEarly.toFixed(2)} ms = ${(t.aEarly / t.bEarly).toFixed(3)}; first ${t.aFirst.toFixed(0)} / ${t.bFirst.toFixed(0)} ms`,
  );
}
