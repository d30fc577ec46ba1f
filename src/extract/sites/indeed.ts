import type { SiteAdapter } from '../site-adapter';
import { first, textOf } from '../query';

/*
 * Test URLs:
 * https://www.indeed.com/viewjob?jk=4f2a9c1b7d3e8a60
 * https://www.indeed.com/jobs?q=technical+program+manager&vjk=4f2a9c1b7d3e8a60 (right pane)
 * https://uk.indeed.com/viewjob?jk=4f2a9c1b7d3e8a60
 */
export const indeed: SiteAdapter = {
  id: 'indeed',
  matches: (url) => /(^|\.)indeed\.(com|[a-z]{2}|co\.[a-z]{2}|com\.[a-z]{2})$/.test(url.hostname),
  extract: (doc) => {
    const scope = first(doc, ['#jobsearch-ViewjobPaneWrapper', '.jobsearch-RightPane', '.jobsearch-ViewJobLayout-jobDisplay']) ?? doc;
    const body = first(scope, ['#jobDescriptionText', '.jobsearch-jobDescriptionText']);
    return {
      // The search page's pane has a simpler header (data-testid="simpler-jobTitle"); its h1 heads the result list.
      title: textOf(scope, [
        '[data-testid="jobsearch-JobInfoHeader-title"]',
        '.jobsearch-JobInfoHeader-title',
        '[data-testid="simpler-jobTitle"]',
        scope === doc ? 'h1' : '.jobsearch-JobComponent h1',
      ]).replace(/\s*-\s*job post$/i, ''),
      company: textOf(scope, [
        '[data-testid="inlineHeader-companyName"]',
        '[data-company-name="true"]',
        '.jobsearch-CompanyInfoContainer a',
        '.jobsearch-InlineCompanyRating div',
        '.jobsearch-JobInfoHeader-companyNameSimple',
      ]),
      body: body ? [body] : [],
    };
  },
};
