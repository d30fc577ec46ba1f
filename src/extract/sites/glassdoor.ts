import type { SiteAdapter } from '../site-adapter';
import { first, textOf } from '../query';

/*
 * Test URLs:
 * https://www.glassdoor.com/job-listing/senior-technical-program-manager-northwind-JV_IC1150505_KO0,32_KE33,42.htm?jl=1009876543210
 * https://www.glassdoor.com/Job/seattle-technical-program-manager-jobs-SRCH_IL.0,7_IC1150505_KO8,33.htm (search page with the job pane)
 * https://www.glassdoor.co.uk/job-listing/technical-program-manager-northwind-JV_KO0,25_KE26,35.htm?jl=1009876543211
 */
export const glassdoor: SiteAdapter = {
  id: 'glassdoor',
  matches: (url) => /(^|\.)glassdoor\.(com|[a-z]{2}|co\.[a-z]{2}|com\.[a-z]{2})$/.test(url.hostname),
  extract: (doc) => {
    const scope = first(doc, ['[class*="JobDetails_jobDetailsContainer"]', '[data-test="job-details"]']) ?? doc;
    const body = first(scope, ['[class*="JobDetails_jobDescription"]', '.jobDescriptionContent', '[data-test="jobDescriptionContent"]']);
    return {
      title: textOf(scope, ['[data-test="job-title"]', '[class*="JobDetails_jobTitle"]', 'h1']),
      // The employer line also carries the star rating: "Northwind 4.2 ★".
      company: textOf(scope, [
        '[class*="EmployerProfile_employerNameHeading"]',
        '[data-test="employer-name"]',
        '[class*="EmployerProfile_employerName"]',
      ]).replace(/\s*\d(?:\.\d)?\s*★?$/, ''),
      body: body ? [body] : [],
      skip: '[class*="JobDetails_showMoreWrapper"], [class*="ShowMore"]',
    };
  },
};
