import type { SiteAdapter } from '../site-adapter';
import { first, prettySlug, textOf } from '../query';

/*
 * Test URLs:
 * https://jobs.ashbyhq.com/northwind/2b7c9d1e-3f4a-4b5c-9d8e-7f6a5b4c3d2e
 * https://jobs.ashbyhq.com/northwind/2b7c9d1e-3f4a-4b5c-9d8e-7f6a5b4c3d2e/application (the description stays in the Overview tab)
 * https://northwind.example/careers?ashby_jid=2b7c9d1e-3f4a-4b5c-9d8e-7f6a5b4c3d2e (the board embedded in the employer's page)
 */
export const ashby: SiteAdapter = {
  id: 'ashby',
  matches: (url) => /(^|\.)ashbyhq\.com$/.test(url.hostname),
  // The job board embedded on an employer's careers page (<div id="ashby_embed">) renders the same panes.
  embedMark: '.ashby-job-posting-right-pane',
  extract: (doc) => {
    const body = first(doc, ['.ashby-job-posting-right-pane [class*="_descriptionText"]', '[class*="_descriptionText"]', '.ashby-job-posting-right-pane']);
    // "Senior Technical Program Manager @ Northwind"
    const pageTitle = textOf(doc, ['title']);
    const canonical = doc.querySelector('link[rel="canonical"], meta[property="og:url"]');
    const href = canonical?.getAttribute('href') ?? canonical?.getAttribute('content') ?? '';
    const slug = /ashbyhq\.com\/([^/?#]+)/.exec(href)?.[1] ?? '';
    return {
      title: textOf(doc, ['.ashby-job-posting-heading', 'h1[class*="_title"]', 'h1']),
      company:
        (pageTitle.includes(' @ ') ? pageTitle.split(' @ ').pop()!.trim() : '') ||
        (doc.querySelector('[class*="_navLogoWordmarkImage"], [class*="_navLogo"] img')?.getAttribute('alt') ?? '').trim(),
      body: body ? [body] : [],
      skip: '[role="tablist"], [class*="_applicationForm"], [class*="_tabs"]',
      companyGuess: slug ? prettySlug(slug) : undefined,
    };
  },
};
