// zod/mini: tree-shakeable, so the schema costs a few KB in the injected content script, not the whole of zod.
import * as z from 'zod/mini';
import { extractMethods } from './posting-shape';

export { extractMethods };

/** A job posting read from a page. `text` starts with the title (line 1) and the company (line 2) when known. */
export const postingSchema = z.object({
  title: z.string(),
  company: z.string(),
  /** The site adapter's id, or 'generic'. */
  site: z.string(),
  method: z.enum(extractMethods),
  /** Plain text, one block or list item per line ("- " before list items), never HTML. */
  text: z.string(),
  /** The page's own headings and the text under each (added in 0.3; absent where the page marks none). */
  sections: z.optional(z.array(z.object({ heading: z.string(), text: z.string() }))),
  /** The page's address (added in 0.3). */
  url: z.optional(z.string()),
  /** What the reading left out and why: a page past the extractor's bounds (src/extract/reading-bounds.ts; added in 0.4). */
  notices: z.optional(z.array(z.string())),
});

export type Posting = z.infer<typeof postingSchema>;
export type ExtractMethod = Posting['method'];
