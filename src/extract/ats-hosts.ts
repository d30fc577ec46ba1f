// Hiring systems that host many employers' postings, each under its own name in the address: a subdomain
// ("acme.bamboohr.com", "acme.wd5.myworkdayjobs.com"), the first part of the path ("jobs.jobvite.com/acme/job/1") or a
// query parameter ("career8.successfactors.com/career?company=AcmeProd").
// That name is the employer's brand as the page's text writes it, when nothing else on the page names the employer.
import { compareKey } from '../text/basics';
import { brandInText, hasLegalForm } from './company-name';

export interface AtsHost {
  /** The host's domain; a page on it or on a subdomain of it. */
  domain: string;
  /** The hiring system's name, as a page may add it to the employer's ("Acme - BambooHR"). */
  name: string;
  /** Where the employer's name sits: the subdomain before the domain (its first label), the path's first part, or a query parameter. */
  tenant: 'subdomain' | 'path' | 'query';
  /** The query parameter that names the employer (tenant 'query'). */
  parameter?: string;
  /** Hosts whose structured data names the legal entity that hires ("Acme Canada Co."), not the brand. */
  namesLegalEntity?: boolean;
}

/** Each with an address of its kind after it (the injected extractor carries this list, so examples stay comments). */
export const ATS_HOSTS: readonly AtsHost[] = [
  { domain: 'myworkdayjobs.com', name: 'Workday', tenant: 'subdomain', namesLegalEntity: true }, // acme.wd5.myworkdayjobs.com/en-US/...
  { domain: 'myworkdaysite.com', name: 'Workday', tenant: 'subdomain', namesLegalEntity: true }, // acme.wd1.myworkdaysite.com/recruiting/...
  { domain: 'taleo.net', name: 'Taleo', tenant: 'subdomain' }, // acme.taleo.net/careersection/...
  { domain: 'bamboohr.com', name: 'BambooHR', tenant: 'subdomain' }, // acme.bamboohr.com/careers/...
  { domain: 'recruitee.com', name: 'Recruitee', tenant: 'subdomain' }, // acme.recruitee.com/o/...
  { domain: 'teamtailor.com', name: 'Teamtailor', tenant: 'subdomain' }, // acme.teamtailor.com/jobs/...
  { domain: 'jobs.personio.de', name: 'Personio', tenant: 'subdomain' }, // acme.jobs.personio.de/job/...
  { domain: 'jobs.personio.com', name: 'Personio', tenant: 'subdomain' }, // acme.jobs.personio.com/job/...
  { domain: 'breezy.hr', name: 'Breezy HR', tenant: 'subdomain' }, // acme.breezy.hr/p/...
  { domain: 'applytojob.com', name: 'JazzHR', tenant: 'subdomain' }, // JazzHR: acme.applytojob.com/apply/...
  { domain: 'workable.com', name: 'Workable', tenant: 'subdomain' }, // acme.workable.com/j/...
  { domain: 'apply.workable.com', name: 'Workable', tenant: 'path' }, // apply.workable.com/acme/...
  { domain: 'jobs.jobvite.com', name: 'Jobvite', tenant: 'path' }, // jobs.jobvite.com/acme/...
  { domain: 'ats.rippling.com', name: 'Rippling', tenant: 'path' }, // ats.rippling.com/acme/...
  { domain: 'jobs.ashbyhq.com', name: 'Ashby', tenant: 'path' }, // jobs.ashbyhq.com/acme/...
  { domain: 'jobs.lever.co', name: 'Lever', tenant: 'path' }, // jobs.lever.co/acme/...
  { domain: 'boards.greenhouse.io', name: 'Greenhouse', tenant: 'path' }, // boards.greenhouse.io/acme/...
  { domain: 'job-boards.greenhouse.io', name: 'Greenhouse', tenant: 'path' }, // job-boards.greenhouse.io/acme/...
  { domain: 'jobs.smartrecruiters.com', name: 'SmartRecruiters', tenant: 'path' }, // jobs.smartrecruiters.com/Acme/...
  { domain: 'icims.com', name: 'iCIMS', tenant: 'subdomain' }, // careers-acme.icims.com/jobs/... (the "careers-" of its first label dropped)
  { domain: 'successfactors.com', name: 'SuccessFactors', tenant: 'query', parameter: 'company' }, // career8.successfactors.com/career?company=AcmeProd
  { domain: 'successfactors.eu', name: 'SuccessFactors', tenant: 'query', parameter: 'company' }, // career2.successfactors.eu/career?company=AcmeP
];

/**
 * What SuccessFactors adds to an employer's name to name its production system ("MoodysProd", "AcmePROD"), after the
 * name's last lower-case letter: the brand is the name before it.
 */
const SYSTEM_SUFFIX = /(?<=\p{Ll})(?:Prod|PROD|Production)$/u;

const hiringSystems = new Set(ATS_HOSTS.map((host) => compareKey(host.name)));
/** Whether a name is a hiring system's ("BambooHR", "Workable"). */
export const isHiringSystem = (name: string) => hiringSystems.has(compareKey(name));

/** Names a hiring system gives its own pages, not an employer ("www", "careers", "embed"). */
const NOT_TENANTS = new Set(['www', 'jobs', 'careers', 'apply', 'embed', 'api', 'app', 'en', 'de', 'fr', 'es']);

/** The employer's name in a hiring system's address, as written there ("acme"), and its host; undefined elsewhere. */
export function atsTenant(url: string): { tenant: string; host: AtsHost } | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const hostname = parsed.hostname.toLowerCase();
  for (const host of ATS_HOSTS) {
    if (host.tenant === 'path' && hostname === host.domain) {
      const tenant = decodeURIComponent(parsed.pathname.split('/')[1] ?? '');
      if (tenant && !NOT_TENANTS.has(tenant.toLowerCase())) return { tenant, host };
    } else if (host.tenant === 'query' && host.parameter && (hostname === host.domain || hostname.endsWith(`.${host.domain}`))) {
      const tenant = (parsed.searchParams.get(host.parameter) ?? '').replace(SYSTEM_SUFFIX, '');
      if (tenant) return { tenant, host };
    } else if (host.tenant === 'subdomain' && hostname.endsWith(`.${host.domain}`)) {
      // "careers-acme", "jobs-acme": a hiring system's name for the employer's site, around the employer's.
      const tenant = hostname.split('.')[0].replace(/^(?:careers|jobs)-(?=[a-z0-9])/, '');
      if (!NOT_TENANTS.has(tenant)) return { tenant, host };
    }
  }
  return undefined;
}

/**
 * The employer's brand a hiring system's address names, as the page's text writes it ("medtronic" -> "Medtronic"), or ''.
 * `organization` is the company the page's structured data names: on a host that names legal entities, the brand
 * replaces an entity of another name ("IN2 COV - COV Engineering Services PL") or the brand with a legal form ("Acme
 * Canada Co."); a name that is the brand and more ("Woodgrove Bank") is the employer's own, and is kept.
 * `pageText` may be a function: a page's whole text is long (its scripts' state too), and only a hiring system's address needs it.
 */
export function tenantBrand(url: string, pageText: string | (() => string), organization = ''): string {
  const found = atsTenant(url);
  if (!found) return '';
  const brand = brandInText(found.tenant, typeof pageText === 'string' ? pageText : pageText());
  if (!brand || !organization) return brand;
  if (!found.host.namesLegalEntity) return '';
  const named = new RegExp(`(^|[^\\p{L}])${brand}([^\\p{L}]|$)`, 'iu').test(organization);
  return !named || hasLegalForm(organization) ? brand : '';
}

/** The first label of an employer's own careers host: "jobs.contoso.com", "careers.contoso.co.uk", "recruit.contoso.com". */
const CAREERS_HOSTS = new Set(['jobs', 'careers', 'career', 'recruit', 'recruiting', 'hiring']);

/**
 * The employer's brand an employer's own careers host names ("jobs.contoso.com" -> "Contoso"), as the page's text writes
 * it, or ''. Not a hiring system's host (atsTenant reads those): the name before the domain's ending (one or two short
 * labels: "com", "co.uk") is the employer's.
 */
export function careersHostBrand(url: string, pageText: string | (() => string)): string {
  const host = hostLabels(url);
  if (!host) return '';
  const { labels, ending } = host;
  // "amazon.jobs": a careers domain names the employer itself.
  const careersDomain = careersDomainLabel(labels.join('.'));
  if (careersDomain) return brandInText(careersDomain, typeof pageText === 'string' ? pageText : pageText());
  if (labels.length < 3 || !CAREERS_HOSTS.has(labels[0]) || atsTenant(url)) return '';
  if (labels.length - ending !== 2) return '';
  return brandInText(labels[1], typeof pageText === 'string' ? pageText : pageText());
}

/** The domain endings kept for employers' own careers sites ("amazon.jobs", "acme.careers"): only employers get them. */
const CAREERS_DOMAIN = /^(?:www\.)?([a-z0-9-]+)\.(?:jobs|careers)$/i;

/** The employer's name a careers domain gives ("amazon.jobs" -> "amazon"), or undefined for a name that is no such domain. */
export const careersDomainLabel = (name: string) => CAREERS_DOMAIN.exec(name.trim())?.[1];

/** A host's labels, and how many of them make its ending ("com": 1, "co.uk": 2); undefined for an address that does not parse. */
function hostLabels(url: string): { labels: string[]; ending: number } | undefined {
  let labels: string[];
  try {
    labels = new URL(url).hostname.toLowerCase().split('.');
  } catch {
    return undefined;
  }
  return { labels, ending: labels.length > 3 && labels[labels.length - 2].length <= 3 ? 2 : 1 };
}

/** Names an employer gives parts of its own site ("about.gitlab.com", "blog.acme.com"): no hosted employer's. */
const SITE_PARTS = new Set(['about', 'blog', 'corporate', 'company', 'global', 'group', 'info', 'team', 'people', 'talent', 'join', 'work', 'www2', 'web']);

/**
 * The platform that hosts an employer's pages under a subdomain of the employer's own ("acme.notion.site",
 * "acme.webflow.io"), as the address writes both: its domain's name ("notion") and the employer's ("acme"). Any host of
 * that shape answers; a page's names tell whether its domain is a platform's (the page calls itself "Notion") or the
 * employer's own ("eu.acme.com" calls itself "Acme").
 */
export function hostingPlatform(url: string): { name: string; tenant: string } | undefined {
  const host = hostLabels(url);
  if (!host || atsTenant(url)) return undefined;
  const { labels, ending } = host;
  const tenant = labels[0];
  if (labels.length - ending !== 2 || tenant.length < 3 || NOT_TENANTS.has(tenant) || CAREERS_HOSTS.has(tenant) || SITE_PARTS.has(tenant)) {
    return undefined;
  }
  return { name: labels[labels.length - ending - 1], tenant };
}
