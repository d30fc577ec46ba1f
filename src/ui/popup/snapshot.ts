import type { Resume, ResumeLibrary } from '../../storage/schema';

// A reopened popup paints its cached results before React has loaded: the elements React rendered for them the first
// time, kept with the cached analysis (storage.session: memory only, extension pages only). React then renders the
// same results from the same cached analysis; its first commit replaces the snapshot in one task (createRoot clears
// its container), so no frame shows anything else. Only the popup keeps snapshots, not the side panel.
// The snapshot is a tree of elements, attributes and text, rebuilt with createElement and text nodes: the results
// hold page text, and an extension page never parses anything as HTML (tests/meta/no-html-injection.test.ts).

/** Text, or an element: its tag, namespace (empty for HTML), attributes and children. */
export type SnapshotNode = string | { tag: string; ns: string; attrs: [string, string][]; children: SnapshotNode[] };

/**
 * The popup's elements for a cached analysis (a SnapshotNode as JSON: the session store hands one string back much
 * faster than a deep object), and the resumes it offered (a picker lists them by name).
 */
export interface Snapshot {
  tree: string;
  resumes: string;
}

const HTML_NS = 'http://www.w3.org/1999/xhtml';
/** React renders no handler attributes, scripts or frames; a snapshot that has one is not painted. */
const INERT_TAGS = new Set(['script', 'iframe', 'object', 'embed', 'frame', 'base', 'link', 'meta', 'style']);
const renderedByReact = (tag: string, attrs: [string, string][]) =>
  !INERT_TAGS.has(tag.toLowerCase()) && attrs.every(([name, value]) => !/^on/i.test(name) && !/^\s*javascript:/i.test(value));

/** What of the resumes the results show besides the default one (its id and content are the cache's key). */
export const resumesShown = (resumes: readonly Pick<Resume, 'id' | 'name'>[]) => JSON.stringify(resumes.map((r) => [r.id, r.name]));

function treeOf(node: Node): SnapshotNode | null {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (node.nodeType !== 1) return null; // comments
  const element = node as Element;
  const ns = element.namespaceURI && element.namespaceURI !== HTML_NS ? element.namespaceURI : '';
  const attrs = [...element.attributes].map((a): [string, string] => [a.name, a.value]);
  const children = [...element.childNodes].map(treeOf).filter((c): c is SnapshotNode => c !== null);
  return { tag: element.localName, ns, attrs, children };
}

/** The popup's element, as first rendered for a fresh analysis. */
export const snapshotOf = (element: Element, resumes: readonly Resume[]): Snapshot => ({
  tree: JSON.stringify(treeOf(element)),
  resumes: resumesShown(resumes),
});

/** The nodes of a snapshot, or null where any part is not the inert markup React renders. */
function build(document: Document, node: SnapshotNode): Node | null {
  if (typeof node === 'string') return document.createTextNode(node);
  if (!renderedByReact(node.tag, node.attrs)) return null;
  const element = node.ns ? document.createElementNS(node.ns, node.tag) : document.createElement(node.tag);
  for (const [name, value] of node.attrs) element.setAttribute(name, value);
  for (const child of node.children) {
    const built = build(document, child);
    if (!built) return null;
    element.appendChild(built);
  }
  return element;
}

/** Paints the snapshot into the still empty root, unless the resumes it lists have changed since. */
export function paintSnapshot(root: Element, snapshot: Snapshot | undefined, library: ResumeLibrary): boolean {
  if (typeof snapshot?.tree !== 'string' || root.firstChild || snapshot.resumes !== resumesShown(library.resumes)) return false;
  const built = build(root.ownerDocument, JSON.parse(snapshot.tree) as SnapshotNode);
  if (!built) return false;
  root.appendChild(built);
  return true;
}
