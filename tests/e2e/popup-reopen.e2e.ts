import { describe, expect, it } from 'vitest';
import { CHROMIUM } from './browser';
import { useChromiumWithPages } from './use-chromium';

// Reopening the popup on a page it has shown is immediate (session:analysis:<tab>, src/storage/analysis-cache.ts):
// the same analysis comes back without reading the page again, and a change of resume is never served stale.
describe.skipIf(!CHROMIUM)('the popup reopened on the same page', () => {
  const opened = useChromiumWithPages();

  type Chrome = {
    tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
    scripting: { executeScript(o: object): Promise<unknown> };
    storage: { local: { set(v: object): Promise<void> } };
  };
  const extension = <T, A>(run: (chrome: Chrome, arg: A) => Promise<T>, arg: A) =>
    opened.browser.worker.evaluate(
      ([source, a]) => new Function('chrome', 'arg', `return (${source})(chrome, arg)`)((globalThis as unknown as { chrome: Chrome }).chrome, a),
      [run.toString(), arg] as const,
    ) as Promise<T>;

  async function popupTerms(tabId: number) {
    const popup = await opened.browser.context.newPage();
    await popup.goto(`chrome-extension://${opened.browser.extensionId}/popup.html?tab=${tabId}`);
    await popup.getByRole('heading', { level: 1, name: /Technical Program Manager/ }).waitFor();
    // Either the score (a resume is stored) or the invitation to add one (none is).
    await popup
      .getByTestId('score')
      .or(popup.getByRole('button', { name: 'Add your resume' }))
      .waitFor();
    const terms = await popup.locator('.tpmkl-popup main li').allTextContents();
    const score = (await popup.getByTestId('score').count()) ? await popup.getByTestId('score').textContent() : null;
    await popup.close();
    return { terms, score };
  }

  it('shows the same analysis again, without reading the page, and scores anew when the resume changes', async () => {
    const url = `${opened.server.origin}/careers-posting.html`;
    const page = await opened.browser.context.newPage();
    await page.goto(url);
    const tabId = (await extension(async (chrome, u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, url)) as number;
    const first = await popupTerms(tabId);
    expect(first.terms.length).toBeGreaterThan(3);
    expect(first.score).toBeNull();
    // The page's text changes under the same address: a reopened popup still shows what it read first.
    await page.evaluate(() => {
      for (const li of document.querySelectorAll('li')) li.textContent = 'nothing here';
    });
    expect(await popupTerms(tabId)).toEqual(first);
    // A resume stored since: the cached analysis (scored against none) is not used.
    await extension(
      (chrome, text) =>
        chrome.storage.local.set({
          resumes: { resumes: [{ id: 'r1', name: 'Mine', text, source: 'paste', addedAt: '2026-01-01T00:00:00.000Z' }], defaultId: 'r1' },
        }),
      'Technical program manager: led Jira and Scrum delivery with stakeholder management across AWS migrations.',
    );
    const scored = await popupTerms(tabId);
    expect(Number(scored.score?.replace('/100', ''))).toBeGreaterThan(0);
  });

  // Records, from the page's first script on, the first popup element put into #root and whether it showed results.
  const FIRST_FRAME = `(() => {
    const seen = (window.__firstPopup = { withResults: null, replaced: false });
    new MutationObserver(() => {
      const shown = document.querySelector('#root > .tpmkl-popup');
      if (!shown) return;
      if (!seen.element) {
        seen.element = shown;
        seen.withResults = shown.querySelectorAll('main li').length > 0;
      } else if (shown !== seen.element) seen.replaced = true;
    }).observe(document, { subtree: true, childList: true });
  })()`;

  it('paints the cached results in its first frame, then React takes them over with working controls', async () => {
    const url = `${opened.server.origin}/careers-posting.html?snapshot`;
    const page = await opened.browser.context.newPage();
    await page.goto(url);
    const tabId = (await extension(async (chrome, u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, url)) as number;
    const first = await popupTerms(tabId);
    const popup = await opened.browser.context.newPage();
    const cdp = await opened.browser.context.newCDPSession(popup);
    await cdp.send('Page.enable');
    await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: FIRST_FRAME });
    await popup.goto(`chrome-extension://${opened.browser.extensionId}/popup.html?tab=${tabId}`);
    const toggle = popup.locator('.tpmkl-popup main button[aria-expanded]').first();
    await toggle.waitFor();
    // React's first commit replaces the snapshot; its own elements answer clicks.
    await popup.waitForFunction(() => (window as unknown as { __firstPopup: { replaced: boolean } }).__firstPopup.replaced);
    expect(await popup.evaluate(() => (window as unknown as { __firstPopup: { withResults: boolean } }).__firstPopup.withResults)).toBe(true);
    expect(await popup.locator('.tpmkl-popup main li').allTextContents()).toEqual(first.terms);
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
    await popup.close();
  });
});
