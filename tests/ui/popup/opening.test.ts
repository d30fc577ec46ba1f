import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { cacheAnalysis, resumeKeyOf } from '../../../src/storage/analysis-cache';
import { pendingSelectionItem } from '../../../src/storage/pending-selection';
import type { Resume } from '../../../src/storage/schema';
import { DATA_VERSION } from '../../../src/storage/versions';
import { startOpening } from '../../../src/ui/popup/opening';

// The analyzer as the popup loads it: only whether it started matters here (and the whole taxonomy need not load).
const analyzer = vi.hoisted(() => ({ bundledLookup: vi.fn() }));
vi.mock('../../../src/index', () => analyzer);
// The extension's build fetches the lookup's file beside the analyzer's code (scripts/lookup-asset.ts).
const lookupFile = vi.hoisted(() => ({ fetchLookup: vi.fn(() => Promise.resolve({})) }));
vi.mock('../../../src/taxonomy/fetched-lookup', () => lookupFile);
vi.mock('../../../src/taxonomy/part-of-speech', () => ({}));

// What a popup open decides from its first reads (src/ui/popup/opening.ts): the cached results answer at once, or
// the page's read starts before React has loaded; a pending selection goes before both.

const URL_SEEN = 'https://example.org/jobs/1';
const mine: Resume = { id: 'r1', name: 'Mine', text: 'Led Kubernetes migrations with Jira.', source: 'paste', addedAt: '2026-11-30T10:00:00.000Z' };
const edited: Resume = { ...mine, text: `${mine.text} Scrum.` };
const result = { source: { title: 'TPM' }, analysis: { terms: [] } };

type Setup = { url?: string; cachedUrl?: string; cachedFor?: Resume; pending?: boolean; stored?: Resume };

async function open({ url = URL_SEEN, cachedUrl, cachedFor = mine, pending, stored = mine }: Setup) {
  const tab = await fakeBrowser.tabs.create({ url });
  await fakeBrowser.storage.local.set({ dataVersion: DATA_VERSION, resumes: { resumes: [stored], defaultId: stored.id } });
  if (cachedUrl) await cacheAnalysis({ tabId: tab.id ?? 0, url: cachedUrl, resumeKey: resumeKeyOf(cachedFor), result });
  if (pending) await pendingSelectionItem.setValue({ text: 'Scrum master wanted', url, title: 'Jobs', at: Date.now() });
  const reads = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]);
  const opening = startOpening<typeof result>(`?tab=${tab.id}`);
  const answer = await opening.answer;
  await new Promise((resolve) => setTimeout(resolve, 0)); // the page's read starts in the same turn as the answer
  const loadsAnalyzer = analyzer.bundledLookup.mock.calls.length > 0;
  expect(lookupFile.fetchLookup.mock.calls.length > 0, 'the lookup file is fetched with the analyzer').toBe(loadsAnalyzer);
  return { answer, readsPage: reads.mock.calls.length > 0, loadsAnalyzer, pending: await opening.pending };
}

describe('a popup open’s first reads', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    analyzer.bundledLookup.mockClear();
    lookupFile.fetchLookup.mockClear();
  });

  it('answers from the cache for the same tab, address and default resume, without reading the page', async () => {
    const { answer, readsPage, loadsAnalyzer } = await open({ cachedUrl: URL_SEEN });
    expect(answer).toEqual({ cached: result, library: { resumes: [mine], defaultId: 'r1' } });
    expect(readsPage).toBe(false);
    expect(loadsAnalyzer).toBe(false);
  });

  it.each<[string, Setup]>([
    ['nothing cached', {}],
    ['another address cached in the tab', { cachedUrl: 'https://example.org/jobs/2' }],
    ['a cache scored against the resume before its edit', { cachedUrl: URL_SEEN, cachedFor: mine, stored: edited }],
  ])('starts reading the page and loading the analyzer at once where the cache does not answer: %s', async (_, setup) => {
    const { answer, readsPage, loadsAnalyzer } = await open(setup);
    expect(answer).toBeUndefined();
    expect(readsPage).toBe(true);
    expect(loadsAnalyzer).toBe(true);
  });

  it('leaves a pending selection to the popup, which neither paints the cache nor reads the page', async () => {
    const { answer, readsPage, loadsAnalyzer, pending } = await open({ cachedUrl: URL_SEEN, pending: true });
    expect(pending?.text).toBe('Scrum master wanted');
    expect(answer).toBeUndefined();
    expect(readsPage).toBe(false);
    expect(loadsAnalyzer).toBe(false);
  });

  it('asks each storage area once, whatever it finds', async () => {
    for (const setup of [{ cachedUrl: URL_SEEN }, {}, { pending: true }] satisfies Setup[]) {
      fakeBrowser.reset();
      const tab = await fakeBrowser.tabs.create({ url: URL_SEEN });
      await fakeBrowser.storage.local.set({ dataVersion: DATA_VERSION, resumes: { resumes: [mine], defaultId: mine.id } });
      if (setup.cachedUrl) await cacheAnalysis({ tabId: tab.id ?? 0, url: setup.cachedUrl, resumeKey: resumeKeyOf(mine), result });
      if (setup.pending) await pendingSelectionItem.setValue({ text: 'Scrum master wanted', url: URL_SEEN, title: 'Jobs', at: Date.now() });
      const session = vi.spyOn(fakeBrowser.storage.session, 'get');
      const local = vi.spyOn(fakeBrowser.storage.local, 'get');
      vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]);
      const opening = startOpening<typeof result>(`?tab=${tab.id}`);
      await Promise.all([opening.answer, opening.pending, opening.library]);
      expect([session.mock.calls.length, local.mock.calls.length], JSON.stringify(setup)).toEqual([1, 1]);
      // Of the cached analyses, only the newest entry and the list of tabs (the other tabs' entries cost the open nothing).
      const asked = session.mock.calls.flatMap(([keys]) => [keys].flat()).map(String);
      expect(
        asked.filter((key) => key.startsWith('analys')),
        JSON.stringify(setup),
      ).toEqual(['analysis:newest', 'analysisTabs']);
      vi.restoreAllMocks();
    }
  });

  it('reads a tab’s own entry where another tab’s is newer: two round trips to the session area', async () => {
    const tab = await fakeBrowser.tabs.create({ url: URL_SEEN });
    await fakeBrowser.storage.local.set({ dataVersion: DATA_VERSION, resumes: { resumes: [mine], defaultId: mine.id } });
    await cacheAnalysis({ tabId: tab.id ?? 0, url: URL_SEEN, resumeKey: resumeKeyOf(mine), result });
    await cacheAnalysis({ tabId: (tab.id ?? 0) + 1, url: URL_SEEN, resumeKey: resumeKeyOf(mine), result: { ...result, source: { title: 'Other' } } });
    const session = vi.spyOn(fakeBrowser.storage.session, 'get');
    const reads = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]);
    const opening = startOpening<typeof result>(`?tab=${tab.id}`);
    expect((await opening.answer)?.cached).toEqual(result);
    expect(session).toHaveBeenCalledTimes(2);
    expect(reads).not.toHaveBeenCalled();
  });

  it('starts reading a page seen first before the resumes are read; with an entry for the page, only once they tell', async () => {
    for (const [cachedUrl, readsFirst] of [
      [undefined, true],
      ['https://example.org/jobs/2', true], // another address's entry: the cache cannot answer
      [URL_SEEN, false], // this address's entry: scored against the default resume or not, the resumes tell
    ] as const) {
      fakeBrowser.reset();
      const tab = await fakeBrowser.tabs.create({ url: URL_SEEN });
      await fakeBrowser.storage.local.set({ dataVersion: DATA_VERSION, resumes: { resumes: [edited], defaultId: edited.id } });
      if (cachedUrl) await cacheAnalysis({ tabId: tab.id ?? 0, url: cachedUrl, resumeKey: resumeKeyOf(mine), result });
      // The local area answers only when told to.
      let answerLocal: () => void = () => undefined;
      const local = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
      vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation((keys) => new Promise((ok) => (answerLocal = () => ok(local(keys)))));
      const reads = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]);
      const opening = startOpening<typeof result>(`?tab=${tab.id}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(reads.mock.calls.length > 0, String(cachedUrl)).toBe(readsFirst);
      answerLocal();
      expect(await opening.answer).toBeUndefined(); // scored against the resume before its edit: not served
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(reads).toHaveBeenCalledOnce();
      vi.restoreAllMocks();
    }
  });

  // The popup's entry starts its first analysis at once (analyze-page.ts): it awaits `started` before reading the page,
  // so that it takes over the read the opening started instead of starting a second one.
  it.each<[string, Setup, number]>([
    ['a page seen first: its read has started', {}, 1],
    ['the same page cached: nothing read', { cachedUrl: URL_SEEN }, 0],
    ['a pending selection: nothing read', { pending: true }, 0],
  ])('settles `started` once it has started what it starts: %s', async (_, { cachedUrl, pending }, readsStarted) => {
    const tab = await fakeBrowser.tabs.create({ url: URL_SEEN });
    await fakeBrowser.storage.local.set({ dataVersion: DATA_VERSION, resumes: { resumes: [mine], defaultId: mine.id } });
    if (cachedUrl) await cacheAnalysis({ tabId: tab.id ?? 0, url: cachedUrl, resumeKey: resumeKeyOf(mine), result });
    if (pending) await pendingSelectionItem.setValue({ text: 'Scrum master wanted', url: URL_SEEN, title: 'Jobs', at: Date.now() });
    const reads = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]);
    const opening = startOpening<typeof result>(`?tab=${tab.id}`);
    await opening.started;
    expect(reads).toHaveBeenCalledTimes(readsStarted);
  });

  it('reads no page the browser keeps from extensions (the popup says so itself)', async () => {
    const { answer, readsPage, loadsAnalyzer } = await open({ url: 'chrome://settings/' });
    expect(answer).toBeUndefined();
    expect(readsPage).toBe(false);
    expect(loadsAnalyzer).toBe(false);
  });
});
