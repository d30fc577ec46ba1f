// The throughput of `tpm-lens scan` (issue 12: 5,000 postings in under 20 s on 2 cores), beside its reference
// measured in the same run: analyze() in a loop on one thread over the same texts. Used by scripts/bench.ts.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { runScan } from '../src/cli/scan';
import { analyze } from '../src/index';

export const SCAN_POSTINGS = 5000;
const REFERENCE_POSTINGS = 300;
const CORPUS = '../shared/corpus';

/**
 * English postings, the kind a scan reads in full (one in another language costs it a tenth as much): the
 * corpus's, or the sample posting with a numbered line per copy where ../shared is absent.
 */
function englishPostings(): { texts: string[]; source: string } {
  if (existsSync(join(CORPUS, 'sources.json'))) {
    const sources = JSON.parse(readFileSync(join(CORPUS, 'sources.json'), 'utf8')) as { file: string; lang: string }[];
    const texts = sources.filter((s) => s.lang === 'en').map((s) => readFileSync(join(CORPUS, 'postings', s.file), 'utf8'));
    return { texts, source: `${texts.length} English corpus postings` };
  }
  const sample = readFileSync('samples/posting.txt', 'utf8');
  return { texts: [sample], source: 'samples/posting.txt' };
}

/**
 * CPU time tells what the cores did for the work, where the wall time also counts the turns other processes
 * take on a shared machine; process.cpuUsage() counts every thread of the process, the scan's workers too.
 */
function cpuMsSince(start: NodeJS.CpuUsage): number {
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
}

export async function benchScan(resumePath: string) {
  const { texts, source } = englishPostings();
  const resume = readFileSync(resumePath, 'utf8');
  const dir = mkdtempSync(join(tmpdir(), 'tpm-lens-bench-scan-'));
  try {
    // Each file differs (a numbered closing line), as a folder of saved postings does.
    const files = Array.from({ length: SCAN_POSTINGS }, (_, i) => `${texts[i % texts.length]}\nReference ${i + 1}\n`);
    for (const [i, text] of files.entries()) writeFileSync(join(dir, `${String(i + 1).padStart(5, '0')}.txt`), text);

    analyze(files[0], resume); // warm up, as the scan's workers do on their first file
    const t = performance.now();
    const referenceCpu = process.cpuUsage();
    for (const text of files.slice(0, REFERENCE_POSTINGS)) analyze(text, resume);
    const referencePerSecond = (1000 * REFERENCE_POSTINGS) / (performance.now() - t);
    const referenceCpuMs = cpuMsSince(referenceCpu) / REFERENCE_POSTINGS;

    const start = performance.now();
    const cpu = process.cpuUsage(); // the whole process: every worker thread's time too
    const { output } = await runScan([dir, '--resume', resumePath, '--json'], { stderr: { write: () => true } });
    const scanMs = performance.now() - start;
    const cpuMs = cpuMsSince(cpu);
    const read = (JSON.parse(output) as { postings: number }).postings;
    if (read !== SCAN_POSTINGS) throw new Error(`scan read ${read} of ${SCAN_POSTINGS} postings`);
    return {
      scanMs,
      scanPerSecond: (1000 * SCAN_POSTINGS) / scanMs,
      cpuMsPerPosting: cpuMs / SCAN_POSTINGS,
      referencePerSecond,
      referenceCpuMs,
      source,
      threads: availableParallelism(),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
