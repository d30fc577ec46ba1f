import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/index';
import { ACTION_TRIGGER, CHROMIUM, clickToolbarAction, tabIdOf } from './browser';
import { useChromiumWithPages } from './use-chromium';

// The history and market view in the built extension (issue 12): three postings analyzed from the toolbar button,
// then the history page lists, filters, exports and deletes them, and shows the market view; the popup names the
// best of two resumes. One browser for the file.
if (!CHROMIUM && process.env.CI) throw new Error('e2e: Chromium is not installed; .ci/run installs Debian chromium');

const PAGES = [
  ['careers-posting.html', 'Senior Technical Program Manager, Cloud Platform'],
  ['history/release-manager.html', 'Release Manager, Mobile Apps'],
  ['history/it-project-manager.html', 'IT Project Manager, ERP Rollout'],
] as const;

describe.skipIf(!CHROMIUM)('history and market view in real Chromium', () => {
  const chromium = useChromiumWithPages([ACTION_TRIGGER]);
  let session: CDPSession;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    session = await chromium.browser.context.browser()!.newBrowserCDPSession();
  });

  /** Entries in the history store, read from the service worker (same extension origin); 0 before it exists. */
  const recorded = () =>
    chromium.browser.worker.evaluate(async () => {
      if (!(await indexedDB.databases()).some((d) => d.name === 'tpmkl-history')) return 0;
      return new Promise<number>((ok, fail) => {
        const open = indexedDB.open('tpmkl-history');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const count = db.transaction('postings').objectStore('postings').count();
          count.onsuccess = () => {
            db.close();
            ok(count.result);
          };
        };
      });
    });

  const extensionPage = async (path: string) => {
    const page = await chromium.browser.context.newPage();
    page.on('pageerror', (e) => pageErrors.push(`${path}: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && pageErrors.push(`${path}: ${m.text()}`));
    await page.goto(`chrome-extension://${chromium.browser.extensionId}/${path}`);
    return page;
  };

  it('keeps two resumes (the weaker is the default)', async () => {
    const options = await extensionPage('options.html');
    const add = async (name: string, text: string) => {
      await options.getByLabel('Name').fill(name);
      await options.getByLabel("Paste your resume's text").fill(text);
      await options.getByRole('button', { name: 'Save pasted resume' }).click();
      await options.getByText('Resume saved.').waitFor();
    };
    await add('Office generalist', 'Office coordinator. Scheduled meetings, ordered supplies and answered the phone.');
    await add('Cloud TPM', readFileSync('samples/resume.txt', 'utf8'));
    await options.close();
  });

  /** The user's path: the toolbar button clicked on the page's tab opens the popup, which analyzes it. */
  async function clickToolbarOn(file: string) {
    const tab = await chromium.browser.context.newPage();
    await tab.goto(`${chromium.server.origin}/${file}`);
    await clickToolbarAction(session, chromium.browser.extensionId, tab);
    return tab;
  }

  it('records each posting analyzed from the toolbar button', async () => {
    for (const [file] of PAGES) {
      const before = await recorded();
      const tab = await clickToolbarOn(file);
      await expect.poll(recorded, { timeout: 30_000 }).toBe(before + 1);
      await tab.close();
    }
  });

  it('records nothing while history is turned off in the options page', async () => {
    const options = await extensionPage('options.html');
    const keep = options.getByLabel('Keep a history of the postings I analyze (in this browser only)');
    await expect.poll(() => keep.isEnabled()).toBe(true); // once the settings are read
    await keep.click(); // saved first, then shown: uncheck() would look before the save
    await options.getByText(/History is off/).waitFor();
    expect(await keep.isChecked()).toBe(false);
    // Pasted into a popup opened as a page: analyzed and shown, not recorded.
    const popup = await extensionPage('popup.html');
    await popup
      .getByRole('button', { name: /Paste a posting/ })
      .first()
      .click();
    await popup.getByLabel("Paste the job posting's text").fill(readFileSync('samples/posting.txt', 'utf8'));
    await popup.getByRole('button', { name: 'Analyze' }).click();
    await popup.getByTestId('score').waitFor();
    // The best resume is named once the posting would have been recorded (after-results does both, in that order).
    await popup.getByRole('region', { name: 'Best resume for this posting' }).waitFor();
    expect(await recorded()).toBe(3);
    await popup.close();
    await keep.click();
    await options.getByText('Postings you analyze are kept in the history.').waitFor();
    expect(await keep.isChecked()).toBe(true);
    await options.close();
  });

  it('names the best of two resumes in the popup; the choice shown stays the user’s', async () => {
    const tab = await chromium.browser.context.newPage();
    await tab.goto(`${chromium.server.origin}/careers-posting.html`);
    const popup = await extensionPage(`popup.html?tab=${await tabIdOf(chromium.browser.worker, tab.url())}`);
    await popup.getByText('against “Office generalist”').waitFor();
    const best = popup.getByRole('region', { name: 'Best resume for this posting' });
    await best.getByText(/Best resume for this posting: “Cloud TPM”, \d+ vs \d+: it covers \w/).waitFor();
    await best.getByRole('button', { name: 'Compare with “Cloud TPM”' }).click();
    await popup.getByText('against “Cloud TPM”').waitFor();
    await best.getByText(/“Cloud TPM” fits this posting best of your 2 resumes/).waitFor();
    // The popup's footer opens the history page in a tab.
    const [opened] = await Promise.all([chromium.browser.context.waitForEvent('page'), popup.getByRole('button', { name: 'History' }).click()]);
    await opened.waitForURL(/\/history-page\.html$/);
    await opened.close();
    await popup.close();
    await tab.close();
    expect(await recorded()).toBe(3); // the same posting again: its entry is updated, not doubled
  });

  let history: Page;

  it('lists the postings, filters them, and exports CSV', async () => {
    history = await extensionPage('history-page.html');
    const rows = history.getByRole('table', { name: 'Analyzed postings' }).locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(3);
    for (const [, title] of PAGES) await history.getByRole('link', { name: title }).waitFor();
    expect(await history.getByRole('link', { name: PAGES[0][1] }).getAttribute('href')).toBe(`${chromium.server.origin}/careers-posting.html`);

    await history.getByLabel('Title', { exact: true }).selectOption({ label: 'Release' });
    await expect.poll(() => rows.count()).toBe(1);
    await history.getByRole('link', { name: 'Release Manager, Mobile Apps' }).waitFor();
    await history.getByRole('heading', { name: 'Market view over 1 posting' }).waitFor();
    await history.getByRole('button', { name: 'Clear filters' }).click();
    await history.getByLabel('Search').fill('erp');
    await expect.poll(() => rows.count()).toBe(1);
    await history.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => rows.count()).toBe(3);

    await history.getByLabel('Sort by').selectOption('company');
    expect(await rows.locator('td:nth-child(4)').allTextContents()).toEqual(['Larkspur Health', 'Northwind Robotics', 'Quillon Foods']);

    const [download] = await Promise.all([history.waitForEvent('download'), history.getByRole('button', { name: 'Export CSV' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8')
      .trim()
      .split('\r\n');
    expect(csv[0]).toBe('date,title,company,site,url,language,score,resume,required,preferred,mentioned');
    expect(csv).toHaveLength(4);
    const northwind = csv.find((l) => l.includes('Northwind Robotics'))!;
    expect(northwind).toContain(`"Senior Technical Program Manager, Cloud Platform",Northwind Robotics,`);
    expect(northwind).toContain(`${chromium.server.origin}/careers-posting.html`);
    expect(northwind).toMatch(/,\d+,Cloud TPM,[^,]*Kubernetes/); // the best resume's score, then the required terms
  });

  it('shows the market view: shares, the chart, the top gaps with bullets to copy', async () => {
    await history.getByRole('heading', { name: /Market view over 3 postings/ }).waitFor();
    const gaps = history.getByRole('region', { name: 'Your top gaps' });
    await gaps.getByText('CI/CD', { exact: true }).waitFor();
    expect(await gaps.getByRole('button', { name: /^Copy:/ }).count()).toBeGreaterThan(0);
    expect(await history.locator('.tpmkl-chart svg rect').count()).toBeGreaterThan(10);
    const shares = history.getByRole('table', { name: /What these postings ask for/ });
    await shares.getByRole('row', { name: /^Jira 100%/ }).waitFor();
    await history.setViewportSize({ width: 1100, height: 900 });
    mkdirSync('docs', { recursive: true });
    // The chart, the first gaps and the rare strengths: a README-sized picture.
    const box = (await history.locator('.tpmkl-market__summary').boundingBox())!;
    await history.screenshot({
      path: 'docs/market.png',
      fullPage: true,
      clip: { x: box.x - 12, y: box.y - 8, width: box.width + 24, height: Math.min(box.height, 980) },
    });
  });

  it('analyzes a posting again against another resume', async () => {
    await history.getByLabel('Resume', { exact: true }).selectOption({ label: 'Office generalist' });
    await history.getByRole('button', { name: 'Analyze Release Manager, Mobile Apps again' }).click();
    await history
      .getByRole('status')
      .getByText(/Analyzed “Release Manager, Mobile Apps” again: \d+ against “Office generalist”/)
      .waitFor();
    await history.getByLabel('Resume', { exact: true }).selectOption({ label: 'Best of your resumes' });
  });

  it('deletes one posting, then several, keeping the rest', async () => {
    const rows = history.getByRole('table', { name: 'Analyzed postings' }).locator('tbody tr');
    await history.getByRole('button', { name: 'Delete IT Project Manager, ERP Rollout' }).click();
    await expect.poll(() => rows.count()).toBe(2);
    await history.getByRole('heading', { name: /Market view over 2 postings/ }).waitFor();
    history.once('dialog', (d) => void d.accept());
    await history.getByLabel('Select every posting on this page').check();
    await history.getByRole('button', { name: 'Delete selected' }).click();
    await history.getByText('No posting yet.').waitFor();
    expect(await recorded()).toBe(0);
  });

  it('imports thousands of postings from a JSON export, once, and pages through them', async () => {
    const terms = analyze(readFileSync('samples/posting.txt', 'utf8')).terms.map(({ id, label, category, job }) => ({ id, label, category, job }));
    const titles = ['Technical Program Manager', 'Program Manager', 'IT Project Manager', 'Delivery Manager', 'Release Manager'];
    const entries = Array.from({ length: 2000 }, (_, i) => {
      const own = terms.filter((_, j) => (i + j) % 3 !== 0);
      const at = new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString();
      return {
        key: `url:https://jobs.example.com/${i}`,
        url: `https://jobs.example.com/${i}`,
        site: ['greenhouse', 'lever', 'linkedin'][i % 3],
        title: `${titles[i % titles.length]} ${i}`,
        company: `Company ${i % 97}`,
        words: 400,
        analyzedAt: at,
        firstAnalyzedAt: at,
        terms: own,
        scores: [
          {
            resumeId: 'gone',
            resumeName: 'An old resume',
            score: i % 101,
            statuses: Object.fromEntries(own.map((t, j) => [t.id, j % 2 ? 'covered' : 'missing'])),
          },
        ],
        posting: { text: `Posting ${i}` },
      };
    });
    const file = join(mkdtempSync(join(tmpdir(), 'tpmkl-history-')), 'history.json');
    writeFileSync(file, JSON.stringify({ app: 'tpm-keyword-lens', kind: 'history', version: 1, exportedAt: new Date().toISOString(), entries }));
    const input = history.getByLabel('Import JSON:');
    await input.setInputFiles(file);
    await history.getByText('Imported 2000 new posting(s), updated 0; 0 already there.').waitFor({ timeout: 60_000 });
    await input.setInputFiles(file);
    await history.getByText('Imported 0 new posting(s), updated 0; 2000 already there.').waitFor({ timeout: 60_000 });
    expect(await recorded()).toBe(2000);
    await history.getByText('Showing 2000 of 2000').waitFor();
    await history.getByText('Page 1 of 40').waitFor();
    expect(await history.getByRole('table', { name: 'Analyzed postings' }).locator('tbody tr').count()).toBe(50);
    await history.getByRole('button', { name: 'Next' }).click();
    await history.getByText('Page 2 of 40').waitFor();
    await history.getByRole('heading', { name: /Market view over 2000 postings/ }).waitFor();
    await history.getByLabel('Title', { exact: true }).selectOption({ label: 'Delivery' });
    await history.getByText('Showing 400 of 2000').waitFor();
    await history.close();
  });

  it('"Delete all my data" in the options page deletes the history too', async () => {
    const options = await extensionPage('options.html');
    options.once('dialog', (d) => void d.accept());
    await options.getByRole('button', { name: 'Delete all my data' }).click();
    await options.getByText('All your data was deleted.').waitFor();
    expect(await recorded()).toBe(0);
    await options.close();
    expect(pageErrors).toEqual([]);
  });
});
