import type { Posting } from './posting-schema';

// The popup checks every page read before it trusts it. It checks by hand here, as the resume library does
// (src/storage/library-read.ts), so that a first open does not load zod: the chunk that carries postingSchema is
// 82 KB and took 8-29 ms to import in a fresh popup, beside the page's read on the same cores. Anything this check
// does not accept as it is goes to postingSchema, which decides exactly as before.

/** How the text was read; 'microdata' and 'app-state' (the inline state of a single-page site) were added in 0.3. */
export const extractMethods = ['selection', 'json-ld', 'microdata', 'app-state', 'site', 'readability', 'none'] as const;

const KEYS = new Set(['title', 'company', 'site', 'method', 'text', 'sections', 'url', 'notices']);
const METHODS: readonly unknown[] = extractMethods;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isSection = (value: unknown) => isRecord(value) && Object.keys(value).length === 2 && typeof value.heading === 'string' && typeof value.text === 'string';
const isStringList = (value: unknown) => Array.isArray(value) && value.every((item) => typeof item === 'string');

/**
 * A page read as a Posting, only where zod's postingSchema would return it unchanged: no key it would drop, every
 * field of its type (an optional one may be undefined). Undefined where postingSchema must decide.
 */
export function asPosting(value: unknown): Posting | undefined {
  if (!isRecord(value)) return undefined;
  for (const key in value) if (!KEYS.has(key)) return undefined;
  const { title, company, site, method, text, sections, url, notices } = value;
  if (typeof title !== 'string' || typeof company !== 'string' || typeof site !== 'string' || typeof text !== 'string') return undefined;
  if (!METHODS.includes(method)) return undefined;
  if (sections !== undefined && !(Array.isArray(sections) && sections.every(isSection))) return undefined;
  if (url !== undefined && typeof url !== 'string') return undefined;
  if (notices !== undefined && !isStringList(notices)) return undefined;
  return value as Posting;
}
