import { parseHTML } from 'linkedom';

/**
 * How deep a saved page is built: an element opened deeper is dropped and its content joins the element at this
 * depth (Chromium's parser bounds nesting likewise, at 512, kMaximumHTMLParserDOMTreeDepth). linkedom's parser
 * (htmlparser2) looks through its stack of open elements at every tag, so its work grows with the nesting squared:
 * 40,000 levels took 0.4 s, 400,000 (2 MB of "<div>") would take about a minute. Real pages nest 15 to 40 deep; a page
 * saved from a DOM built by script may nest deeper than Chromium parses, and is kept whole up to this bound.
 */
export const MAX_PARSE_DEPTH = 4096;

/** Elements without an end tag, or whose end the parser implies (a "<p>" ends at the next "<p>"): never counted or dropped. */
const NOT_COUNTED = new Set(
  'area base br col embed hr img input link meta source track wbr p li dt dd option optgroup tr td th thead tbody tfoot colgroup caption rb rt rp html head body'.split(
    ' ',
  ),
);
/** Elements whose content is raw text: their tags inside are text, not tags. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noembed', 'noframes']);
/** Tags that start a new line: a dropped one after text leaves a <br>, so that the text stays on its own line. */
const LINE_TAG = new Set(
  'div section article main aside header footer nav ul ol dl table form fieldset blockquote pre figure address h1 h2 h3 h4 h5 h6'.split(' '),
);
const TAG = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)(?:[^>"']|"[^"]*"|'[^']*')*>/g;

/**
 * The page's HTML with elements past MAX_PARSE_DEPTH dropped (their content kept), in one pass over the tags; the
 * HTML itself when it nests no deeper (every real page), so that nothing changes for them.
 */
export function capNesting(html: string, max = MAX_PARSE_DEPTH): string {
  let depth = 0;
  let deepest = 0;
  const counted = (m: RegExpExecArray) => m[2] !== undefined && !NOT_COUNTED.has(m[2].toLowerCase()) && !m[0].endsWith('/>');
  const tags = new RegExp(TAG.source, 'g'); // its own, as the raw text of scripts moves its lastIndex
  // First pass: how deep the page goes; most pages stop here.
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    if (!counted(m)) continue;
    const tag = m[2].toLowerCase();
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (RAW_TEXT.has(tag)) tags.lastIndex = skipRawText(html, tag, tags.lastIndex);
    else deepest = Math.max(deepest, ++depth);
  }
  if (deepest <= max) return html;
  const out: string[] = [];
  let from = 0;
  let dropped = 0;
  depth = 0;
  tags.lastIndex = 0;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    if (!counted(m)) continue;
    const tag = m[2].toLowerCase();
    let drop = false;
    if (m[1]) {
      if (dropped) {
        dropped--;
        drop = true;
      } else depth = Math.max(0, depth - 1);
    } else if (RAW_TEXT.has(tag)) tags.lastIndex = skipRawText(html, tag, tags.lastIndex);
    else if (depth >= max) {
      dropped++;
      drop = true;
    } else depth++;
    if (drop) {
      const before = html.slice(from, m.index);
      // A line break only after text: a chain of wrappers leaves none.
      out.push(before, LINE_TAG.has(tag) && /\S/.test(before.replace(/<[^>]*>/g, '')) ? '<br>' : '');
      from = m.index + m[0].length;
    }
  }
  out.push(html.slice(from));
  return out.join('');
}

/** Where the raw text of a <script>, <style>… that starts at `from` ends (its end tag's start, or the end of the HTML). */
function skipRawText(html: string, tag: string, from: number): number {
  const end = new RegExp(`</${tag}`, 'gi');
  end.lastIndex = from;
  return end.exec(html)?.index ?? html.length;
}

/** A saved page as a DOM (linkedom), Node-only. A fragment or an empty file still gives a document with a body. */
export const parseHtml = (html: string): Document => parsePage(html).document;

/** A saved page as a DOM, and a notice when it nested past MAX_PARSE_DEPTH (what was built differently and why). */
export function parsePage(html: string): { document: Document; notices: string[] } {
  const text = html.replace(/^\uFEFF/, '');
  const source = capNesting(text);
  const whole = /<html[\s>]/i.test(source) ? source : `<!DOCTYPE html><html><head></head><body>${source}</body></html>`;
  const notices =
    source === text
      ? []
      : [`The page nests more than ${MAX_PARSE_DEPTH.toLocaleString('en-US')} elements deep: deeper elements were read as plain text, in order.`];
  return { document: parseHTML(whole).document as unknown as Document, notices };
}
