import { isBoardLabel } from './board-labels';
import { cleanLine } from './nodes-to-text';

const same = (a: string, b: string) => cleanLine(a).toLowerCase() === cleanLine(b).toLowerCase();

/** The job's title as a page's header shows it: alone, or with one short word after it ("Release Manager - 2400123"). */
const isTitleLine = (line: string, title: string) => {
  if (!title) return false;
  const head = cleanLine(line).toLowerCase();
  const want = cleanLine(title).toLowerCase();
  return head === want || (head.startsWith(want) && /^\s*[-–|:·,]\s*\S{1,20}$/.test(head.slice(want.length)));
};

/** A line that is the job's title with a few words after it ("Release Manager at Contoso - Engineering"), not a sentence. */
const echoesTitle = (line: string, title: string) => {
  const want = cleanLine(title).toLowerCase();
  const rest = cleanLine(line).toLowerCase();
  return want.length >= 3 && rest.startsWith(want) && rest.slice(want.length).split(' ').length <= 8 && !/[.!?]$/.test(rest);
};

/**
 * Title on line 1 and company on line 2 (when known), then the body. A board's label above the description
 * ("About the job") is left out. `withHeader` says the body was read from the whole page (readability), so
 * its own copies of the title and company are the page's header and are not repeated; a description element
 * that itself starts with the title keeps it (the employer wrote it there).
 */
export function composeText(title: string, company: string, body: string, withHeader = false): string {
  const lines = body.split('\n');
  if (withHeader) {
    // The page's header around the description: its title (perhaps with a requisition number) and company. The page
    // reader has left out its dates and facts (src/extract/page-frame.ts).
    while (lines.length && (isTitleLine(lines[0], title) || (company && same(lines[0], company)) || isBoardLabel(lines[0]))) lines.shift();
    // The page's title again at its foot (a sticky bar's or the page's own copy, "Release Manager at Contoso - Engineering").
    while (lines.length > 1 && echoesTitle(lines[lines.length - 1], title)) lines.pop();
  }
  while (lines.length && isBoardLabel(lines[0])) lines.shift();
  return [title, company, ...lines].filter(Boolean).join('\n');
}

export interface PostingSection {
  heading: string;
  text: string;
}

/**
 * The body cut at the page's own headings, in order: each section its heading and the lines under it; lines
 * before the first heading make a section with an empty heading. Undefined when the text holds none of the page's headings.
 */
export function sectionsOf(body: string, headings: readonly string[]): PostingSection[] | undefined {
  if (!headings.length) return undefined;
  const sections: PostingSection[] = [];
  let next = 0;
  let current: { heading: string; lines: string[] } | undefined;
  const close = () => current && (current.heading || current.lines.length) && sections.push({ heading: current.heading, text: current.lines.join('\n') });
  for (const line of body.split('\n')) {
    // A heading the text no longer holds (a board's label left out) is passed over.
    const at = headings.indexOf(line, next);
    if (at >= 0) {
      close();
      current = { heading: line, lines: [] };
      next = at + 1;
    } else (current ??= { heading: '', lines: [] }).lines.push(line);
  }
  close();
  return next > 0 ? sections : undefined;
}
