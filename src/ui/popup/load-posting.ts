import { browser } from 'wxt/browser';
import { offeredBoards, patternCovers, type EmbeddedBoard, type EmbeddedFrame } from '../../extract/embedded-boards';
import type { Posting } from '../../extract/posting-schema';
import { asPosting } from '../../extract/posting-shape';
import { PageUnavailable } from './page-unavailable';
import { measured } from './timings';

const RESTRICTED =
  /^(chrome|edge|brave|opera|vivaldi|about|chrome-extension|moz-extension|view-source|devtools|file):|chromewebstore\.google\.com|chrome\.google\.com\/webstore|addons\.mozilla\.org/;

/** The tab to read: `?tab=ID` when the popup is opened as a page (tests), else the active tab. */
export async function targetTab(search: string): Promise<{ id: number; url?: string }> {
  const fromQuery = Number(new URLSearchParams(search).get('tab'));
  if (fromQuery) return { id: fromQuery, url: (await browser.tabs.get(fromQuery)).url };
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new PageUnavailable('There is no page to read in this window.');
  return { id: tab.id, url: tab.url };
}

type Script = '/extractor.js' | '/page-reader.js' | '/embedded-boards.js';
type Target = { tabId: number } & ({ frameIds?: number[] } | { allFrames: true });

async function run(target: Target, file: Script) {
  const start = performance.now();
  try {
    const results = (await browser.scripting.executeScript({ target, files: [file] })) ?? [];
    if (file === '/extractor.js') measured('popup:page-read', start);
    return results;
  } catch (e) {
    const message = String((e as Error)?.message ?? e);
    if (/cannot (access|be scripted)|extensions gallery|permission|Missing host/i.test(message))
      throw new PageUnavailable('The browser does not let extensions read this page.');
    throw new PageUnavailable(`This page could not be read: ${message}`);
  }
}

type Results = Awaited<ReturnType<typeof run>>;

/** The Posting schema (zod) loads only for a read that the hand check (asPosting) leaves to it. */
const postingSchema = () => import('../../extract/posting-schema').then((m) => m.postingSchema);

/** A read's result as a Posting, as postingSchema returns it; undefined where it is none. */
async function checkedPosting(result: unknown): Promise<Posting | undefined> {
  const posting = asPosting(result);
  if (posting) return posting;
  const parsed = (await postingSchema()).safeParse(result);
  return parsed.success ? parsed.data : undefined;
}

async function inject(target: Target, file: Script, started?: Promise<Results>): Promise<Posting> {
  const results = await (started ?? run(target, file));
  const posting = await checkedPosting(results[0]?.result);
  if (!posting) throw new PageUnavailable('This page could not be read: the extractor returned nothing usable.');
  return posting;
}

/** The page read the popup's opening started (opening.ts), for the tab and address it read. */
let earlyRead: { tabId: number; url?: string; results: Promise<Results> } | undefined;

/**
 * Starts reading the tab's page at once (the extractor runs in the tab's own process while the popup loads and
 * paints); extractFromTab() takes the read over. A page no extension may read is left to extractFromTab() to report
 * (false: not started).
 */
export function startReading(tab: { id: number; url?: string }): boolean {
  if (!tab.url || RESTRICTED.test(tab.url)) return false;
  const results = run({ tabId: tab.id }, '/extractor.js');
  results.catch(() => undefined); // reported by extractFromTab, which awaits it, or by nobody where it goes unused
  earlyRead = { tabId: tab.id, url: tab.url, results };
  return true;
}

/**
 * Injects the extractor into that one tab (activeTab + scripting) and returns what it found; on a page
 * that no site adapter or JSON-LD describes, a second script reads it with readability.
 */
export async function extractFromTab(tab: { id: number; url?: string }): Promise<Posting> {
  if (tab.url && RESTRICTED.test(tab.url)) throw new PageUnavailable('The browser does not let extensions read this page.');
  const started = earlyRead?.tabId === tab.id && earlyRead.url === tab.url ? earlyRead.results : undefined;
  earlyRead = undefined;
  const posting = await inject({ tabId: tab.id }, '/extractor.js', started);
  return posting.method === 'none' ? inject({ tabId: tab.id }, '/page-reader.js') : posting;
}

/** The first iframe of the tab's page that shows a posting of a board this build may ask to read, with its board. */
export async function embeddedBoardIn(tab: { id: number }): Promise<{ board: EmbeddedBoard; frame: EmbeddedFrame } | undefined> {
  const [found] = await run({ tabId: tab.id }, '/embedded-boards.js');
  const frames: unknown = found?.result;
  const boards = offeredBoards(browser.runtime.getManifest() as { optional_host_permissions?: string[]; optional_permissions?: string[] });
  for (const frame of Array.isArray(frames) ? (frames as EmbeddedFrame[]) : []) {
    const board = boards.find((b) => b.id === frame?.board);
    if (board && typeof frame.src === 'string') return { board, frame };
  }
  return undefined;
}

/** Whether the user has allowed reading the board's frames (an earlier click, or the browser's extension settings). */
export const boardAllowed = (board: EmbeddedBoard) => browser.permissions.contains({ origins: [board.origin] });

/**
 * The posting in the board's frame of that tab, read by the same extractor as a page (then readability where it
 * finds nothing). Without webNavigation the popup knows no frame ids, so the extractor runs in every frame the
 * extension may read (the page by activeTab, the board's frames by its permission) and the board's frames answer.
 */
export async function extractFromBoardFrame(tab: { id: number }, board: EmbeddedBoard): Promise<Posting> {
  const results = await run({ tabId: tab.id, allFrames: true }, '/extractor.js');
  const read = await Promise.all(results.map(async (r) => ({ frameId: r.frameId, posting: r.frameId === 0 ? undefined : await checkedPosting(r.result) })));
  const frames = read.flatMap(({ frameId, posting }) => (posting?.url && patternCovers(board.origin, posting.url) ? [{ frameId, posting }] : []));
  if (!frames.length) throw new PageUnavailable(`The embedded ${board.label} frame could not be read.`);
  const found = frames.find((f) => f.posting.method !== 'none');
  return found ? found.posting : inject({ tabId: tab.id, frameIds: [frames[0].frameId] }, '/page-reader.js');
}
