import type { SiteAdapter } from '../site-adapter';
import { brandInText } from '../company-name';
import { first, prettySlug, textOf } from '../query';

/*
 * Test URLs:
 * https://careers-northwind.icims.com/jobs/10423/senior-technical-program-manager/job?in_iframe=1 (the posting's iframe)
 * https://careers-northwind.icims.com/jobs/10423/senior-technical-program-manager/job
 */
export const icims: SiteAdapter = {
  id: 'icims',
  matches: (url) => /(^|\.)icims\.com$/.test(url.hostname),
  extract: (doc) => {
    const body = first(doc, ['.iCIMS_JobContent', '.iCIMS_InfoMsg_Job']);
    const canonical = doc.querySelector('link[rel="canonical"], meta[property="og:url"]');
    const href = canonical?.getAttribute('href') ?? canonical?.getAttribute('content') ?? '';
    const tenant = /\/\/(?:careers?-|jobs-)?([^.]+)\.icims\.com/.exec(href)?.[1] ?? '';
    return {
      title: textOf(doc, ['.iCIMS_Header', '.iCIMS_JobHeaderTitle', 'h1']),
      company: textOf(doc, ['.iCIMS_CompanyName']),
      body: body ? [body] : [],
      // The current portal also shows the job's place and number in a row of its own above the header fields
      // (<div class="col-xs-6 header left"><span class="sr-only field-label">Job Locations</span>…).
      skip: '.iCIMS_Header, .iCIMS_JobHeaderGroup, .iCIMS_JobOptions, .iCIMS_PageFooter, .iCIMS_Logo, .iCIMS_JobsTableMenu, .iCIMS_JobContent > .row > .header',
      // The page's own spelling of the tenant ("careers-sargentlundy": "Sargent & Lundy"), else the tenant's words.
      companyGuess: tenant ? brandInText(tenant, doc.body?.textContent ?? '') || prettySlug(tenant) : undefined,
    };
  },
};
