import { isBoardLabel } from './board-labels';
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

const norm = (s: string) => cleanLine(s).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Separators between the parts of a page title: "Data Engineer | Acme | Board", "Data Engineer – Acme". */
const SEPARATOR = /\s+[|–—-]\s+|\s*\|\s*/;
/** A part that names a place ("Austin, TX", "Los Angeles,California,United States") or a domain, not an employer. */
const PLACE_OR_DOMAIN = /,\s*\p{L}|\bremote\b|\.(com|net|org|io|co|[a-z]{2})$/iu;
/** Verbs of "Acme hiring Data Engineer in Berlin" (LinkedIn's page titles, in the languages it shows them). */
const HIRING = /^(.+?)\s+(?:is hiring|hiring|sucht)\s*$/i;

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
  if (named) return named.trim();
  const hiring = HIRING.exec(before)?.[1];
  if (hiring) return hiring.trim();
  const lead = /^(.+?)\s*(?::|\s[|–—-])$/.exec(before)?.[1];
  if (lead) return lead.split(SEPARATOR).pop()!.trim();
  if (before || !SEPARATOR.test(` ${after}`)) return '';
  const parts = after.replace(/^[|–—-]\s*/, '').split(SEPARATOR).map((p) => p.trim()).filter(Boolean);
  return parts.find((p) => !PLACE_OR_DOMAIN.test(p) && !isBoardLabel(p)) ?? '';
}

/** The title and site name a page announces (Open Graph, <title>, <h1>), for pages without better sources. */
export function readPageMeta(doc: Document): PageMeta {
  const heads = [...new Set(['meta[property="og:title"]', 'meta[name="twitter:title"]', 'title'].map((s) => textOf(doc, [s])).filter(Boolean))];
  const headings = Array.from(doc.querySelectorAll('h1')).map((h) => cleanLine(nodesToText([h]))).filter(Boolean);
  // The heading that the page's title also names is the job's title; the rest of the page title is its company or site.
  const heading = headings.find((h) => norm(h).length >= 3 && heads.some((t) => norm(t).includes(norm(h)))) ?? '';
  const title = heading || heads[0] || headings[0] || '';
  const siteName = withoutCareers(textOf(doc, ['meta[property="og:site_name"]', 'meta[name="application-name"]']));
  const named = heads.map((t) => companyFromPageTitle(t, title)).find(Boolean) ?? '';
  return { title, titleIsHeading: Boolean(heading), siteName, titleCompany: withoutCareers(named) };
}
