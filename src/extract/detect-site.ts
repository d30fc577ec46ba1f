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
