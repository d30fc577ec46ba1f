import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, launch, openPopupFor, servePages } from './browser';

// The laws, certifications and tools a posting names outside the taxonomy, in the built popup (docs/popup-named.png).
describe.skipIf(!CHROMIUM)('named requirements outside the vocabulary, in the popup', () => {
  let server: Awaited<ReturnType<typeof servePages>>;
  let browser: Awaited<ReturnType<typeof launch>>;

  beforeAll(async () => {
    server = await servePages();
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.context.close();
    await server?.close();
  });

  it('lists them with their kind and importance, before and after a resume is saved', async () => {
    const url = `${server.origin}/site-program-posting.html`;
    let { page, popup } = await openPopupFor(browser, url);
    const region = popup.getByRole('region', { name: /Also asked, outside our vocabulary/ });
    const items = region.getByRole('list', { name: 'Also asked, outside our vocabulary' }).getByRole('listitem');
    await items.first().waitFor();
    const rows = await items.allTextContents();
    expect(rows).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Fisheries Protection Act \(FPA\).*Required.*law or regulation$/),
        expect.stringMatching(/^Aerial Lift.*Required.*certification or licence$/),
        expect.stringMatching(/^Class 2 Harbour Pilot Licence.*Required.*certification or licence$/),
        expect.stringMatching(/^Marine Rigging Safety.*Preferred.*certification or licence$/),
        expect.stringMatching(/^Tidewright.*Mentioned.*tool$/),
      ]),
    );
    // No resume yet: nothing is said about one.
    expect(rows.join(' ')).not.toMatch(/on your resume/);
    await page.close();
    await popup.close();

    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByLabel('Name').fill('Site resume');
    await options
      .getByLabel("Paste your resume's text")
      .fill('Site manager. Certified in aerial lift operation. Tracked marine projects in Jira and Smartsheet.');
    await options.getByRole('button', { name: 'Save pasted resume' }).click();
    await options.getByRole('list', { name: 'Saved resumes' }).getByRole('listitem').first().waitFor();
    await options.close();

    ({ page, popup } = await openPopupFor(browser, url));
    const scored = popup.getByRole('list', { name: 'Also asked, outside our vocabulary' }).getByRole('listitem');
    await popup.getByTestId('score').waitFor();
    const lift = scored.filter({ hasText: /^Aerial Lift/ });
    await expect.poll(() => lift.textContent()).toContain('on your resume');
    expect(await lift.textContent()).not.toContain('not on your resume');
    expect(await scored.filter({ hasText: 'Hot Work' }).textContent()).toContain('not on your resume');
    mkdirSync('docs', { recursive: true });
    await popup.getByTestId('named-requirements').screenshot({ path: 'docs/popup-named.png' });
    await page.close();
    await popup.close();
  });
});
