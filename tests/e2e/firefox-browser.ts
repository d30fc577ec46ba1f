import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const FIREFOX_EXTENSION_DIR = resolve('.output/e2e/firefox-mv2');
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
    await page.waitForFunction((u) => location.href === u && document.readyState === 'complete', { polling: 100 }, url);
    return page;
  }

  /** Reloads a page opened by openExtensionPage and waits for the new document (the old one is marked). */
  async function reloadExtensionPage(page: Page) {
    await page.evaluate(() => {
      (window as unknown as { replaced?: boolean }).replaced = true;
      location.reload();
    });
    await page.waitForFunction(() => !(window as unknown as { replaced?: boolean }).replaced && document.readyState === 'complete', { polling: 100 });
  }

  return { browser, origin, requests, newPage, openExtensionPage, reloadExtensionPage };
}
