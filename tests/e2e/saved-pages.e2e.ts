import { existsSync } from 'node:fs';
import type { BrowserContext, CDPSession, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultPagesDir, pageNames, pageProblems, readPage } from '../../scripts/eval-pages';
import { ACTION_TRIGGER, CHROMIUM, clickAndExtract, launch } from './browser';

/*
 * The real saved job pages of ../shared/eval/pages, each opened in Chromium at its own address and read the way a
 * user's click reads it: the toolbar action (Extensions.triggerAction) grants activeTab on that tab, then the
 * built extractor is injected, with the page reader where it finds nothing, as the popup does. The browser's
 * request routing answers the page's address with the saved HTML and every other request with an error, so no
 * request leaves the machine. `npm run eval:pages` checks the same pages from the CLI's DOM (linkedom).
 */
if (!CHROMIUM && process.env.CI) throw new Error('e2e: Chromium is not installed; .ci/run installs Debian chromium');
const present = existsSync(defaultPagesDir);
if (!present) console.log(`skipping the real saved pages in Chromium: ${defaultPagesDir} is absent (it is present in CI)`);
const names = present ? pageNames(defaultPagesDir) : [];
const withoutHash = (url: string) => url.split('#')[0];

describe.skipIf(!CHROMIUM || !present)('real saved job pages, read in Chromium at their own addresses', () => {
  let context: BrowserContext;
  let worker: Worker;
  let extensionId: string;
  let session: CDPSession;
  let page = { url: '', html: '' };
  const served: string[] = [];

  beforeAll(async () => {
    ({ context, worker, extensionId } = await launch(undefined, [ACTION_TRIGGER]));
    // The saved page at its address; nothing else (scripts, styles, images, trackers) is fetched.
    await context.route(/^https?:/, (route) => {
      const url = withoutHash(route.request().url());
      if (url !== withoutHash(page.url)) return route.abort();
      served.push(url);
      return route.fulfill({ contentType: 'text/html; charset=utf-8', body: page.html });
    });
    session = await context.browser()!.newBrowserCDPSession();
  });
  afterAll(async () => {
    await context?.close();
  });

  it.each(names)('%s', async (name) => {
    const { label, html } = readPage(defaultPagesDir, name);
    page = { url: label.url, html };
    const tab = await context.newPage();
    await tab.goto(label.url, { waitUntil: 'domcontentloaded' });
    const posting = await clickAndExtract(session, extensionId, worker, tab, true);
    await tab.close();
    expect(pageProblems(posting, label)).toEqual([]);
    expect(served).toContain(withoutHash(label.url));
  });
});
