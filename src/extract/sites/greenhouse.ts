import type { SiteAdapter } from '../site-adapter';
import { first, prettySlug, textOf } from '../query';

/*
 * Test URLs:
 * https://job-boards.greenhouse.io/northwind/jobs/5058714008
 * https://boards.greenhouse.io/northwind/jobs/4012345678 (older layout: #app_body, #content)
 * https://job-boards.greenhouse.io/embed/job_app?for=northwind&token=5058714008 (the iframe of a company page's embedded board)
 * https://job-boards.eu.greenhouse.io/northwind/jobs/5058714008
 */
export const greenhouse: SiteAdapter = {
  id: 'greenhouse',
  matches: (url) => /(^|\.)greenhouse\.io$/.test(url.hostname),
  extract: (doc) => {
    const body = first(doc, ['.job__description', '#content', '#app_body .content']);
    // "Job Application for Technical Program Manager at Northwind"
    const pageTitle = textOf(doc, ['title']);
    const fromPageTitle = /\bat (.+)$/.exec(pageTitle)?.[1] ?? '';
    const logo =
      doc
        .querySelector('.logo img, #logo img')
        ?.getAttribute('alt')
        ?.replace(/\s*logo$/i, '') ?? '';
    const canonical = doc.querySelector('link[rel="canonical"], meta[property="og:url"]');
    const href = canonical?.getAttribute('href') ?? canonical?.getAttribute('content') ?? '';
    const slug = /greenhouse\.io\/(?!embed\b)([^/?#]+)/.exec(href)?.[1] ?? /[?&]for=([^&#]+)/.exec(href)?.[1] ?? '';
    return {
      title: textOf(doc, ['.job__title h1', 'h1.app-title', '.app-title', '#header h1', 'h1']),
      company: textOf(doc, ['.company-name']).replace(/^at\s+/i, '') || fromPageTitle || logo,
      body: body ? [body] : [],
      skip: '.job-alert, #application, .application--container',
      companyGuess: slug ? prettySlug(slug) : undefined,
    };
  },
};
