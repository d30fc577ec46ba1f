// The extension's side of the highlights (popup and side panel): inserts the ::highlight() styles and the
// highlighter into the tab the user asked about (activeTab, or the site's permission), then asks it to mark,
// clear or show a term. The page side is src/highlight/highlighter.ts.
import { browser } from 'wxt/browser';
import type { Analysis } from '../analyze/analysis-schema';
import { statusAsMet } from '../analyze/choices';
import type { HighlightKind } from './palette';
import { HIGHLIGHT_CSS } from './palette';
import type { Highlighter, HighlightReport, HighlightRequest } from './highlighter';

/** What the highlighter marks for an analysis: each term's spans, coloured by status (or by importance without a resume). */
export function highlightRequest(text: string, analysis: Analysis): HighlightRequest {
  return {
    text,
    marks: analysis.terms.map((t) => ({
      termId: t.id,
      label: t.label,
      kind: (analysis.score !== null && t.status ? statusAsMet(t) : t.job.importance) as HighlightKind,
      spans: t.job.spans ?? [],
    })),
  };
}

type World = typeof globalThis & { tpmklHighlighter?: Highlighter };

async function inPage<A extends unknown[], R>(tabId: number, func: (...args: A) => R, args: A): Promise<R | undefined> {
  const [result] = await browser.scripting.executeScript({ target: { tabId }, func: func as () => R, args: args as never });
  return result?.result as R | undefined;
}

/** Marks the analysis's evidence in the tab; the report says how many spans it found and which terms the page does not show. */
export async function highlightTab(tabId: number, request: HighlightRequest): Promise<HighlightReport | undefined> {
  // One copy of the styles: a second insert would pile up copies, one per click.
  await browser.scripting.removeCSS({ target: { tabId }, css: HIGHLIGHT_CSS }).catch(() => undefined);
  await browser.scripting.insertCSS({ target: { tabId }, css: HIGHLIGHT_CSS });
  await browser.scripting.executeScript({ target: { tabId }, files: ['/highlighter.js'] });
  return inPage(tabId, (req: HighlightRequest) => (globalThis as World).tpmklHighlighter?.apply(req), [request]);
}

/** Removes every highlight and the styles from the tab. */
export async function clearTab(tabId: number): Promise<void> {
  await inPage(tabId, () => void (globalThis as World).tpmklHighlighter?.clear(), []);
  await browser.scripting.removeCSS({ target: { tabId }, css: HIGHLIGHT_CSS }).catch(() => undefined);
}

/** Scrolls the tab to the term's first mark and flashes it; false where the page shows none of it. */
export async function showInTab(tabId: number, termId: string): Promise<boolean> {
  return Boolean(await inPage(tabId, (id: string) => (globalThis as World).tpmklHighlighter?.show(id) ?? false, [termId]));
}
