// Two or more builds of the extension compared in one Chromium (issue 11): each build's e2e output is loaded as an
// extension of its own, and every round opens, for each build in turn (the order reversed every other round), a blank
// page of that extension, the popup on a posting it has not seen, and the popup again once its results are cached.
// On a shared, loaded machine one build's wall clock against another's, measured minutes apart, says little; in one
// browser, round by round, a busy moment weighs on both. The figures to read are each open's ratio to the blank page
// of the same build and round, paired with the first build's of the same round (the extension loaded second was seen
// to open even its blank page ~10 ms slower: swap the builds to check), and the renderer's CPU.
//   TPMKL_E2E=1 TPMKL_OUTPUT=/tmp/main wxt build   (in each tree: main, then yours)
//   npx tsx scripts/bench-extension-ab.ts /tmp/main /tmp/mine [rounds]
// With TPMKL_AB_RESUME=samples/resume.txt, every build has that resume stored: a first open also reads the resume.
// On 2 cores under other load, medians of 20 rounds moved by up to 0.4x between two runs of the same pair, the
// reopen too (which most changes to a first open leave alone): read a change beside the reopen's move, in both orders.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { type CDPSession, chromium, type Page, type Worker } from 'playwright-core';
import { CHROMIUM, servePages } from '../tests/e2e/browser';
import { median } from './bench-stats';

const args = process.argv.slice(2);
const rounds = /^\d+$/.test(args.at(-1) ?? '') ? Number(args.pop()) : 15;
const outputs = args.map((dir) => resolve(dir, 'e2e/chrome-mv3'));
if (outputs.length < 2 || !CHROMIUM) throw new Error('usage: bench-extension-ab.ts <output dir> <output dir>... [rounds] (needs /usr/bin/chromium)');

// Each output gets the blank reference page and a file naming its place in the list (written to the outputs only).
for (const [i, dir] of outputs.entries()) {
  writeFileSync(join(dir, 'bench-blank.html'), '<!doctype html><meta charset="utf-8"><title>blank</title><p>blank</p>');
  writeFileSync(join(dir, 'bench-build.txt'), String(i));
}
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'tpmkl-ab-')), {
  executablePath: CHROMIUM,
  headless: true,
  viewport: { width: 1000, height: 800 },
  args: [`--disable-extensions-except=${outputs.join(',')}`, `--load-extension=${outputs.join(',')}`, '--no-sandbox', '--disable-gpu', '--no-first-run'],
});
while (context.serviceWorkers().length < outputs.length) await context.waitForEvent('serviceworker');

type Chrome = {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  storage: { session: { get(key: string): Promise<Record<string, unknown>> } };
};
interface Build {
  id: string;
  worker: Worker;
  /** An extension page kept open: its renderer's CPU (every page of the extension shares it) is read around each open. */
  cdp: CDPSession;
}
const builds: Build[] = [];
for (const worker of context.serviceWorkers()) {
  const place = Number(await worker.evaluate(async () => (await fetch('/bench-build.txt')).text()));
  const id = new URL(worker.url()).host;
  const anchor = await context.newPage();
  await anchor.goto(`chrome-extension://${id}/bench-blank.html`);
  const cdp = await context.newCDPSession(anchor);
  await cdp.send('Performance.enable');
  builds[place] = { id, worker, cdp };
}

// TPMKL_AB_RESUME=samples/resume.txt: every build stores that resume as its one resume (as a user who added one), so
// that a first open also reads the resume and scores the posting against it; the results show as the score.
const resumeFile = process.env.TPMKL_AB_RESUME;
/**
 * The stored data's version, read from src/storage/versions.ts (a module that needs an extension to load): a library
 * stored under another version goes through the popup's slower migrating read, which no user with a resume meets.
 */
const DATA_VERSION = Number(/export const DATA_VERSION = (\d+);/.exec(readFileSync(new URL('../src/storage/versions.ts', import.meta.url), 'utf8'))?.[1]);
if (resumeFile && !DATA_VERSION) throw new Error('src/storage/versions.ts: DATA_VERSION not found');
if (resumeFile) {
  const text = readFileSync(resumeFile, 'utf8');
  for (const { worker } of builds)
    await worker.evaluate(
      ([t, version]) =>
        (globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } }).chrome.storage.local.set({
          dataVersion: version,
          resumes: { resumes: [{ id: 'r1', name: 'Mine', text: t.trim(), source: 'paste', addedAt: '2026-01-01T00:00:00.000Z' }], defaultId: 'r1' },
        }),
      [text, DATA_VERSION] as const,
    );
}
/** The popup's results: the prompt to add a resume where none is stored, else the coverage score. */
const RESULTS: [string, string] = resumeFile ? ['section.tpmkl-score', ''] : ['button', 'Add your resume'];

async function cpuMs(build: Build): Promise<number> {
  const { metrics } = (await build.cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
}
/** Until an element with this text is in the page, checked at every frame (as scripts/bench-extension.ts does). */
const shows = (page: Page, selector: string, text: string) =>
  page.waitForFunction(([s, t]) => Array.from(document.querySelectorAll(s)).some((e) => t === '' || e.textContent?.trim() === t), [selector, text] as const, {
    polling: 'raf',
  });
interface Open {
  ms: number;
  cpu: number;
  /** The popup's own timings (src/ui/popup/timings.ts), each as the time from the page's start to its end. */
  steps: Record<string, number>;
}
async function open(build: Build, path: string, selector: string, text: string): Promise<Open> {
  const tab = await context.newPage();
  const cpu0 = await cpuMs(build);
  const t = performance.now();
  await tab.goto(`chrome-extension://${build.id}/${path}`);
  await shows(tab, selector, text);
  const ms = performance.now() - t;
  const cpu = (await cpuMs(build)) - cpu0;
  const steps = await tab.evaluate(() => {
    const found: Record<string, number> = {};
    // The latest end of each name: a step asked for again (the analyzer) finds its work done or under way.
    for (const m of performance.getEntriesByType('measure')) {
      found[m.name] = Math.max(found[m.name] ?? 0, m.startTime + m.duration);
      found[`${m.name} (ms)`] = Math.max(found[`${m.name} (ms)`] ?? 0, m.duration);
    }
    const analyze = performance.getEntriesByName('popup:analyze')[0];
    if (analyze) found['popup:analyze-start'] = analyze.startTime;
    return found;
  });
  await tab.close();
  return { ms, cpu, steps };
}
/** Until the build's session cache holds the tab's results (written as they first show), so the next open is a reopen. */
async function cachedFor(build: Build, tabId: number) {
  for (let tries = 0; tries < 100; tries++) {
    const key = `analysis:${tabId}`;
    if (await build.worker.evaluate(async (k) => k in (await (globalThis as unknown as { chrome: Chrome }).chrome.storage.session.get(k)), key)) return;
    await new Promise((ok) => setTimeout(ok, 20));
  }
}

const server = await servePages();
const url = `${server.origin}/careers-posting.html`;
const blank: Open[][] = builds.map(() => []);
const first: Open[][] = builds.map(() => []);
const again: Open[][] = builds.map(() => []);
for (let round = 0; round <= rounds; round++) {
  const order = builds.map((_, i) => i);
  if (round % 2) order.reverse();
  for (const i of order) {
    const build = builds[i];
    const page = await context.newPage();
    await page.goto(url);
    const ids = await build.worker.evaluate(
      async (u) => (await (globalThis as unknown as { chrome: Chrome }).chrome.tabs.query({})).filter((t) => t.url === u).map((t) => t.id ?? 0),
      url,
    );
    const tabId = Math.max(...ids);
    const b = await open(build, 'bench-blank.html', 'p', 'blank');
    const f = await open(build, `popup.html?tab=${tabId}`, ...RESULTS);
    await cachedFor(build, tabId);
    const a = await open(build, `popup.html?tab=${tabId}`, ...RESULTS);
    await page.close();
    // The first round only warms the caches.
    if (round > 0) {
      blank[i].push(b);
      first[i].push(f);
      again[i].push(a);
    }
  }
}
await context.close();
await server.close();

const names = args.map((dir) => basename(resolve(dir)));
const row = (name: string, values: string[]) => console.log(`${name.padEnd(44)} ${values.map((v) => v.padStart(12)).join(' ')}`);
const ratios = (runs: Open[][], i: number) => runs[i].map((x, r) => x.ms / blank[i][r].ms);
row(`${rounds} rounds`, names);
row(
  'blank page open (ms)',
  blank.map((runs) => median(runs.map((x) => x.ms)).toFixed(0)),
);
for (const [name, runs] of [
  ['first open', first],
  ['reopen', again],
] as const) {
  row(
    `${name} to results (ms)`,
    runs.map((r) => median(r.map((x) => x.ms)).toFixed(0)),
  );
  row(
    `${name} / same round's blank (median)`,
    runs.map((_, i) => `${median(ratios(runs, i)).toFixed(2)}x`),
  );
  row(
    `  paired with ${names[0]} (ratio points)`,
    runs.map((_, i) => median(ratios(runs, i).map((v, r) => v - ratios(runs, 0)[r])).toFixed(2)),
  );
  row(
    `${name} renderer CPU (ms)`,
    runs.map((r) => median(r.map((x) => x.cpu)).toFixed(0)),
  );
}
// Where a first open's time goes, inside the page (medians, from the page's start): what any change to the popup's
// loading moves, read without the harness's own round trips around each open.
for (const [step, name] of [
  ['popup:entry-at', 'first script byte'],
  ['popup:answered-at', 'first reads answered'],
  ['popup:page-read', 'page read'],
  ['popup:analyzer-load', 'analyzer loaded'],
  ['popup:analyzer-load (ms)', 'analyzer load took'],
  ['popup:analyze-start', 'analyze() started'],
  ['popup:analyze', 'analyze() done'],
  ['popup:analyze (ms)', 'analyze() took'],
  ['popup:render-at', "React's modules loaded"],
] as const)
  row(
    `  first open: ${name}${step.endsWith('(ms)') ? '' : ' at'} (ms)`,
    first.map((runs) => {
      const found = runs.map((x) => x.steps[step]).filter((v) => v !== undefined);
      return found.length ? median(found).toFixed(0) : '-'; // a build without that step
    }),
  );
row(
  'blank page renderer CPU (ms)',
  blank.map((runs) => median(runs.map((x) => x.cpu)).toFixed(0)),
);
