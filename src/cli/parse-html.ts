import { parseHTML } from 'linkedom';

/** A saved page as a DOM (linkedom), Node-only. A fragment or an empty file still gives a document with a body. */
export function parseHtml(html: string): Document {
  const source = html.replace(/^\uFEFF/, '');
  const whole = /<html[\s>]/i.test(source) ? source : `<!DOCTYPE html><html><head></head><body>${source}</body></html>`;
  return parseHTML(whole).document as unknown as Document;
}
