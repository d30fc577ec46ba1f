import { extractPostingWith, type ExtractOptions } from './extract-core';
import type { Posting } from './posting-schema';
import { readabilityText } from './readability-text';

/**
 * The job posting on a page: the user's selection, the page's JSON-LD JobPosting, a site adapter, or
 * readability (on a clone) for any other careers page. Reads the document only; never throws.
 */
export const extractPosting = (document: Document, url: string, options: ExtractOptions = {}): Posting =>
  extractPostingWith(readabilityText, document, url, options);
