import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { FIREFOX, pollUntil, useFirefoxWithPages } from './firefox-browser';

// Where Firefox is missing (a user's clone without it), say so; CI installs it and must run this.
if (!FIREFOX && process.env.CI) throw new Error('e2e: Firefox is not installed; .ci/run installs Debian firefox-esr');
if (!FIREFOX) console.warn('e2e skipped: no Firefox at /usr/bin/firefox-esr (apt-get install -y firefox-esr)');

/** What a page of the extension shows, read in the page itself. */
const textOf = (page: Page, selector: string) => page.$$eval(selector, (nodes) => nodes.map((n) => n.textContent?.trim() ?? ''));
const waitForText = (page: Page, selector: string, text: string) =>
  pollUntil(page, (s, t) => [...document.querySelectorAll(s)].some((n) => n.textContent?.includes(t)), selector, text);

const RESUME = [
  'Technical Program Manager, Harbor Freight Systems (2019-2025)',
  '- Led the move of 40 services to Kubernetes on AWS across five engineering teams.',
  '- Ran Scrum ceremonies and kept the program roadmap and milestones in Jira and Confluence.',
  '- Reported program status to executives every week.',
].join('\n');

describe.skipIf(!FIREFOX)('the extension in real Firefox', () => {
  const opened = useFirefoxWithPages();

  /** Opens a served page, then the popup as a page aimed at that tab, as the Chromium tests do. */
  async function openPopupFor(file: string) {
    const { firefox, server } = opened;
    const page = await firefox.newPage();
    await page.goto(`${server.origin}/${file}`);
    const tabId = await firefox.tabIdOf(page.url());
    expect(tabId).toBeTypeOf('number');
    const popup = await firefox.openExtensionPage(`popup.html?tab=${tabId}`);
    return { page, popup };
  }

  it.each([
    ['with JSON-LD', 'careers-posting.html'],
    ['without JSON-LD (read by readability)', 'careers-posting.html?json-ld=0'],
  ])('shows the title and the skills of a careers page %s in the popup', async (_, file) => {
    const { page, popup } = await openPopupFor(file);
    await waitForText(popup, 'h1', 'Senior Technical Program Manager');
    await waitForText(popup, 'button', 'Add your resume');
    const terms = await textOf(popup, '.tpmkl-term__label');
    expect(terms).toEqual(expect.arrayContaining(['Kubernetes', 'Jira', 'Scrum']));
    // The cookie banner and the navigation are no part of the posting.
    expect(terms.join(' ')).not.toMatch(/cookie|blog/i);
    await page.close();
    await popup.close();
  });

  it('says when a page is not a job posting', async () => {
    const { page, popup } = await openPopupFor('news-article.html');
    await waitForText(popup, '[role=status]', 'Paste a posting');
    expect((await textOf(popup, '[role=status]')).join(' ')).toMatch(/does not look like a job posting|No job posting|too little text/);
    expect(await textOf(popup, '.tpmkl-term__label')).toEqual([]);
    await page.close();
    await popup.close();
  });

  it('stores a pasted resume in the options page, and still has it after a reload', async () => {
    const { firefox } = opened;
    const options = await firefox.openExtensionPage('options.html');
    const field = (label: string) =>
      options.evaluateHandle((l) => {
        const labelled = [...document.querySelectorAll('label')].find((n) => n.textContent === l);
        return document.getElementById(labelled?.htmlFor ?? '') as HTMLInputElement | HTMLTextAreaElement;
      }, label);
    await (await field('Name')).type('Firefox resume');
    await (await field("Paste your resume's text")).type(RESUME);
    await (await options.waitForSelector('button[type=submit]:not([disabled])'))!.click();
    await waitForText(options, '[role=status]', 'Resume saved.');
    await firefox.reloadExtensionPage(options);
    await waitForText(options, '[aria-label="Saved resumes"] li', 'Firefox resume');
    expect(await textOf(options, '[aria-label="Saved resumes"] li')).toEqual([expect.stringMatching(/^Firefox resume\s*PASTE · \d+ words/)]);
    await options.close();
  });

  it('scores the posting against the stored resume', async () => {
    const { page, popup } = await openPopupFor('careers-posting.html');
    await waitForText(popup, '.tpmkl-score', 'against “Firefox resume”');
    expect(Number((await textOf(popup, '[data-testid=score]'))[0].replace('/100', ''))).toBeGreaterThan(0);
    const group = (id: string) => textOf(popup, `[aria-labelledby=${id}] .tpmkl-term__label`);
    expect(await group('g-covered')).toEqual(expect.arrayContaining(['Kubernetes', 'Jira']));
    expect(await group('g-covered')).not.toContain('Terraform');
    expect(await group('g-missing')).toContain('Terraform');
    await page.close();
    await popup.close();
  });

  // pdf.js and mammoth run in the options page: a module worker from moz-extension:// is Firefox's own case.
  it.each([
    ['reads a PDF resume', 'tests/fixtures/resumes/resume.pdf', '[role=status]', 'Added “resume” from resume.pdf.'],
    ['reads a DOCX resume', 'tests/fixtures/resumes/resume.docx', '[role=status]', 'Added “resume” from resume.docx.'],
    ['refuses a corrupt PDF', 'tests/fixtures/resumes/corrupt.pdf', '[role=alert]', 'not a readable PDF'],
  ])('%s in the options page', async (_, file, role, message) => {
    const { firefox } = opened;
    const options = await firefox.openExtensionPage('options.html');
    const saved = () => textOf(options, '[aria-label="Saved resumes"] li');
    await waitForText(options, '[aria-label="Saved resumes"] li', 'Firefox resume');
    const before = (await saved()).length;
    const input = (await options.$('input[type=file]'))!;
    await input.uploadFile(resolve(file));
    await waitForText(options, role, message);
    expect((await saved()).length).toBe(role === '[role=alert]' ? before : before + 1);
    await options.close();
  });
});
