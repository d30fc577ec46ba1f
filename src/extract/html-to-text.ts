import { nodesToLines, type PostingLines } from './nodes-to-text';

const REAL_TAG = /<\/?[a-z][a-z0-9]*[\s>/]/i;
const ESCAPED_TAG = /&lt;\/?[a-z][a-z0-9]*(\s|&gt;|\/)/i;

/** Text of every text node, in order (a fragment's textContent is null in some DOMs); a loop, so no depth exhausts it. */
const rawText = (root: Node): string => {
  const parts: string[] = [];
  let node: Node = root;
  for (;;) {
    if (node.nodeType === 3) parts.push(node.textContent ?? '');
    else if (node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node !== root && !node.nextSibling) node = node.parentNode as Node;
    if (node === root) return parts.join('');
    node = node.nextSibling as Node;
  }
};

/** Tags whose end or start begins a new line: what a flattened description keeps of its structure. */
const LINE_TAG = /^(p|div|br|li|h[1-6]|ul|ol|tr|section|article|blockquote|pre|dd|dt|header|footer)$/i;

/** An inert fragment: a <template>'s content runs no scripts and loads no images, and is never attached to the page. */
function fragmentOf(doc: Document, html: string): Node {
  const template = doc.createElement('template');
  try {
    parseInto(template, html);
  } catch (e) {
    // linkedom (the CLI's DOM) sets up a fragment by recursion, which HTML nested some ten thousand deep exhausts;
    // browsers parse any depth. The text is then read flat: each block's start or end a line break, no other tag.
    if (!(e instanceof RangeError)) throw e;
    parseInto(
      template,
      html.replace(/<\/?([a-z][a-z0-9]*)\b[^>]*>/gi, (_, tag: string) => (LINE_TAG.test(tag) ? '<br>' : '')),
    );
  }
  return template.content ?? template;
}

/** The one place the extractor parses markup: into a <template>, whose content is inert. */
function parseInto(template: HTMLTemplateElement, html: string): void {
  template.innerHTML = html;
}

/**
 * Posting text of an HTML string (a JSON-LD description, readability's output), with the same line rules as the page.
 * Descriptions that were HTML-escaped once more ("&lt;p&gt;", LinkedIn, Eightfold) are unescaped first.
 */
export const htmlToText = (doc: Document, html: string): string => htmlToLines(doc, html).text;

/** Posting text of an HTML string with its headings (see nodesToLines), without the elements `skip` selects. */
export function htmlToLines(doc: Document, html: string, skip?: string): PostingLines {
  let source = html;
  for (let i = 0; i < 2 && !REAL_TAG.test(source) && ESCAPED_TAG.test(source); i++) source = rawText(fragmentOf(doc, source));
  if (!REAL_TAG.test(source)) source = source.replace(/\r\n?/g, '\n').replace(/\n/g, '<br>');
  return nodesToLines([fragmentOf(doc, source)], skip);
}

/** Plain text that may hold entities ("R&amp;D"), as one line. */
export const decodeEntities = (doc: Document, s: string) => (/&[#a-z0-9]+;/i.test(s) ? rawText(fragmentOf(doc, s)) : s);
