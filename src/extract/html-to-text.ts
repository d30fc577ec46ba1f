import { nodesToLines, type PostingLines } from './nodes-to-text';

const REAL_TAG = /<\/?[a-z][a-z0-9]*[\s>/]/i;
const ESCAPED_TAG = /&lt;\/?[a-z][a-z0-9]*(\s|&gt;|\/)/i;

/** Text of every text node, in order (a fragment's textContent is null in some DOMs). */
const rawText = (node: Node): string => {
  if (node.nodeType === 3) return node.textContent ?? '';
  let s = '';
  for (let c = node.firstChild; c; c = c.nextSibling) s += rawText(c);
  return s;
};

/** An inert fragment: a <template>'s content runs no scripts and loads no images, and is never attached to the page. */
function fragmentOf(doc: Document, html: string): Node {
  const template = doc.createElement('template');
  template.innerHTML = html;
  return template.content ?? template;
}

/**
 * Posting text of an HTML string (a JSON-LD description, readability's output), with the same line rules as the page.
 * Descriptions that were HTML-escaped once more ("&lt;p&gt;", LinkedIn, Eightfold) are unescaped first.
 */
export const htmlToText = (doc: Document, html: string): string => htmlToLines(doc, html).text;

/** Posting text of an HTML string with its headings (see nodesToLines). */
export function htmlToLines(doc: Document, html: string): PostingLines {
  let source = html;
  for (let i = 0; i < 2 && !REAL_TAG.test(source) && ESCAPED_TAG.test(source); i++) source = rawText(fragmentOf(doc, source));
  if (!REAL_TAG.test(source)) source = source.replace(/\r\n?/g, '\n').replace(/\n/g, '<br>');
  return nodesToLines([fragmentOf(doc, source)]);
}

/** Plain text that may hold entities ("R&amp;D"), as one line. */
export const decodeEntities = (doc: Document, s: string) => (/&[#a-z0-9]+;/i.test(s) ? rawText(fragmentOf(doc, s)) : s);
