// Where one first open of the popup spends its time, from a Chromium trace (issue 11): every file the popup asks for
// (when asked, answered and finished, from the page's start), the main thread's longer slices (module evaluation,
// microtasks, calls, GC, style, layout, paint) and the popup's own timings. The bench scripts say how long; this
// says why: a file asked for only once another has arrived (a chunk's static import of a chunk of its own) shows as
// a request that starts when the one before it finishes.
//   TPMKL_E2E=1 TPMKL_OUTPUT=/tmp/mine wxt build && TPMKL_OUTPUT=/tmp/mine npx tsx scripts/trace-popup.ts [warm opens] [trace.json]
// The opens before the traced one warm Chromium's caches (code cache, the extension's files), as a user's would be.
// Timings come from a shared, loaded machine: read the order of events, not one figure.
import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { CHROMIUM, EXTENSION_DIR, launch, servePages, tabIdOf } from '../tests/e2e/browser';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: Record<string, unknown>; name?: string; [key: string]: unknown };
}

if (!CHROMIUM) throw new Error('trace-popup needs Chromium at /usr/bin/chromium');
const warmOpens = Number(process.argv[2] ?? 3);
const saveTo = process.argv[3];
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'blink.user_timing', 'loading', 'toplevel'];
/** The main thread's slices worth a line: what the popup's code and the page's rendering cost. */
const SLICES = /^(v8\.evaluateModule|RunMicrotasks|FunctionCall|EvaluateScript|MinorGC|MajorGC|ParseHTML|UpdateLayoutTree|Layout|Paint|TimerFire)$/;
const MIN_SLICE_US = 1000;

writeFileSync(`${EXTENSION_DIR}/bench-blank.html`, '<!doctype html><meta charset="utf-8"><title>blank</title><p>blank</p>');
const server = await servePages();
const browser = await launch();
const url = `${server.origin}/careers-posting.html`;
const base = `chrome-extension://${browser.extensionId}`;
// An extension page stays open, as in the benches: every open finds the extension's renderer running.
const anchor = await browser.context.newPage();
await anchor.goto(`${base}/bench-blank.html`);
const results = (p: Page) =>
  p.waitForFunction(() => Array.from(document.querySelectorAll('button')).some((e) => e.textContent?.trim() === 'Add your resume'), undefined, {
    polling: 'raf',
  });

let events: TraceEvent[] = [];
for (let open = 0; open <= warmOpens; open++) {
  const posting = await browser.context.newPage();
  await posting.goto(url);
  const popup = await browser.context.newPage();
  const traced = open === warmOpens;
  const cdp = await browser.context.newCDPSession(anchor);
  if (traced) {
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
  }
  await popup.goto(`${base}/popup.html?tab=${await tabIdOf(browser.worker, url)}`);
  await results(popup);
  if (traced) {
    const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
    await cdp.send('Tracing.end');
    await complete;
  }
  await popup.close();
  await posting.close();
}
await browser.context.close();
await server.close();
if (saveTo) writeFileSync(saveTo, JSON.stringify({ traceEvents: events }));

// The popup's renderer and main thread: where its timings were recorded; its start: the navigation's.
const marks = events.filter((e) => e.name.startsWith('popup:'));
if (!marks.length) throw new Error('no popup timings in the trace');
const { pid } = marks[0];
events = events.filter((e) => e.pid === pid).sort((a, b) => a.ts - b.ts);
const threadName = (e: TraceEvent) => (e.name === 'thread_name' ? e.args?.name : undefined);
const mainTid = events.find((e) => threadName(e) === 'CrRendererMain')?.tid ?? marks[0].tid;
const start = events.find((e) => JSON.stringify(e.args ?? {}).includes('popup.html'))?.ts ?? events[0].ts;
const at = (ts: number) => ((ts - start) / 1000).toFixed(1).padStart(7);
const fileOf = (u: unknown) => String(u ?? '').replace(/^.*\//, '');

console.log('Files asked for (ms from the page start): asked, answered, finished');
const requests = new Map<string, { file: string; sent: number; answered?: number; finished?: number }>();
for (const e of events) {
  const data = e.args?.data ?? {};
  const id = String(data.requestId ?? '');
  if (e.name === 'ResourceSendRequest') requests.set(id, { file: fileOf(data.url), sent: e.ts });
  const request = requests.get(id);
  if (request && e.name === 'ResourceReceiveResponse') request.answered = e.ts;
  if (request && e.name === 'ResourceFinish') request.finished = e.ts;
}
for (const r of requests.values())
  console.log(`${at(r.sent)} ${r.answered ? at(r.answered) : '      ?'} ${r.finished ? at(r.finished) : '      ?'}  ${r.file}`);

console.log(`\nMain thread slices of ${MIN_SLICE_US / 1000} ms or more (start, duration) and the popup's timings`);
let coveredUntil = 0; // a slice inside one already listed is part of it
for (const e of events) {
  if (e.tid !== mainTid || e.ts < start) continue;
  if (e.name.startsWith('popup:') && e.ph === 'e') console.log(`${at(e.ts)}         ${e.name}`);
  if (e.ph !== 'X' || !SLICES.test(e.name) || (e.dur ?? 0) < MIN_SLICE_US || e.ts < coveredUntil) continue;
  coveredUntil = e.ts + (e.dur ?? 0);
  const data = e.args?.data ?? {};
  const where = fileOf(data.url ?? data.fileName ?? (e.args as Record<string, unknown>)?.fileName ?? data.functionName ?? '');
  console.log(`${at(e.ts)} ${((e.dur ?? 0) / 1000).toFixed(1).padStart(6)}  ${e.name} ${where}`);
}
