import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { FIREFOX, pollUntil, useFirefoxWithPages } from './firefox-browser';

/*
 * The highlights in real Firefox (MV2: sidebar_action, scripting.insertCSS and executeScript with arguments): the
 * side panel's page, opened as a tab aimed at a careers page of the local server (which the e2e build may read),
 * marks the posting's terms with CSS Custom Highlights, which the page itself can read back, and leaves its DOM as it was.
 */
if (!FIREFOX && process.env.CI) throw new Error('e2e: Firefox is not installed; .ci/run installs Debian firefox-esr');
if (!FIREFOX) console.warn('e2e skipped: no Firefox at /usr/bin/firefox-esr (apt-get install -y firefox-esr)');

/** The sizes of the extension's highlights in the page, read in the page's own world. */
const marksIn = (page: Page) =>
  page.evaluate(() => {
    const registry = (CSS as unknown as { highlights?: Map<string, { size: number }> }).highlights;
    return registry ? [...registry].filter(([name]) => name.startsWith('tpmkl-') && name !== 'tpmkl-focus').reduce((n, [, h]) => n + h.size, 0) : -1;
  });

describe.skipIf(!FIREFOX)('highlights in real Firefox', () => {
  const opened = useFirefoxWithPages();

  it('marks the terms of a careers page from the side panel, toggles them off, and leaves the DOM unchanged', async () => {
    const { firefox, server } = opened;
    const page = await firefox.newPage();
    await page.goto(`${server.origin}/careers-posting.html`);
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    const tabId = await firefox.tabIdOf(page.url());
    const panel = await firefox.openExtensionPage(`sidepanel.html?tab=${tabId}`);
    await pollUntil(panel, () => /marks? on the page/.test(document.querySelector('[data-testid="highlight-status"]')?.textContent ?? ''));
    const status = await panel.evaluate(() => document.querySelector('[data-testid="highlight-status"]')?.textContent ?? '');
    const shown = Number(/(\d+) marks? on the page/.exec(status)?.[1]);
    expect(shown).toBeGreaterThan(5);
    expect(await marksIn(page)).toBe(shown);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);

    await panel.evaluate(() => (document.querySelector('.tpmkl-highlights__toggle input') as HTMLInputElement).click());
    await pollUntil(page, () => {
      const registry = (CSS as unknown as { highlights: Map<string, unknown> }).highlights;
      return ![...registry.keys()].some((name) => name.startsWith('tpmkl-'));
    });
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    await panel.close();
    await page.close();
  });
});
