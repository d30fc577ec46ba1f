// schema.org JobPosting written as microdata (itemscope itemtype=".../JobPosting" with itemprop children): the same
// vocabulary as JSON-LD, read into the same shape.
import { cleanLine, nodesToLines } from './nodes-to-text';
import type { JsonLdPosting } from './read-json-ld';

/** The scope that owns an itemprop element: an element that is itself a scope belongs to the one around it. */
const ownerScope = (el: Element) => el.parentElement?.closest('[itemscope]') ?? null;

/** The element of a scope's own property (not a nested item's), or null. */
function property(scope: Element, name: string): Element | null {
  for (const el of Array.from(scope.querySelectorAll(`[itemprop~="${name}"]`))) if (ownerScope(el) === scope) return el;
  return null;
}

/** A property's value as microdata defines it: <meta content>, else the element's text. */
const propertyValue = (el: Element | null): string => (!el ? '' : cleanLine(el.hasAttribute('content') ? el.getAttribute('content')! : (el.textContent ?? '')));

/** The page's microdata JobPosting as text, or undefined when there is none. */
export function readMicrodata(doc: Document): JsonLdPosting | undefined {
  const scope = Array.from(doc.querySelectorAll('[itemscope][itemtype]')).find((el) => /(^|\s|\/)JobPosting(\s|$)/i.test(el.getAttribute('itemtype') ?? ''));
  if (!scope) return undefined;
  const org = property(scope, 'hiringOrganization');
  const description = property(scope, 'description');
  const { text, headings } = description?.hasAttribute('content')
    ? { text: propertyValue(description), headings: [] }
    : description
      ? nodesToLines([description])
      : { text: '', headings: [] };
  const title = propertyValue(property(scope, 'title')) || propertyValue(property(scope, 'name'));
  if (!title && !text) return undefined;
  return {
    title,
    // An organization item names itself by its own "name"; a plain property is the name.
    company: org?.hasAttribute('itemscope') ? propertyValue(property(org, 'name')) : propertyValue(org),
    text,
    headings,
    source: 'microdata',
  };
}
