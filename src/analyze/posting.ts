import { structurePosting } from './sections';

/**
 * A job posting as the analyzer reads it: what an extractor read from a page (its title, company and the
 * headings the page marks), or plain text. The extractor's Posting is one; so is `postingFromText(text)`.
 */
export interface PostingInput {
  title: string;
  company: string;
  /** Plain text, one block or list item per line; the title and company may open it. */
  text: string;
  /** The page's own headings and the text under each: a heading the words alone would not reveal still is one. */
  sections?: readonly { heading: string; text: string }[];
  site?: string;
  url?: string;
  /** ISO 639-1, when the source knows it; otherwise the analyzer detects it. */
  language?: string;
  /** What the extractor left out of a page (a page past its reading bounds); the analysis repeats them. */
  notices?: readonly string[];
}

/** A posting from plain text: the title and company are read from its first lines, as a reader would. */
export function postingFromText(text: string): PostingInput {
  const { title, company } = structurePosting(text);
  return { title, company, text };
}
