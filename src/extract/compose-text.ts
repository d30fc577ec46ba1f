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

/** "Posted 3d ago", "Posted on Aug 24, 2023.", "Date posted: 2026-10-02": when the page published the job, not the posting. */
const POSTED =
  /^(?:date )?(?:posted|published|updated|reposted)(?: on| date)?:? (?:\d+\+? ?\p{L}+ ago|today|yesterday|just now|\p{L}+ \d{1,2},? \d{4}|\d{1,2} \p{L}+,? \d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})\.?$/iu;
export const isPostedLine = (line: string) => POSTED.test(cleanLine(line.replace(/^- /, '')));

/**
 * The last word of the label of a job's fact as careers sites list them under a posting ("Primary Location", "Job",
 * "Schedule", "Employment Type", "Req ID"); "Tools: Jira, Confluence" is the posting's own and is not one.
 */
export const FACT_LABEL_ENDS: readonly string[] = [
  'location',
  'locations',
  'schedule',
  'job',
  'type',
  'department',
  'category',
  'shift',
  'travel',
  'level',
  'id',
  'number',
  'posted',
  'date',
  'organization',
  'unit',
  'function',
  'workplace',
  'contract',
  'hours',
  'grade',
  'family',
];
const factLabels = new Set(FACT_LABEL_ENDS);

/** "Schedule: Full-time": a fact's label (FACT_LABEL_ENDS) and a short value, no sentence. One such line alone may be the posting's own. */
export const isFactLine = (line: string) => {
  const fact = /^([^:]{2,30}): (.{1,50})$/.exec(cleanLine(line.replace(/^- /, '')));
  if (!fact) return false;
  const label = fact[1].toLowerCase().split(' ');
  return label.length <= 3 && factLabels.has(label[label.length - 1]) && fact[2].split(' ').length <= 5 && !/[.!?]$/.test(fact[2]);
};

/**
 * "Software Development · Salt Lake City, Utah", "- Contract · Mid-Senior level": a header's job facts, two to five
 * short parts between middle dots or bars, no sentence.
 */
export const isFactsLine = (line: string) => {
  const parts = cleanLine(line.replace(/^- /, '')).split(/\s+[·•|]\s+/);
  return parts.length >= 2 && parts.length <= 5 && parts.every((p) => p.length > 0 && p.split(' ').length <= 5 && !/[.!?]$/.test(p));
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
    // The page's header around the description: its title (perhaps with a requisition number), company, date and facts.
    const header = (line: string) =>
      isTitleLine(line, title) || (company && same(line, company)) || isPostedLine(line) || isFactsLine(line) || isBoardLabel(line);
    while (lines.length && header(lines[0])) lines.shift();
    while (lines.length && isPostedLine(lines[lines.length - 1])) lines.pop();
    // The job's facts the page lists under the description ("Primary Location: US-OH-Columbus", "Schedule: Full-time").
    let facts = 0;
    while (facts < lines.length && isFactLine(lines[lines.length - 1 - facts])) facts++;
    if (facts >= 2) lines.splice(lines.length - facts);
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
