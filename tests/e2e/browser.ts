import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { type BrowserContext, type CDPSession, chromium, type Page, type Worker } from 'playwright-core';
import type { Posting } from '../../src/extract';

/** Where the builds are (wxt.config.ts: TPMKL_OUTPUT moves them). */
export const OUTPUT_DIR = process.env.TPMKL_OUTPUT ?? '.output';
export const EXTENSION_DIR = resolve(OUTPUT_DIR, 'e2e/chrome-mv3');
export const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync);

/** Serves tests/e2e/pages on 127.0.0.1 only; `?json-ld=0` serves a page without its JSON-LD (readability's case). */
export async function servePages(): Promise<{ origin: string; close: () => Promise<void> }> {
  const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.json': 'application/json' };
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const file = join('tests/e2e/pages', decodeURIComponent(url.pathname));
    if (!file.startsWith('tests/e2e/pages/') || !existsSync(file)) return void res.writeHead(404).end('not found');
    let body = readFileSync(file, 'utf8');
    if (url.searchParams.get('json-ld') === '0') body = body.replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/g, '');
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as { port: number }).port;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((ok) => server.close(() => ok())) };
}

/**
 * The DevTools protocol's Extensions.triggerAction (the toolbar click, which grants activeTab as a user's click
 * does) is offered only with this switch.
 */
export const ACTION_TRIGGER = '--enable-unsafe-extension-debugging';

/** Clicks the extension's toolbar button on the tab that shows `page` (needs ACTION_TRIGGER): activeTab is granted as by a user's click. */
export async function clickToolbarAction(session: CDPSession, extensionId: string, page: Page) {
  const { targetInfos } = await session.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  const withoutHash = (url: string) => url.split('#')[0];
  const target = targetInfos.find((t) => withoutHash(t.url) === withoutHash(page.url()));
  if (!target) throw new Error(`no tab shows ${page.url()}`);
  await session.send('Extensions.triggerAction', { id: extensionId, targetId: target.targetId });
}

/**
 * Clicks the toolbar button on `page`'s tab and reads its posting as the popup does. On a loaded machine the click's
 * activeTab grant can reach the tab after the first injection is refused; then the button is clicked once more, as
 * a user would.
 */
export async function clickAndExtract(session: CDPSession, extensionId: string, worker: Worker, page: Page, reader = false): Promise<Posting> {
  for (let attempt = 1; ; attempt++) {
    await clickToolbarAction(session, extensionId, page);
    try {
      return await extractInTab(worker, page.url(), reader);
    } catch (error) {
      if (attempt === 2 || !/Cannot access contents of the page/.test(String(error))) throw error;
      await page.waitForTimeout(250);
    }
  }
}

/**
 * Launches Debian's Chromium with the built extension; every request is recorded for the privacy check.
 * `args` adds switches (ACTION_TRIGGER, host resolver rules).
 */
export async function launch(userDataDir = mkdtempSync(join(tmpdir(), 'tpmkl-profile-')), args: string[] = []) {
  const context: BrowserContext = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1000, height: 800 },
    args: [
      ...args,
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return { context, worker, extensionId, userDataDir, requests };
}

/** The browser launch() started: its context, the extension's service worker and id. */
export type Launched = Awaited<ReturnType<typeof launch>>;

/** The id of the tab that shows `url`, asked in the extension's service worker (where `chrome` is the extension API). */
export const tabIdOf = (worker: Worker, url: string) =>
  worker.evaluate(async (u) => {
    const tabs: { id?: number; url?: string }[] = await (
      globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }
    ).chrome.tabs.query({});
    return tabs.find((t) => t.url === u)?.id;
  }, url) as Promise<number>;

/** Opens `url` in a new tab, then the popup's page aimed at that tab, at the popup's size (a headless browser opens no real popup). */
export async function openPopupFor(browser: Launched, url: string) {
  const page = await browser.context.newPage();
  await page.goto(url);
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${await tabIdOf(browser.worker, url)}`);
  return { page, popup };
}

/** Requests that left the machine: anything but the local server, the extension's files and the browser's own pages (chrome://). */
export const foreignRequests = (urls: string[]) => urls.filter((u) => !/^(http:\/\/127\.0\.0\.1[:/]|chrome-extension:|chrome:|data:|blob:|about:)/.test(u));

/**
 * The posting the built extractor reads in the tab that shows `url`, injected from the extension's service worker
 * as the popup does it; with `reader`, the page reader runs where the extractor finds nothing.
 */
export async function extractInTab(worker: Worker, url: string, reader = false): Promise<Posting> {
  return (await worker.evaluate(
    async ([url, reader]) => {
      const chrome = (
        globalThis as unknown as {
          chrome: {
            tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
            scripting: { executeScript(o: object): Promise<{ result: unknown }[]> };
          };
        }
      ).chrome;
      const { id } = (await chrome.tabs.query({})).find((t) => t.url === url)!;
      const read = async (file: string) => (await chrome.scripting.executeScript({ target: { tabId: id }, files: [file] }))[0].result as { method: string };
      const found = await read('/extractor.js');
      return reader && found.method === 'none' ? read('/page-reader.js') : found;
    },
    [url, reader] as const,
  )) as Posting;
}
