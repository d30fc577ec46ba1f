import { z } from 'zod';
import { categorySchema } from '../taxonomy/schema';
import { NAMED_KINDS } from './other-keywords-cues';

// The public contract of `analyze()` and of `tpm-lens analyze --json`: extend it, never break it.
export const importanceSchema = z.enum(['required', 'preferred', 'mentioned']);
export const statusSchema = z.enum(['covered', 'partial', 'missing']);
/** What a named requirement outside the taxonomy is (analyze/other-keywords-cues.ts). */
export const namedKindSchema = z.enum(NAMED_KINDS);
/** How a resume shows a concept: in an experience bullet or job title, or only in a summary or list. */
export const strengthSchema = z.enum(['demonstrated', 'listed']);

/**
 * Where a hit is: `text.slice(start, end)` of the text `analyze()` was given (the posting's text, or the resume's)
 * is the words that matched. Offsets count UTF-16 code units, as JavaScript strings do.
 */
export const textSpanSchema = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });

export const termSchema = z.object({
  id: z.string(),
  label: z.string(),
  category: categorySchema,
  aliases: z.array(z.string()),
  job: z.object({
    count: z.number().int().positive(),
    importance: importanceSchema,
    evidence: z.array(z.string()),
    /** Added in 0.4: every counted hit's place in the posting's text, in text order (as many as `count`). */
    spans: z.array(textSpanSchema).optional(),
  }),
  resume: z
    .object({
      count: z.number().int().nonnegative(),
      evidence: z.array(z.string()),
      /** Added in 0.4: every hit's place in the resume's text, in text order (as many as `count`). */
      spans: z.array(textSpanSchema).optional(),
      /**
       * Added in 0.2: how the resume shows what covers the term (the concept itself, or the narrower concepts or
       * showers in `relatedInResume`); absent when nothing covers it.
       */
      strength: strengthSchema.optional(),
    })
    .nullable(),
  status: statusSchema.nullable(),
  /** Ids of the concepts on the resume that cover the term in its stead (narrower ones, showers) or, for a partial term, that it has instead. */
  relatedInResume: z.array(z.string()).optional(),
  /** Added in 0.5: the labels of `relatedInResume`, in the same order, for a reader ("Capacity planning", not "capacity-planning"). */
  relatedInResumeLabels: z.array(z.string()).optional(),
  /**
   * Added in 0.4: ids of narrower concepts (taxonomy `broader` relations, at any depth) of the same category that
   * the posting names on every line where it names this one: "programming languages such as Python and Go".
   * Readers show the specific terms and leave such a parent out of their lists; it still counts in the score.
   */
  narrowerInPosting: z.array(z.string()).optional(),
  /**
   * Added in 0.7: ids of the terms the posting offers as choices beside this one, any of which meets the ask ("a
   * degree in Computer Science, Engineering or a related field", "Jira, Asana or similar tools"; analyze/choices.ts),
   * in text order, each item of a choice by its most specific term (the field of "Bachelor's degree in Information
   * Systems"). Only where the posting names the term in such choices and nowhere on its own.
   */
  alternativesInPosting: z.array(z.string()).optional(),
  /**
   * Added in 0.7: with a resume, the id of an alternative (`alternativesInPosting`) that the resume covers, where it
   * does not cover this term itself: `status` stays what the resume shows of the term, but the posting's ask is met,
   * and the score counts the term as covered.
   */
  metByAlternative: z.string().optional(),
});

const tally = z.object({ covered: z.number(), partial: z.number(), missing: z.number(), total: z.number() });

export const analysisSchema = z.object({
  schemaVersion: z.literal(1),
  job: z.object({
    title: z.string(),
    company: z.string(),
    /** Added in 0.3: where the posting was read, when it came from a page (a site adapter's id or 'generic', and its address). */
    site: z.string().optional(),
    url: z.string().optional(),
    words: z.number().int().nonnegative(),
    /** Added in 0.2: the posting's language (ISO 639-1, 'en', 'de'), absent when the text is too short to tell. */
    language: z.string().optional(),
    /** False for a news article, a list of search results, an empty page; `notPostingReason` says why. */
    isPosting: z.boolean().optional(),
    notPostingReason: z.string().optional(),
    /** True when the text was longer than the analyzer reads and was cut at a section boundary. */
    truncated: z.boolean().optional(),
  }),
  /** Things the user should know about this analysis, in words (a cut text, a page that is no posting). */
  notices: z.array(z.string()).optional(),
  /**
   * Added in 0.4: how much of the posting the taxonomy understood, the share of its requirement lines (duties,
   * required and preferred qualifications; its body lines when it has no such headings) that name at least one
   * known tool, method, certification, regulation, practice or soft skill (an industry, a degree or a technical
   * area alone is named by postings of every trade). `low` (share under 0.25, or under 0.4 where the title names
   * another trade than program, project, delivery or agile roles) means the posting is mostly outside the TPM vocabulary: `notices` says
   * so, and a score against it says little about a fit. `share` is null for a posting with under four such lines.
   */
  understanding: z
    .object({
      requirementLines: z.number().int().nonnegative(),
      linesWithKnownTerm: z.number().int().nonnegative(),
      share: z.number().min(0).max(1).nullable(),
      low: z.boolean(),
    })
    .optional(),
  score: z.number().min(0).max(100).nullable(),
  /** Why the score is what it is: tallies per importance and the weights used. */
  scoreExplanation: z
    .object({
      required: tally,
      preferred: tally,
      mentioned: tally,
      weights: z.object({ required: z.number(), preferred: z.number(), mentioned: z.number(), partialCredit: z.number() }),
      summary: z.string(),
    })
    .nullable(),
  terms: z.array(termSchema),
  /**
   * Phrases and names of the posting that the taxonomy does not know. Added in 0.6: a named requirement (a law,
   * a standard, a certification or licence, a tool listed beside known ones) carries its `kind`, the
   * `importance` of its most important line, its other forms in the posting (`aliases`: an acronym) and, with
   * a resume, `inResume` (the resume names it). Frequent phrases have none of these, as before.
   */
  otherKeywords: z.array(
    z.object({
      text: z.string(),
      count: z.number().int().positive(),
      kind: namedKindSchema.optional(),
      importance: importanceSchema.optional(),
      aliases: z.array(z.string()).optional(),
      inResume: z.boolean().optional(),
    }),
  ),
  suggestions: z.array(z.object({ termId: z.string(), bullets: z.array(z.string()) })),
});

export type Importance = z.infer<typeof importanceSchema>;
export type CoverageStatus = z.infer<typeof statusSchema>;
export type Strength = z.infer<typeof strengthSchema>;
export type Term = z.infer<typeof termSchema>;
export type NamedKind = z.infer<typeof namedKindSchema>;
export type OtherKeyword = Analysis['otherKeywords'][number];
export type TextSpan = z.infer<typeof textSpanSchema>;
export type Analysis = z.infer<typeof analysisSchema>;
export type ScoreExplanation = NonNullable<Analysis['scoreExplanation']>;
