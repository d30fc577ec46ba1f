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

/**
 * One key per tab (`session:analysis:<tabId>`), so that an open reads its own tab's entry and nothing else: read as
 * one list, ten tabs' entries (about 70 KB each for a short posting, with the popup's snapshot) cost every open,
 * first or reopened, 4-5 ms of the session store's round trip in Chromium; one tab's entry, about 1 ms.
 */
export const analysisKeyOf = (tabId: number) => `session:analysis:${tabId}` as const;

/** The tabs that have an entry, the newest first: the bound drops the oldest. */
export const cachedTabsItem = storage.defineItem<unknown>('session:analysisTabs', { fallback: [] });

/**
 * The newest entry once more, under a key of its own. An open reads it and the list of tabs before it knows its tab
 * (openingEntryOf), in one round trip beside the tab's own: reopened on the page it analyzed last, or opened on a tab
 * with no entry, it needs no second trip for the tab's key.
 */
export const NEWEST_ANALYSIS_KEY = 'session:analysis:newest';

/** What an open reads of the cache before it knows its tab: the newest entry, then the list of tabs that have one. */
export const OPENING_CACHE_KEYS = [NEWEST_ANALYSIS_KEY, cachedTabsItem.key] as const;

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

const tabIdsOf = (raw: unknown) => (Array.isArray(raw) ? raw.filter((id): id is number => typeof id === 'number') : []);

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
 * A stored entry read already (the value of analysisKeyOf(tabId), or the newest entry) where it was stored for this
 * tab at this address.
 */
export function cachedEntryOf<T>(raw: unknown, tabId: number, url: string): { resumeKey: string; result: T } | undefined {
  if (!isEntry(raw) || raw.tabId !== tabId || raw.url !== url) return undefined;
  const result = resultOf<T>(raw);
  return result === undefined ? undefined : { resumeKey: raw.resumeKey, result };
}

/**
 * The tab's entry for this address from the values of OPENING_CACHE_KEYS: the newest entry where it is this tab's
 * (the tab's own key holds the same), none where the tab is not in the list; `readOwnKey` where only the tab's own
 * key can tell (another tab's entry is newer).
 */
export function openingEntryOf<T>(
  [newest, tabs]: readonly unknown[],
  tabId: number,
  url: string,
): { readOwnKey: true } | { readOwnKey: false; entry: { resumeKey: string; result: T } | undefined } {
  if (isEntry(newest) && newest.tabId === tabId) return { readOwnKey: false, entry: cachedEntryOf<T>(newest, tabId, url) };
  return tabIdsOf(tabs).includes(tabId) ? { readOwnKey: true } : { readOwnKey: false, entry: undefined };
}

/** What the popup showed last for this tab at this address, with the resume it was scored against. */
export async function cachedAnalysis<T>(tabId: number, url: string): Promise<{ resumeKey: string; result: T } | undefined> {
  return cachedEntryOf<T>(await storage.getItem(analysisKeyOf(tabId)), tabId, url);
}

/**
 * Remembers the tab's analysis, replacing the tab's previous one; the oldest tabs' go beyond the bound. Its result is
 * kept as JSON text: the session store hands one string back much faster than a deep object.
 */
export async function cacheAnalysis<T>(entry: CachedAnalysis<T>): Promise<void> {
  const tabs = [entry.tabId, ...tabIdsOf(await cachedTabsItem.getValue()).filter((id) => id !== entry.tabId)];
  const stored: StoredEntry = { ...entry, result: JSON.stringify(entry.result) };
  await storage.setItems([
    { key: analysisKeyOf(entry.tabId), value: stored },
    { key: NEWEST_ANALYSIS_KEY, value: stored },
    { item: cachedTabsItem, value: tabs.slice(0, MAX_CACHED_ANALYSES) },
  ]);
  const dropped = tabs.slice(MAX_CACHED_ANALYSES);
  if (dropped.length) await storage.removeItems(dropped.map(analysisKeyOf));
}

/** Every cached analysis, also any the list of tabs lost track of (two pages writing at once): "Delete all my data". */
export async function clearAnalysisCache(): Promise<void> {
  const keys = Object.keys(await storage.snapshot('session')).filter((key) => key.startsWith('analysis:'));
  await storage.removeItems([cachedTabsItem, ...keys.map((key) => `session:${key}` as const)]);
}
