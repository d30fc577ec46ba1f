// The lines a page puts around a posting that the page reader keeps with it: when the job was posted ("Posted 3d ago")
// and the job's facts ("Software Development · Salt Lake City, Utah" above it, "Schedule: Full-time" under it). Only the
// page reader needs these (a site adapter or structured data gives the description alone), so they live apart from
// the injected extractor.
import { isApplicantNotice } from './applicant-notices';
import { isBoardLabel } from './board-labels';
import { isSentence } from './chrome-blocks';
import { cleanLine } from './nodes-to-text';

/** "Posted 3d ago", "Posted on Aug 24, 2023.", "Date posted: 2026-10-02": when the page published the job, not the posting. */
const POSTED =
  /^(?:date )?(?:posted|published|updated|reposted)(?: on| date)?:? (?:\d+\+? ?\p{L}+ ago|today|yesterday|just now|\p{L}+ \d{1,2},? \d{4}|\d{1,2} \p{L}+,? \d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})\.?$/iu;
export const isPostedLine = (line: string) => POSTED.test(cleanLine(line.replace(/^- /, '')));

/**
 * The last word of the label of a job's fact as careers sites list them under a posting ("Primary Location", "Job",
 * "Schedule", "Employment Type", "Req ID", "Job Posting", "Security Clearance", "Business Area"); "Tools: Jira,
 * Confluence" is the posting's own and is not one.
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
  'posting',
  'clearance',
  'area',
];
const factLabels = new Set(FACT_LABEL_ENDS);

/** The most words of a fact's value: "Yes, 10 % of the Time", "May 20, 2024, 9:14:06 AM". */
const FACT_VALUE_WORDS = 6;

/**
 * "Schedule: Full-time", "Primary Location : United States-Virginia-Chantilly" (a table of label and value cells): a
 * fact's label (FACT_LABEL_ENDS) and a short value, no sentence. One such line alone may be the posting's own.
 */
export const isFactLine = (line: string) => {
  const fact = /^([^:]{2,30}?) ?: (.{1,50})$/.exec(cleanLine(line.replace(/^- /, '')));
  if (!fact) return false;
  const label = fact[1].toLowerCase().split(' ');
  return label.length <= 3 && factLabels.has(label[label.length - 1]) && fact[2].split(' ').length <= FACT_VALUE_WORDS && !/[.!?]$/.test(fact[2]);
};

/**
 * "Software Development · Salt Lake City, Utah", "- Contract · Mid-Senior level": a header's job facts, two to five
 * short parts between middle dots or bars, no sentence.
 */
export const isFactsLine = (line: string) => {
  const parts = cleanLine(line.replace(/^- /, '')).split(/\s+[·•|]\s+/);
  return parts.length >= 2 && parts.length <= 5 && parts.every((p) => p.length > 0 && p.split(' ').length <= 5 && !/[.!?]$/.test(p));
};

/** "Job ID", "Posting Date": a fact's label alone on its line (its value on the next), as a page's list of facts sets it. */
const isFactLabelLine = (line: string) => {
  const words = cleanLine(line).replace(/:$/, '').toLowerCase().split(' ');
  return words.length <= 3 && factLabels.has(words[words.length - 1]);
};
/** A fact's value on its own line: a few words, no sentence ("48213", "Full time", "02/06/2025"). */
const isFactValueLine = (line: string) => cleanLine(line).split(' ').length <= FACT_VALUE_WORDS && !isSentence(line) && !/[.!?:]$/.test(line.trim());

/**
 * "Job ID / 48213 / Schedule / Full time / Posting Date / 02/06/2025": two or more facts as label and value lines,
 * in the lines above the first sentence; the head without them (one such pair alone may be the posting's own).
 */
function withoutFactPairs(head: string[]): string[] {
  const pairs: number[] = [];
  for (let i = 0; i + 1 < head.length; i++) if (isFactLabelLine(head[i]) && isFactValueLine(head[i + 1]) && !isFactLabelLine(head[i + 1])) pairs.push(i++);
  if (pairs.length < 2) return head;
  const dropped = new Set(pairs.flatMap((i) => [i, i + 1]));
  return head.filter((_, i) => !dropped.has(i));
}

/** A list item of a few words and no sentence: "- Bergen, Norway", "- Full-time, permanent". */
const isShortItem = (line: string) => line.startsWith('- ') && line.split(' ').length <= 7 && !isSentence(line.slice(2));

/**
 * The page reader's text without the page's frame: what comes before a board's label for the description, posted dates
 * and job facts above the first sentence (between the title, the company and the description), a posted date or a board's warning to applicants (applicant-notices.ts)
 * at the end, and two or more job facts at the end. `ownStart`: the text starts where the posting does (the part the
 * page names as the description), and keeps its opening lines.
 */
export function withoutPageFrame(text: string, ownStart = false): string {
  const lines = text.split('\n');
  // The part a page names as the description starts where the posting does, selling points first ("- Hybrid, Docklands based").
  if (ownStart) return withoutTrailingFrame(lines).join('\n');
  const firstSentence = lines.findIndex((line) => isSentence(line.replace(/^- /, '')));
  // A board's label for the description ("About the job", "Full job description") says where it starts: the lines above
  // it hold no sentence, so they are the page's header (the job's facts, the card of a recruiter), not the posting.
  const label = firstSentence < 0 ? -1 : lines.slice(0, firstSentence).findLastIndex(isBoardLabel);
  const head = withoutFactPairs(lines.slice(label + 1, firstSentence < 0 ? undefined : firstSentence)).filter(
    (line) => !isPostedLine(line) && !isFactsLine(line),
  );
  // "- Bergen, Norway / - Full-time, permanent / - Application deadline: 15 April": a list of short facts that opens
  // the text, with no heading above it, is the page's header.
  let facts = 0;
  while (facts < head.length && isShortItem(head[facts])) facts++;
  if (firstSentence >= 0 && facts >= 2) head.splice(0, facts);
  const rest = firstSentence < 0 ? [] : withoutTrailingFrame(lines.slice(firstSentence));
  return [...head, ...rest].join('\n');
}

/** Lines without a posted date or a board's warning to applicants at the end, nor two or more job facts there. */
function withoutTrailingFrame(lines: string[]): string[] {
  const rest = [...lines];
  while (rest.length && (isPostedLine(rest[rest.length - 1]) || isApplicantNotice(rest[rest.length - 1]))) rest.pop();
  let endFacts = 0;
  while (endFacts < rest.length && isFactLine(rest[rest.length - 1 - endFacts])) endFacts++;
  if (endFacts >= 2) rest.splice(rest.length - endFacts);
  return rest;
}
