import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type EvaluateFunc, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { foreignRequests, OUTPUT_DIR, servePages } from './browser';

export const FIREFOX_EXTENSION_DIR = resolve(OUTPUT_DIR, 'e2e/firefox-mv2');
export const FIREFOX = ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find(existsSync);

/** Launches Debian's Firefox over WebDriver BiDi with the built extension installed as a temporary add-on. */
export async function launchFirefox() {
  const addonId: string = JSON.parse(readFileSync(`${FIREFOX_EXTENSION_DIR}/manifest.json`, 'utf8')).browser_specific_settings.gecko.id;
  // Firefox gives each install a random internal UUID (the moz-extension:// host); this pref fixes it in advance.
  const uuid = randomUUID();
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // Since Firefox 153, WebDriver may navigate to moz-extension:// pages only with system access allowed.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [addonId]: uuid }) },
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  const origin = `moz-extension://${uuid}`;

  /** Every request of the tabs opened here, for the privacy check (the background page is not a tab: not seen). */
  const requests: string[] = [];
  async function newPage(): Promise<Page> {
    const page = await browser.newPage();
    page.on('request', (r) => void requests.push(r.url()));
    return page;
  }

  /**
   * Opens one of the extension's pages in a new tab. Firefox's WebDriver BiDi never reports the load of a
   * moz-extension:// page (the tab switches to the extension process), so the navigation is not awaited:
   * the page is ready when its own document says so.
   */
  async function openExtensionPage(path: string): Promise<Page> {
    const page = await newPage();
    const url = `${origin}/${path}`;
    void page.goto(url, { timeout: 5_000 }).catch(() => undefined);
    await pollUntil(page, (u) => location.href === u && document.readyState === 'complete', url);
    return page;
  }

  /** Reloads a page opened by openExtensionPage and waits for the new document (the old one is marked). */
  async function reloadExtensionPage(page: Page) {
    await page.evaluate(() => {
      (window as unknown as { replaced?: boolean }).replaced = true;
      location.reload();
    });
    await pollUntil(page, () => !(window as unknown as { replaced?: boolean }).replaced && document.readyState === 'complete');
  }

  /** An extension page kept open to ask the extension API which tab holds a URL (opened at the first question). */
  let extensionTab: Promise<Page> | undefined;
  /** The id of the tab that shows `url`. */
  async function tabIdOf(url: string): Promise<number | undefined> {
    extensionTab ??= openExtensionPage('options.html');
    return (await extensionTab).evaluate(async (u) => {
      const { tabs } = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }).browser;
      return (await tabs.query({})).find((t) => t.url === u)?.id;
    }, url);
  }

  return { browser, origin, requests, newPage, openExtensionPage, reloadExtensionPage, tabIdOf };
}

/**
 * One Firefox with the extension and the local page server for the tests of a describe block (call it there):
 * started before them, closed after them, and then no request may have left the machine.
 */
export function useFirefoxWithPages() {
  const opened = {} as { server: Awaited<ReturnType<typeof servePages>>; firefox: Awaited<ReturnType<typeof launchFirefox>> };
  beforeAll(async () => {
    opened.server = await servePages();
    opened.firefox = await launchFirefox();
  });
  afterAll(async () => {
    await opened.firefox?.browser.close();
    await opened.server?.close();
    const leaving = foreignRequests(opened.firefox?.requests ?? []).filter((u) => !u.startsWith(opened.firefox.origin));
    expect(leaving, 'requests to hosts other than 127.0.0.1').toEqual([]);
  });
  return opened;
}

/**
 * Waits until a check made in the page holds. Polled from here rather than by waitForFunction: Firefox's WebDriver
 * BiDi sometimes fails one evaluation while a document is swapped or re-rendered ("right-hand side of 'in' should
 * be an object"), which would end a waitForFunction; a failed look is simply taken again.
 */
export async function pollUntil<A extends unknown[]>(page: Page, check: EvaluateFunc<A>, ...args: A): Promise<void> {
  const until = Date.now() + 30_000;
  for (;;) {
    if (await page.evaluate(check, ...args).catch(() => false)) return;
    if (Date.now() > until) throw new Error(`timed out waiting in ${page.url()} for ${check.toString().slice(0, 120)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
