// Careers pages wrap a posting in blocks that hold a page control and no sentence: the job's hero ("← Back to
// careers", department, location, "Apply"), a side box (an apply button over a perks list), a share bar. A page
// reader keeps such blocks when they sit beside the description; they are found from their control and left out.
import { nodesToText } from './nodes-to-text';

/** A line that reads as running text, not a label: 8 words or more, or 4 or more ending in a full stop. */
export const isSentence = (line: string) => {
  const words = line.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  return words >= 8 || (words >= 4 && /[.!?]$/.test(line));
};

const hasSentence = (el: Element) =>
  nodesToText([el])
    .split('\n')
    .some((line) => isSentence(line.replace(/^- /, '')));

/** A block this long is more than a hero or a side box, whatever its lines look like (a description in short bullets). */
const MAX_CHROME = 1000;
const NEVER_CHROME = /^(HTML|BODY|MAIN|ARTICLE)$/;

/**
 * The block of page chrome around a control: the largest element holding it that has no sentence, is short, and
 * is not the page's main part. The control itself when its parent already holds posting text; nothing when the
 * control is a link within a line of text.
 */
export function chromeAround(control: Element): Element | undefined {
  // A link inside a sentence ("please apply here") is the posting's own words.
  const inline = Array.from(control.parentElement?.childNodes ?? []).some((n) => n.nodeType === 3 && (n.textContent ?? '').trim());
  if (inline) return undefined;
  let block = control;
  for (let parent = control.parentElement; parent && !NEVER_CHROME.test(parent.tagName.toUpperCase()); parent = parent.parentElement) {
    if ((parent.textContent ?? '').length > MAX_CHROME || hasSentence(parent)) break;
    block = parent;
  }
  return block;
}
