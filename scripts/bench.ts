// npm run bench: speed figures of the analyzer, each beside its reference measured in the same run.
import { readFileSync } from 'node:fs';
import { MAX_TEXT_CHARS } from '../src/analyze/limits';
import { parseHtml } from '../src/cli/parse-html';
import { extractPosting } from '../src/extract';
import { analyze, bundledLookup } from '../src/index';
import { benchScan, SCAN_POSTINGS } from './bench-scan';
import { benchExtract } from './bench-extract';
import { benchColdStart } from './bench-cold-start';
import { analyzeBesideCompromise, BLOCK_CALLS, EARLY_CALLS, ROUNDS, WARM_UP_CALLS } from './bench-pair';
import { median } from './bench-stats';

const posting = readFileSync('samples/posting.txt', 'utf8');
const resume = readFileSync('samples/resume.txt', 'utf8');
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** Whole lines of the sample, repeated with a counter so no two paragraphs are identical, up to n words. */
function postingOf(n: number): string {
  const lines = posting.split('\n');
  const out: string[] = [];
  for (let round = 0, i = 0; words(out.join('\n')) < n; i++) {
    if (i === lines.length) {
      i = 0;
      round++;
    }
    out.push(round && lines[i].trim() ? `${lines[i]} (${round})` : lines[i]);
  }
  return out.join('\n');
}

/** Medians of `rounds` rounds of `aCalls` calls of `a` (their mean) then one call of `b`. */
function perCallInTurns(a: () => void, b: () => void, aCalls: number, rounds: number): [number, number] {
  const msA: number[] = [];
  const msB: number[] = [];
  for (let r = 0; r < rounds; r++) {
    let t = performance.now();
    for (let i = 0; i < aCalls; i++) a();
    msA.push((performance.now() - t) / aCalls);
    t = performance.now();
    b();
    msB.push(performance.now() - t);
  }
  return [median(msA), median(msB)];
}

// Cold starts first, before this process warms the file cache further.
const cold = await benchColdStart();
const coldBeyond = cold.bundleMs - cold.bareNodeMs;

const t0 = performance.now();
bundledLookup();
const loadMs = performance.now() - t0;

const job700 = postingOf(700);
const job10k = postingOf(10_000);
const pair700 = await analyzeBesideCompromise(job700, resume);
const analyze700 = pair700.aSteady;
const parse700 = pair700.bSteady;
// The cost per word: both lengths timed alike in this thread, after the same warm-up as the pair's, in turns
// (a block of 700-word calls about as long as one 10,000-word call, then that call) so a busy moment weighs on both.
for (let i = 0; i < WARM_UP_CALLS; i++) analyze(job700, resume);
analyze(job10k, resume);
const [analyze700here, analyze10k] = perCallInTurns(
  () => analyze(job700, resume),
  () => analyze(job10k, resume),
  Math.round(words(job10k) / words(job700)),
  7,
);

const job10mb = postingOf(10_000).repeat(Math.ceil(10_000_000 / postingOf(10_000).length));
const t10mb = performance.now();
const cut = analyze(job10mb, resume);
const analyze10mb = performance.now() - t10mb;

const perWord700 = analyze700here / (words(job700) + words(resume));
const perWord10k = analyze10k / (words(job10k) + words(resume));
// Judged in CPU time: on a machine whose cores other work shares, wall time also waits for a core, the more so
// the longer a block runs (compromise's), which flatters analyze(). Both are printed.
const ratio = pair700.aCpu / pair700.bCpu;
const scale = perWord10k / perWord700;

let failed = false;
const verdict = (ok: boolean) => {
  if (!ok) failed = true;
  return ok ? 'PASS' : 'FAIL';
};
const row = (name: string, value: string) => console.log(`${name.padEnd(52)} ${value}`);

row('bare node start (reference)', `${cold.bareNodeMs.toFixed(0)} ms (median of ${cold.runs} processes, interleaved)`);
row(
  'CLI cold start: tpm-lens analyze --json, sample',
  `${cold.bundleMs.toFixed(0)} ms: ${coldBeyond.toFixed(0)} ms beyond the node start (budget 60)  ${verdict(coldBeyond <= 60)}`,
);
row('  the same through tsx, from the sources', `${cold.sourcesMs.toFixed(0)} ms: ${(cold.sourcesMs - cold.bareNodeMs).toFixed(0)} ms beyond the node start`);
row(
  '  memory it first touches (minor page faults)',
  `${cold.bundleFaults}: ${cold.bundleFaults - cold.bareNodeFaults} beyond the node start (${cold.bareNodeFaults})`,
);
row('taxonomy lookup load (once, in a warm process)', `${loadMs.toFixed(1)} ms`);
row(
  `analyze(), ${words(job700)}-word posting + ${words(resume)}-word resume`,
  `${analyze700.toFixed(2)} ms (the bundle users run; steady: median of ${ROUNDS} blocks of ${BLOCK_CALLS} calls, after ${pair700.warmUpCalls} calls)`,
);
row(
  'compromise nlp(text).json(), same texts (reference)',
  `${parse700.toFixed(2)} ms (its package as shipped; the same, in turns; each side in a thread of its own)`,
);
row(
  '  analyze() / compromise parse',
  `${ratio.toFixed(3)} in CPU time (budget 0.1)  ${verdict(ratio <= 0.1)}  ` +
    `(${pair700.aCpu.toFixed(2)} / ${pair700.bCpu.toFixed(2)} ms; in wall time ${(analyze700 / parse700).toFixed(3)})`,
);
row(
  '  early calls: a fresh thread, in turns',
  `analyze() ${pair700.aEarly.toFixed(2)} ms / compromise ${pair700.bEarly.toFixed(2)} ms = ${(pair700.aEarly / pair700.bEarly).toFixed(3)} ` +
    `(median of calls 2-${EARLY_CALLS + 1}; first calls ${pair700.aFirst.toFixed(0)} / ${pair700.bFirst.toFixed(0)} ms)`,
);
row(`analyze(), ${words(job10k)}-word page + resume`, `${analyze10k.toFixed(2)} ms (median of 7, in turns with the 700-word one)`);
row(
  '  cost per word vs 700 words',
  `${(perWord10k * 1000).toFixed(2)} µs vs ${(perWord700 * 1000).toFixed(2)} µs: x${scale.toFixed(2)} (budget 1.2)  ${verdict(scale <= 1.2)}`,
);
row(
  `analyze(), ${(job10mb.length / 1e6).toFixed(1)} MB page (cut at ${MAX_TEXT_CHARS.toLocaleString('en-US')} chars: ${cut.job.truncated})`,
  `${analyze10mb.toFixed(0)} ms (budget 2000)  ${verdict(analyze10mb <= 2000)}`,
);
// tpm-lens scan over a folder (issue 12): worker threads, one per core, beside one thread's analyze() loop.
const scan = await benchScan('samples/resume.txt');
row(
  'analyze() loop on one thread (reference)',
  `${scan.referencePerSecond.toFixed(0)} postings/s, CPU ${scan.referenceCpuMs.toFixed(1)} ms a posting (${scan.source})`,
);
row(
  `scan: ${SCAN_POSTINGS.toLocaleString('en-US')} postings + resume, ${scan.threads} threads`,
  `${scan.scanPerSecond.toFixed(0)} postings/s, ${(scan.scanMs / 1000).toFixed(1)} s (budget 20 s)  ${verdict(scan.scanMs <= 20_000)}`,
);
row(
  '  its CPU time, all threads',
  `${scan.cpuMsPerPosting.toFixed(1)} ms a posting: ${((scan.cpuMsPerPosting * SCAN_POSTINGS) / 1000 / scan.threads).toFixed(1)} s per core`,
);
// Huge and deep pages (issue 14): extraction beside the parse of the same HTML alone; budget 2x the parse.
for (const page of benchExtract()) {
  row(`linkedom parse, ${page.name}, ${page.megabytes.toFixed(1)} MB (reference)`, `${page.parseMs.toFixed(0)} ms`);
  row(
    `  extractPosting() of it (${page.method}${page.notices.length ? ', cut' : ''})`,
    `${page.extractMs.toFixed(0)} ms: x${(page.extractMs / page.parseMs).toFixed(2)} the parse (budget 2)  ${verdict(page.extractMs <= 2 * page.parseMs)}`,
  );
}
// The extractor's runs (issue 13: where each stretch of posting text came from, for the highlights), beside the same
// extraction without them: a board page whose description holds the sample posting's lines about 1 MB long.
const boardPage = readFileSync('tests/fixtures/pages/greenhouse/job-boards.html', 'utf8').replace(
  '</ul>',
  `${posting
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => `<li>${l.replace(/[<&]/g, ' ')}</li>`)
    .join('')
    .repeat(Math.ceil(1_000_000 / posting.length))}</ul>`,
);
const boardDoc = parseHtml(boardPage);
const boardUrl = 'https://job-boards.greenhouse.io/litware/jobs/5100000001';
// In turns, after a call of each, so that a busy moment of the machine weighs on both alike.
extractPosting(boardDoc, boardUrl);
extractPosting(boardDoc, boardUrl, { runs: [] });
const [extractPlain, extractRuns] = perCallInTurns(
  () => extractPosting(boardDoc, boardUrl),
  () => extractPosting(boardDoc, boardUrl, { runs: [] }),
  1,
  5,
);
row(
  `extractPosting(), ${(boardPage.length / 1e6).toFixed(1)} MB board page (reference)`,
  `${extractPlain.toFixed(0)} ms (median of 5, in turns with the one below)`,
);
row(
  '  the same, keeping its runs for the highlights',
  `${extractRuns.toFixed(0)} ms: x${(extractRuns / extractPlain).toFixed(2)} (budget 1.5)  ${verdict(extractRuns <= 1.5 * extractPlain)}`,
);
if (failed) process.exitCode = 1;
