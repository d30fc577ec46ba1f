import { z } from 'zod';
import { categorySchema } from '../taxonomy/schema';

// Extension pages forbid eval; zod's JIT would need it (schema.ts says the same for the resumes).
z.config({ jitless: true });

const importance = z.enum(['required', 'preferred', 'mentioned']);
const status = z.enum(['covered', 'partial', 'missing']);

/** A term of a recorded posting: the shape the market view reads (an Analysis term without its resume side). */
export const historyTermSchema = z.object({
  id: z.string().min(1),
  label: z.string(),
  /** The taxonomy's category then (a rename in a later taxonomy comes with a data version and its migration). */
  category: categorySchema,
  job: z.object({ count: z.number().int().nonnegative(), importance, evidence: z.array(z.string()) }),
});

/** The posting's score against one saved resume, as it was when the posting was analyzed. */
export const resumeScoreSchema = z.object({
  resumeId: z.string().min(1),
  /** The resume's name then: a resume deleted or renamed later still explains the score. */
  resumeName: z.string(),
  /** Which text of the resume it scored (analysis-cache's resumeKeyOf): an edited resume is scored again. */
  resumeKey: z.string().optional(),
  score: z.number().min(0).max(100),
  /** Coverage per concept id of the posting's terms. */
  statuses: z.record(z.string(), status),
});

/**
 * One analyzed posting in the history (IndexedDB, store `postings`). The same posting (same address, or the
 * same text when it has none) updates its entry: `key` says which.
 */
export const historyEntrySchema = z.object({
  /** `url:<address without #fragment>` or `text:<fingerprint of the normalized text>`. */
  key: z.string().min(1),
  url: z.string().optional(),
  /** A site adapter's id ('linkedin', 'greenhouse', 'generic'), 'selection' or 'pasted'. */
  site: z.string(),
  title: z.string(),
  company: z.string(),
  language: z.string().optional(),
  words: z.number().int().nonnegative(),
  /** ISO dates: the last analysis, and the first. */
  analyzedAt: z.string(),
  firstAnalyzedAt: z.string(),
  terms: z.array(historyTermSchema),
  /** One score per resume saved at the time (none when there was no resume). */
  scores: z.array(resumeScoreSchema),
  /** The resume the popup showed it against (the user's choice or the default). */
  shownResumeId: z.string().optional(),
});

/** The posting's own text (IndexedDB store `texts`, by the entry's key), to analyze it again against another resume. */
export const postingTextSchema = z.object({
  key: z.string().min(1),
  text: z.string(),
  sections: z.array(z.object({ heading: z.string(), text: z.string() })).optional(),
});

export type PostingText = z.infer<typeof postingTextSchema>;
export type HistoryTerm = z.infer<typeof historyTermSchema>;
export type ResumeScore = z.infer<typeof resumeScoreSchema>;
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

/** What "Export" writes and "Import" reads back. */
export const historyExportSchema = z.object({
  app: z.literal('tpm-keyword-lens'),
  kind: z.literal('history'),
  version: z.literal(1),
  exportedAt: z.string(),
  /** Entries with their posting's text under `posting` ({ text, sections? }). */
  entries: z.array(z.unknown()),
});
