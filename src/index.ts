// The public core: plain TypeScript that runs in Node and in the browser. It loads neither zod nor compromise:
// the analysis schema, the keyword loader and the compiler are imported from their own modules
// (src/analyze/analysis-schema, src/taxonomy/load, src/taxonomy/compile) by the code that validates or builds.
import { conceptsIn, createAnalyzer, type FoundConcept } from './analyze/analyze';
import type { Analysis } from './analyze/analysis-schema';
import { buildMarketView, type MarketOptions, type MarketPosting, type MarketView } from './analyze/market';
import type { PostingInput } from './analyze/posting';
import { compiledLookup } from './taxonomy/compiled-lookup';
import type { Lookup } from './taxonomy/lookup';
import { lookupFromData } from './taxonomy/lookup-data';
import type { Taxonomy } from './taxonomy/taxonomy';

export type { Analysis, CoverageStatus, Importance, ScoreExplanation, Term } from './analyze/analysis-schema';
export type { Concept, Category } from './taxonomy/schema';
export { type AnalyzerOptions, createAnalyzer, type FoundConcept } from './analyze/analyze';
export { postingFromText, type PostingInput } from './analyze/posting';
export type { MarketConcept, MarketGap, MarketOptions, MarketPosting, MarketTerm, MarketView, ResumeConcept } from './analyze/market';
export { bulletTemplates } from './analyze/suggestions';

let lookup: Lookup | undefined;
let analyzer: ReturnType<typeof createAnalyzer> | undefined;

/**
 * The bundled taxonomy's lookup, precompiled at build time (`npm run lookup`, which schema-checks and lints
 * keywords/; a test fails while it is stale): loading it only rebuilds Maps, with neither zod nor compromise.
 */
export function bundledLookup(): Lookup {
  return (lookup ??= lookupFromData(compiledLookup));
}

export const bundledTaxonomy = (): Taxonomy => bundledLookup().taxonomy;

/**
 * Analyzes a posting (its text, or a Posting an extractor read from a page, with its title, company and
 * headings), and its coverage by a resume when one is given. Synchronous after the first call.
 */
export function analyze(job: string | PostingInput, resumeText?: string): Analysis {
  analyzer ??= createAnalyzer(bundledLookup());
  return analyzer(job, resumeText);
}

/** Every taxonomy concept a text names (a resume, a note), with evidence spans. */
export function findConcepts(text: string): FoundConcept[] {
  return conceptsIn(text, bundledLookup());
}

/**
 * The market view over many analyzed postings (analyses, or stored terms with their coverage): the share of
 * postings that require, prefer or mention each concept, the resume's top gaps with their bullet templates,
 * and its strengths that few postings ask for. Pure and linear: thousands of postings take milliseconds.
 */
export function marketView(postings: readonly MarketPosting[], options?: MarketOptions): MarketView {
  return buildMarketView(postings, bundledTaxonomy(), options);
}
