// Careers pages wrap a posting in blocks that hold a page control and no sentence: the job's hero ("← Back to
// careers", department, location, "Apply"), a side box (an apply button over a perks list), a share bar. A page
// reader keeps such blocks when they sit beside the description; they are found from their control and left out.
import { HEADINGS, nodesToText } from './nodes-to-text';

/** A line that reads as running text, not a label: 8 words or more, or 4 or more ending in a full stop. */
export const isSentence = (line: string) => {
  const words = line.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  return words >= 8 || (words >= 4 && /[.!?]$/.test(line));
};

/** Whether any line of an element's text reads as running text (isSentence). */
export const hasSentence = (el: Element) =>
  nodesToText([el])
    .split('\n')
    .some((line) => isSentence(line.replace(/^- /, '')));

/** A block this long is more than a hero or a side box, whatever its lines look like (a description in short bullets). */
const MAX_CHROME = 1000;
const NEVER_CHROME = /^(HTML|BODY|MAIN|ARTICLE)$/;

/** The most text an apply box holds: a question, a line of encouragement and its controls. */
const MAX_APPLY_BOX = 240;

/**
 * "Interested in this job? It only takes a few minutes to apply. [Apply]", "Already working at Acme? Let's recruit
 * together and find your next colleague. [Refer a friend]": a short box that a question heads (a heading or a first
 * line of its own), around a page control, asks the reader to act; its sentence is the board's, not the posting's.
 */
function isApplyBox(box: Element): boolean {
  if ((box.textContent ?? '').length > MAX_APPLY_BOX) return false;
  const first = box.firstElementChild;
  return first !== null && /\?\s*$/.test(first.textContent ?? '');
}

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
    if ((parent.textContent ?? '').length > MAX_CHROME || (hasSentence(parent) && !isApplyBox(parent))) break;
    block = parent;
  }
  return block;
}

/** Elements that stand as blocks of their own: what a job's card is built of. */
const CARD_BLOCK = /^(DIV|SECTION|HEADER|UL|OL|DL|P|TABLE)$/;
const firstLine = (el: Element) => nodesToText([el]).split('\n', 1)[0].replace(/^- /, '');
/** Whether an element holds text of its own beside its children: a run of text, not a stack of blocks. */
const holdsRunningText = (el: Element) => Array.from(el.childNodes).some((n) => n.nodeType === 3 && (n.textContent ?? '').trim());

/**
 * The blocks of a job's card that a page reader keeps above the description: the place, the contract, the date, the
 * board's tags ("London [Remote], UK", "Full time", "20 April 2025", "REMOTE CLOSING SOON"), each a block before the
 * description's own block that holds no sentence, no heading and no labelled fact ("Location: Remote" is the employer's
 * line). The description's block is the first, going down from `root`, that starts with a sentence and holds three or
 * more blocks of its own: the blocks before a paragraph among paragraphs are the posting's own lines.
 */
export function headerBlocks(root: Element): Element[] {
  let block: Element = root;
  for (let depth = 0; depth < 12; depth++) {
    if (holdsRunningText(block)) return [];
    const children = Array.from(block.children);
    const at = children.findIndex(hasSentence);
    if (at < 0) return [];
    const description = children[at];
    if (!isSentence(firstLine(description))) {
      block = description;
      continue;
    }
    if (description.children.length < 3) return [];
    return children.slice(0, at).filter((el) => {
      const text = nodesToText([el]);
      return CARD_BLOCK.test(el.tagName.toUpperCase()) && text && !el.querySelector(HEADINGS) && !text.includes(':');
    });
  }
  return [];
}
