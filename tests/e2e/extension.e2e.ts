import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, EXTENSION_DIR, foreignRequests, launch, OUTPUT_DIR, openPopupFor, servePages, tabIdOf } from './browser';

// Where Chromium is missing (a user's clone without it), say so; CI installs it and must run this.
if (!CHROMIUM && process.env.CI) throw new Error('e2e: Chromium is not installed; .ci/run installs Debian chromium');
if (!CHROMIUM) console.warn('e2e skipped: no Chromium at /usr/bin/chromium (apt-get install -y chromium)');

describe.skipIf(!CHROMIUM)('the extension in real Chromium', () => {
  let server: Awaited<ReturnType<typeof servePages>>;
  let browser: Awaited<ReturnType<typeof launch>>;
  const seen: string[] = [];
  const scratch = mkdtempSync(join(tmpdir(), 'tpmkl-files-'));

  beforeAll(async () => {
    server = await servePages();
    browser = await launch();
  });
  afterAll(async () => {
    seen.push(...(browser?.requests ?? []));
    await browser?.context.close();
    await server?.close();
    expect(foreignRequests(seen), 'requests to hosts other than 127.0.0.1').toEqual([]);
  });

  it('asks for no host permission in the shipped manifest', async () => {
    const shipped = JSON.parse(readFileSync(join(OUTPUT_DIR, 'chrome-mv3/manifest.json'), 'utf8'));
    expect(shipped.host_permissions ?? []).toEqual([]);
    expect(shipped.content_scripts ?? []).toEqual([]);
    expect([...shipped.permissions].sort()).toEqual(['activeTab', 'contextMenus', 'scripting', 'sidePanel', 'storage']);
    expect(shipped.content_security_policy.extension_pages).toBe("script-src 'self'; object-src 'self'");
    // WXT turns an entrypoint named newtab, history or bookmarks into an override of the browser's own page.
    expect(shipped.chrome_url_overrides).toBeUndefined();
    expect(EXTENSION_DIR).toContain('e2e');
  });

  it.each([
    ['with JSON-LD', 'careers-posting.html'],
    ['without JSON-LD (read by readability)', 'careers-posting.html?json-ld=0'],
  ])('shows the posting terms of a careers page %s, and invites a resume when none is stored', async (_, file) => {
    const { page, popup } = await openPopupFor(browser, `${server.origin}/${file}`);
    await expect.poll(() => popup.getByRole('heading', { level: 1 }).textContent()).toContain('Senior Technical Program Manager');
    await popup.getByRole('button', { name: 'Add your resume' }).waitFor();
    expect(await popup.getByText('Kubernetes').count()).toBeGreaterThan(0);
    await page.close();
    await popup.close();
  });

  it('tells the page nothing while it reads and marks it: no window message, no event on the document', async () => {
    const url = `${server.origin}/careers-posting.html`;
    const page = await browser.context.newPage();
    await page.goto(url);
    // The page's own scripts listening: for any window message, and for the announcement WXT's content-script wrapper
    // made of every injection (an event named for the extension's id), which the injected scripts no longer carry.
    await page.evaluate((id) => {
      const heard: string[] = [];
      (window as unknown as { heard: string[] }).heard = heard;
      window.addEventListener('message', (e) => heard.push(`message ${JSON.stringify(e.data)}`));
      for (const script of ['extractor', 'page-reader', 'embedded-boards', 'highlighter'])
        document.addEventListener(`${id}:${script}:wxt:content-script-started`, (e) => heard.push(e.type));
    }, browser.extensionId);
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${await tabIdOf(browser.worker, url)}`);
    await popup.getByRole('button', { name: 'Add your resume' }).waitFor();
    // Read, then marked: the highlights registered in the page mean every script has run there.
    await expect.poll(() => page.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size)).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { heard: string[] }).heard)).toEqual([]);
    await page.close();
    await popup.close();
  });

  it('adds a PDF and a DOCX resume in the options page', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const file = options.getByLabel('or choose a file (.txt, .pdf, .docx):');
    await file.setInputFiles('tests/fixtures/resumes/resume.pdf');
    await options.getByText('Added “resume” from resume.pdf.').waitFor();
    await options.getByLabel('Name').fill('Resume from Word');
    await file.setInputFiles('tests/fixtures/resumes/resume.docx');
    await options.getByText('from resume.docx').waitFor();
    const saved = options.getByRole('list', { name: 'Saved resumes' }).getByRole('listitem');
    await expect.poll(() => saved.count()).toBe(2);
    expect(await saved.first().textContent()).toMatch(/PDF · \d+ words/);
    await options.close();
  });

  it.each([
    ['resume-corrupt.pdf', 'tests/fixtures/resumes/corrupt.pdf', /not a readable PDF/],
    ['resume-password.pdf', 'tests/fixtures/resumes/password.pdf', /password-protected/],
    ['resume-scanned.pdf', 'tests/fixtures/resumes/scanned.pdf', /no text layer|No text found/],
    ['resume-empty.pdf', 'tests/fixtures/resumes/empty.pdf', /is empty/],
    ['resume-corrupt.docx', 'tests/fixtures/resumes/corrupt.docx', /not a readable Word document/],
    ['photo.png', 'tests/fixtures/resumes/photo.png', /not a resume format we read/],
    ['huge.pdf', 30 * 1024 * 1024, /30\.0 MB; the limit is 10\.0 MB/],
  ] as const)('refuses %s with a clear message and changes nothing stored', async (name, source, message) => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const saved = options.getByRole('list', { name: 'Saved resumes' }).getByRole('listitem');
    await expect.poll(() => saved.count()).toBe(2);
    const file = options.getByLabel('or choose a file (.txt, .pdf, .docx):');
    // Copied under the tested name; a local path is handed to Chromium without streaming 30 MB over the protocol.
    const path = join(scratch, name);
    if (typeof source === 'number') writeFileSync(path, Buffer.alloc(source, 32));
    else copyFileSync(source, path);
    await file.setInputFiles(path);
    await options.getByRole('alert').getByText(message).waitFor();
    expect(await saved.count()).toBe(2);
    await options.close();
  });

  it('scores the posting against the default resume, and copies a suggested bullet', async () => {
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const { page, popup } = await openPopupFor(browser, `${server.origin}/careers-posting.html`);
    const score = popup.getByTestId('score');
    await score.waitFor();
    expect(Number((await score.textContent())?.replace('/100', ''))).toBeGreaterThan(0);
    await popup.getByText(/Required \d+\/\d+ covered/).waitFor();
    // "Computer Science, Engineering or equivalent experience": the resume's Computer Science degree meets the choice.
    const engineering = popup
      .getByRole('region', { name: /Covered/ })
      .getByRole('listitem')
      .filter({ hasText: 'Engineering degree' });
    expect(await engineering.getByText('or Computer Science degree').count()).toBe(1);
    expect(
      await popup
        .getByRole('region', { name: /Missing/ })
        .getByText('Engineering degree')
        .count(),
    ).toBe(0);
    // Two resumes are stored: the popup compares with another one on request.
    const picker = popup.getByLabel('Compare with');
    expect(await picker.locator('option').allTextContents()).toEqual(['resume', 'Resume from Word']);
    await picker.selectOption({ label: 'Resume from Word' });
    await popup.getByText('against “Resume from Word”').waitFor();
    await picker.selectOption({ label: 'resume' });
    await popup.getByText('against “resume”').waitFor();
    const missing = popup.getByRole('region', { name: /Missing/ });
    await missing.getByRole('button').first().click();
    const copy = missing.getByRole('button', { name: /^Copy:/ }).first();
    const bullet = (await copy.getAttribute('aria-label'))!.replace(/^Copy: /, '');
    await copy.click();
    await popup.getByText('Copied!').waitFor();
    expect(await popup.evaluate(() => navigator.clipboard.readText())).toBe(bullet);
    mkdirSync('docs', { recursive: true });
    await popup.screenshot({ path: 'docs/popup.png' });
    // "PMP or PgMP certification", neither on the resume: either would do, and the term says so.
    await missing.getByRole('button', { name: /PgMP/ }).click();
    await missing.getByText('Or PMP: the posting takes any one.').waitFor();
    // The Engineering degree, opened: what meets it.
    await engineering.getByRole('button').click();
    const either = engineering.getByText('The posting takes either, and your resume has Computer Science degree.');
    await either.waitFor();
    await either.scrollIntoViewIfNeeded();
    await popup.screenshot({ path: 'docs/popup-choice.png' });
    await page.close();
    await popup.close();
  });

  it('says when a page is not a job posting, and offers to paste one', async () => {
    const { page, popup } = await openPopupFor(browser, `${server.origin}/news-article.html`);
    await popup
      .getByRole('status')
      .getByText(/does not look like a job posting|No job posting|too little text/)
      .waitFor();
    await popup.getByRole('button', { name: 'Paste a posting' }).click();
    // Pasted text that is no posting is said so, and kept for editing.
    await popup.getByLabel("Paste the job posting's text").fill('Lunch menu: soup and bread.');
    await popup.getByRole('button', { name: 'Analyze' }).click();
    await popup
      .getByRole('status')
      .getByText(/too little text/)
      .waitFor();
    await popup.getByRole('button', { name: 'Paste a posting' }).click();
    expect(await popup.getByLabel("Paste the job posting's text").inputValue()).toBe('Lunch menu: soup and bread.');
    await popup
      .getByLabel("Paste the job posting's text")
      .fill('Requirements\n- 5+ years of program management with Jira, Confluence and Scrum.\n- PMP preferred. '.repeat(5));
    await popup.getByRole('button', { name: 'Analyze' }).click();
    await popup.getByText('pasted text').waitFor();
    await page.close();
    await popup.close();
  });

  it('says so on a page where extensions may not run, and offers to paste instead', async () => {
    const page = await browser.context.newPage();
    await page.goto('chrome://version');
    const tabId = await tabIdOf(browser.worker, 'chrome://version/');
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    await popup.getByRole('status').getByText('The browser does not let extensions read this page.').waitFor();
    await popup.getByRole('button', { name: 'Paste a posting' }).waitFor();
    await page.close();
    await popup.close();
  });

  it('works from the keyboard: open a missing term, copy a bullet', async () => {
    const { page, popup } = await openPopupFor(browser, `${server.origin}/careers-posting.html`);
    await popup.getByTestId('score').waitFor();
    const first = popup
      .getByRole('region', { name: /Missing/ })
      .getByRole('button')
      .first();
    await first.focus();
    await popup.keyboard.press('Enter');
    expect(await first.getAttribute('aria-expanded')).toBe('true');
    await popup.keyboard.press('Tab');
    await popup.keyboard.press('Enter');
    await popup.getByText('Copied!').waitFor();
    await page.close();
    await popup.close();
  });

  it('keeps the resumes across a browser restart', async () => {
    seen.push(...browser.requests);
    const { userDataDir } = browser;
    await browser.context.close();
    browser = await launch(userDataDir);
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const saved = options.getByRole('list', { name: 'Saved resumes' }).getByRole('listitem');
    await expect.poll(() => saved.count()).toBe(2);
    await options.close();
  });
});
