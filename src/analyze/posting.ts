import { withoutDebris } from '../text/debris';
import { isHardWrapped, joinWrappedLines, quotedMessageStart, withoutQuoteMarks } from '../text/lines';
import { headingKind, type PostingStructure, structurePosting } from './sections';

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

/** A posting's first lines are its title and company (structurePosting), never a wrapped sentence. */
const POSTING_HEAD_LINES = 2;

/**
 * A posting's text as the analyzer reads it, with its structure: mojibake and HTML escapes read as their characters
 * ("Weâ€™re", "&amp;"); a posting forwarded by e-mail without its quote marks ("> What we're looking for:"); one wrapped
 * at a column (a PDF, an e-mail) with its wrapped lines joined, so that a sentence is one line of its section. The read
 * text has the same length, so evidence is quoted from the posting as written.
 */
export function readPosting(text: string, headings?: readonly string[]): { readText: string; structure: PostingStructure } {
  const legible = withoutDebris(text);
  const unquoted = withoutQuoteMarks(legible);
  const readText = isHardWrapped(unquoted)
    ? joinWrappedLines(unquoted, { isHeading: (line) => headingKind(line) !== undefined, fromLine: POSTING_HEAD_LINES })
    : unquoted;
  return { readText, structure: structurePosting(readText, { headings, quoteStart: quotedMessageStart(legible) }) };
}

/** A posting from plain text: the title and company are read from its first lines, as a reader would. */
export function postingFromText(text: string): PostingInput {
  const { title, company } = readPosting(text).structure;
  return { title, company, text };
}
