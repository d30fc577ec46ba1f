import { adapters } from './adapters';
import type { SiteAdapter } from './site-adapter';

/** The adapter of `among` (every adapter by default) for a page's URL, or undefined for any other site (and for a URL that does not parse). */
export function detectSite(url: string, among: readonly SiteAdapter[] = adapters): SiteAdapter | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  return among.find((a) => a.matches(parsed));
}

/** The adapter whose board is rendered inline into a page on another address (SiteAdapter.embedMark), if any. */
export function detectEmbeddedBoard(doc: Document, among: readonly SiteAdapter[] = adapters): SiteAdapter | undefined {
  return among.find((a) => a.embedMark !== undefined && doc.querySelector(a.embedMark) !== null);
}
