// The posting a page marks with its own headings, for the pages whose main block the page reader misjudges: a
// posting laid out as sibling sections, each a heading over its block ("Responsibilities", "Qualifications", as
// iCIMS shows them), of which the reader keeps the one with the most prose; a job's block beside a longer profile of
// the company (LinkedIn's "About the job" beside "About the company"), which the reader takes for the article.
// The page reader (readability-text.ts) reads this part instead when its own text does not read as a posting.
import { isBoardLabel } from './board-labels';
import { hasSentence, isSentence } from './chrome-blocks';
import { cuePattern, JOB_CUES } from './job-cues';
import { cleanLine, HEADINGS, nodesToText } from './nodes-to-text';
import { isActionLabel } from './page-actions';

/**
 * The kinds of JOB_CUES that, said in a heading, title a part of a posting ("Responsibilities", "Qualifications",
 * "What you'll do", "About the role", "Who you are", "Nice to have", "Benefits"). Not "apply" ("Put your best foot
 * forward with your application"), "employment" ("Remote jobs") or "equal opportunity", which also title a board's
 * own boxes.
 */
const PART_KINDS: ReadonlySet<string> = new Set(['duties', 'qualifications', 'requirements', 'role', 'profile', 'nice to have', 'benefits']);
/** A heading is short; a longer "heading" is a sentence set in large type. */
const MAX_HEADING = 60;
/** The page's main parts: never taken whole for the posting's block. */
const PAGE_PARTS = /^(HTML|BODY|MAIN)$/;

let partPattern: RegExp | undefined;

/** Whether a heading titles a part of a posting ("Responsibilities", "About the job"), not a board's own box. */
export function namesPostingPart(heading: string): boolean {
  const text = cleanLine(heading);
  if (!text || text.length > MAX_HEADING) return false;
  partPattern ??= cuePattern(JOB_CUES.filter((cue) => PART_KINDS.has(cue.kind)).flatMap((cue) => Object.values(cue.phrases).flat()));
  return isBoardLabel(text) || partPattern.test(text);
}

/** The nearest element that holds every one of the elements. */
function sharedBlock(elements: readonly Element[]): Element | null {
  let block = elements[0].parentElement;
  while (block && !elements.every((el) => block!.contains(el))) block = block.parentElement;
  return block;
}

/**
 * The part of a page that its posting headings (namesPostingPart) mark, as the nodes to read in order: under one such
 * heading, the largest block around it that holds no other heading (the heading's own card); under several, the
 * smallest block that holds them all, from the part that holds the first of them on (what comes before, the job's
 * title and facts, is the page's header). Undefined when the page has no such heading.
 */
export function headedPosting(root: Element): Element[] | undefined {
  const headings = Array.from(root.querySelectorAll(HEADINGS)).filter((h) => namesPostingPart(h.textContent ?? ''));
  if (!headings.length) return undefined;
  if (headings.length === 1) {
    let block = headings[0];
    for (let parent = block.parentElement; parent && !PAGE_PARTS.test(parent.tagName.toUpperCase()); parent = parent.parentElement) {
      if (parent.querySelectorAll(HEADINGS).length > 1) break;
      block = parent;
    }
    return block === headings[0] ? undefined : [block];
  }
  const block = sharedBlock(headings);
  if (!block) return undefined;
  const parts = Array.from(block.children);
  let first = parts.findIndex((part) => part.contains(headings[0]));
  if (first < 0) return undefined;
  // A section before them that the cues do not name ("Who We Are" over a paragraph about the team) is the posting's too:
  // a heading over running text. The page's header (the title over the job's facts) holds no sentence.
  // So is a section of the same make as the headed ones (one template repeated: Comeet's "positionDetailSection"
  // boxes, the first of which shows no heading) that holds running text.
  while (first > 0 && (isHeadedSection(parts[first - 1]) || (sameMake(parts[first - 1], parts[first]) && hasSentence(parts[first - 1])))) first--;
  const last = parts.findIndex((part) => part.contains(headings[headings.length - 1]));
  // The page's apply or share bar after the last section ends the posting, with what follows it (a "Powered by" logo).
  const bar = parts.findIndex((part, i) => i > last && holdsControl(part));
  return parts.slice(first, bar < 0 ? undefined : bar);
}

/** Two boxes one template made: the same tag and the same classes. */
export const sameMake = (a: Element, b: Element) =>
  a.tagName === b.tagName && Boolean(a.getAttribute('class')) && a.getAttribute('class') === b.getAttribute('class');

/** A block that opens with a heading (of its own, or as its first child's) over a sentence: a section of running text. */
function isHeadedSection(part: Element): boolean {
  const heading = part.querySelector(HEADINGS);
  const title = cleanLine(heading?.textContent ?? '');
  if (!title || isActionLabel(title)) return false;
  const [first, ...rest] = nodesToText([part]).split('\n');
  return first === title && rest.some((line) => isSentence(line.replace(/^- /, '')));
}

/**
 * Whether a part holds a page control (src/extract/page-actions.ts): a link or button whose label, or one of the labels
 * it shows by screen size ("Apply for this job online" beside "Apply"), is an action.
 */
const holdsControl = (part: Element) =>
  Array.from(part.querySelectorAll('a, button')).some(
    (control) =>
      isActionLabel(control.textContent ?? '') || Array.from(control.querySelectorAll('span')).some((label) => isActionLabel(label.textContent ?? '')),
  );
