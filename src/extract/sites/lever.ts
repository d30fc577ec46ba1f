import type { SiteAdapter } from '../site-adapter';
import { prettySlug, textOf } from '../query';

/*
 * Test URLs:
 * https://jobs.lever.co/northwind/6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f
 * https://jobs.eu.lever.co/northwind/6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f
 */
export const lever: SiteAdapter = {
  id: 'lever',
  matches: (url) => /^jobs\.(eu\.)?lever\.co$/.test(url.hostname),
  extract: (doc) => {
    // Each part of the description is a .section of the page-full-width wrapper; the header and the apply button are not,
    // nor the application form's sections where the page shows the form below the posting.
    const body = Array.from(doc.querySelectorAll('.posting-page .section-wrapper .section')).filter(
      (el) =>
        !el.matches('.posting-header, .last-section-apply, [data-qa="btn-apply-bottom"]') &&
        !el.querySelector('.posting-headline') &&
        !el.closest('form, .application-page'),
    );
    // "Northwind - Senior Technical Program Manager"
    const pageTitle = textOf(doc, ['title']);
    const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
    const slug = /lever\.co\/([^/?#]+)/.exec(canonical)?.[1] ?? '';
    return {
      title: textOf(doc, ['.posting-headline h2', '[data-qa="posting-name"]', 'h2']),
      company:
        doc
          .querySelector('.main-header-logo img')
          ?.getAttribute('alt')
          ?.replace(/\s*logo$/i, '')
          .trim() || (pageTitle.includes(' - ') ? pageTitle.split(' - ')[0].trim() : ''),
      body,
      skip: '.postings-btn-wrapper, .postings-btn',
      companyGuess: slug ? prettySlug(slug) : undefined,
    };
  },
};
