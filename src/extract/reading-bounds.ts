// How much of a page the extractor reads. A page can be any size and any depth (a saved page of 300,000 paragraphs, a
// page built by script 20,000 elements deep); the extractor's work must stay linear and bounded all the same, in the
// CLI and in the user's tab. Past a bound it stops reading (or descending), keeps what it read, and says so.

/**
 * The most characters of text read from a page's elements: twice what the analyzer reads (MAX_TEXT_CHARS, 300,000),
 * and some thirty times the longest real posting. A posting is near a page's top, where the reading starts; what lies
 * past this is comments, listings or generated filler. The page reader's work in a tab grows with it (a 10 MB page:
 * about 2 s in Chromium at 1,000,000).
 */
export const MAX_READ_CHARS = 600_000;

/**
 * How deep the page reader (readability) sees a page: elements nested deeper are read as children of their ancestor
 * at this depth, in order, the way Chromium's HTML parser keeps pages nested past 512 (kMaximumHTMLParserDOMTreeDepth).
 * Readability's work grows with the page's size times its depth; real pages nest 15 to 40 deep (the saved pages of
 * ../shared/eval/pages reach 36), so this bound never changes them.
 */
export const MAX_READER_DEPTH = 64;

/** The notice a posting carries when a bound cut the reading. */
export const readingCutNotice = (what: 'characters' | 'depth') =>
  what === 'characters'
    ? `The page is very long: its text was read up to ${MAX_READ_CHARS.toLocaleString('en-US')} characters, and the rest was left out.`
    : `The page is nested more than ${MAX_READER_DEPTH} elements deep: deeper parts were read as if nested at that depth.`;
