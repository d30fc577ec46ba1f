import { brandInText, hasLegalForm } from '../company-name';
import type { SiteAdapter } from '../site-adapter';
import { first, prettySlug, textOf } from '../query';
import { readJsonLd } from '../read-json-ld';

/*
 * Test URLs:
 * https://northwind.wd5.myworkdayjobs.com/en-US/External/job/Seattle-WA/Senior-Technical-Program-Manager_R-104233
 * https://northwind.wd1.myworkdayjobs.com/Careers/job/Remote/Technical-Program-Manager_JR0042 (search page with the job pane)
 */

/**
 * The brand of a Workday tenant ("medtronic" -> "Medtronic"), where its JSON-LD names the legal entity that hires
 * instead: an entity of another name ("IN2 COV - COV Engineering Services PL") or the brand with a country and a
 * legal form ("Acme Canada Co."). A name that is the brand and more ("Woodgrove Bank") is the company's own.
 */
function tenantBrand(doc: Document, tenant: string): string {
  const brand = tenant ? brandInText(tenant, doc.documentElement?.textContent ?? '') : '';
  if (!brand) return '';
  const organization = readJsonLd(doc)?.company ?? '';
  if (!organization) return '';
  const named = new RegExp(`(^|[^\\p{L}])${brand}([^\\p{L}]|$)`, 'iu').test(organization);
  return !named || hasLegalForm(organization) ? brand : '';
}

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
    return {
      title: textOf(scope, ['[data-automation-id="jobPostingHeader"]', 'h2', 'h1']),
      company: header,
      body: body ? [body] : [],
      brand: header || tenantBrand(doc, tenant) || undefined,
      companyGuess: tenant ? prettySlug(tenant) : undefined,
    };
  },
};
