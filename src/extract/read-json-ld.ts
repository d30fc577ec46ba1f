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

const isJobPosting = (v: Record<string, Json>) => {
  const type = v['@type'];
  return type === 'JobPosting' || (Array.isArray(type) && type.includes('JobPosting'));
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

function nameOf(org: Json): string {
  if (Array.isArray(org)) return nameOf(org[0]);
  if (org && typeof org === 'object') return str((org as Record<string, Json>).name);
  return str(org);
}

/** The page's JSON-LD JobPosting as text, or undefined when there is none (or none that parses). */
export function readJsonLd(doc: Document): JsonLdPosting | undefined {
  for (const script of Array.from(doc.querySelectorAll('script'))) {
    if (!(script.getAttribute('type') ?? '').toLowerCase().includes('ld+json')) continue;
    const posting = findJobPosting(parseLenient(script.textContent ?? ''));
    if (!posting) continue;
    const description = str(posting.description);
    const { text, headings } = description ? htmlToLines(doc, description) : { text: '', headings: [] };
    return {
      title: cleanLine(decodeEntities(doc, str(posting.title) || str(posting.name))),
      company: cleanLine(decodeEntities(doc, nameOf(posting.hiringOrganization))),
      text,
      headings,
    };
  }
  return undefined;
}
