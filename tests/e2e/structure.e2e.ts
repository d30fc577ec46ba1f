import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, extractInTab, foreignRequests, launch } from './browser';

/*
 * The injected extractor as built (no readability in it) reads pages by their structure in a real DOM: a Next.js page
 * whose posting is only in __NEXT_DATA__, an Apollo state assigned by an inline script, microdata, and JSON-LD that
 * hides the employer. The pages are the unit fixtures of tests/fixtures/pages/structure, answered by the browser's
 * request routing at a 127.0.0.1 address (the e2e build's host permission), so no server and no request leaves.
 */
if (!CHROMIUM && process.env.CI) throw new Error('e2e: Chromium is not installed; .ci/run installs Debian chromium');

const FIXTURES = 'tests/fixtures/pages/structure';
const ORIGIN = 'http://127.0.0.1:9';
const names = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.replace(/\.html$/, ''));
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

describe.skipIf(!CHROMIUM)('the built extractor reads postings by page structure, in real Chromium', () => {
  let browser: Awaited<ReturnType<typeof launch>>;

  beforeAll(async () => {
    browser = await launch();
    await browser.context.route(`${ORIGIN}/**`, (route) => {
      const file = join(FIXTURES, `${new URL(route.request().url()).pathname.slice(1)}.html`);
      return existsSync(file)
        ? route.fulfill({ contentType: 'text/html; charset=utf-8', body: readFileSync(file, 'utf8') })
        : route.fulfill({ status: 404, body: '' });
    });
  });
  afterAll(async () => {
    const seen = [...(browser?.requests ?? [])];
    await browser?.context.close();
    expect(foreignRequests(seen), 'requests to hosts other than 127.0.0.1').toEqual([]);
  });

  it.each(names)('%s', async (name) => {
    const expected = JSON.parse(readFileSync(join(FIXTURES, `${name}.expected.json`), 'utf8'));
    const page = await browser.context.newPage();
    await page.goto(`${ORIGIN}/${name}`);
    // The extractor alone: these structures are read before any page reader would run.
    const posting = await extractInTab(browser.worker, page.url());
    await page.close();
    expect({ method: posting.method, title: posting.title, company: posting.company }).toEqual({
      method: expected.method,
      title: expected.title,
      company: expected.company,
    });
    const text = collapse(posting.text);
    expect(expected.mustContain.filter((p: string) => !text.includes(collapse(p)))).toEqual([]);
    expect(expected.mustNotContain.filter((p: string) => text.includes(collapse(p)))).toEqual([]);
  });
});
