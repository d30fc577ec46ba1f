// The page's visible text as one string, each character mapped back to its text node: where a posting has no
// runs (read from JSON-LD, inline JSON, a selection or readability's clone), its evidence is found here instead.

/** Never shown as text. */
const SKIP = /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|HEAD|TITLE|TEXTAREA|OPTION|SELECT)$/;
/** Elements whose text stands apart from the text around it. */
const BLOCK =
  /^(P|DIV|SECTION|ARTICLE|MAIN|ASIDE|HEADER|FOOTER|NAV|UL|OL|LI|DL|DT|DD|TABLE|TR|TD|TH|BLOCKQUOTE|PRE|H[1-6]|FIGURE|FIGCAPTION|FORM|FIELDSET|DETAILS|SUMMARY|BR|HR)$/;

export interface VisibleText {
  /** Whitespace collapsed to single spaces; "\n" between blocks. */
  flat: string;
  /** A DOM range for flat [start, end), or undefined where it would start or end on no node's character. */
  range(start: number, end: number): Range | undefined;
}

const isShown = (el: Element, cache: Map<Element, boolean>): boolean => {
  let shown = cache.get(el);
  if (shown === undefined) {
    const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
    shown = check ? check.call(el, { visibilityProperty: true, opacityProperty: false }) : el.getClientRects().length > 0;
    cache.set(el, shown);
  }
  return shown;
};

const blockOf = (node: Node): Element | null => {
  for (let el = node.parentElement; el; el = el.parentElement) if (BLOCK.test(el.tagName.toUpperCase())) return el;
  return null;
};

/** Reads the document's visible text once; linear in the page's text. */
export function readVisibleText(doc: Document): VisibleText {
  const nodes: Text[] = [];
  /** For each flat character: its node (index into nodes) and offset, or -1 for a block break. */
  const nodeAt: number[] = [];
  const offsetAt: number[] = [];
  let flat = '';
  let lastBlock: Element | null = null;
  let space = true; // at the start, and after a break, leading whitespace goes
  const shown = new Map<Element, boolean>();
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => {
      const parent = n.parentElement;
      if (!parent || SKIP.test(parent.tagName.toUpperCase()) || !n.textContent?.trim()) return NodeFilter.FILTER_REJECT;
      return isShown(parent, shown) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT;
    },
  });
  const parts: string[] = [];
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const block = blockOf(n);
    if (nodes.length && block !== lastBlock) {
      parts.push('\n');
      nodeAt.push(-1);
      offsetAt.push(-1);
      space = true;
    }
    lastBlock = block;
    const index = nodes.push(n) - 1;
    const data = n.data;
    for (let i = 0; i < data.length; i++) {
      const c = data[i];
      if (/\s/.test(c)) {
        if (space) continue;
        space = true;
        parts.push(' ');
      } else {
        space = false;
        parts.push(c);
      }
      nodeAt.push(index);
      offsetAt.push(i);
    }
  }
  flat = parts.join('');
  return {
    flat,
    range(start, end) {
      if (start >= end || nodeAt[start] < 0 || nodeAt[end - 1] < 0 || end > flat.length) return undefined;
      const range = doc.createRange();
      range.setStart(nodes[nodeAt[start]], offsetAt[start]);
      range.setEnd(nodes[nodeAt[end - 1]], offsetAt[end - 1] + 1);
      return range;
    },
  };
}

/** "Jira" in "Jira, Confluence" but not in "Jiras": a match whose ends are not inside a word. */
const isWordAt = (flat: string, at: number, length: number) => !/[\p{L}\p{N}]/u.test(flat[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(flat[at + length] ?? '');

/**
 * Finds a span of the posting text in the visible text: by the line it stands in (so the right occurrence is
 * marked, not the first "Jira" of the page), else by its own words, from `from` on, then from the start.
 * Returns the flat [start, end), or undefined where the page does not show it.
 */
export function locate(visible: VisibleText, text: string, start: number, end: number, from = 0): [number, number] | undefined {
  const collapse = (s: string) => s.replace(/\s+/g, ' ');
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEndAt = text.indexOf('\n', end);
  const lineEnd = lineEndAt < 0 ? text.length : lineEndAt;
  // The "- " the extractor writes before a list item is no page text.
  const body = /^- /.test(text.slice(lineStart, lineEnd)) && start >= lineStart + 2 ? lineStart + 2 : lineStart;
  const line = collapse(text.slice(body, lineEnd)).trim();
  const words = collapse(text.slice(start, end));
  const inLine = collapse(text.slice(body, start)).replace(/^\s+/, '').length;
  if (line.length > words.length) {
    const at = indexFrom(visible.flat, line, from);
    if (at >= 0) return [at + inLine, at + inLine + words.length];
  }
  for (let at = indexFrom(visible.flat, words, from); at >= 0; at = visible.flat.indexOf(words, at + 1)) {
    if (isWordAt(visible.flat, at, words.length)) return [at, at + words.length];
  }
  return undefined;
}

const indexFrom = (flat: string, s: string, from: number) => {
  const at = flat.indexOf(s, from);
  return at >= 0 ? at : flat.indexOf(s);
};
