// Turns DOM nodes into posting text with its line structure, as innerText would, without layout:
// blocks and headings on their own lines, each <li> on its own line after "- ", whitespace collapsed.
// Reads only; works on live pages, inert fragments and linkedom documents alike.
import { removeZeroWidth } from '../text/basics';
import { MAX_READ_CHARS } from './reading-bounds';
import type { RunRecorder } from './runs';

const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'IFRAME',
  'BUTTON',
  'INPUT',
  'SELECT',
  'TEXTAREA',
  'OPTION',
  'CANVAS',
  'OBJECT',
  'IMG',
  'PICTURE',
  'VIDEO',
  'AUDIO',
  'HEAD',
  'LINK',
  'META',
  'DIALOG',
]);
const BLOCK = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'ASIDE',
  'HEADER',
  'FOOTER',
  'NAV',
  'UL',
  'OL',
  'DL',
  'DT',
  'DD',
  'TABLE',
  'THEAD',
  'TBODY',
  'TFOOT',
  'TR',
  'BLOCKQUOTE',
  'PRE',
  'ADDRESS',
  'FIGURE',
  'FIGCAPTION',
  'FORM',
  'FIELDSET',
  'DETAILS',
  'SUMMARY',
  'HR',
  'CENTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
]);
const HEADING = /^H[1-6]$/;
/** Every heading element, as a selector. */
export const HEADINGS = 'h1, h2, h3, h4, h5, h6';
/** Classes that hide text for screen readers only: "sr-only" (Bootstrap, Tailwind), ..., "blind" (NAVER's and LINE's pages). */
const HIDDEN_CLASS = /(^|\s)(sr-only|visually-hidden|screen-reader-text|a11y-text|blind)(\s|$)/;

/** Whitespace collapsed, zero-width characters removed, trimmed. */
export const cleanLine = (s: string) => removeZeroWidth(s).replace(/\s+/g, ' ').trim();

/**
 * Text a reader of the page does not see: `hidden` (but not hidden="until-found", a collapsed part the browser shows
 * when searched), aria-hidden="true", screen-reader-only classes, and display:none or visibility:hidden in the inline
 * style. In a rendered page (a browser's, not linkedom's or an inert fragment's) the computed style says it instead,
 * stylesheets included: a board's hidden copy of its posting is not read twice. `visibility` is inherited and a
 * child may set it back, so it hides the element's own text only (see nodesToLines).
 */
export function hiddenBy(el: Element, computedStyle = true): 'element' | 'own-text' | undefined {
  const view = el.ownerDocument?.defaultView;
  const rendered = computedStyle && typeof view?.getComputedStyle === 'function';
  if (!rendered && !el.hasAttributes()) return undefined; // most elements of a big page: nothing to look at
  const hidden = el.getAttribute('hidden');
  if ((hidden !== null && hidden !== 'until-found') || el.getAttribute('aria-hidden') === 'true' || HIDDEN_CLASS.test(el.getAttribute('class') ?? ''))
    return 'element';
  const style = rendered ? view?.getComputedStyle(el) : undefined;
  if (style) return style.display === 'none' ? 'element' : style.visibility === 'hidden' || style.visibility === 'collapse' ? 'own-text' : undefined;
  return /display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.getAttribute('style') ?? '') ? 'element' : undefined;
}

/** The node after this one, past blank text: what a reader sees next. */
export function nextContent(node: Node): ChildNode | null {
  let next = node.nextSibling;
  while (next && next.nodeType === 3 && !(next.textContent ?? '').trim()) next = next.nextSibling;
  return next;
}

/** "<strong>Requirements:</strong><br>" or "<b>Nice to have:</b><ul>": a label that reads as a heading. */
function isLabel(el: Element): boolean {
  if (!/^(STRONG|B)$/.test(el.tagName.toUpperCase()) || !/:\s*$/.test(el.textContent ?? '')) return false;
  if (el.querySelector('br')) return true;
  const next = nextContent(el);
  return !next || (next.nodeType === 1 && /^(BR|UL|OL|P|DIV)$/.test((next as Element).tagName.toUpperCase()));
}

/** Posting text, and which of its lines the page marks as headings (<h1>–<h6>), in order. */
export interface PostingLines {
  text: string;
  headings: string[];
  /** Which bound (src/extract/reading-bounds.ts) stopped the reading before the end of the page, if one did. */
  cut?: 'characters' | 'depth';
}

/** Posting text of some nodes; `skip` is a selector for parts to leave out (apply buttons, "show more"). */
export const nodesToText = (roots: readonly Node[], skip?: string): string => nodesToLines(roots, skip).text;

/**
 * Posting text of some nodes with the page's own headings: they tell sections apart that words alone may not.
 * A `recorder` (src/extract/runs.ts) learns which text node each stretch of the text came from.
 * The walk is a loop, not a recursion, so no nesting depth exhausts it; it stops after `maxChars` characters
 * (MAX_READ_CHARS) and says so in `cut`. `computedStyle` false reads what only a stylesheet hides (see hiddenBy).
 */
export function nodesToLines(roots: readonly Node[], skip?: string, recorder?: RunRecorder, maxChars = MAX_READ_CHARS, computedStyle = true): PostingLines {
  const lines: string[] = [];
  const headings: string[] = [];
  let line = '';
  let read = 0;
  let bullet = false;
  let inHeading = 0;
  const flush = () => {
    const text = cleanLine(line);
    const raw = line;
    line = '';
    if (!text) return void recorder?.endLine(raw, undefined, 0);
    const out = bullet && !/^[-•*▪●◦‣–]\s/.test(text) ? `- ${text}` : text;
    recorder?.endLine(raw, out, out.length - text.length);
    lines.push(out);
    read += out.length + 1;
    if (inHeading && !bullet) headings.push(text);
    bullet = false;
  };
  /** What each open element does when the walk leaves it; an element's own text is read while its entry says so. */
  const open: { tag: string; block: boolean; heading: boolean; showsText: boolean }[] = [];
  const showsText = () => open.length === 0 || open[open.length - 1].showsText;
  /** Reads a node as the walk enters it; true when the walk goes on into its children. */
  const enter = (node: Node): boolean => {
    if (node.nodeType === 3) {
      if (!showsText()) return false;
      recorder?.addText(node, line.length);
      line += (node.textContent ?? '').replace(/\u00A0/g, ' ');
      return false;
    }
    if (node.nodeType !== 1) return node.nodeType === 11 || node.nodeType === 9;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag) || (skip && el.matches(skip))) return false;
    const hidden = hiddenBy(el, computedStyle);
    if (hidden === 'element') return false;
    if (tag === 'BR') {
      flush();
      return false;
    }
    const block = BLOCK.has(tag) || isLabel(el);
    const heading = HEADING.test(tag);
    if (block) flush();
    if (tag === 'LI') bullet = true;
    if (heading) inHeading++;
    // A computed visibility already counts the ancestors', so each element's entry stands alone.
    open.push({ tag, block, heading, showsText: hidden !== 'own-text' });
    return true;
  };
  const leave = (node: Node) => {
    if (node.nodeType !== 1) return;
    const { tag, block, heading } = open.pop()!;
    if (tag === 'TD' || tag === 'TH') line += ' ';
    if (block) flush();
    if (heading) inHeading--;
    if (tag === 'LI') bullet = false;
  };
  let cut: PostingLines['cut'];
  for (const root of roots) {
    // Depth first, in document order: down to the first child, else across to the next sibling, else back up.
    let node: Node = root;
    for (;;) {
      if (read + line.length > maxChars) {
        cut = 'characters';
        break;
      }
      if (enter(node)) {
        if (node.firstChild) {
          node = node.firstChild;
          continue;
        }
        leave(node);
      }
      while (node !== root && !node.nextSibling) {
        node = node.parentNode as Node;
        leave(node);
      }
      if (node === root) break;
      node = node.nextSibling as Node;
    }
    if (cut) {
      line = line.slice(0, Math.max(0, maxChars - read));
      open.length = 0;
    }
    flush();
    if (cut) break;
  }
  const text = lines.join('\n');
  // Cut at the last whole line within the bound (the walk looks at the bound between nodes, so a line may overrun it).
  if (cut && text.length > maxChars) return { text: text.slice(0, Math.max(0, text.lastIndexOf('\n', maxChars))), headings, cut };
  return { text, headings, ...(cut ? { cut } : {}) };
}
