// The application state a single-page careers site ships inline, which holds the posting it renders (often
// before or instead of any markup): <script type="application/json"> (Next.js's __NEXT_DATA__ among them) and
// assignments such as `window.__INITIAL_STATE__ = {...}`, `__APOLLO_STATE__`, `window.__NUXT__ = JSON.parse("...")`.
// The posting is found by the names of its fields, never by a site's name: POSTING_FIELDS below.
import { compareKey } from '../text/basics';
import { hasJobCues } from './job-cues';
import { decodeEntities, htmlToLines } from './html-to-text';
import { cleanLine } from './nodes-to-text';
import type { JsonLdPosting } from './read-json-ld';

export type PostingFieldRole = 'title' | 'description' | 'location' | 'company' | 'introduction' | 'conclusion' | 'sections' | 'pay';

export interface PostingField {
  role: PostingFieldRole;
  /** Field names, in order of preference, compared without case, "_" or "-" ("job_title" is jobTitle). */
  names: readonly string[];
  /** A state object this role recognizes (documentation, not matched). */
  example: string;
}

/**
 * What a posting object holds: a title and a description are required, a location and a company each add to its
 * score; an introduction, sections and a conclusion are the rest of its text, in that order around the description.
 * A name may end in a format ("descriptionHtml", "job_description_text", "bodyPlain").
 */
export const POSTING_FIELDS: readonly PostingField[] = [
  {
    role: 'title',
    names: ['jobTitle', 'postingTitle', 'positionTitle', 'title', 'name'],
    example: '{"jobTitle": "Senior Technical Program Manager", ...} or {"title": "Release Manager", ...}',
  },
  {
    role: 'description',
    names: ['jobDescription', 'description', 'content', 'body', 'details'],
    example: '{"description": "<h2>About the role</h2><p>You will run ...</p>"} or {"content": "About the role\\nYou will run ..."}',
  },
  {
    role: 'location',
    names: ['location', 'locations', 'jobLocation', 'locationName', 'city', 'office', 'workplace'],
    example: '{"location": "Oslo, Norway"} or {"locations": [{"name": "Remote"}]}',
  },
  {
    role: 'introduction',
    names: ['introduction', 'intro', 'contentIntro', 'descriptionIntro', 'jobSummary', 'summary'],
    example: '{"introduction": "<h2>About Contoso</h2><p>...</p>", "content": "...", "conclusion": "<p>Contoso is an equal ...</p>"}',
  },
  {
    role: 'sections',
    names: ['lists', 'sections'],
    example: '{"description": "...", "lists": [{"text": "Requirements", "content": "<li>5+ years ...</li>"}]}',
  },
  {
    role: 'pay',
    names: ['payRanges', 'payRange', 'salaryRanges', 'salaryRange', 'compensationRanges', 'compensationRange'],
    example:
      '{"pay_ranges": [{"title": "Annual salary", "min": "$150,000", "max": "$180,000", "currency_type": "USD"}]} or {"salaryRange": {"min": 150000, "max": 180000, "currency": "USD"}}',
  },
  {
    role: 'conclusion',
    names: ['conclusion', 'contentConclusion', 'descriptionConclusion', 'closing', 'outro', 'additional'],
    example: '{"conclusion": "<p>Contoso is an equal opportunity employer ...</p>"} or {"additional": "<p>Benefits ...</p>"}',
  },
  {
    role: 'company',
    names: ['company', 'companyName', 'hiringOrganization', 'employer', 'employerName', 'jobCompany', 'organization', 'organizationName'],
    example: '{"company": {"name": "Contoso"}} or {"employerName": "Contoso"}',
  },
];

/**
 * Parts of a posting that some states keep in fields of their own beside the description, each read after it under
 * the heading the page shows it with: {"description": "...", "responsibilities": "...", "minimumQualifications":
 * "...", "preferredQualifications": "..."} (jobs.apple.com's state). Names compare as POSTING_FIELDS' do.
 */
export const NAMED_PARTS: readonly { name: string; heading: string }[] = [
  { name: 'responsibilities', heading: 'Responsibilities' },
  { name: 'minimumQualifications', heading: 'Minimum Qualifications' },
  { name: 'qualifications', heading: 'Qualifications' },
  { name: 'requirements', heading: 'Requirements' },
  { name: 'preferredQualifications', heading: 'Preferred Qualifications' },
];

const FORMAT = /(html|text|plain|markdown|md|raw)$/;
const key = (name: string) => name.toLowerCase().replace(/[_-]/g, '');
const ranks = POSTING_FIELDS.map((f) => new Map(f.names.map((n, i) => [key(n), i])));
const partHeadings = new Map(NAMED_PARTS.map((p) => [key(p.name), p.heading]));

/** The named parts an object holds (NAMED_PARTS), in their order, as heading and text. */
function namedPartsOf(obj: Obj): Candidate['parts'] {
  const found = new Map<string, string>();
  for (const [name, value] of Object.entries(obj)) {
    const k = key(name);
    const heading = partHeadings.get(k) ?? partHeadings.get(k.replace(FORMAT, ''));
    if (heading && typeof value === 'string' && value.trim() && !found.has(heading)) found.set(heading, value);
  }
  return NAMED_PARTS.filter((p) => found.has(p.heading)).map((p) => ({ heading: p.heading, html: asList(found.get(p.heading) ?? '') }));
}

/** Plain text of several lines, one item a line, as the page lists it: "Run planning\nOwn the RAID log" -> <ul><li>...</li></ul>. */
function asList(text: string): string {
  if (/<[a-z]/i.test(text) || !text.includes('\n')) return text;
  const items = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  return `<ul>${items.map((item) => `<li>${item.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</li>`).join('')}</ul>`;
}

/** The role and preference of a field name ("descriptionHtml" -> description, 0), or undefined. */
function roleOf(name: string): [number, number] | undefined {
  const k = key(name);
  for (const [role, names] of ranks.entries()) {
    const rank = names.get(k) ?? names.get(k.replace(FORMAT, ''));
    if (rank !== undefined) return [role, rank];
  }
  return undefined;
}

/** Bounds: a state larger than this is not read, nor deeper, nor more objects (a page must stay quick to read). */
const MAX_SOURCE = 3_000_000;
const MAX_DEPTH = 14;
const MAX_OBJECTS = 40_000;
/** A description shorter than this is a teaser on a list of jobs, not a posting. */
const MIN_DESCRIPTION = 200;

/** JSON, then JSON as pages write it (raw newlines, trailing commas), then a JS literal (bare keys, undefined, !0). */
function parseLenient(source: string): unknown {
  const tries = [
    (s: string) => s,
    (s: string) => s.replace(/[\u0000-\u001F]+/g, ' ').replace(/,\s*([}\]])/g, '$1'),
    (s: string) =>
      s
        .replace(/[\u0000-\u001F]+/g, ' ')
        .replace(/([{,]\s*)([A-Za-z_$][\w$]*)\s*:/g, '$1"$2":')
        .replace(/:\s*(undefined|void 0)\b/g, ':null')
        .replace(/:\s*!0\b/g, ':true')
        .replace(/:\s*!1\b/g, ':false')
        .replace(/,\s*([}\]])/g, '$1'),
  ];
  for (const fix of tries) {
    try {
      return JSON.parse(fix(source.trim()));
    } catch {
      /* the next, more lenient reading */
    }
  }
  return undefined;
}

/** The end (exclusive) of the JS literal, string or bracketed value that starts at `from`, or -1. */
function literalEnd(source: string, from: number): number {
  const stack: string[] = [];
  for (let i = from; i < source.length && i - from < MAX_SOURCE; i++) {
    const c = source[i];
    if (c === '"' || c === "'" || c === '`') {
      for (i++; i < source.length && source[i] !== c; i++) if (source[i] === '\\') i++;
      if (!stack.length) return i + 1;
    } else if (c === '{' || c === '[') stack.push(c === '{' ? '}' : ']');
    else if (c === '}' || c === ']') {
      if (stack.pop() !== c) return -1;
      if (!stack.length) return i + 1;
    }
  }
  return -1;
}

/** `window.X = `, `window["X"] = `, `__X__ = ` before an object, an array or JSON.parse("..."). */
const ASSIGNMENT = /(?:\b(?:window|self|globalThis)\s*(?:\.\s*[\w$]+|\[\s*["'][\w$]+["']\s*\])|\b__[\w$]+__)\s*=\s*(?=[{[]|JSON\.parse\s*\(\s*["'])/g;

/** The values an inline script assigns to global state. */
function assignedValues(script: string): unknown[] {
  const values: unknown[] = [];
  for (const m of script.matchAll(ASSIGNMENT)) {
    let start = m.index + m[0].length;
    const parsed = /^JSON\.parse\s*\(\s*/.exec(script.slice(start, start + 20));
    if (parsed) start += parsed[0].length;
    const end = literalEnd(script, start);
    if (end < 0) continue;
    const literal = script.slice(start, end);
    if (!parsed) values.push(parseLenient(literal));
    else {
      // A JS string literal holding JSON: read it as a JSON string (single quotes turned into double ones).
      const body = literal.slice(1, -1);
      const asJson = literal[0] === '"' ? body : body.replace(/\\'/g, "'").replace(/\\?"/g, '\\"');
      const json = parseLenient(`"${asJson}"`);
      if (typeof json === 'string') values.push(parseLenient(json));
    }
  }
  return values;
}

/** Every inline state value of the page: JSON script blocks (not JSON-LD) and global assignments in inline scripts. */
function stateValues(doc: Document): unknown[] {
  const values: unknown[] = [];
  for (const script of Array.from(doc.querySelectorAll('script:not([src])'))) {
    const type = (script.getAttribute('type') ?? '').toLowerCase();
    const source = script.textContent ?? '';
    if (source.length > MAX_SOURCE || type.includes('ld+json')) continue;
    if (type.includes('json')) values.push(parseLenient(source));
    else if (!type || type.includes('javascript') || type === 'module') values.push(...assignedValues(source));
  }
  return values;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => Boolean(v) && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown) => (typeof v === 'string' ? v : '');
/** A company or place as a name: a string, or an object's name ({"name": "Contoso"}), or the first of a list. */
const nameOf = (v: unknown): string => (Array.isArray(v) ? nameOf(v[0]) : isObj(v) ? str(v.name) || str(v.displayName) || str(v.label) || str(v.city) : str(v));

interface Candidate {
  title: string;
  company: string;
  /** The description's length, which ranks candidates of equal score. */
  length: number;
  /** The posting's text in order: introduction, description, sections (a heading, then its content), conclusion. */
  parts: { heading?: string; html: string }[];
  score: number;
}

const roleIndex = (role: PostingFieldRole) => POSTING_FIELDS.findIndex((f) => f.role === role);
const [TITLE, DESCRIPTION, LOCATION, INTRODUCTION, SECTIONS, PAY, CONCLUSION, COMPANY] = (
  ['title', 'description', 'location', 'introduction', 'sections', 'pay', 'conclusion', 'company'] as const
).map(roleIndex);

/** A list of sections as heading and content ({"text": "Requirements", "content": "<li>...</li>"}); strings in a list are items. */
function sectionsOf(value: unknown): Candidate['parts'] {
  if (!Array.isArray(value)) return [];
  return value
    .filter(isObj)
    .map((item) => {
      const heading = str(item.text) || str(item.title) || str(item.heading) || str(item.name);
      const content = item.content ?? item.body ?? item.description ?? item.items;
      const html = Array.isArray(content)
        ? content
            .filter((c) => typeof c === 'string')
            .map((c) => `<li>${c}</li>`)
            .join('')
        : str(content);
      return { heading: cleanLine(heading), html };
    })
    .filter((part) => part.html);
}

/** A pay bound as the page shows it: "$150,000" as written, 150000 as "150,000". */
const amount = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v.toLocaleString('en-US') : str(v).trim());

/**
 * Pay ranges kept beside the description (boards show them under it, before the closing text): each its title, its
 * text and a "min - max currency" line, as the page prints it ("$150,000 - $180,000 USD").
 */
function payOf(value: unknown): Candidate['parts'] {
  const ranges = (Array.isArray(value) ? value : [value]).filter(isObj);
  return ranges.flatMap((range) => {
    const [min, max] = [amount(range.min ?? range.minValue), amount(range.max ?? range.maxValue)];
    if (!min && !max) return [];
    const currency = str(range.currency_type) || str(range.currencyType) || str(range.currency);
    const line = [[min, max].filter(Boolean).join(' - '), currency].filter(Boolean).join(' ');
    const html = `${str(range.description) || str(range.blurb)}<p>${line}</p>`;
    return [{ heading: cleanLine(str(range.title) || str(range.label)), html }];
  });
}

/**
 * A description as text or HTML: a string, an object of the same text in formats ({"html": "<p>...</p>"}), or an object
 * of named parts in order ({"company": "<p>About us</p>", "role": "<p>You will...</p>"}), as some hiring systems keep it.
 */
function descriptionOf(value: unknown): string {
  if (!isObj(value)) return str(value);
  // The same text in several formats ({"html": ..., "text": ...}) is one description: the first format given.
  const format = Object.keys(value).find((k) => /^(html|text|plain|markdown|md|raw)$/i.test(k) && typeof value[k] === 'string');
  if (format) return str(value[format]);
  return Object.values(value)
    .filter((part): part is string => typeof part === 'string' && /\s/.test(part))
    .join('\n');
}

/** The value of each role in a state object: its most preferred field that holds something. */
function fieldsOf(obj: Obj): unknown[] {
  const best: [unknown, number][] = POSTING_FIELDS.map(() => [undefined, Infinity]);
  for (const [name, value] of Object.entries(obj)) {
    const role = roleOf(name);
    if (role && value && role[1] < best[role[0]][1]) best[role[0]] = [value, role[1]];
  }
  return best.map(([value]) => value);
}

const titleOf = (fields: unknown[]) => {
  const title = str(fields[TITLE]);
  return title.length >= 2 && title.length <= 200 && !/[\n<]|^https?:/.test(title.trim()) ? title : '';
};

/** The posting a state object describes, by its field names, or undefined when it lacks a title or a description. */
function candidateOf(best: unknown[], obj: Obj): Candidate | undefined {
  const title = titleOf(best);
  const description = descriptionOf(best[DESCRIPTION]);
  if (!title || description.length < MIN_DESCRIPTION) return undefined;
  const company = nameOf(best[COMPANY]);
  return {
    title,
    company,
    length: description.length,
    parts: [
      { html: str(best[INTRODUCTION]) },
      { html: description },
      // A part the description holds already (its first words in it) is not read twice.
      ...namedPartsOf(obj).filter((part) => !description.includes(part.html.trim().slice(0, 60))),
      ...sectionsOf(best[SECTIONS]),
      ...payOf(best[PAY]),
      { html: str(best[CONCLUSION]) },
    ].filter((part) => part.html.trim()),
    score: 2 + (nameOf(best[LOCATION]) ? 1 : 0) + (company ? 1 : 0),
  };
}

/** The lines of a candidate's parts, with its own headings and the sections' headings. */
function linesOf(doc: Document, candidate: Candidate): { text: string; headings: string[] } {
  const lines: string[] = [];
  const headings: string[] = [];
  for (const part of candidate.parts) {
    const read = htmlToLines(doc, part.html);
    if (part.heading) {
      lines.push(part.heading);
      headings.push(part.heading);
    }
    if (read.text) {
      lines.push(read.text);
      headings.push(...read.headings);
    }
  }
  return { text: lines.join('\n'), headings };
}

interface Found {
  candidates: Candidate[];
  /** The company each title is shown with anywhere in the state: many keep it beside the title, not the description. */
  companies: Map<string, string>;
  objects: number;
}

/** Every posting-like object in a state value, depth-first, within the bounds. */
function collect(value: unknown, found: Found, depth = 0): void {
  if (depth > MAX_DEPTH || !value || typeof value !== 'object' || ++found.objects > MAX_OBJECTS) return;
  if (Array.isArray(value)) {
    for (const item of value) collect(item, found, depth + 1);
    return;
  }
  const fields = fieldsOf(value as Obj);
  const candidate = candidateOf(fields, value as Obj);
  if (candidate) found.candidates.push(candidate);
  const [title, company] = [compareKey(titleOf(fields)), nameOf(fields[COMPANY])];
  // A title shown with two companies (a list of similar jobs) names neither.
  if (title && company) found.companies.set(title, (found.companies.get(title) ?? company) === company ? company : '');
  for (const item of Object.values(value as Obj)) collect(item, found, depth + 1);
}

/**
 * The posting the page's inline application state holds, or undefined. Among several posting-like objects the one
 * the page's title or heading names wins, then the one with most posting fields, then the longest; a state that
 * holds several postings and names none of them is a list of jobs, not a posting.
 */
export function readAppState(doc: Document): JsonLdPosting | undefined {
  const state: Found = { candidates: [], companies: new Map(), objects: 0 };
  for (const value of stateValues(doc)) collect(value, state);
  const found = state.candidates;
  if (!found.length) return undefined;
  const shown = compareKey(
    [doc.title, ...Array.from(doc.querySelectorAll('h1, meta[property="og:title"]'), (el) => el.getAttribute('content') ?? el.textContent ?? '')].join(' | '),
  );
  const named = (c: Candidate) => compareKey(c.title).length >= 2 && ` ${shown} `.includes(` ${compareKey(c.title)} `);
  // Objects with a title and a text but no place or employer (a posting's footers: "EEO Statement") are not other jobs
  // beside one that names them: the jobs of a list are the candidates of the best score.
  const best = Math.max(...found.map((c) => c.score));
  const titles = new Set(found.filter((c) => c.score === best).map((c) => compareKey(c.title)));
  if (titles.size > 1 && !found.some(named)) return undefined;
  found.sort((a, b) => Number(named(b)) - Number(named(a)) || b.score - a.score || b.length - a.length);
  for (const candidate of found.slice(0, 5)) {
    const { text, headings } = linesOf(doc, candidate);
    if (text.length < MIN_DESCRIPTION || !hasJobCues(text, candidate.score > 2 ? 2 : 3)) continue;
    const company = candidate.company || state.companies.get(compareKey(candidate.title)) || '';
    return { title: cleanLine(decodeEntities(doc, candidate.title)), company: cleanLine(decodeEntities(doc, company)), text, headings, source: 'app-state' };
  }
  return undefined;
}
