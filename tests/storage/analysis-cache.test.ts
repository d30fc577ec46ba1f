import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { cacheAnalysis, cachedAnalysesItem, cachedAnalysis, MAX_CACHED_ANALYSES, readAnalysisCache, resumeKeyOf } from '../../src/storage/analysis-cache';
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
    // The whole cache read at once (as the popup does while it asks for its tab) answers the same.
    expect((await readAnalysisCache())(tabId, url)).toEqual(hit ? { resumeKey: entry.resumeKey, result: entry.result } : undefined);
  });

  it('keeps one analysis per tab, the newest first, and only a few tabs', async () => {
    await cacheAnalysis(entry);
    await cacheAnalysis({ ...entry, url: 'https://example.org/jobs/2' });
    expect(await cachedAnalysis(7, entry.url)).toBeUndefined();
    for (let tab = 100; tab < 100 + MAX_CACHED_ANALYSES; tab++) await cacheAnalysis({ ...entry, tabId: tab });
    expect(await cachedAnalysis(7, 'https://example.org/jobs/2')).toBeUndefined();
    expect(await cachedAnalysis(100, entry.url)).toBeDefined();
  });

  it('goes with "Delete all my data"', async () => {
    await cacheAnalysis(entry);
    await deleteAllData();
    expect(await cachedAnalysis(7, entry.url)).toBeUndefined();
  });

  it('keeps each result as JSON text, and reads an entry an earlier version stored as an object', async () => {
    await cacheAnalysis(entry);
    const [stored] = (await cachedAnalysesItem.getValue()) as { result: unknown }[];
    expect(stored.result).toBe(JSON.stringify(entry.result));
    await cachedAnalysesItem.setValue([{ ...entry, tabId: 8 }]);
    expect(await cachedAnalysis(8, entry.url)).toEqual({ resumeKey: entry.resumeKey, result: entry.result });
  });

  it('ignores malformed stored entries', async () => {
    await cachedAnalysesItem.setValue([
      { tabId: '7', url: entry.url, resumeKey: '', result: {} },
      null,
      { ...entry, result: null },
      { ...entry, tabId: 9, result: '{"title": "cut short' },
      entry,
    ]);
    expect(await cachedAnalysis(9, entry.url)).toBeUndefined();
    expect(await cachedAnalysis(7, entry.url)).toEqual({ resumeKey: entry.resumeKey, result: entry.result });
    await cachedAnalysesItem.setValue('not a list');
    expect(await cachedAnalysis(7, entry.url)).toBeUndefined();
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
