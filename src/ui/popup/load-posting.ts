import { browser } from 'wxt/browser';
import { postingSchema, type Posting } from '../../extract/posting-schema';
import { PageUnavailable } from './page-unavailable';

const RESTRICTED = /^(chrome|edge|brave|opera|vivaldi|about|chrome-extension|moz-extension|view-source|devtools|file):|chromewebstore\.google\.com|chrome\.google\.com\/webstore|addons\.mozilla\.org/;

/** The tab to read: `?tab=ID` when the popup is opened as a page (tests), else the active tab. */
export async function targetTab(search: string): Promise<{ id: number; url?: string }> {
  const fromQuery = Number(new URLSearchParams(search).get('tab'));
  if (fromQuery) return { id: fromQuery, url: (await browser.tabs.get(fromQuery)).url };
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new PageUnavailable('There is no page to read in this window.');
  return { id: tab.id, url: tab.url };
}

type Script = '/content-scripts/extractor.js' | '/content-scripts/page-reader.js';

async function inject(tabId: number, file: Script): Promise<Posting> {
  let results;
  try {
    results = await browser.scripting.executeScript({ target: { tabId }, files: [file] });
  } catch (e) {
    const message = String((e as Error)?.message ?? e);
    if (/cannot (access|be scripted)|extensions gallery|permission|Missing host/i.test(message)) throw new PageUnavailable('The browser does not let extensions read this page.');
    throw new PageUnavailable(`This page could not be read: ${message}`);
  }
  const parsed = postingSchema.safeParse(results?.[0]?.result);
  if (!parsed.success) throw new PageUnavailable('This page could not be read: the extractor returned nothing usable.');
  return parsed.data;
}

/**
 * Injects the extractor into that one tab (activeTab + scripting) and returns what it found; on a page
 * that no site adapter or JSON-LD describes, a second script reads it with readability.
 */
export async function extractFromTab(tab: { id: number; url?: string }): Promise<Posting> {
  if (tab.url && RESTRICTED.test(tab.url)) throw new PageUnavailable('The browser does not let extensions read this page.');
  const posting = await inject(tab.id, '/content-scripts/extractor.js');
  return posting.method === 'none' ? inject(tab.id, '/content-scripts/page-reader.js') : posting;
}
