import { cleanLine, nextContent, nodesToLines } from './nodes-to-text';

type Scope = Pick<ParentNode, 'querySelector'>;

/** The first element that any of the selectors (tried in order) finds. */
export function first(scope: Scope, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const el = scope.querySelector(selector);
    if (el) return el;
  }
  return null;
}

/**
 * One line of text: the first non-empty match of the selectors, or ''. A <meta> gives its content. A title or a
 * company name that a stylesheet hides at this window's width (a responsive header) is read when no visible one is.
 */
export function textOf(scope: Scope, selectors: readonly string[]): string {
  for (const computedStyle of [true, false]) {
    for (const selector of selectors) {
      const el = scope.querySelector(selector);
      const text = el
        ? cleanLine(
            el.tagName.toUpperCase() === 'META' ? (el.getAttribute('content') ?? '') : nodesToLines([el], undefined, undefined, undefined, computedStyle).text,
          )
        : '';
      if (text) return text;
    }
  }
  return '';
}

/** "acme-corp" -> "Acme Corp": a company guessed from a URL part. */
export const prettySlug = (slug: string) =>
  decodeURIComponent(slug)
    .replace(/[-_]+/g, ' ')
    .trim()
    .replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());

/**
 * The element that holds all of a description. HTML cannot nest a list in a paragraph: a page built by script
 * may ("<p><span>Intro<ul>…</ul> more</span></p>"), but the parser that reads the page's saved or served HTML
 * ends the paragraph at the list and puts the rest after it. A description in a paragraph whose parent holds more
 * after it is therefore read from that parent.
 */
export function wholeDescription(el: Element): Element {
  const paragraph = el.closest('p');
  if (!paragraph?.parentElement) return el;
  return nextContent(paragraph) ? paragraph.parentElement : el;
}
