import { decodeEntities, htmlToLines } from './html-to-text';
import { cleanLine } from './nodes-to-text';

export interface JsonLdPosting {
  title: string;
  company: string;
  text: string;
  /** The description's own headings (<h1>–<h6>), when it is HTML. */
  headings: string[];
  /** Where the page keeps it, when not in JSON-LD: microdata, or the inline state a single-page site ships. */
  source?: 'microdata' | 'app-state';
  /** The description alone, where `text` adds the posting's other parts (POSTING_PARTS): what a page may show more of. */
  description?: string;
}

type Json = unknown;

/** Lenient JSON: sites ship raw newlines inside strings, trailing commas, HTML comments and CDATA wrappers. */
function parseLenient(source: string): Json {
  const trimmed = source
    .trim()
    .replace(/^(<!--|\/\/\s*<!\[CDATA\[)/, '')
    .replace(/(-->|\/\/\s*\]\]>)$/, '');
  try {
    return JSON.parse(trimmed);
  } catch {
    try {
      return JSON.parse(trimmed.replace(/[\u0000-\u001F]+/g, ' ').replace(/,\s*([}\]])/g, '$1'));
    } catch {
      return undefined;
    }
  }
}

/**
 * "JobPosting" as sites spell the type: schema.org's name, or its address ("http://schema.org/JobPosting",
 * "schema:JobPosting"), in any case ("jobPosting"): the name after the last '/' or ':', compared without case.
 */
const namesJobPosting = (type: Json) => typeof type === 'string' && /(?:^|[/:])jobposting$/i.test(type.trim());

const isJobPosting = (v: Record<string, Json>) => {
  const type = v['@type'] ?? v.type;
  return namesJobPosting(type) || (Array.isArray(type) && type.some(namesJobPosting));
};

/** The first JobPosting in a JSON-LD value: top level, in an array, in @graph, or nested (mainEntity). */
function findJobPosting(value: Json, depth = 0): Record<string, Json> | undefined {
  if (depth > 6 || !value || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findJobPosting(item, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  const obj = value as Record<string, Json>;
  if (isJobPosting(obj)) return obj;
  for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'itemListElement', 'item']) {
    const found = findJobPosting(obj[key], depth + 1);
    if (found) return found;
  }
  return undefined;
}

const str = (v: Json): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

/** Every node of a JSON-LD value that carries an "@id", by that id: what a reference ({"@id": ...}) points to. */
function nodesById(value: Json, into = new Map<string, Record<string, Json>>(), depth = 0): Map<string, Record<string, Json>> {
  if (depth > 6 || !value || typeof value !== 'object') return into;
  for (const item of Array.isArray(value) ? value : Object.values(value)) nodesById(item, into, depth + 1);
  const id = Array.isArray(value) ? undefined : (value as Record<string, Json>)['@id'];
  if (typeof id === 'string' && !into.has(id) && Object.keys(value).length > 1) into.set(id, value as Record<string, Json>);
  return into;
}

/** An organization's name: a string, an object's name, or the name of the node its "@id" refers to (a @graph's Organization). */
function nameOf(org: Json, byId: Map<string, Record<string, Json>>): string {
  if (Array.isArray(org)) return nameOf(org[0], byId);
  if (org && typeof org === 'object') {
    const obj = org as Record<string, Json>;
    const ref = typeof obj['@id'] === 'string' ? byId.get(obj['@id']) : undefined;
    return str(obj.name) || (ref && ref !== obj ? str(ref.name) : '');
  }
  return str(org);
}

/**
 * The JobPosting properties (schema.org) that hold a part of the posting besides its description, in the order a
 * posting shows them, each under the heading it is read with. Some boards keep the description to the employer's
 * pitch and the duties and put the profile in `qualifications` (Welcome to the Jungle, Stack Overflow Jobs); a part the
 * description already holds (its first words in it) is not read twice. Not experienceRequirements (a level: "Mid-Level",
 * or months as an object) nor jobBenefits (the employer's perks, which boards show apart from the job).
 */
export const POSTING_PARTS: readonly { property: string; heading: string }[] = [
  { property: 'responsibilities', heading: 'Responsibilities' },
  { property: 'qualifications', heading: 'Qualifications' },
  { property: 'skills', heading: 'Skills' },
  { property: 'educationRequirements', heading: 'Education' },
];

/** An address, as a description's last line gives it alone. */
const LINK_LINE = /^https?:\/\/\S+$/;
/** An address without its scheme, "www.", query, fragment or final slash: how two links to one page compare. */
const pageKey = (url: string) =>
  url
    .replace(/^https?:\/\/(www\.)?/i, '')
    .replace(/[?#].*$/, '')
    .replace(/\/+$/, '')
    .toLowerCase();

/** "Release Manager, Contoso Oy" -> "Release Manager" where the company is Contoso Oy: a title that adds the employer after a comma or bar. */
function withoutCompany(title: string, company: string): string {
  if (!company || title.length <= company.length) return title;
  const end = title.slice(-company.length);
  if (end.toLowerCase() !== company.toLowerCase()) return title;
  // Not "Release Manager at Contoso": the job's title as the page's heading shows it too.
  const head = /^(.+?)(?:\s*,|\s+[|–—])\s*$/.exec(title.slice(0, -company.length))?.[1];
  return head ?? title;
}

/**
 * The page's JSON-LD JobPosting as text, or undefined when there is none (or none that parses). `url`, the page's
 * address: a description that ends with a link to it (a board's own, appended) ends before that link.
 */
export function readJsonLd(doc: Document, url = ''): JsonLdPosting | undefined {
  for (const script of Array.from(doc.querySelectorAll('script'))) {
    if (!(script.getAttribute('type') ?? '').toLowerCase().includes('ld+json')) continue;
    const value = parseLenient(script.textContent ?? '');
    const posting = findJobPosting(value);
    if (!posting) continue;
    const html = str(posting.description);
    const read = html ? htmlToLines(doc, html) : { text: '', headings: [] };
    const lines = read.text ? read.text.split('\n') : [];
    const headings = [...read.headings];
    const last = lines[lines.length - 1] ?? '';
    if (url && LINK_LINE.test(last) && pageKey(last) === pageKey(url)) lines.pop();
    const description = lines.join('\n');
    const flat = cleanLine(lines.join(' ').replace(/(^| )- /g, ' '));
    for (const { property, heading } of POSTING_PARTS) {
      const part = str(posting[property]);
      const partText = part ? htmlToLines(doc, part).text : '';
      if (!partText || flat.includes(cleanLine(partText.replace(/^- /gm, '')).slice(0, 60))) continue;
      lines.push(heading, partText);
      headings.push(heading);
    }
    const company = cleanLine(decodeEntities(doc, nameOf(posting.hiringOrganization, nodesById(value))));
    const text = lines.join('\n');
    return {
      title: withoutCompany(cleanLine(decodeEntities(doc, str(posting.title) || str(posting.name))), company),
      company,
      text,
      headings,
      ...(text !== description ? { description } : {}),
    };
  }
  return undefined;
}
