// How employers' names are written: with a legal form ("Acme, Inc.", "Acme Canada Co."), after "Careers at", and
// as the brand a board knows from its URL ("acme.wd5.myworkdayjobs.com").
import { cleanLine } from './nodes-to-text';

/** "Acme Careers", "Careers at Acme", "Acme - Jobs" -> "Acme". */
export const withoutCareers = (name: string) =>
  cleanLine(name).replace(/\s*[-|–:]?\s*\b(careers?|jobs|job board)\s*$/i, '').replace(/^(careers?|jobs) (at|@)\s+/i, '').trim();

/** A legal form at the end of a company's name: "Acme, Inc.", "Acme GmbH", "Acme Canada Co.", "Acme Sp. z o.o.". */
const LEGAL_FORM = /(^|[\s,])(inc|llc|l\.l\.c|ltd|limited|corp|corporation|co|company|gmbh|ag|se|sa|s\.a|sas|sarl|s\.l|plc|b\.?v|n\.?v|oy|ab|pty ltd|pvt ltd|lp|llp|pl|sp\. z o\.o|kk|k\.k)\.?$/i;

export const hasLegalForm = (name: string) => LEGAL_FORM.test(cleanLine(name));

/**
 * The shorter name a page uses for a structured name that adds only a legal form: "Acme" for "Acme, Inc."
 * when the page's title says "Data Engineer at Acme". Any other name stays as it is.
 */
export function shortName(name: string, shown: string): string {
  if (!shown || !name.toLowerCase().startsWith(shown.toLowerCase())) return name;
  const rest = name.slice(shown.length).replace(/^[\s,]+/, '');
  return !rest || hasLegalForm(rest) && rest.split(/\s+/).length <= 2 ? shown : name;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * How a page writes the brand a URL names in lower case ("medtronic" -> "Medtronic", "nvidia" -> "NVIDIA"): its
 * most frequent spelling as a word of the text, not all lower case (that is the URL again). '' when the text
 * never writes it.
 */
export function brandInText(slug: string, text: string): string {
  if (slug.length < 3) return '';
  const counts = new Map<string, number>();
  const word = new RegExp(`(?<![\\p{L}\\p{N}./@_-])${escape(slug).replace(/[-_]+/g, '[\\s-]?')}(?![\\p{L}\\p{N}_-]|\\.[\\p{L}])`, 'giu');
  for (const m of text.matchAll(word)) if (m[0] !== m[0].toLowerCase()) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}
