import { adapters } from './adapters';
import type { SiteAdapter } from './site-adapter';

/** The adapter for a page's URL, or undefined for any other site (and for a URL that does not parse). */
export function detectSite(url: string): SiteAdapter | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  return adapters.find((a) => a.matches(parsed));
}
