// The public core: plain TypeScript that runs in Node and in the browser.
import { conceptsIn, createAnalyzer, type FoundConcept } from './analyze/analyze';
import type { Analysis } from './analyze/analysis-schema';
import type { PostingInput } from './analyze/posting';
import { BUNDLED_KEYWORD_FILES } from './taxonomy/bundled';
import { compileTaxonomy, type Lookup } from './taxonomy/compile';
import { loadTaxonomy, type Taxonomy } from './taxonomy/load';

export type { Analysis, CoverageStatus, Importance, ScoreExplanation, Term } from './analyze/analysis-schema';
export { analysisSchema } from './analyze/analysis-schema';
export type { Concept, Category } from './taxonomy/schema';
export { createAnalyzer, type FoundConcept } from './analyze/analyze';
export { postingFromText, type PostingInput } from './analyze/posting';
export { loadTaxonomy, TaxonomyError } from './taxonomy/load';
export { compileTaxonomy } from './taxonomy/compile';

let lookup: Lookup | undefined;
let analyzer: ReturnType<typeof createAnalyzer> | undefined;

/** The bundled taxonomy, schema-checked and compiled once on first use. */
export function bundledLookup(): Lookup {
  return (lookup ??= compileTaxonomy(loadTaxonomy(BUNDLED_KEYWORD_FILES, { wholeSetChecks: false }))); // tests/taxonomy lints it
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
