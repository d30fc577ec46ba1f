import { wordCount } from '../text/word-count';
import { BULLET, startsWithCapital } from '../text/normalize';
import { headingSection, looksLikeHeading, markedAsHeading, type ResumeSection } from './resume-headings';
import { spanAt } from './spans';

export type Strength = 'demonstrated' | 'listed';
export type { ResumeSection } from './resume-headings';

/** The section a heading line opens, or undefined for a content line (the words it knows: resume-headings.ts). */
export const resumeHeading = (rawLine: string): ResumeSection | undefined => headingSection(rawLine);

/**
 * Words in a line: a bullet of fewer is a list item ("• Jira", "– Risk management"), not a sentence that shows,
 * unless it reads as one (SHORT_SENTENCE).
 */
const SENTENCE_WORDS = { bullet: 5, line: 8 } as const;
/** A short bullet that is a sentence: three words or more that end with a full stop or open with a past verb ("Tracked KPIs weekly"). */
const SHORT_SENTENCE = /^\S+ed\s+\S+\s+\S+|^\S+\s+\S+\s+.*\S\.$/;

/** "CERTS: PMP | CSM": a line's opening label, a few words before a colon and its content. */
const LINE_LABEL = /^\W*(\p{L}[\p{L} &/]{0,30}?)\s*:\s*\S/u;
/** The sections whose lines list what a person holds or knows, never work: certifications, education, skills. */
const LISTING_SECTIONS: ReadonlySet<ResumeSection> = new Set(['certifications', 'education', 'skills']);
/** The most words of a line that holds a job's dates among a summary's lines (a company, a place, the dates). */
const JOB_LINE_WORDS = 16;
/** A job's dates ("2019 - Present", "Mar 2017 – Jun 2021"): the line of a job. */
const DATE_RANGE = /\b(?:19|20)\d{2}\s*(?:-|–|—|to)\s*(?:(?:[a-z]{3,9}\.?\s+)?(?:19|20)\d{2}|present|current|now|today)\b/i;

/**
 * A line outside the known sections (a pasted fragment, a part under an unknown heading): a bullet or a sentence
 * shows, a short list names.
 */
function shownByItself(raw: string): boolean {
  const item = raw.replace(BULLET, '').trim();
  const words = wordCount(item);
  if (BULLET.test(raw) && isLabelledList(item)) return false;
  if (BULLET.test(raw)) return words >= SENTENCE_WORDS.bullet || (SHORT_SENTENCE.test(item) && !/[|,;·].*[|,;·]/.test(item));
  // "Polish (native) · English (C2) · German (B1)", "`Terraform` `Helm` `Go`": items apart by separators, no sentence.
  return words >= SENTENCE_WORDS.line && !/[|,;·`].*[|,;·`].*[|,;·`]/.test(raw) && !LABELLED_LIST.test(raw);
}

/** Verbs of the past tense that do not end in -ed, with which a resume's bullets open ("Ran", "Led", "Built"). */
const IRREGULAR_PAST = new Set(
  'ran led built drove wrote won set made grew cut kept took brought began chose gave held met paid put sent spent sold taught oversaw undertook became rebuilt rewrote'.split(
    ' ',
  ),
);
/** A bullet that opens with a deed: a verb in the past tense ("Introduced Kanban …", "Cut failed changes …"). */
const opensWithDeed = (item: string) => {
  const first = item.split(/\s/, 1)[0].toLowerCase();
  return /^[a-z]{3,}ed$/.test(first) || IRREGULAR_PAST.has(first);
};

/** "Governance: SOC 2, Change Management, Vendor Management": a label and a list, however short. */
const LABELLED_LIST = /^[^:,]{1,30}:\s*[^,]+,/;
/** Words that join a label's words ("Tools & Platforms", "Cloud and DevOps"). */
const LABEL_JOINERS = new Set(['&', 'and', 'of', '/', '+']);
const MAX_LABEL_WORDS = 4;

/**
 * "• Technical Skills: Python, R, AWS": a bullet that is a label in Title Case and its list names, however many
 * words it has; "• Owned the SOC 2 program: mapped 85 controls, ran reviews" is a sentence (its label is no name).
 */
function isLabelledList(item: string): boolean {
  if (!LABELLED_LIST.test(item)) return false;
  const label = item.slice(0, item.indexOf(':')).split(/\s+/).filter(Boolean);
  return label.length <= MAX_LABEL_WORDS && label.every((w) => startsWithCapital(w) || LABEL_JOINERS.has(w.toLowerCase()));
}

/** A year or a degree: what the lines of a school's or a course's entry hold ("2011–2012", "Bachelor of Engineering"). */
const ENTRY_DETAIL = /\b(?:19|20)\d{2}\b|\b(?:bachelor|master|associate|doctor|diploma|degree|certificate|mba|ph\.?d)/i;
/** How many lines after a school's name its entry is read for a year or a degree. */
const ENTRY_LINES = 3;

/**
 * Under education or certifications, a line in capitals or Title Case followed by its place, years or degree is the
 * name of an entry ("RESUME WORDED UNIVERSITY", "Defense Acquisition University"), not a heading we do not know:
 * the lines up to the next bullet or heading, a few at most, hold a year or a degree.
 */
function namesAnEntry(section: ResumeSection, following: string[]): boolean {
  if (section !== 'education' && section !== 'certifications') return false;
  const entry: string[] = [];
  for (const line of following.slice(0, ENTRY_LINES)) {
    if (BULLET.test(line) || resumeHeading(line)) break;
    entry.push(line);
  }
  return entry.some((line) => ENTRY_DETAIL.test(line));
}

/** A heading of credentials ("Qualifications", "Professional Qualifications"). */
const QUALIFICATIONS = /\bqualifications\b/i;

/**
 * For each offset of a resume, whether a concept named there is demonstrated (experience section, or a
 * bullet or sentence outside any known section) or only listed (summary, skills, education, certifications,
 * a short list line). Offsets index the input text.
 *
 * The head of a resume, before its first heading (name, headline, an untitled summary), names and claims: its
 * prose is listed, as a summary's is, until a job's dates start untitled experience. A text with no heading at all
 * is judged line by line.
 */
export function resumeStrengths(text: string): (offset: number) => Strength {
  const lines = [...text.matchAll(/[^\n\r]+/g)].filter((m) => m[0].trim());
  const headings = lines.map((m) => resumeHeading(m[0]));
  const hasHeadings = headings.some(Boolean);
  const spans: { start: number; end: number; strength: Strength }[] = [];
  let section: ResumeSection = 'header';
  // Whether the part we are in opened at a heading we do not know (an 'other' part of a known heading, such as
  // "Scholarships and Awards", keeps its dated lines: an award's years start no job).
  let unknownPart = false;
  // Whether an experience section has begun: the jobs' dates are known to be jobs' from then on.
  let sawJobs = false;
  lines.forEach((m, i) => {
    const raw = m[0];
    const heading = headings[i];
    const previousEnd = i ? lines[i - 1].index! + lines[i - 1][0].length : 0;
    const afterBlank = !i || /\n[^\S\n]*\r?\n/.test(text.slice(previousEnd, m.index));
    // "Highlights" or "Overview" under a job is part of it: a resume's summary comes before its experience. Not
    // "Qualifications" after the jobs, a British CV's list of certificates and degrees.
    if (heading && !(heading === 'summary' && section === 'experience' && !QUALIFICATIONS.test(raw))) {
      section = heading;
      unknownPart = false;
      return;
    }
    if (heading) return;
    // A job's dates start experience where no heading said so (above the first heading, under one we do not know),
    // and end a job's own "Tools:" list, where the next job starts; so they do under a list heading once the resume
    // has shown its jobs (a two-column design flattened: "TOOLS", "LANGUAGES" of the sidebar land among the jobs); under
    // skills or a summary before any job too, where the sidebar's list ran beside the jobs' heading ("Supplier Management
    // EXPERIENCE" / "Agile / Scrum Halcyon Retail Group | Mar 2020 – Present"): a short line there, not the summary's
    // sentence ("… since 2015 – present"); not under certifications, whose dates may be a credential's term.
    if (
      (section === 'header' ||
        (section === 'other' && unknownPart) ||
        section === 'skills' ||
        (section === 'summary' && wordCount(raw) <= JOB_LINE_WORDS) ||
        (section === 'certifications' && sawJobs)) &&
      DATE_RANGE.test(raw)
    )
      section = 'experience';
    if (section === 'experience') sawJobs = true;
    // An unknown heading ("PROJECTS & IMPACT:", "Open Source" after a blank line) ends a list section: what follows
    // is judged line by line, so bullets under it still count as shown. A Title Case line within a list is a label or
    // the wrapped end of an item ("Cloud Platforms", "Resource Planning" from a PDF's narrow sidebar).
    if (
      section !== 'experience' &&
      section !== 'header' &&
      looksLikeHeading(raw) &&
      (afterBlank || markedAsHeading(raw)) &&
      !namesAnEntry(
        section,
        lines.slice(i + 1, i + 1 + ENTRY_LINES).map((l) => l[0]),
      )
    ) {
      section = 'other';
      unknownPart = true;
      return;
    }
    let strength: Strength;
    // "CERTS: PMP | CSM", "Skills: Agile · Jira" under a job: a line that its label files under a list section lists,
    // wherever it stands.
    const label = LINE_LABEL.exec(raw)?.[1];
    if (label && LISTING_SECTIONS.has(resumeHeading(label) ?? 'other')) strength = 'listed';
    else if (section === 'experience') strength = 'demonstrated';
    else if (section === 'other' || (section === 'header' && !hasHeadings)) strength = shownByItself(raw) ? 'demonstrated' : 'listed';
    // A bullet that reads as a sentence shows what it names: in the head, and under a skills heading that a flattened
    // sidebar put among the jobs ("LANGUAGES" / "▪ Ran gate reviews under a stage-gate process"); there, so does a
    // line of a job's sentence, its wrapped lines joined ("Release Management to GitLab CI/CD pipelines and a go/no-go
    // checklist signed off at CAB.": the sidebar's item and the job's line).
    // Under skills, a bullet must tell a deed ("▪ Ran gate reviews …"): "▪ good command of SQL and Power BI", "▪ Jira,
    // Confluence, Miro" and "▪ conflict resolution and negotiation with suppliers" claim skills, as a Europass CV's
    // "Digital skills" and "Organisational / managerial skills" do after its jobs.
    else if (section === 'header' || (section === 'skills' && sawJobs)) {
      const claim = section === 'skills' && BULLET.test(raw) && !opensWithDeed(raw.replace(BULLET, '').trim());
      strength = (BULLET.test(raw) || section === 'skills') && !claim && shownByItself(raw) ? 'demonstrated' : 'listed';
    } else strength = 'listed';
    spans.push({ start: m.index!, end: m.index! + raw.length, strength });
  });
  return (offset) => spanAt(spans, offset)?.strength ?? 'listed';
}
