// How employers' names are written: with a legal form ("Acme, Inc.", "Acme Canada Co."), after "Careers at", and
// as the brand a board knows from its URL ("acme.wd5.myworkdayjobs.com").
import { compareKey, escapeRegExp } from '../text/basics';
import { endsWithLegalForm } from '../text/legal-forms';
import { cleanLine } from './nodes-to-text';

/**
 * Names that recruiters and boards put where the employer's name goes when they do not say it: the posting then names
 * no company. Each is the whole name, compared without case or punctuation.
 */
export const PLACEHOLDER_COMPANIES: readonly { name: string; example: string }[] = [
  { name: 'Our Client', example: 'an agency posting: "Company: Our Client"' },
  { name: 'Our Client Company', example: 'an agency posting' },
  { name: 'Client', example: 'an agency posting: hiringOrganization {"name": "Client"}' },
  { name: 'Confidential', example: 'a board\'s card: "Confidential - Austin, TX"' },
  { name: 'Confidential Company', example: 'Indeed, Glassdoor cards' },
  { name: 'Confidential Employer', example: 'job boards' },
  { name: 'Company', example: 'an unfilled template field' },
  { name: 'Company Name', example: 'an unfilled template field' },
  { name: 'Hiring Company', example: 'job boards' },
  { name: 'Undisclosed', example: 'job boards' },
  { name: 'Undisclosed Company', example: 'job boards' },
  { name: 'Anonymous', example: 'job boards' },
  { name: 'Anonymous Employer', example: 'job boards' },
  { name: 'Private Company', example: 'job boards' },
  { name: 'Stealth Startup', example: 'a start-up that keeps its name: "Stealth Startup"' },
  { name: 'N/A', example: 'an unfilled field' },
];

const placeholders = new Set(PLACEHOLDER_COMPANIES.map((p) => compareKey(p.name)));

/** Whether a company name is a placeholder that names no employer ("Our Client", "Confidential"). */
export const isPlaceholderCompany = (name: string) => placeholders.has(compareKey(name));

/** "Acme Careers", "Careers at Acme", "Acme - Jobs" -> "Acme". */
export const withoutCareers = (name: string) =>
  cleanLine(name)
    .replace(/(?<!\.)\s*[-|–:]?\s*\b(careers?|jobs|job board)\s*$/i, '') // not a domain's ending ("amazon.jobs")
    .replace(/^(careers?|jobs) (at|@)\s+/i, '')
    .trim();

/** A legal form at the end of a company's name: "Acme, Inc.", "Acme GmbH", "Acme Canada Co.", "Acme Sp. z o.o.". */
export const hasLegalForm = (name: string) => endsWithLegalForm(cleanLine(name));

/**
 * The shorter name a page uses for a structured name that adds only a legal form: "Acme" for "Acme, Inc."
 * when the page's title says "Data Engineer at Acme". Any other name stays as it is.
 */
export function shortName(name: string, shown: string): string {
  if (!shown || !name.toLowerCase().startsWith(shown.toLowerCase())) return name;
  const rest = name.slice(shown.length).replace(/^[\s,]+/, '');
  return !rest || (hasLegalForm(rest) && rest.split(/\s+/).length <= 2) ? shown : name;
}

/**
 * Where a URL runs an employer's words together ("sargentlundy"), the page may part them: "Sargent & Lundy", "Sargent
 * and Lundy"; or an apostrophe that an address cannot hold ("moodys": "Moody's", "Moody’s").
 */
const WORD_BREAK = "(?:\\s+(?:&|and)\\s+|[\\s'’-])?";

/**
 * How a page writes the brand a URL names in lower case ("medtronic" -> "Medtronic", "nvidia" -> "NVIDIA",
 * "sargentlundy" -> "Sargent & Lundy"): its most frequent spelling as a word of the text, not all lower case (that is
 * the URL again). '' when the text never writes it.
 */
export function brandInText(slug: string, text: string): string {
  if (slug.length < 3) return '';
  const counts = new Map<string, number>();
  const letters = slug.split(/[-_]+/).map((part) => Array.from(part, escapeRegExp).join(WORD_BREAK));
  const word = new RegExp(`(?<![\\p{L}\\p{N}./@_-])${letters.join('[\\s-]?')}(?![\\p{L}\\p{N}_-]|\\.[\\p{L}])`, 'giu');
  for (const m of text.matchAll(word)) if (m[0] !== m[0].toLowerCase()) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}
