// Turns DOM nodes into posting text with its line structure, as innerText would, without layout:
// blocks and headings on their own lines, each <li> on its own line after "- ", whitespace collapsed.
// Reads only; works on live pages, inert fragments and linkedom documents alike.
import { removeZeroWidth } from '../text/normalize';
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
const HIDDEN_CLASS = /(^|\s)(sr-only|visually-hidden|screen-reader-text|a11y-text)(\s|$)/;

/** Whitespace collapsed, zero-width characters removed, trimmed. */
export const cleanLine = (s: string) => removeZeroWidth(s).replace(/\s+/g, ' ').trim();

const isHidden = (el: Element) =>
  el.hasAttribute('hidden') ||
  el.getAttribute('aria-hidden') === 'true' ||
  HIDDEN_CLASS.test(el.getAttribute('class') ?? '') ||
  /display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.getAttribute('style') ?? '');

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
}

/** Posting text of some nodes; `skip` is a selector for parts to leave out (apply buttons, "show more"). */
export const nodesToText = (roots: readonly Node[], skip?: string): string => nodesToLines(roots, skip).text;

/**
 * Posting text of some nodes with the page's own headings: they tell sections apart that words alone may not.
 * A `recorder` (src/extract/runs.ts) learns which text node each stretch of the text came from.
 */
export function nodesToLines(roots: readonly Node[], skip?: string, recorder?: RunRecorder): PostingLines {
  const lines: string[] = [];
  const headings: string[] = [];
  let line = '';
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
    if (inHeading && !bullet) headings.push(text);
    bullet = false;
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      recorder?.addText(node, line.length);
      line += (node.textContent ?? '').replace(/\u00A0/g, ' ');
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11 && node.nodeType !== 9) return;
    if (node.nodeType === 1) {
      const el = node as Element;
      const tag = el.tagName.toUpperCase();
      if (SKIP.has(tag) || isHidden(el) || (skip && el.matches(skip))) return;
      if (tag === 'BR') return flush();
      const block = BLOCK.has(tag) || isLabel(el);
      const heading = HEADING.test(tag);
      if (block) flush();
      if (tag === 'LI') bullet = true;
      if (heading) inHeading++;
      for (let c = el.firstChild; c; c = c.nextSibling) walk(c);
      if (tag === 'TD' || tag === 'TH') line += ' ';
      if (block) flush();
      if (heading) inHeading--;
      if (tag === 'LI') bullet = false;
      return;
    }
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
  };
  for (const root of roots) {
    walk(root);
    flush();
  }
  return { text: lines.join('\n'), headings };
}
