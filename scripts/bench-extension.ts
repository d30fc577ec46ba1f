// npm run bench (second part): the extension's size budgets and the popup's time to results in real Chromium.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM, launch, servePages } from '../tests/e2e/browser';

const KB = 1024;
const out = '.output/chrome-mv3';
const quiet = { stdio: 'ignore' as const };
execSync('npx wxt build && npx wxt zip', quiet);

const size = (file: string) => statSync(join(out, file)).size;
/** The popup's initial JS: its entry script and every module it preloads (lazy chunks excluded). */
const popupHtml = readFileSync(join(out, 'popup.html'), 'utf8');
const initial = [...popupHtml.matchAll(/(?:src|href)="\/([^"]+\.js)"/g)].map((m) => m[1]);
const popupKb = initial.reduce((sum, f) => sum + size(f), 0) / KB;
const contentKb = size('content-scripts/extractor.js') / KB;
const zip = readdirSync('.output').find((f) => f.endsWith('-chrome.zip'));
const zipKb = zip ? statSync(join('.output', zip)).size / KB : NaN;

let failed = false;
const budget = (name: string, value: number, limit: number, unit: string) => {
  const ok = value <= limit;
  failed ||= !ok;
  console.log(`${name.padEnd(42)} ${value.toFixed(1).padStart(8)} ${unit} (budget ${limit} ${unit})  ${ok ? 'PASS' : 'FAIL'}`);
};
budget('injected content script (extractor.js)', contentKb, 40, 'KB');
console.log(`${'second pass for unknown pages (page-reader.js)'.padEnd(42)} ${(size('content-scripts/page-reader.js') / KB).toFixed(1).padStart(8)} KB (injected only where no adapter or JSON-LD finds a posting)`);
budget(`popup initial JS (${initial.length} files)`, popupKb, 450, 'KB');
console.log(`${'whole Chrome zip'.padEnd(42)} ${zipKb.toFixed(1).padStart(8)} KB`);

if (!CHROMIUM) console.log('popup time to results: skipped (no Chromium at /usr/bin/chromium)');
else {
  execSync('npx wxt build', { ...quiet, env: { ...process.env, TPMKL_E2E: '1' } });
  const server = await servePages();
  const browser = await launch();
  const page = await browser.context.newPage();
  const url = `${server.origin}/careers-posting.html`;
  await page.goto(url);
  const tabId = await browser.worker.evaluate(
    async (u) => (await (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }).chrome.tabs.query({})).find((t) => t.url === u)?.id,
    url,
  );
  const times: number[] = [];
  for (let i = 0; i < 6; i++) {
    const popup = await browser.context.newPage();
    const t = performance.now();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    await popup.getByRole('button', { name: 'Add your resume' }).waitFor();
    if (i > 0) times.push(performance.now() - t); // the first open also warms the browser's caches
    await popup.close();
  }
  await browser.context.close();
  await server.close();
  times.sort((a, b) => a - b);
  console.log(`${'popup open to results (real posting)'.padEnd(42)} ${times[times.length >> 1].toFixed(0).padStart(8)} ms (median of ${times.length}, Chromium ${existsSync(CHROMIUM) ? 'headless' : ''})`);
}
if (failed) process.exitCode = 1;
