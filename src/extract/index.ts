// Document -> Posting: plain TypeScript for the content script (the live page) and for Node (saved pages, via linkedom).
// The zod schema lives in ./posting-schema (import it from there where a boundary validates a Posting); re-exporting
// it here would pull zod into the content script, whose bundle must stay small.
export { extractPosting } from './extract-posting';
export { extractPostingWith, MIN_SELECTION, type ExtractOptions, type PageReader } from './extract-core';
export type { Posting, ExtractMethod } from './posting-schema';
export { detectSite } from './detect-site';
export { adapters } from './adapters';
export type { SiteAdapter, SiteExtract } from './site-adapter';
export { EMBEDDED_BOARDS, findEmbeddedBoards, offeredBoards, patternCovers, type EmbeddedBoard, type EmbeddedFrame } from './embedded-boards';
