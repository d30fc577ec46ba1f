import { describe, expect, it } from 'vitest';
import { FIREFOX, pollUntil, useFirefoxWithPages } from './firefox-browser';

// A smoke check of the history in Firefox (MV2 build): a posting the popup shows is recorded in IndexedDB, and the
// history page lists it with the market view's chart. tests/e2e/history.e2e.ts covers the whole in Chromium.
if (!FIREFOX && process.env.CI) throw new Error('e2e: Firefox is not installed; .ci/run installs Debian firefox-esr');

describe.skipIf(!FIREFOX)('history in real Firefox', () => {
  const opened = useFirefoxWithPages();

  it('records the posting the popup shows, and lists it with the market view', async () => {
    const { firefox, server } = opened;
    const page = await firefox.newPage();
    await page.goto(`${server.origin}/careers-posting.html`);
    const popup = await firefox.openExtensionPage(`popup.html?tab=${await firefox.tabIdOf(page.url())}`);
    await pollUntil(popup, () => Boolean(document.querySelector('h1')?.textContent?.includes('Senior Technical Program Manager')));
    // Recorded once the results are shown: the history store (same extension origin) holds it.
    await pollUntil(popup, async () => {
      const dbs = await indexedDB.databases();
      if (!dbs.some((d) => d.name === 'tpmkl-history')) return false;
      const db = await new Promise<IDBDatabase>((ok) => {
        const open = indexedDB.open('tpmkl-history');
        open.onsuccess = () => ok(open.result);
      });
      const count = await new Promise<number>((ok) => {
        const req = db.transaction('postings').objectStore('postings').count();
        req.onsuccess = () => ok(req.result);
      });
      db.close();
      return count === 1;
    });
    const history = await firefox.openExtensionPage('history-page.html');
    await pollUntil(history, () => [...document.querySelectorAll('table a')].some((a) => a.textContent === 'Senior Technical Program Manager, Cloud Platform'));
    await pollUntil(history, () => Boolean(document.querySelector('.tpmkl-chart svg rect')));
    expect(await history.$eval('#market-h', (h) => h.textContent)).toContain('over 1 posting');
  });
});
