// Marks a posting's evidence in the page with the CSS Custom Highlight API: ranges registered in CSS.highlights,
// styled by ::highlight() rules the extension inserts (palette.ts). Nothing is added to the page's DOM, so its
// scripts and its markup see no change; clear() removes every highlight this created.
import type { TextSpan } from '../analyze/analysis-schema';
import { spanAt } from '../analyze/spans';
import type { TextRun } from '../extract/runs';
import { HIGHLIGHT_KINDS, type HighlightKind, highlightName } from './palette';
import { keptRuns } from './page-runs';
import { locate, readVisibleText, type VisibleText } from './visible-text';

export interface HighlightMark {
  termId: string;
  label: string;
  kind: HighlightKind;
  /** Offsets into the request's text (Term.job.spans). */
  spans: TextSpan[];
}

export interface HighlightRequest {
  /** The posting text the spans index. */
  text: string;
  marks: HighlightMark[];
}

export interface HighlightReport {
  /** Spans asked for, and ranges marked: equal when the page shows every one. */
  spans: number;
  ranges: number;
  /** Of the ranges, how many came through the extractor's runs (the rest from the visible text). */
  viaRuns: number;
  /** Terms none of whose evidence the page shows (the posting came from data the page does not display). */
  notVisible: string[];
}

/** How long the chosen term stays marked after a click. */
const FOCUS_MS = 2400;
const FLASHES = 3;

const sameWords = (a: string, b: string) => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();

/** A range for text [start, end) through the runs, if both ends lie on runs whose nodes still say those words. */
function rangeFromRuns(doc: Document, runs: readonly TextRun[], text: string, { start, end }: TextSpan): Range | undefined {
  // Runs are sorted and do not overlap, as spanAt needs.
  const first = spanAt(runs, start);
  const last = spanAt(runs, end - 1);
  if (!first || !last || !first.node.isConnected || !last.node.isConnected) return undefined;
  const range = doc.createRange();
  try {
    range.setStart(first.node, first.offset + (start - first.start));
    range.setEnd(last.node, last.offset + (end - 1 - last.start) + 1);
  } catch {
    return undefined; // the node's text changed since it was read
  }
  return sameWords(range.toString(), text.slice(start, end)) ? range : undefined;
}

type HighlightWorld = Window & typeof globalThis & { CSS: { highlights: Map<string, unknown> }; Highlight: new (...r: Range[]) => unknown };

export function createHighlighter(win: Window, world: object) {
  const w = win as HighlightWorld;
  const doc = win.document;
  const byTerm = new Map<string, Range[]>();
  let shownAt = '';
  let watch: ReturnType<typeof setInterval> | undefined;
  let focusTimers: ReturnType<typeof setTimeout>[] = [];

  const stopFocus = () => {
    for (const t of focusTimers) clearTimeout(t);
    focusTimers = [];
    w.CSS.highlights.delete(highlightName('focus'));
  };

  function clear() {
    if (!w.CSS?.highlights) return;
    stopFocus();
    for (const kind of HIGHLIGHT_KINDS) w.CSS.highlights.delete(highlightName(kind));
    byTerm.clear();
    if (watch !== undefined) clearInterval(watch);
    watch = undefined;
  }

  function apply(request: HighlightRequest): HighlightReport {
    // Chrome 105+, Firefox 140+: an older browser says so rather than marking nothing in silence.
    if (!w.CSS?.highlights || typeof w.Highlight !== 'function') throw new Error('this browser cannot mark text in pages (it lacks CSS Custom Highlights)');
    clear();
    const runs = keptRuns(world, request.text) ?? [];
    let visible: VisibleText | undefined;
    let cursor = 0;
    const groups = new Map<HighlightKind, Range[]>();
    const report: HighlightReport = { spans: 0, ranges: 0, viaRuns: 0, notVisible: [] };
    // In text order, so the visible-text search moves forward through the page as the posting does.
    const all = request.marks.flatMap((m) => m.spans.map((span) => ({ mark: m, span }))).sort((a, b) => a.span.start - b.span.start);
    for (const { mark, span } of all) {
      report.spans++;
      let range = rangeFromRuns(doc, runs, request.text, span);
      if (range) report.viaRuns++;
      else {
        visible ??= readVisibleText(doc);
        const found = locate(visible, request.text, span.start, span.end, cursor);
        if (found) {
          range = visible.range(found[0], found[1]);
          cursor = found[1];
        }
      }
      if (!range) continue;
      report.ranges++;
      (groups.get(mark.kind) ?? groups.set(mark.kind, []).get(mark.kind)!).push(range);
      (byTerm.get(mark.termId) ?? byTerm.set(mark.termId, []).get(mark.termId)!).push(range);
    }
    for (const [kind, ranges] of groups) w.CSS.highlights.set(highlightName(kind), new w.Highlight(...ranges));
    report.notVisible = request.marks.filter((m) => m.spans.length && !byTerm.has(m.termId)).map((m) => m.label);
    // Cleared when the page moves on: a single-page board swaps postings without a new document.
    shownAt = win.location.href;
    watch = setInterval(() => {
      if (win.location.href !== shownAt) clear();
    }, 1000);
    return report;
  }

  /** Scrolls to the term's first mark and flashes it (a steady mark for a user who prefers reduced motion). */
  function show(termId: string): boolean {
    const range = byTerm.get(termId)?.[0];
    if (!range) return false;
    stopFocus();
    const still = win.matchMedia('(prefers-reduced-motion: reduce)').matches;
    const target = range.startContainer.parentElement;
    target?.scrollIntoView({ block: 'center', behavior: still ? 'instant' : 'smooth' });
    const focus = new w.Highlight(range);
    const on = () => w.CSS.highlights.set(highlightName('focus'), focus);
    const off = () => w.CSS.highlights.delete(highlightName('focus'));
    on();
    if (!still) for (let i = 1; i < FLASHES * 2; i++) focusTimers.push(setTimeout(i % 2 ? off : on, i * 250));
    focusTimers.push(setTimeout(off, FOCUS_MS));
    return true;
  }

  /** How many ranges each highlight holds, for a check from outside. */
  const counts = () => Object.fromEntries(Array.from(byTerm, ([id, ranges]) => [id, ranges.length]));

  return { apply, clear, show, counts };
}

export type Highlighter = ReturnType<typeof createHighlighter>;
