import type { BrowserContext, CDPSession, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adapters } from '../../src/extract';
import { collapse } from '../extract/collapse';
import { pageFixtureNames, readPageFixture } from '../extract/page-fixtures';
import { ACTION_TRIGGER, CHROMIUM, clickAndExtract, clickToolbarAction, launch, tabIdOf } from './browser';

/*
 * The page fixtures of boards the extension has no adapter for (Workable, SEEK, Taleo, Jobvite, a WordPress or Webflow
 * careers page...: tests/fixtures/pages/<board>/), each opened in Chromium at its board's address and read as a user's
 * click reads it (the toolbar action grants activeTab, the built extractor runs, then the page reader where it finds
 * nothing). Only the general path reads them: a rendered DOM, as tests/extract/fixtures.test.ts checks them in linkedom.
 */
if (!CHROMIUM && process.env.CI) throw new Error('e2e: Chromium is not installed; .ci/run installs Debian chromium');

const adapted = new Set(adapters.map((a) => a.id));
const cases = pageFixtureNames((board) => !adapted.has(board) && board !== 'generic' && board !== 'structure');
const withoutHash = (url: string) => url.split('#')[0];

describe.skipIf(!CHROMIUM)('boards without an adapter, read in Chromium at their own addresses', () => {
  let context: BrowserContext;
  let worker: Worker;
  let extensionId: string;
  let session: CDPSession;
  let page = { url: '', html: '' };

  beforeAll(async () => {
    ({ context, worker, extensionId } = await launch(undefined, [ACTION_TRIGGER]));
    // The fixture at its board's address; nothing else (styles, images, scripts) is fetched.
    await context.route(/^https?:/, (route) =>
      withoutHash(route.request().url()) === withoutHash(page.url)
        ? route.fulfill({ contentType: 'text/html; charset=utf-8', body: page.html })
        : route.abort(),
    );
    session = await context.browser()!.newBrowserCDPSession();
  });
  afterAll(async () => {
    await context?.close();
  });

  /** Opens a fixture at its board's address. */
  const openAt = async (name: string) => {
    const { html, expected } = readPageFixture(name);
    page = { url: expected.url, html };
    const tab = await context.newPage();
    await tab.goto(expected.url, { waitUntil: 'load' });
    return { expected, tab };
  };

  it('has boards to read', () => expect(cases.length).toBeGreaterThanOrEqual(8));

  it.each(cases)('%s', async (name) => {
    const { expected, tab } = await openAt(name);
    const posting = await clickAndExtract(session, extensionId, worker, tab, true);
    await tab.close();
    const lines = posting.text.split('\n');
    const header = expected.company ? 2 : 1;
    const body = collapse(lines.slice(header).join('\n'));
    const text = collapse(posting.text);
    expect({
      site: posting.site,
      title: posting.title,
      company: posting.company,
      header: lines.slice(0, header),
      startsRight: body.startsWith(collapse(expected.startsWith)) || body.slice(0, 160),
      endsRight: !expected.endsWith || body.endsWith(collapse(expected.endsWith)) || body.slice(-160),
      missing: expected.mustContain.filter((p) => !text.includes(collapse(p))),
      unwanted: expected.mustNotContain.filter((p) => text.includes(collapse(p))),
    }).toEqual({
      site: 'generic',
      title: expected.title,
      company: expected.company,
      header: [expected.title, expected.company].filter(Boolean),
      startsRight: true,
      endsRight: true,
      missing: [],
      unwanted: [],
    });
  });

  // A posting in another language reaches the analyzer, whose notice the popup shows, not "No job posting was found".
  it.each([
    ['stepstone/job', 'German'],
    ['xing/job', 'German'],
    ['welcometothejungle/job-fr', 'French'],
  ])('%s: the popup says the posting is in %s', async (name, language) => {
    const { expected, tab } = await openAt(name);
    await clickToolbarAction(session, extensionId, tab);
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${await tabIdOf(worker, tab.url())}`);
    await popup.getByRole('status').getByText(`This posting is in ${language}; TPM Keyword Lens reads English postings.`).waitFor();
    await popup.getByRole('heading', { level: 1 }).getByText(expected.title).waitFor();
    expect(await popup.getByText('No job posting was found').count()).toBe(0);
    await popup.close();
    await tab.close();
  });
});
