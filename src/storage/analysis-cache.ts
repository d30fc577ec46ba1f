import { storage } from 'wxt/utils/storage';

export { resumeKeyOf } from './fingerprint';

/**
 * The last analyses the popup showed, per tab and address, kept in storage.session (memory only, gone when the
 * browser closes or the extension updates), so reopening the popup on the same page shows them at once
 * without reading the page or loading the analyzer again.
 */
export interface CachedAnalysis<T> {
  tabId: number;
  url: string;
  /** Which resume it was scored against, by id and content: another default resume or an edit misses. */
  resumeKey: string;
  result: T;
}

/** A few tabs' worth: the analyses of pages long left are of no use. */
export const MAX_CACHED_ANALYSES = 10;

export const cachedAnalysesItem = storage.defineItem<unknown>('session:analyses', { fallback: [] });

/** An entry as stored: its result as JSON text (see cacheAnalysis). */
interface StoredEntry {
  tabId: number;
  url: string;
  resumeKey: string;
  /** The result as JSON; an object where an earlier version of this session's cache wrote one. */
  result: string | object;
}

const isEntry = (e: unknown): e is StoredEntry => {
  const { tabId, url, resumeKey, result } = (e ?? {}) as Record<string, unknown>;
  return (
    typeof tabId === 'number' &&
    typeof url === 'string' &&
    typeof resumeKey === 'string' &&
    (typeof result === 'string' || (typeof result === 'object' && result !== null))
  );
};

const entriesOf = (raw: unknown) => (Array.isArray(raw) ? raw.filter(isEntry) : []);
const entries = async () => entriesOf(await cachedAnalysesItem.getValue());

/** The stored result, or undefined where its JSON does not parse. */
function resultOf<T>(entry: StoredEntry): T | undefined {
  if (typeof entry.result !== 'string') return entry.result as T;
  try {
    return JSON.parse(entry.result) as T;
  } catch {
    return undefined;
  }
}

/**
 * Every cached analysis, read at once, and a lookup of the one for a tab at an address: the popup reads the cache
 * while it asks the browser for its tab, instead of one round trip after the other.
 */
export async function readAnalysisCache<T>(): Promise<(tabId: number, url: string) => { resumeKey: string; result: T } | undefined> {
  return analysisCacheOf<T>(await cachedAnalysesItem.getValue());
}

/** readAnalysisCache() where the item's stored value was read already (with others, in one round trip). */
export function analysisCacheOf<T>(raw: unknown): (tabId: number, url: string) => { resumeKey: string; result: T } | undefined {
  const all = entriesOf(raw);
  return (tabId, url) => {
    const entry = all.find((e) => e.tabId === tabId && e.url === url);
    const result = entry && resultOf<T>(entry);
    return entry && result !== undefined ? { resumeKey: entry.resumeKey, result } : undefined;
  };
}

/** What the popup showed last for this tab at this address, with the resume it was scored against. */
export async function cachedAnalysis<T>(tabId: number, url: string): Promise<{ resumeKey: string; result: T } | undefined> {
  return (await readAnalysisCache<T>())(tabId, url);
}

/**
 * Remembers the tab's analysis, replacing the tab's previous one; the oldest go beyond the bound. Its result is kept
 * as JSON text: every open reads the whole list, and the session store hands strings back much faster than deep
 * objects, so the other tabs' entries cost a reopen almost nothing; only the entry that answers is parsed.
 */
export async function cacheAnalysis<T>(entry: CachedAnalysis<T>): Promise<void> {
  const others = (await entries()).filter((e) => e.tabId !== entry.tabId);
  const stored: StoredEntry = { ...entry, result: JSON.stringify(entry.result) };
  await cachedAnalysesItem.setValue([stored, ...others].slice(0, MAX_CACHED_ANALYSES));
}
