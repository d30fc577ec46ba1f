import { headingKind } from './sections';

/**
 * The most text analyzed per input: about 45,000 words, far beyond any real posting or resume. Above it the
 * text is cut at a section boundary and the analysis says so, so a 10 MB page still answers in bounded time.
 */
export const MAX_TEXT_CHARS = 300_000;

/** The longest prefix within `max` that ends before a heading, else at a paragraph, else at a line. */
export function cutText(text: string, max = MAX_TEXT_CHARS): { text: string; truncated: boolean } {
  if (text.length <= max) return { text, truncated: false };
  const window = text.slice(0, max + 1);
  const floor = Math.floor(max * 0.8);
  for (let at = window.lastIndexOf('\n'); at > floor; at = window.lastIndexOf('\n', at - 1)) {
    const next = window.slice(at + 1, window.indexOf('\n', at + 1) === -1 ? undefined : window.indexOf('\n', at + 1));
    if (headingKind(next)) return { text: text.slice(0, at), truncated: true };
  }
  const paragraph = window.lastIndexOf('\n\n');
  const line = window.lastIndexOf('\n');
  const end = paragraph > floor ? paragraph : line > floor ? line : max;
  return { text: text.slice(0, end), truncated: true };
}
