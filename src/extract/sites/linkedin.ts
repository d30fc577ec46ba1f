import type { SiteAdapter } from '../site-adapter';
import { first, textOf } from '../query';

/*
 * Test URLs:
 * https://www.linkedin.com/jobs/view/3712345678/ (public and signed-in job view)
 * https://www.linkedin.com/jobs/search/?currentJobId=3712345678&keywords=technical%20program%20manager (side pane)
 * https://www.linkedin.com/jobs/collections/recommended/?currentJobId=3712345678 (side pane)
 * https://www.linkedin.com/jobs/view/3712345678/ (2025 layout: generated class names, data-sdui-component and data-testid)
 */

/** LinkedIn's page titles: "Title | Company | LinkedIn" (2025 job view), "Company hiring Title in Place | LinkedIn". */
function fromPageTitle(pageTitle: string): { title: string; company: string } {
  const head = pageTitle.replace(/^\(\d+\)\s*/, '').replace(/\s*\|\s*LinkedIn\s*$/i, '');
  const parts = head.split(/\s+\|\s+/);
  if (parts.length === 2) return { title: parts[0], company: parts[1] };
  return { title: '', company: '' };
}

export const linkedin: SiteAdapter = {
  id: 'linkedin',
  matches: (url) => /(^|\.)linkedin\.com$/.test(url.hostname) && url.pathname.startsWith('/jobs'),
  extract: (doc) => {
    // The search page lists many jobs; only the details pane describes the selected one.
    const scope = first(doc, ['.jobs-search__job-details--container', '.jobs-search__job-details', '.scaffold-layout__detail', '.job-view-layout']) ?? doc;
    const body = first(scope, [
      '.jobs-description__content .jobs-box__html-content',
      '#job-details',
      '.jobs-description-content__text',
      '.jobs-description__content',
      '.show-more-less-html__markup',
      '.description__text',
      '[data-sdui-component$=".aboutTheJob"] [data-testid="expandable-text-box"]',
    ]);
    const titled = fromPageTitle(textOf(doc, ['title']));
    return {
      title:
        textOf(scope, [
          '.job-details-jobs-unified-top-card__job-title',
          '.jobs-unified-top-card__job-title',
          '.top-card-layout__title',
          '.topcard__title',
          'h1',
        ]) || titled.title,
      company:
        textOf(scope, [
          '.job-details-jobs-unified-top-card__company-name',
          '.jobs-unified-top-card__company-name',
          '.topcard__org-name-link',
          '.top-card-layout__second-subline a',
          '.job-details-jobs-unified-top-card__primary-description a',
          '.jobs-unified-top-card__primary-description a[href*="/company/"]',
        ]) || titled.company,
      body: body ? [body] : [],
      skip: '.show-more-less-html__button, .jobs-description__footer, .jobs-box__footer',
    };
  },
};
