// npm run bench: speed figures of the analyzer, each next to its target.
import { readFileSync } from 'node:fs';
import nlp from 'compromise';
import { MAX_TEXT_CHARS } from '../src/analyze/limits';
import { analyze, bundledLookup } from '../src/index';

const posting = readFileSync('samples/posting.txt', 'utf8');
const resume = readFileSync('samples/resume.txt', 'utf8');
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** Whole lines of the sample, repeated with a counter so no two paragraphs are identical, up to n words. */
function postingOf(n: number): string {
  const lines = posting.split('\n');
  const out: string[] = [];
  for (let round = 0, i = 0; words(out.join('\n')) < n; i++) {
    if (i === lines.length) (i = 0), round++;
    out.push(round && lines[i].trim() ? `${lines[i]} (${round})` : lines[i]);
  }
  return out.join('\n');
}

function median(run: () => void, times: number): number {
  run(); // warm up
  const ms: number[] = [];
  for (let i = 0; i < times; i++) {
    const t = performance.now();
    run();
    ms.push(performance.now() - t);
  }
  return ms.sort((a, b) => a - b)[times >> 1];
}

const t0 = performance.now();
bundledLookup();
const loadMs = performance.now() - t0;

const job700 = postingOf(700);
const job10k = postingOf(10_000);
const analyze700 = median(() => analyze(job700, resume), 15);
const parse700 = median(() => {
  nlp(job700).json();
  nlp(resume).json();
}, 5);
const analyze10k = median(() => analyze(job10k, resume), 5);

const job10mb = postingOf(10_000).repeat(Math.ceil(10_000_000 / postingOf(10_000).length));
const t10mb = performance.now();
const cut = analyze(job10mb, resume);
const analyze10mb = performance.now() - t10mb;

const perWord700 = analyze700 / (words(job700) + words(resume));
const perWord10k = analyze10k / (words(job10k) + words(resume));
const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
const ratio = analyze700 / parse700;
const scale = perWord10k / perWord700;

console.log(`taxonomy load + compile (once)           ${loadMs.toFixed(1)} ms`);
console.log(`analyze(), ${words(job700)}-word posting + ${words(resume)}-word resume   ${analyze700.toFixed(2)} ms (median of 15)`);
console.log(`compromise nlp(text).json(), same texts   ${parse700.toFixed(2)} ms (median of 5)`);
console.log(`  ratio ${ratio.toFixed(3)} (target <= 0.5)  ${verdict(ratio <= 0.5)}`);
console.log(`analyze(), ${words(job10k)}-word page + resume   ${analyze10k.toFixed(2)} ms`);
console.log(`  cost per word ${(perWord10k * 1000).toFixed(2)} µs vs ${(perWord700 * 1000).toFixed(2)} µs at 700 words: x${scale.toFixed(2)} (target <= 1.2)  ${verdict(scale <= 1.2)}`);
console.log(`analyze(), ${(job10mb.length / 1e6).toFixed(1)} MB page (cut at ${MAX_TEXT_CHARS.toLocaleString('en-US')} chars: ${cut.job.truncated})   ${analyze10mb.toFixed(0)} ms (target <= 2000)  ${verdict(analyze10mb <= 2000)}`);
if (ratio > 0.5 || scale > 1.2 || analyze10mb > 2000) process.exitCode = 1;
