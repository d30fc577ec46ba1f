import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { storage } from 'wxt/utils/storage';
import {
  analysisKeyOf,
  cacheAnalysis,
  cachedAnalysis,
  cachedEntryOf,
  cachedTabsItem,
  MAX_CACHED_ANALYSES,
  OPENING_CACHE_KEYS,
  openingEntryOf,
  resumeKeyOf,
} from '../../src/storage/analysis-cache';
import { deleteAllData } from '../../src/storage/resumes';

const resume = { id: 'r1', text: 'Led Kubernetes migrations with Jira.' };
const entry = { tabId: 7, url: 'https://example.org/jobs/1', resumeKey: resumeKeyOf(resume), result: { title: 'TPM' } };

describe('the popup’s analysis cache (storage.session)', () => {
  beforeEach(() => fakeBrowser.reset());

  it.each([
    ['the same tab at the same address', 7, 'https://example.org/jobs/1', true],
    ['another address in the tab', 7, 'https://example.org/jobs/2', false],
    ['the address in another tab', 8, 'https://example.org/jobs/1', false],
  ])('%s: %s', async (_, tabId, url, hit) => {
    await cacheAnalysis(entry);
    expect(await cachedAnalysis(tabId, url)).toEqual(hit ? { resumeKey: entry.resumeKey, result: entry.result } : undefined);
    // The tab's own entry read with other keys (as the popup does with the pending selection) answers the same.
    const [stored] = await storage.getItems([analysisKeyOf(tabId)]);
    expect(cachedEntryOf(stored.value, tabId, url)).toEqual(hit ? { resumeKey: entry.resumeKey, result: entry.result } : undefined);
  });

  it('keeps one analysis per tab, the newest first, and only a few tabs', async () => {
    await cacheAnalysis(entry);
    await cacheAnalysis({ ...entry, url: 'https://example.org/jobs/2' });
    expect(await cachedAnalysis(7, entry.url)).toBeUndefined();
    for (let tab = 100; tab < 100 + MAX_CACHED_ANALYSES; tab++) await cacheAnalysis({ ...entry, tabId: tab });
    expect(await cachedAnalysis(7, 'https://example.org/jobs/2')).toBeUndefined();
    expect(await cachedAnalysis(100, entry.url)).toBeDefined();
    // One key per tab: the oldest tab's entry is gone from the store, not only from the list of tabs.
    expect(await storage.getItem(analysisKeyOf(7))).toBeNull();
    expect(await cachedTabsItem.getValue()).toEqual(Array.from({ length: MAX_CACHED_ANALYSES }, (_, i) => 100 + MAX_CACHED_ANALYSES - 1 - i));
  });

  // An open reads the newest entry and the list of tabs before it knows its tab: the tab's own key is read only where
  // another tab's entry is newer, and what it answers is what the tab's own key holds.
  it.each<[string, number, string, 'own key' | 'hit' | 'miss']>([
    ['reopened on the page analyzed last', 8, 'https://example.org/jobs/8', 'hit'],
    ['the tab analyzed last at another address', 8, 'https://example.org/jobs/9', 'miss'],
    ['a tab with no entry', 9, 'https://example.org/jobs/8', 'miss'],
    ['a tab analyzed before the last one', 7, entry.url, 'own key'],
  ])('from the newest entry and the list of tabs: %s', async (_, tabId, url, answer) => {
    await cacheAnalysis(entry);
    await cacheAnalysis({ ...entry, tabId: 8, url: 'https://example.org/jobs/8' });
    const read = (await storage.getItems([...OPENING_CACHE_KEYS])).map((item) => item.value);
    const known = openingEntryOf(read, tabId, url);
    expect(known.readOwnKey ? 'own key' : known.entry ? 'hit' : 'miss').toBe(answer);
    if (!known.readOwnKey) expect(known.entry).toEqual(await cachedAnalysis(tabId, url));
  });

  it('goes with "Delete all my data", also an entry the list of tabs lost track of', async () => {
    await cacheAnalysis(entry);
    await storage.setItem(analysisKeyOf(8), { ...entry, tabId: 8 }); // written by a second page at the same moment
    await deleteAllData();
    expect(await cachedAnalysis(7, entry.url)).toBeUndefined();
    expect(await cachedAnalysis(8, entry.url)).toBeUndefined();
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('keeps each result as JSON text, and reads an entry an earlier version stored as an object', async () => {
    await cacheAnalysis(entry);
    const stored = (await storage.getItem(analysisKeyOf(7))) as { result: unknown };
    expect(stored.result).toBe(JSON.stringify(entry.result));
    await storage.setItem(analysisKeyOf(8), { ...entry, tabId: 8 });
    expect(await cachedAnalysis(8, entry.url)).toEqual({ resumeKey: entry.resumeKey, result: entry.result });
  });

  it.each<[string, unknown]>([
    ['a tab id written as text', { ...entry, tabId: '7' }],
    ['no entry', null],
    ['no result', { ...entry, result: null }],
    ['a result cut short', { ...entry, result: '{"title": "cut short' }],
    ['another tab’s entry under this key', { ...entry, tabId: 9 }],
    ['a list', [entry]],
    ['text', 'not an entry'],
  ])('ignores a malformed stored entry: %s', async (_, stored) => {
    await storage.setItem(analysisKeyOf(7), stored);
    expect(await cachedAnalysis(7, entry.url)).toBeUndefined();
    await storage.setItem(analysisKeyOf(7), entry);
    expect(await cachedAnalysis(7, entry.url)).toEqual({ resumeKey: entry.resumeKey, result: entry.result });
  });

  it('keeps its list of tabs usable whatever was stored there', async () => {
    await cachedTabsItem.setValue(['7', null, 3] as unknown);
    await cacheAnalysis(entry);
    expect(await cachedTabsItem.getValue()).toEqual([7, 3]);
  });

  it.each([
    ['the same resume', resume, true],
    ['an edited text', { ...resume, text: `${resume.text} Scrum.` }, false],
    ['one letter changed', { ...resume, text: resume.text.replace('Led', 'Lad') }, false],
    ['another resume with the same text', { ...resume, id: 'r2' }, false],
    ['no resume', undefined, false],
  ])('resume key: %s', (_, other, same) => {
    expect(resumeKeyOf(other) === resumeKeyOf(resume)).toBe(same);
  });
});
