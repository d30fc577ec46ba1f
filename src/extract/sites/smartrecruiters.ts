import type { SiteAdapter } from '../site-adapter';
import { first, prettySlug, textOf } from '../query';

/*
 * Test URLs:
 * https://jobs.smartrecruiters.com/NorthwindRobotics/744000012345678-senior-technical-program-manager
 * https://careers.smartrecruiters.com/NorthwindRobotics/744000012345678 (older path)
 */
export const smartrecruiters: SiteAdapter = {
  id: 'smartrecruiters',
  matches: (url) => /(^|\.)smartrecruiters\.com$/.test(url.hostname),
  extract: (doc) => {
    const body = first(doc, ['.job-sections', '[itemprop="description"]']);
    const canonical = doc.querySelector('link[rel="canonical"], meta[property="og:url"]');
    const href = canonical?.getAttribute('href') ?? canonical?.getAttribute('content') ?? '';
    const slug = /smartrecruiters\.com\/([^/?#]+)/.exec(href)?.[1] ?? '';
    return {
      title: textOf(doc, ['h1.job-title', '[itemprop="title"]', 'h1']),
      company: textOf(doc, ['[itemprop="hiringOrganization"] [itemprop="name"]', '.header-company-name']),
      body: body ? [body] : [],
      // The job's header (its title and facts) may sit inside the sections' wrapper.
      skip: '.job-apply, .js-apply, .sticky-apply, .job-header',
      companyGuess: slug ? prettySlug(slug.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')) : undefined,
    };
  },
};
