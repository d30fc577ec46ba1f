import { compareKey } from '../text/basics';
import { isHiringSystem } from './ats-hosts';
import { isBoardLabel } from './board-labels';
import { hasJobCues } from './job-cues';
import { withoutCareers } from './company-name';
import { cleanLine, nodesToText } from './nodes-to-text';
import { textOf } from './query';

export interface PageMeta {
  /** The job title: the page's heading when its title names it, else og:title, the heading or <title>. */
  title: string;
  /** Whether `title` is the page's heading, confirmed by the page's title (then it beats a reader's guess). */
  titleIsHeading: boolean;
  /** The site's own name (og:site_name), without "Careers" or "Jobs". */
  siteName: string;
  /** The employer the page's title names beside the job title ("Data Engineer at Acme", "Acme: Data Engineer"). */
  titleCompany: string;
}

/** Separators between the parts of a page title: "Data Engineer | Acme | Board", "Data Engineer – Acme". */
const SEPARATOR = /\s+[|–—-]\s+|\s*\|\s*/;
/** The last separator of a page title's parts ("Release Manager | Contoso | Jobboard": the one before "Jobboard"). */
const lastSeparator = (text: string) => [...text.matchAll(new RegExp(SEPARATOR, 'g'))].pop();
/** A title's first part and the rest, apart by a bar or a dash between spaces ("Contoso - Release Manager"). */
const LEADING_PART = /^(.+?)\s+[|–—-]\s+(.+)$/;
/** "Job ID: 2841936", "Req #12345", "Ref. ITPM-2207": the job's number in a field of the page's title. */
const JOB_NUMBER_FIELD = /^(?:job|req(?:uisition)?|ref(?:erence)?|vacancy|posting)\.?\s*(?:id|no\.?|number|#)?\s*[:#.]?\s*[\w-]*\d[\w-]*$/i;
/** A part that names a place ("Austin, TX", "Los Angeles,California,United States") or a domain, not an employer. */
const PLACE_OR_DOMAIN = /,\s*\p{L}|\bremote\b|\.(com|net|org|io|co|[a-z]{2})$/iu;
/**
 * "Acme in London [Remote], UK" -> "Acme": a board's "Title at Company in Place" title. Only a place that PLACE_OR_DOMAIN
 * knows (a comma, "Remote") is cut; "Made in Sweden" stays.
 */
const withoutPlace = (company: string) => {
  const place = /^(.+?)\s+in\s+(\p{Lu}.*)$/u.exec(company);
  return place && PLACE_OR_DOMAIN.test(place[2]) ? place[1] : company;
};
/** Verbs of "Acme hiring Data Engineer in Berlin" (LinkedIn's page titles, in the languages it shows them). */
const HIRING = /^(.+?)\s+(?:is hiring|hiring|sucht)\s*$/i;

/**
 * Job boards that print their own name after a job's title in the page's title: never the employer. Each is the
 * whole part between separators, compared without case or punctuation; a domain ("Indeed.com") is dropped anyway.
 */
export const JOB_BOARDS: readonly { name: string; example: string }[] = [
  { name: 'SEEK', example: 'Technical Program Manager Job in Sydney NSW - SEEK' },
  { name: 'LinkedIn', example: 'Contoso hiring Release Manager in Oslo, Norway | LinkedIn' },
  { name: 'Indeed', example: 'Release Manager - Austin, TX - Indeed' },
  { name: 'Glassdoor', example: 'Contoso Release Manager Job in Austin, TX | Glassdoor' },
  { name: 'SimplyHired', example: 'Program Manager Jobs in Denver, CO | SimplyHired' },
  { name: 'ZipRecruiter', example: 'Release Manager - Contoso - Austin, TX | ZipRecruiter' },
  { name: 'Monster', example: 'Release Manager - Contoso | Monster' },
  { name: 'Dice', example: 'Release Manager - Contoso | Dice' },
  { name: 'Built In', example: 'Release Manager - Contoso | Built In' },
  { name: 'Wellfound', example: 'Release Manager at Contoso | Wellfound' },
  { name: 'StepStone', example: 'Release Manager bei Contoso | StepStone' },
  { name: 'Totaljobs', example: 'Release Manager job in London | Totaljobs' },
  { name: 'Welcome to the Jungle', example: 'Release Manager - Contoso | Welcome to the Jungle' },
  { name: 'Jobs', example: 'Release Manager | Jobs' },
  { name: 'Careers', example: 'Release Manager | Careers' },
];

const boards = new Set(JOB_BOARDS.map((b) => compareKey(b.name)));

/**
 * Whether a part of a page title or a site's name names a job board, not an employer: "SEEK", "LinkedIn", and a board's
 * site for a country ("SEEK Australia", "Indeed UK": its name and one or two more words).
 */
export const isJobBoard = (part: string) => {
  const key = compareKey(part);
  if (boards.has(key)) return true;
  const words = key.split(' ');
  return words.length > 1 && [1, 2].some((extra) => words.length > extra && words.length - extra <= 3 && boards.has(words.slice(0, -extra).join(' ')));
};

/** What a board adds to the job's title before its name: "Release Manager Job in Sydney NSW - SEEK". */
const JOB_IN_PLACE = /\s+(?:[Jj]obs?|[Vv]acancy|[Pp]osition) in \p{Lu}[^|]*$/u;
/** A part of a page title that only says where the job is: "Job in Sydney NSW" of "Release Manager Job in Sydney NSW - SEEK". */
const JOB_IN_PLACE_PART = /^(?:jobs?|vacancy|position) in \p{Lu}/iu;
/**
 * A requisition number after a title: "(2400123)", "(R-104233)", "(JR0042)": one word with a digit, in parentheses.
 * "(m/f/d)" and "(Remote)" stay.
 */
const REQUISITION = /\s*\((?=[^()\s]*\d)[A-Za-z]{0,4}[-_ ]?\d[\w-]*\)$/;

/**
 * What a careers site calls its pages, whatever the job: "Careers", "Open positions", "Join Acme", "Acme Careers",
 * "Jobs at Acme". A page title made of such a part and the site's name does not name the job.
 */
export const CAREERS_PAGE_NAMES: readonly string[] = [
  'careers',
  'career',
  'career opportunities',
  'job opportunities',
  'current opportunities',
  'jobs',
  'open positions',
  'open roles',
  'openings',
  'job openings',
  'current openings',
  'vacancies',
  'recruitment',
  'join us',
  'join our team',
  'work with us',
  'we are hiring',
  'were hiring',
];
const careersNames = new Set(CAREERS_PAGE_NAMES);
const isCareersPart = (part: string) =>
  careersNames.has(compareKey(part)) || withoutCareers(part) !== cleanLine(part) || /^(?:[Jj]oin|[Ww]ork (?:at|with)) \p{Lu}/u.test(cleanLine(part));

/**
 * The job title of a page title that adds the site's name: "Release Manager | Contoso" -> "Release Manager" when
 * Contoso is one of `siteNames`, "Release Manager - SEEK", "Release Manager | Careers at Contoso", "Release Manager –
 * contoso.com", and a board's "Title | Employer | Board". The first part always stays; a part that names nothing known
 * stays too ("Program Manager - Cloud").
 */
export function titleWithoutSite(pageTitle: string, siteNames: readonly string[]): string {
  const known = new Set(siteNames.map((name) => compareKey(name)).filter(Boolean));
  const isSite = (part: string) =>
    known.has(compareKey(part)) ||
    isJobBoard(part) ||
    withoutCareers(part) !== cleanLine(part) ||
    known.has(compareKey(withoutCareers(part))) ||
    /^[\w-]+(\.[\w-]+)*\.[a-z]{2,}$/i.test(part.trim());
  let title = cleanLine(pageTitle);
  let cut = false;
  let afterBoard = false;
  for (;;) {
    const last = lastSeparator(title);
    const part = last ? title.slice(last.index + last[0].length) : '';
    // Before a board's name, the part after a "|" is the employer's.
    if (!last || last.index === 0 || !(isSite(part) || (afterBoard && last[0].includes('|')))) break;
    afterBoard = isJobBoard(part) && !afterBoard;
    title = title.slice(0, last.index).trim();
    cut = true;
  }
  // A board's label or the careers pages' name before the title ("Job Description - Release Manager (2400123)", as Taleo
  // writes it; "Career Opportunities: Release Manager (21034)", as SuccessFactors does).
  const lead = LEADING_PART.exec(title);
  if (lead && isBoardLabel(lead[1])) title = lead[2];
  const careers = /^(.+?):\s+(.+)$/.exec(title);
  if (careers && isCareersPart(careers[1])) title = careers[2];
  title = title.replace(REQUISITION, '');
  return cut ? title.replace(JOB_IN_PLACE, '') : title;
}

/**
 * "Westbrook State University - IT Project Manager II" -> "IT Project Manager II": a page's title that names the
 * employer first, as the posting's employer is known (titleWithoutSite keeps a first part, which may be the page's name).
 */
export function titleAfterEmployer(title: string, company: string): string {
  const lead = LEADING_PART.exec(title);
  return lead && compareKey(lead[1]) === compareKey(company) ? lead[2] : title;
}

/**
 * The employer a page title names beside a known job title: "Title at Company ..." (bei, chez), "Company: Title",
 * "Company - Title", "Company hiring Title in Place", "Title | Company | Board", "Title – Company". '' when the
 * page title does not contain the job title or names nothing else.
 */
export function companyFromPageTitle(pageTitle: string, jobTitle: string): string {
  const head = cleanLine(pageTitle);
  const at = jobTitle ? head.toLowerCase().indexOf(cleanLine(jobTitle).toLowerCase()) : -1;
  if (at < 0) return '';
  const before = head.slice(0, at).trim();
  const after = head.slice(at + cleanLine(jobTitle).length).trim();
  const named = /^(?:at|@|bei|chez)\s+(.+?)(?:\s+[|–—-]\s+.*|\s*\|.*)?$/i.exec(after)?.[1];
  if (named) return withoutPlace(named.trim());
  const hiring = HIRING.exec(before)?.[1];
  if (hiring) return hiring.trim();
  const lead = /^(.+?)\s*(?::|\s[|–—-])$/.exec(before)?.[1];
  const leadPart = lead?.split(SEPARATOR).pop()?.trim() ?? '';
  // "Career Opportunities: Release Manager" (SuccessFactors' title on every employer's site) names the site's pages, not the employer.
  if (leadPart && !isBoardLabel(leadPart) && !isCareersPart(leadPart)) return leadPart;
  // "Riverbend Careers - IT Project Manager": the employer's careers site, by its name.
  const siteOwner = leadPart && withoutCareers(leadPart);
  if (siteOwner && siteOwner !== cleanLine(leadPart) && !isCareersPart(siteOwner)) return siteOwner;
  if (before || !SEPARATOR.test(` ${after}`)) return '';
  const parts = after
    .replace(/^[|–—-]\s*/, '')
    .split(SEPARATOR)
    .map((p) => p.trim())
    .filter(Boolean);
  // "Delivery Manager Job in Sydney NSW - Jora": after the job's place, an aggregator's title names the aggregator.
  const place = parts.findIndex((p) => JOB_IN_PLACE_PART.test(p));
  if (place >= 0) parts.length = place;
  // A part without a letter is the job's number ("Release Manager 1742846 - Board"), never a name; nor is its field ("Job ID: 2841936").
  return (
    parts.find(
      (p) => /\p{L}/u.test(p) && !JOB_NUMBER_FIELD.test(p) && !PLACE_OR_DOMAIN.test(p) && !JOB_IN_PLACE_PART.test(p) && !isBoardLabel(p) && !isJobBoard(p),
    ) ?? ''
  );
}

/**
 * The employer a careers page's own title names beside its careers part: "Careers | Loomwright", "Loomwright – Jobs".
 * Only where the title holds nothing else (a job's title would name the job, not the site).
 */
export function employerOfCareersTitle(pageTitle: string): string {
  const parts = cleanLine(pageTitle)
    .split(SEPARATOR)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length !== 2) return '';
  const other = parts.filter((p) => !isCareersPart(p));
  return other.length === 1 && !isJobBoard(other[0]) && !isBoardLabel(other[0]) ? withoutCareers(other[0]) : '';
}

const pageTitles = (doc: Document) => [
  ...new Set(['meta[property="og:title"]', 'meta[name="twitter:title"]', 'title'].map((s) => textOf(doc, [s])).filter(Boolean)),
];

/** The employer the page's titles name beside a job title the page's data gives ("Release Train Engineer at Contoso"). */
export const companyInPageTitles = (doc: Document, jobTitle: string) =>
  withoutCareers(
    pageTitles(doc)
      .map((t) => companyFromPageTitle(t, jobTitle))
      .find(Boolean) ?? '',
  );

/** The most words a job's title in a heading has: "Senior Technical Program Manager, Payments Infrastructure (Remote, EMEA)". */
const MAX_TITLE_WORDS = 12;

/**
 * A heading that may be a job's title: short, no sentence or lead-in (no closing mark), no careers page's or board's
 * label, and none of the things postings say under their own headings ("Responsibilities", "What we offer").
 */
const namesAJob = (heading: string) =>
  compareKey(heading).length >= 3 &&
  heading.split(/\s+/).length <= MAX_TITLE_WORDS &&
  !/[:?!.]$/.test(heading) &&
  !isCareersPart(heading) &&
  !isBoardLabel(heading) &&
  !hasJobCues(heading, 1);

/**
 * A site's name without the hiring system's name after the employer's ("Halverson Freight - BambooHR" -> "Halverson
 * Freight"); a name that is the system's alone stays (Workday's own careers site is Workday's).
 */
export function withoutHiringSystem(siteName: string): string {
  const last = lastSeparator(siteName);
  return last && last.index > 0 && isHiringSystem(siteName.slice(last.index + last[0].length)) ? siteName.slice(0, last.index).trim() : siteName;
}

/** The title and site name a page announces (Open Graph, <title>, <h1>), for pages without better sources. */
export function readPageMeta(doc: Document): PageMeta {
  const heads = pageTitles(doc);
  const headings = Array.from(doc.querySelectorAll('h1'))
    .map((h) => cleanLine(nodesToText([h])))
    .filter(Boolean);
  // The heading that the page's title also names is the job's title; the rest of the page title is its company or site.
  const siteName = withoutHiringSystem(withoutCareers(textOf(doc, ['meta[property="og:site_name"]', 'meta[name="application-name"]'])));
  // A page title that names only the site ("LinkedIn"), its careers pages ("Careers | Acme") or its box ("Job Detail") leaves the job's title to
  // the page's one heading, unless that heading is a careers page's too ("Join our team").
  const onlySite =
    heads.length > 0 &&
    heads.every((t) => isJobBoard(t) || isBoardLabel(t) || (siteName && compareKey(t) === compareKey(siteName)) || t.split(SEPARATOR).some(isCareersPart)) &&
    !headings.some(isCareersPart);
  // A page without such an h1 may title the job in an h2 (Lever, Jobvite, BambooHR): one that is most of the page's title.
  const subheadings = headings.length
    ? []
    : Array.from(doc.querySelectorAll('h2'))
        .filter((h) => !h.closest('nav, footer, aside'))
        .map((h) => cleanLine(nodesToText([h])))
        .filter(Boolean);
  // Not a box's label ("Job Description" over a Taleo job, whose page title is "Job Description - <the job>").
  const heading =
    headings.find((h) => compareKey(h).length >= 3 && !isBoardLabel(h) && heads.some((t) => compareKey(t).includes(compareKey(h)))) ??
    subheadings.find(
      (h) => compareKey(h).length >= 3 && heads.some((t) => compareKey(t).includes(compareKey(h)) && 2 * compareKey(h).length >= compareKey(t).length),
    ) ??
    (onlySite && headings.length === 1 ? headings[0] : '');
  // A careers page titled by its site alone ("Careers - Contoso") with no h1 titles the job in its first h2 that
  // names no section ("Responsibilities") and no careers page ("Open positions").
  const firstSubheading = onlySite && !heading ? (subheadings.find(namesAJob) ?? '') : '';
  const title = heading || firstSubheading || (heads[0] ? titleWithoutSite(heads[0], [siteName]) : '') || headings[0] || '';
  const named = heads.map((t) => companyFromPageTitle(t, title)).find(Boolean) ?? '';
  return { title, titleIsHeading: Boolean(heading || firstSubheading), siteName, titleCompany: withoutCareers(named) };
}
