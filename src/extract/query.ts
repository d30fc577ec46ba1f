import { cleanLine, nodesToText } from './nodes-to-text';

type Scope = Pick<ParentNode, 'querySelector'>;

/** The first element that any of the selectors (tried in order) finds. */
export function first(scope: Scope, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const el = scope.querySelector(selector);
    if (el) return el;
  }
  return null;
}

/** One line of text: the first non-empty match of the selectors, or ''. A <meta> gives its content. */
export function textOf(scope: Scope, selectors: readonly string[]): string {
  for (const selector of selectors) {
    const el = scope.querySelector(selector);
    const text = el ? cleanLine(el.tagName.toUpperCase() === 'META' ? el.getAttribute('content') ?? '' : nodesToText([el])) : '';
    if (text) return text;
  }
  return '';
}

/** "acme-corp" -> "Acme Corp": a company guessed from a URL part. */
export const prettySlug = (slug: string) =>
  decodeURIComponent(slug).replace(/[-_]+/g, ' ').trim().replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());
