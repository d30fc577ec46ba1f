// Document -> Posting: plain TypeScript for the content script (the live page) and for Node (saved pages, via linkedom).
export { extractPosting, MIN_SELECTION, type ExtractOptions } from './extract-posting';
export { postingSchema, extractMethods, type Posting, type ExtractMethod } from './posting-schema';
export { detectSite } from './detect-site';
export { adapters } from './adapters';
export type { SiteAdapter, SiteExtract } from './site-adapter';
