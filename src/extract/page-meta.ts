import { textOf } from './query';

export interface PageMeta {
  title: string;
  siteName: string;
}

/** The title and site name a page announces (Open Graph, <title>, <h1>), for pages without better sources. */
export function readPageMeta(doc: Document): PageMeta {
  const ogTitle = textOf(doc, ['meta[property="og:title"]', 'meta[name="twitter:title"]']);
  const siteName = textOf(doc, ['meta[property="og:site_name"]', 'meta[name="application-name"]'])
    .replace(/\s*[-|–:]?\s*\b(careers?|jobs|job board)\s*$/i, '').replace(/^(careers?|jobs) (at|@)\s+/i, '').trim();
  const h1 = textOf(doc, ['h1']);
  const pageTitle = textOf(doc, ['title']);
  return { title: ogTitle || h1 || pageTitle, siteName };
}
