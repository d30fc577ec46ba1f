// Lines of a posting or resume, with the line breaks that copying lost put back. Job-board exports and
// scraped datasets often keep a whole posting on one line: "…across all business unitsCreate and maintain
// the schedule…Requirements:Jira experience- PMP certification". Headings and list items hide inside such a
// line, so sections and requirement cues would never be seen. The text itself is never changed: lines are
// spans of it. The other way round, joinWrappedLines() takes out the breaks that a PDF's or a page's wrapping
// put inside one bullet, keeping the text's length.

import { allMatches } from './all-matches';
import { BEYOND_LATIN, BULLET, gluedJunctions, latinTwins, namesOfText, TOKENIZER_TWINS } from './normalize';
import { wordCount } from './word-count';

export interface LineSpan {
  start: number;
  end: number;
  /** Part of a line that had lost its breaks: a label may still hide at its end ("…efforts Preferred skills:"). */
  glued: boolean;
  /** Not the first part of its line: what a label at the line's start says still holds here. */
  continues: boolean;
}

/** Shorter lines are written as they were meant; a lost break shows only in a long run of text. */
const LONG_LINE = 200;

/** Names of sections that, glued to the next word, still show where a line ended. */
export const SECTION_WORDS = ['Requirements', 'Qualifications', 'Responsibilities', 'Skills', 'Duties', 'Benefits', 'Description', 'Overview', 'Education'];
/** Words that open a label ("Preferred Qualifications:", "Nice to have:"), which a short name may glue on before them. */
const LABEL_OPENERS = ['Preferred', 'Required', 'Desired', 'Additional', 'Minimum', 'Basic', 'Bonus', 'Nice'];
/** Words that open a sentence, so a word glued to one ("DoingThe", "IndustryIf") ends a line. */
const SENTENCE_OPENERS = ['The', 'We', 'Our', 'You', 'Your', 'This', 'If', 'As', 'All', 'Are'];

/**
 * Where a break was lost, each with an example. Every junction is one no writer types on purpose:
 * - "unitsCreate and maintain", "RecoveryEffectively managed", "environmentPMP certification": words glued
 *   together inside one word, found as the tokenizer finds them (gluedJunctions in normalize.ts: known names
 *   such as SharePoint, LinkedIn or PowerBI, and short prefixes, iPhone or macOS, stay whole);
 * - "What You Will Be DoingThe role…", "IndustryIf you are": any word glued to a word that opens sentences
 *   (a name such as LinkedIn ends in no such word followed by a space);
 * - "Include:Oversee", "Skills:Project Management": a label's colon with no space after it;
 * - "…to the team. Primary Responsibilities:": a short label after a sentence's end starts a line of its own ("…sustainably.
 *   This is a servant-leadership role: you won't assign tasks" is a sentence, as "It's a hybrid role:" is);
 * - "team RequirementsPragmatic and personable", "Requirements3+ years", "QUALIFICATIONS5 years": a section's name
 *   glued to the next word (SECTION_WORDS);
 * - "Experience with JiraPreferred Qualifications:": a word glued to a label that a LABEL_OPENERS word opens;
 * - "Location: Gardena CADuration: 6 months": an acronym (a state's code) glued to a one-word label;
 * - "etc.Maintain", "office.What you need", "today!Applicants", "team)So", "the role.PRINCIPAL DUTIES": a sentence's end
 *   with no space;
 * - "experience- Strong communication", "Position- 3-5 years": a dash bullet glued to the previous item;
 * - "work with Us1. Casual dress": a numbered item glued to the previous line.
 */
// Every \p{} class is written inside brackets, so that latinTwins can give its Latin-only twin (normalize.ts).
const LOST_BREAK_SOURCE = [
  String.raw`(?<=[\p{Ll}]{3})(?=(?:${SENTENCE_OPENERS.join('|')})\s)`,
  String.raw`(?<=[\p{L}]{3}:)(?=[\p{Lu}])`,
  String.raw`(?<=[.!?]\s+)(?=[\p{Lu}][\p{L} &/-]{2,40}:)`,
  String.raw`(?<=(?<![\p{L}])(?:${[...SECTION_WORDS, ...SECTION_WORDS.map((word) => word.toUpperCase())].join('|')}))(?=[\p{Lu}][\p{Ll}]|\d)`,
  String.raw`(?<=[\p{Ll}]{2})(?=(?:${LABEL_OPENERS.join('|')})[\p{L} /&-]{0,40}:)`,
  String.raw`(?<=[\p{Lu}]{2})(?=[\p{Lu}][\p{Ll}]{2,}:\s)`,
  String.raw`(?<=\S\s)(?=(?:${SECTION_WORDS.join('|')})[\p{Lu}][\p{Ll}])`,
  String.raw`(?<=[\p{Ll}]{2}[.!?]|[\p{Ll}]\))(?=[\p{Lu}](?:[\p{Ll}]|[\p{Lu}]{2}))`,
  String.raw`(?<=[\p{L})])(?=-\s+[\p{Lu}\p{N}])`,
  String.raw`(?<=[\p{L}]{2})(?=\d{1,2}\.\s+[\p{L}])`,
].join('|');
const LOST_BREAK = latinTwins(LOST_BREAK_SOURCE, 'gu');
/** The same, tried at one place (sticky): lostBreakCuts asks it only where a lost break may start. */
const LOST_BREAK_AT = latinTwins(LOST_BREAK_SOURCE, 'uy');
const isDigit = (c: number) => c >= 48 && c <= 57;
const isAsciiUpper = (c: number) => c >= 65 && c <= 90;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/**
 * "This is a servant-leadership role:", "It's a hybrid role:": a sentence that opens so is no label, whatever its colon.
 * Tested apart from LOST_BREAK: a lookahead inside it made V8 compile the whole expression to far more code (~3 MB).
 */
const CLEFT = /(?:This|That|It)(?:\s+is|['\u2019]s)\s/y;

/**
 * Where LOST_BREAK matches in a line, as allMatches finds them. Run over the whole line, the expression tests every
 * lookbehind at every character (235k steps a call on the bench's posting); but each of its junctions looks ahead to an
 * uppercase letter, a digit or a dash, so it is tried only before those: A-Z, 0-9, "-" and any unit beyond ASCII (an
 * uppercase letter beyond ASCII, left to the expression), never the second half of a surrogate pair, which a Unicode
 * expression would test from the pair's start.
 */
export function lostBreakCuts(line: string, exact: boolean): number[] {
  const cuts: number[] = [];
  const lostBreakAt = exact ? LOST_BREAK_AT.exact() : LOST_BREAK_AT.latin;
  for (let at = 0; at < line.length; at++) {
    const c = line.charCodeAt(at);
    if (!(isAsciiUpper(c) || isDigit(c) || c === 45 || (c >= 0x80 && !isLowSurrogate(c)))) continue;
    lostBreakAt.lastIndex = at;
    if (!lostBreakAt.test(line)) continue;
    // After a space only a sentence's end comes before a cut: there "This is a servant-leadership role:" is a sentence.
    CLEFT.lastIndex = at;
    if (at > 0 && line.charCodeAt(at - 1) <= 32 && CLEFT.test(line)) continue;
    cuts.push(at);
  }
  lostBreakAt.lastIndex = 0;
  return cuts;
}

/**
 * A heading that lost the breaks on both sides of it and kept a space before its first line: "…support our teams.
 * Qualifications A minimum of 7 years…", "…conflict resolution skillsAdditional Qualifications 5+ years in…", "…at
 * the organizational level.Knowledge Have both formal and informal education…", "…sponsor H1B candidates at this
 * time.Job Description The Digital Project Senior Specialist provides…", "…for project team and management.Required
 * Skills Excellent written and verbal communication skills". The heading starts the line, follows a sentence's end
 * or is glued to the word before; it is a section's name (GLUED_HEADING_NOUNS), alone or after one word that opens a
 * label; and what follows it opens a sentence or a requirement (CONTENT_OPENERS) or gives a count ("5+ years", "3-5
 * years"). Before any other capitalized word the heading may be the first word of a thing's name ("Requirements
 * Management", "Knowledge Base", "Education Technology", "Benefits Realization"), and the line stays whole.
 */
const GLUED_HEADING_NOUNS = [...SECTION_WORDS, 'Experience', 'Knowledge'];
const GLUED_HEADING_OPENERS = [...LABEL_OPENERS, 'Job'];
/**
 * Words that open a requirement ("Strong written and verbal communication skills", "Ability to …", "Experience
 * developing …"): each opens list items in 13 to 116 postings of corpus, pool and unlabelled. The first four qualify what
 * it asks ("Strong written skills"): they open an item and never end a heading (REQUIREMENT_QUALIFIERS).
 */
export const REQUIREMENT_QUALIFIERS = ['Excellent', 'Strong', 'Proven', 'Demonstrated'];
const REQUIREMENT_OPENERS = [...REQUIREMENT_QUALIFIERS, 'Ability', 'Experience', 'Knowledge', 'Proficiency', 'Familiarity', 'Working'];
/** Words that open the first line under a heading: a sentence's ("The", "A", "Have", "Must") or a requirement's. */
const CONTENT_OPENERS = [...SENTENCE_OPENERS, 'A', 'An', 'Have', 'Must', ...REQUIREMENT_OPENERS];
// The heading's words come first, so the engine skips at once the places where none starts; what comes before them is
// tested only where they stand (AFTER_A_LOST_BREAK).
const GLUED_HEADING = latinTwins(
  String.raw`(?:(?:${GLUED_HEADING_OPENERS.join('|')})\s+)?(?:${GLUED_HEADING_NOUNS.join('|')})(?=\s+(?:(?:${CONTENT_OPENERS.join('|')})\s|\d{1,2}(?:\+|\s*-\s*\d{1,2}\+?)?\s))`,
  'gu',
);
/** What a glued heading follows: a sentence's end ("teams. Qualifications", "time.Job Description") or a glued word ("skillsAdditional"). */
const AFTER_A_LOST_BREAK = latinTwins(String.raw`(?:[.!?]\s{0,3}|[\p{Ll}]{2})$`, 'u');

/** Where a heading glued to its first line by a space (GLUED_HEADING) starts and ends, in a line. */
function gluedHeadingCuts(line: string, exact: boolean): number[] {
  const cuts: number[] = [];
  const afterABreak = exact ? AFTER_A_LOST_BREAK.exact() : AFTER_A_LOST_BREAK.latin;
  for (const heading of allMatches(exact ? GLUED_HEADING.exact() : GLUED_HEADING.latin, line)) {
    const at = heading.index!;
    if (at === 0 || afterABreak.test(line.slice(Math.max(0, at - 4), at))) cuts.push(at, at + heading[0].length);
  }
  return cuts;
}

/**
 * "5+ years of experience…": a number of years with a plus opens a requirement, the commonest of all ("…or related
 * field 2+ years of experience in release management"), unless a word that weighs or bounds it comes first
 * (QUANTITY_LEADS: "ideally 5+ years", "at least 7+ years", "more than 10+ years").
 */
const YEARS_OPENER = String.raw`\d{1,2}\+`;
const QUANTITY_LEADS = new Set(['ideally', 'preferably', 'least', 'than', 'approximately', 'about', 'around', 'minimum']);

/**
 * A list item run on from the one before it by a space where the break was lost: "…an added advantage Strong
 * familiarity with modern project management software", "…tester, business analyst Experience developing training
 * materials", "…shared services team a plus Strong written and verbal communication skills". A lowercase word, then a
 * requirement's first word (REQUIREMENT_OPENERS) before a lowercase word: inside a sentence such a word is not
 * capitalized. A name has a capitalized word before it ("Customer Experience team"), and a word that goes on into the
 * next ends no item ("an Experience Delivery Network", "must have Strong skills": OPEN_ENDED, TAKES_AN_OBJECT).
 */
const RUN_ON_ITEM = latinTwins(String.raw`(?:${REQUIREMENT_OPENERS.join('|')}|${YEARS_OPENER})(?=\s[\p{Ll}])`, 'gu');
/**
 * The lowercase word or a share ("…up to 10% Ability to…"), and a closing parenthesis, that end the text before a run-on
 * item, and the space after it.
 */
const ITEM_END = latinTwins(String.raw`(?:^|[^\p{L}])([\p{Ll}][\p{L}-]*[\p{Ll}]|\d+%)\)?\s$`, 'u');
/** Verbs that take what follows them as their object: "must have Strong interpersonal skills" is one item. */
const TAKES_AN_OBJECT = new Set(['have', 'has', 'had', 'be', 'is', 'are']);

/**
 * "…biotechnology industry Additional highly desired skills Working knowledge of Oracle": after a section's name the
 * text before may end in a heading whose start nothing shows; cut after it alone, the heading would be the end of an
 * item and its cue ("desired") would weigh nothing under it. Such a line stays whole, as before.
 */
const NAMES_A_SECTION = new Set(SECTION_WORDS.map((word) => word.toLowerCase()));

/** Where list items run on by a space (RUN_ON_ITEM) part, in a line. */
function runOnItemCuts(line: string, exact: boolean): number[] {
  const cuts: number[] = [];
  const itemEnd = exact ? ITEM_END.exact() : ITEM_END.latin;
  for (const opener of allMatches(exact ? RUN_ON_ITEM.exact() : RUN_ON_ITEM.latin, line)) {
    const at = opener.index!;
    const before = line.slice(Math.max(0, at - 40), at).match(itemEnd)?.[1];
    if (!before || OPEN_ENDED.has(before) || TAKES_AN_OBJECT.has(before) || NAMES_A_SECTION.has(before)) continue;
    if (/^\d/.test(opener[0]) && QUANTITY_LEADS.has(before)) continue;
    cuts.push(at);
  }
  return cuts;
}

/**
 * Where words of the line at `start` of text are glued together with a sentence's end between them ("unitsCreate",
 * "ManagerWe"); a name the text gives stays whole, as the tokenizer keeps it (isName: namesOfText).
 */
function gluedWordCuts(line: string, start: number, exact: boolean, isName: (start: number, word: string) => boolean): number[] {
  const cuts: number[] = [];
  for (const word of allMatches(exact ? TOKENIZER_TWINS.WORD.exact() : TOKENIZER_TWINS.WORD.latin, line))
    for (const junction of gluedJunctions(word[0], exact, isName, start + word.index!)) if (junction.sentence) cuts.push(word.index! + junction.at);
  return cuts;
}

/** An e-mail's quote marks that open a line ("> ", ">> "), not "> 5 years" (more than five). */
const QUOTE_MARKS = /^[ \t]*>(?:[ \t]?>)*(?=[ \t]*(?:[^\d\s]|$))/gm;
/** Fewer quoted lines than this are no quoted message: a stray "> " is left as written. */
const MIN_QUOTED_LINES = 3;

/**
 * The text with an e-mail's quote marks blanked: a posting forwarded or replied to arrives as "> What you'll do:" /
 * "> - Own the program plan", and the marks hide every heading and list item from the sectioner. Each mark becomes
 * spaces, so the text keeps its length and every offset.
 */
export function withoutQuoteMarks(text: string): string {
  return quotedMessageStart(text) === undefined ? text : text.replace(QUOTE_MARKS, (mark) => ' '.repeat(mark.length));
}

/** Where the quoted message of an e-mail begins (its first quoted line), if the text holds one. */
export function quotedMessageStart(text: string): number | undefined {
  if (!text.includes('>')) return undefined;
  const marks = [...text.matchAll(QUOTE_MARKS)];
  return marks.length < MIN_QUOTED_LINES ? undefined : marks[0].index;
}

/** The text's lines (blank ones left out), long lines split where a break was lost. */
export function lineSpans(text: string): LineSpan[] {
  const spans: LineSpan[] = [];
  const isName = namesOfText(text);
  for (const m of allMatches(/[^\n\r]+/g, text)) {
    if (!m[0].trim()) continue;
    const start = m.index!;
    if (m[0].length < LONG_LINE) {
      spans.push({ start, end: start + m[0].length, glued: false, continues: false });
      continue;
    }
    const exact = BEYOND_LATIN.test(m[0]);
    const found: number[] = [];
    for (const cut of lostBreakCuts(m[0], exact)) found.push(cut);
    for (const cut of gluedWordCuts(m[0], start, exact, isName)) found.push(cut);
    for (const cut of gluedHeadingCuts(m[0], exact)) found.push(cut);
    for (const cut of runOnItemCuts(m[0], exact)) found.push(cut);
    const cuts = found.sort((a, b) => a - b).filter((cut, k, all) => cut > 0 && cut !== all[k - 1]);
    let from = 0;
    let first = true;
    for (const to of [...cuts, m[0].length]) {
      if (to > from && m[0].slice(from, to).trim()) {
        spans.push({ start: start + from, end: start + to, glued: cuts.length > 0, continues: !first });
        first = false;
      }
      from = to;
    }
  }
  return spans;
}

/** Words that never end a phrase: a line that stops on one goes on in the next ("managed risks across\nfive teams"). */
export const OPEN_ENDED: ReadonlySet<string> = new Set(
  'a an and or nor of with the to for in on at across by from as into over via between including through within our your their its'.split(' '),
);
/** A line this close to the longest one near it filled its column: its text ran on into the next line. */
const FULL_LINE = 0.85;
/** How many lines on each side make a line's neighbourhood, for the column's width. */
const NEIGHBOURS = 6;
/** A full line counts as wrapped only when it is a run of words, not a short label. */
export const MIN_WRAPPED_WORDS = 6;

export interface JoinOptions {
  /** A line that is a heading ("Experience", "Skills") is neither joined to the next one nor to the one before. */
  isHeading?: (line: string) => boolean;
  /** Lines before this one stay as they are (a posting's title and company lines). */
  fromLine?: number;
}

// The tests below, as plain-range twins for text with no letter beyond Latin (latinTwins in normalize.ts).
const LAST_WORD = latinTwins(String.raw`[\p{L}\p{N}]+$`, 'u');
const ENDS_ON_A_NAME = latinTwins(String.raw`\s[\p{Lu}][\p{L}\p{N}]*$`, 'u');
const OPENS_WITH_CAPITALS = latinTwins(String.raw`^[\p{Lu}]{2}|^[\p{Lu}][\p{Ll}]+[\p{Lu}]`, 'u');
const ENDS_ON_A_NUMBER = latinTwins(String.raw`[\p{N})]$`, 'u');
const OPENS_LOWER = latinTwins(String.raw`^[\p{Ll}]`, 'u');
/** The splitter's and joiner's expressions with their Latin-only twins, for the test that proves they agree. */
export const LINE_TWINS = {
  LOST_BREAK,
  GLUED_HEADING,
  AFTER_A_LOST_BREAK,
  RUN_ON_ITEM,
  ITEM_END,
  LAST_WORD,
  ENDS_ON_A_NAME,
  OPENS_WITH_CAPITALS,
  ENDS_ON_A_NUMBER,
  OPENS_LOWER,
};

/** A text wrapped at a column keeps every line within it: a line longer than this was written as one paragraph. */
const MAX_COLUMN = 120;
/** Lines past the column that a wrapped text may still hold (a long link, a title, a word too long to break). */
const LINES_PAST_COLUMN = 2;
/** How many of a text's runs of words must fill its column for the text to be read as wrapped, at least. */
const MIN_FULL_LINES = 4;
const MIN_FULL_SHARE = 0.25;

/**
 * Whether a text was hard-wrapped at a column, as a PDF, an e-mail or a text export gives a posting: its lines stop
 * at nearly the same width, which no line passes, and many runs of words fill it. A posting written as paragraphs
 * (one line each, most far longer than a column) or as short bullets is not, and its breaks are all the writer's.
 */
export function isHardWrapped(text: string): boolean {
  const lines = text.split('\n');
  const widths: number[] = [];
  let pastColumn = 0;
  for (const line of lines) {
    const width = line.trim().length;
    // Most postings have paragraphs far longer than a column: they are settled here.
    if (width > MAX_COLUMN && ++pastColumn > LINES_PAST_COLUMN) return false;
    widths.push(width);
  }
  // The column: the width the longest lines reach, but for as many as may pass it (a word too long to break).
  const column = widths.toSorted((a, b) => b - a)[LINES_PAST_COLUMN] ?? 0;
  let runs = 0;
  let full = 0;
  for (let k = 0; k < lines.length; k++) {
    if (wordCount(lines[k]) < MIN_WRAPPED_WORDS) continue;
    runs++;
    // A full line that a line of text goes on from: a list of long bullets fills its column too, one item a line.
    const next = lines[k + 1] ?? '';
    if (widths[k] >= FULL_LINE * column && next.trim() && !BULLET.test(next)) full++;
  }
  return full >= MIN_FULL_LINES && full >= MIN_FULL_SHARE * runs;
}

/**
 * The text with the line breaks inside one bullet or paragraph turned into spaces: a PDF, a DOCX with soft
 * breaks or a pasted text wraps "managing cross-team\ndependencies" or "Power\nBI dashboards" where the writer
 * wrote one line. Each removed break becomes one space, so the text keeps its length and every offset (evidence
 * quoted from the original text stays verbatim). A line is joined to the next when neither is a heading, the
 * next is no bullet, they are not parted by a blank line, the first ends no sentence (. ! ? ; :), and the
 * first goes on: it ends with a hyphen, a comma, "&" or "/" ("cross-"), or on a word that never ends a phrase
 * ("across"), or the next line starts in lowercase, or the first filled its column (nearly as long as the
 * longest line near it, and a run of words) or ends on a name, and the next opens with a name in capitals
 * ("BI", "AWS", "DevOps").
 */
export function joinWrappedLines(text: string, options: JoinOptions = {}): string {
  const exact = BEYOND_LATIN.test(text);
  const pick = (twins: ReturnType<typeof latinTwins>) => (exact ? twins.exact() : twins.latin);
  const [lastWordPattern, endsOnANamePattern, opensWithCapitals, endsOnANumber, opensLower] = [
    LAST_WORD,
    ENDS_ON_A_NAME,
    OPENS_WITH_CAPITALS,
    ENDS_ON_A_NUMBER,
    OPENS_LOWER,
  ].map(pick);
  const lines = [...text.matchAll(/[^\n]*(\n|$)/g)]
    .map((m) => ({ start: m.index!, raw: m[0].replace(/\r?\n$/, '') }))
    .filter((l, k, all) => k < all.length - 1 || l.raw);
  const isHeading = options.isHeading ?? (() => false);
  const widths = lines.map((l) => l.raw.trim().length);
  // The breaks to turn into spaces, in order: the text is rebuilt from its slices, not from an array of its characters.
  const joins: { from: number; to: number }[] = [];
  for (let k = options.fromLine ?? 0; k + 1 < lines.length; k++) {
    const first = lines[k].raw.trimEnd();
    const next = lines[k + 1].raw.trim();
    if (!first.trim() || !next || BULLET.test(lines[k + 1].raw) || /[.!?;:]$/.test(first)) continue;
    // A heading opens with a capital: a lowercase word that reads as one ("experience", "tasks") ends a wrapped sentence.
    if (isHeading(first) || (isHeading(next) && !opensLower.test(next))) continue;
    const lastWord = first.match(lastWordPattern)?.[0].toLowerCase() ?? '';
    const near = widths.slice(Math.max(0, k - NEIGHBOURS), k + NEIGHBOURS + 1);
    const full = widths[k] >= FULL_LINE * Math.max(...near) && first.trim().split(/\s+/).length >= MIN_WRAPPED_WORDS;
    // A capitalized word may open the next item (a PDF drops the bullets): only a name in capitals goes on, after
    // a full line or a name it completes ("Power\nBI", "Azure\nDevOps"), not after a year or a parenthesis
    // ("(PMP), 2020\nSAFe").
    const endsOnAName = endsOnANamePattern.test(first);
    const runsOn = (full || endsOnAName) && opensWithCapitals.test(next) && !endsOnANumber.test(first);
    if (!(/[-,&/]$/.test(first) || OPEN_ENDED.has(lastWord) || opensLower.test(next) || runsOn)) continue;
    // The line's own break (and a \r before it) becomes a space: same length, same offsets.
    joins.push({ from: lines[k].start + lines[k].raw.length, to: lines[k + 1].start });
  }
  let joined = '';
  let at = 0;
  for (const { from, to } of joins) {
    joined += `${text.slice(at, from)}${' '.repeat(to - from)}`;
    at = to;
  }
  return joined + text.slice(at);
}
