import { tenantBrand } from '../ats-hosts';
import type { SiteAdapter } from '../site-adapter';
import { first, prettySlug, textOf } from '../query';
import { readJsonLd } from '../read-json-ld';

/*
 * Test URLs:
 * https://northwind.wd5.myworkdayjobs.com/en-US/External/job/Seattle-WA/Senior-Technical-Program-Manager_R-104233
 * https://northwind.wd1.myworkdayjobs.com/Careers/job/Remote/Technical-Program-Manager_JR0042 (search page with the job pane)
 */

export const workday: SiteAdapter = {
  id: 'workday',
  matches: (url) => /(^|\.)(myworkdayjobs|myworkdaysite)\.com$/.test(url.hostname),
  extract: (doc) => {
    const scope = first(doc, ['[data-automation-id="jobDetails"]', '[data-automation-id="job-posting-details"]']) ?? doc;
    const body = first(scope, ['[data-automation-id="jobPostingDescription"]']);
    const host = doc.querySelector('meta[property="og:url"], link[rel="canonical"]');
    const url = host?.getAttribute('content') ?? host?.getAttribute('href') ?? '';
    const tenant = /\/\/([^.]+)\.wd\d+\.myworkday/.exec(url)?.[1] ?? '';
    const header = textOf(doc, ['[data-automation-id="headerTitle"]']);
    const organization = tenant ? (readJsonLd(doc)?.company ?? '') : '';
    return {
      title: textOf(scope, ['[data-automation-id="jobPostingHeader"]', 'h2', 'h1']),
      company: header,
      body: body ? [body] : [],
      // The tenant's brand where the JSON-LD names the legal entity that hires (src/extract/ats-hosts.ts).
      brand: header || (organization ? tenantBrand(url, doc.documentElement?.textContent ?? '', organization) : '') || undefined,
      companyGuess: tenant ? prettySlug(tenant) : undefined,
    };
  },
};
