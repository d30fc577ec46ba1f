import { lineSpans, MIN_WRAPPED_WORDS, OPEN_ENDED, REQUIREMENT_QUALIFIERS, SECTION_WORDS, type LineSpan } from '../text/lines';
import { allMatches } from '../text/all-matches';
import { singleSpaced, wordCount } from '../text/word-count';
import { ROLE_NOUNS } from './role-names';
import { BULLET, endsWithShortenedWord, isAscii, latinTwins, normalizeText, startsWithCapital, startsWithLowercase } from '../text/normalize';
import { BODY_HEADINGS, clauseCues, companyCues, HEADING_ORDER, headingCues, PAGE_FIELD, PAGE_FIELD_LINE, twinFor } from './cues';

/** `board`: the job board's own matter copied with a posting ("Similar jobs", "Get notified about new jobs"). */
export type SectionKind = 'title' | 'intro' | 'about' | 'responsibilities' | 'required' | 'preferred' | 'benefits' | 'legal' | 'board' | 'other';
export type Importance = 'required' | 'preferred' | 'mentioned';
/** Where a line counts: an importance, or boilerplate that never counts as a requirement. */
export type LineWeight = Importance | 'boilerplate';

export interface PostingLine {
  start: number;
  end: number;
  section: SectionKind;
  heading: boolean;
  weight: LineWeight;
  /** A board's field ("Category: Technical Infrastructure"): it files the posting and names no technology of the role. */
  pageField?: true;
  /** A field that names the employer's industry ("Industry: Banking"), the one field whose domain counts. */
  industryField?: true;
}

export interface PostingStructure {
  title: string;
  company: string;
  lines: PostingLine[];
}

/** Heading kinds live in cues.ts as data: "Preferred qualifications" is preferred before it is a qualification. */
const classifyHeading = (text: string): SectionKind | undefined => headingCues.first(text, HEADING_ORDER);

/** Emoji, flags, keycaps and markdown marks decorate a heading ("🚀 What you'll do", "**Requirements**"). */
// biome-ignore lint/suspicious/noMisleadingCharacterClass: the joiners and keycap marks are meant one by one, as decoration to strip
const DECORATION = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\uFE0F\u200D\u20E3*#_=~`]+/gu;
const EMOJI_LED = /^\s*\p{Extended_Pictographic}/u;
// No ASCII character is a pictograph: on an ASCII line (most lines of most postings) the marks alone tell, and a
// fresh process compiles no \p{Extended_Pictographic} class.
const ASCII_DECORATION = /[*#_=~`]+/g;
const ASCII_DECORATED = /[*#_]/;
/** A line's decoration, to strip. */
const decorationIn = (text: string) => (isAscii(text) ? ASCII_DECORATION : DECORATION);
const emojiLed = (text: string) => !isAscii(text) && EMOJI_LED.test(text);
const decorated = (text: string) => (isAscii(text) ? ASCII_DECORATED : DECORATED).test(text);
/** Normalized heading text; an acute accent typed for an apostrophe ("WHAT´S") is one (most lines have none: no replace). */
const headingText = (raw: string) => normalizeText(raw.includes('\u00B4') ? raw.replace(/\u00B4/g, "'") : raw);

const DECORATED = /[\p{Extended_Pictographic}*#_]/u;
/** Two cells of a table's row, apart by tabs. */
const TABLE_ROW = /\S\t+\S/;
/** "Acme (Series C, ~450 people)": a note on the company after its name, not its short name ("(CDS)") nor country. */
const TRAILING_NOTE = /\s*\([^()]*[\d,][^()]*\)$/;
/** "Industry: Banking", "Industries": the field of a board that names the employer's industry. */
const INDUSTRY_FIELD = /^\s*(?:industry|industries|branche|sector)\b/i;
/** Markdown's heading marks and emphasis: "## ", "**", "__". */
const MARKDOWN_MARKS = /^#{1,6}\s+|\*\*|__/g;
/** A Markdown heading: "## How we work". */
const MARKDOWN_HEADING = /^\s{0,3}#{1,6}\s+\S/;
const ASKS = /^(what|who|why|how|are|do|was|wer|warum|wie)\b/i;
/** The candidate asking in a question heading ("What will I do?", "What's in it for me?"), read as "you". */
const FIRST_PERSON = /\b(?:I|me)\b/g;
/**
 * A sentence (or its part after a colon) the writer opens about themselves: "I spent …", "A bit about me: I'm …"; not
 * a numeral ("I. Requirements").
 */
const WRITER_SPEAKS = /(?:^\W*|:\s+)I(?:'m|'ve|'d|\u2019m|\u2019ve|\u2019d)?\s+(?!\.)/;
/** The words of a clause left open (leftOpen), each with a line it ends. */
const OPEN_CLAUSE_WORDS = {
  /** "In this role you will", "We'd love to see". */
  subjects: new Set(['you', 'we', 'i']),
  /** "you will", "you should", "we'd love to" ("love" and "like" before "to": a wish). */
  modals: new Set(['will', 'would', 'should', 'shall', 'must', 'can', 'may', 'might', 'need', 'to', 'love', 'like', 'want']),
  /** "Ideally you will also have", "You will typically". */
  adverbs: new Set(['also', 'ideally', 'additionally', 'further', 'typically', 'then', 'already', 'really', 'probably', 'likely']),
  /** The verb that wants the list as its object: "you will have", "we'd love to see", "you bring". */
  verbs: new Set(['have', 'be', 'bring', 'see', 'need', 'get', 'do', 'own', 'lead', 'offer', 'gain', 'enjoy', 'know']),
  /** A condition its list states: "We'd love to hear from you if", "…if you". */
  conditions: new Set(['if']),
};
/**
 * A clause its list finishes: a pronoun subject, then only modals, adverbs and at most one verb that wants an object
 * ("In this role you will", "Ideally you'll also have", "We'd love to see", "As a TPM you'll"). Words as data:
 * OPEN_CLAUSE_WORDS.
 */
function leftOpen(line: string): boolean {
  // One clause that opens the line: "help us grow. You will" is a wrapped sentence, "where you will" its tail.
  if (!startsWithCapital(line) || /[.!?;]\s/.test(line)) return false;
  const words = line
    .toLowerCase()
    .replace(/’/g, "'")
    .split(/[\s,]+/)
    .filter(Boolean);
  let k = words.length - 1;
  if (k >= 0 && OPEN_CLAUSE_WORDS.verbs.has(words[k])) k--;
  while (k >= 0 && (OPEN_CLAUSE_WORDS.modals.has(words[k]) || OPEN_CLAUSE_WORDS.adverbs.has(words[k]))) k--;
  if (k < 0) return false;
  const contracted = /'(?:ll|d|re|ve)$/.test(words[k]);
  // "Thank you", "About you": a subject that nothing follows leaves no clause open, unless its contraction is the
  // modal ("You'll").
  return OPEN_CLAUSE_WORDS.subjects.has(words[k].replace(/'(?:ll|d|re|ve)$/, '')) && (contracted || k < words.length - 1);
}
/**
 * "We'd love to hear from you if", "…if you": a line that ends on a condition, whose clause its list states. Only a
 * heading's cue makes it a lead-in: a sentence broken across lines ends so too ("Please tell us if").
 */
function endsOnACondition(line: string): boolean {
  const words = line
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean);
  const last = words.length - 1;
  const subjectLast = last >= 1 && OPEN_CLAUSE_WORDS.subjects.has(words[last]);
  return OPEN_CLAUSE_WORDS.conditions.has(words[subjectLast ? last - 1 : last]) && classifyHeading(line) !== undefined;
}
/** The hiring manager writing the posting ("I'm looking for someone who…", "You'd be working with me on…"), read as "we". */
const WRITER = /\b(?:I(?:'m| am)|I|me|my)\b/g;
const WRITER_AS_WE: Record<string, string> = { "I'm": 'we are', 'I am': 'we are', I: 'we', me: 'us', my: 'our' };

/**
 * "ITIL-Kenntnisse von Vorteil", "Strong analytical and problem-solving skills", "Support with project
 * tasks", "Ideally experience with Contentful": a list item without a bullet names its thing before the cue; a heading opens with it ("Nice to have",
 * "Required skills") or asks ("What will make you stand out"). Only for the kinds that weigh what follows.
 */
function statesAnItem(text: string, kind: SectionKind, inList = false, afterSentence = false): boolean {
  if (kind !== 'preferred' && kind !== 'required' && kind !== 'responsibilities') return false;
  const cue = headingCues.find(text, kind);
  if (cue === undefined || ASKS.test(text)) return false;
  // "Qualifications (Preferred)", "Advanced (preferred) qualifications": a cue in brackets notes which list a heading
  // names; "PMP certification (preferred)" notes what an item asks.
  if (bracketed(text, cue) && namesAList(`${text.slice(0, cue.start).replace(/\(\s*$/, '')} ${text.slice(cue.end).replace(/^\s*\)/, '')}`.trim())) return false;
  // "Ideally experience with Contentful": an adverb that opens a list item, not a heading.
  if (kind === 'preferred' && cue.start === clauseCues.find(text, 'preferred-ahead')?.start && wordCount(text) >= 5) return true;
  // "Roles and Responsibilities", "Eligibility and requirements": one word joined to the cue names a second part of
  // the heading, where an item qualifies its cue ("Strong analytical and problem-solving skills").
  // "Helpful but not required": a conjunction that joins a word to the cue is the heading's, not an item's word.
  const before = text
    .slice(0, cue.start)
    .replace(/-/g, ' ')
    .replace(/\b(?:but|yet)\s*$/i, '');
  // "Professional Skill Requirements" after a blank line, or after a line that ends a sentence ("Technical and
  // Functional Skills" under duties written as sentences): a heading in Title Case, where an item is written as a sentence.
  const joinedPart = ONE_WORD_JOINED.test(before) || ((!inList || afterSentence) && TITLE_CASE_WORDS.test(`${text} `) && wordCount(text) <= 4);
  // "Must have prior IT project management experience": a cue followed by a whole item is that item; a heading's
  // note in brackets ("Competencies (required proficiency for this grade)") is no item.
  const after = text.slice(cue.end).replace(HEADING_NOTE, '');
  // "Would be a plus", "Will also be an advantage": a copula before the cue names no thing; nor do words that only
  // say which of the role's lists it is ("Key job responsibilities", "Your key responsibilities").
  const namesAThing = !ONLY_A_COPULA.test(before) && !onlyQualifiers(before);
  return (!joinedPart && wordCount(before) >= 2 && namesAThing) || wordCount(after) >= 5;
}

/**
 * Words that only say which of a posting's lists a heading is, before its cue: "Key job responsibilities" (Amazon's),
 * "Your key responsibilities", "Primary job duties", "Main role requirements". An item names a thing or an action there
 * ("Take on additional responsibilities", "Strong communication skills").
 */
const HEADING_QUALIFIERS = new Set([
  'key',
  'main',
  'primary',
  'core',
  'principal',
  'major',
  'general',
  'your',
  'the',
  'our',
  'job',
  'role',
  'position',
  'advanced',
  'basic',
  'minimum',
  'additional',
]);
const onlyQualifiers = (words: string) => {
  const list = words.toLowerCase().match(/[a-z]+/g);
  return list !== null && list.every((w) => HEADING_QUALIFIERS.has(w));
};

/** The cue stands alone in brackets: "(Preferred)", "( nice to have )". */
const bracketed = (text: string, cue: { start: number; end: number }) => /\(\s*$/.test(text.slice(0, cue.start)) && /^\s*\)/.test(text.slice(cue.end));

/** Only a list's name, its cue maybe after qualifiers: "Qualifications", "Skills", "Advanced qualifications" (not "Agile experience"). */
function namesAList(text: string): boolean {
  const kind = classifyHeading(text);
  const cue = kind && headingCues.find(text, kind as Parameters<typeof headingCues.find>[1]);
  return !!cue && cue.end === text.length && (cue.start === 0 || onlyQualifiers(text.slice(0, cue.start)));
}

/** "Would be ", "It will also be ", "Is ": the words of a heading that only says what its list would be. */
const ONLY_A_COPULA = /^\s*(?:it\s+|this\s+)?(?:would|will|could|is|are)\s+(?:also\s+)?(?:be\s+)?$/i;

/** An ellipsis, two dots or more or the one character: "You will get to..", "Your responsibilities will include…". */
const ELLIPSIS = String.raw`\.\.+|…`;
const TRAILING_ELLIPSIS = new RegExp(String.raw`\s*(?:${ELLIPSIS})$`);

/** A closing quote or bracket, which a sentence's stop may stand inside: "… etc.)", "… done.”". */
const CLOSER = String.raw`["'”’)\]]`;
/** A line that ends a sentence: its stop, maybe inside a closing quote or bracket. */
const SENTENCE_END = new RegExp(String.raw`[.!?;]${CLOSER}?\s*$`);
const endsASentence = (text: string, piece: { start: number; end: number }) => SENTENCE_END.test(text.slice(piece.start, piece.end));
/** "Professional Skill Requirements", "Examples of Duties": words that each open with a capital, but for the small words of Title Case. */
const TITLE_CASE_WORDS = /^\s*[A-Z][a-z]*\s+(?:(?:[A-Z][a-z]*|of|and|the|for|to|&)\s+)*$/;
/** "Roles and ", "Eligibility & ": one word joined to what follows. */
const ONE_WORD_JOINED = /^\s*[A-Za-z]+\s*(?:and|&|\/)\s*$/i;
/** "(required proficiency for this grade)": a bracketed note in lower case that ends a heading. */
const HEADING_NOTE = /\s*\([a-z][a-z ]*\)\s*$/;

/** "Experience with Jira", "Kenntnisse in SAP": a skill named with what it is in is an item, not a heading. */
const STATES_A_SKILL = {
  ...latinTwins(
    String.raw`(?<![\p{L}\p{N}])(experience|skills?|knowledge|background|understanding|proficiency|familiarity|expertise|kenntnisse|erfahrung(?:en)?|kompetenzen|wissen)\s+(with|in|of|using|across|on|at|for|building|leading|managing|running|working|im|mit|von|der|als)\s+\S`,
    'iu',
  ),
  foldsCase: true,
};
// The sectioner's other \p{} tests, each with its Latin-only twin (twinFor): a line with nothing beyond Latin
// compiles no Unicode property class.
const TWO_CAPITALS = { ...latinTwins(String.raw`[\p{Lu}]{2}`, 'u'), foldsCase: false };
const TWO_LETTERS = { ...latinTwins(String.raw`[\p{L}]{2}`, 'u'), foldsCase: false };
/** "Location: Berlin", "Company: Acme": a label of words, then a colon. */
const WORDS_LABEL = { ...latinTwins(String.raw`^[\p{L} ]{2,20}:\s`, 'u'), foldsCase: false };
const holds = (twins: Parameters<typeof twinFor>[0], text: string) => twinFor(twins, text).test(text);
/** The sectioner's expressions with their twins, for the test that proves they agree. */
export const SECTION_TWINS = { STATES_A_SKILL, TWO_CAPITALS, TWO_LETTERS, WORDS_LABEL };
/** Does the text name a skill with what it is in ("Familiarity with Google Cloud", "experience in SAP")? */
export const statesASkill = (text: string) => holds(STATES_A_SKILL, text);

/** The stop after a company's legal suffix ("Acme, Inc."), which ends no sentence. */
const SUFFIX_STOP = /\b(Inc|Ltd|Co|Corp|LLC|L\.P|S\.A)\.$/;
const withoutSuffixStop = (line: string) => line.replace(SUFFIX_STOP, '$1');

/** What joins the two halves of a heading over two kinds: "and", "und", "&", "et", "y", or a slash. */
const HALVES_JOINER = /\s+(?:and|und|&|et|y)\s+|\s*\/\s*/i;
/**
 * "Tasks and requirements", "Aufgaben / Anforderungen": a heading over duties and requirements alike weighs
 * neither; each line's own cues do ('other').
 */
function bothKinds(text: string): boolean {
  // One search first: split tries its expression at every position of the line, and most lines have no joiner.
  if (!HALVES_JOINER.test(text)) return false;
  const halves = text.split(HALVES_JOINER);
  if (halves.length !== 2) return false;
  const kinds = halves.map((h) => classifyHeading(h));
  return kinds.includes('responsibilities') && kinds.includes('required');
}

/**
 * A heading line, its kind ('other' for an unknown heading), or undefined for a content line. `inList`: the line goes
 * on a list with no blank line before it, where a word in capitals that names no section is an item ("PMP", "AWS"); two
 * words or more still head ("WORKING CONDITIONS" under the last item).
 */
export function headingKind(numberedLine: string, inList = false, afterSentence = false): SectionKind | undefined {
  // "3. PERSON SPECIFICATION": a section's number before a heading in capitals; "1. Plan the release" is an item.
  const numbered = SECTION_NUMBER.exec(numberedLine);
  const rest = numbered ? numberedLine.slice(numbered[0].length) : '';
  const rawLine = numbered && holds(TWO_CAPITALS, rest) && rest === rest.toUpperCase() ? rest : numberedLine;
  // "✅ Requirements": an emoji may lead a heading; other bullets lead list items.
  const ledByEmoji = emojiLed(rawLine);
  // "▪", "✔", "►" are emoji and list marks alike: such a line heads a section only as a heading would without them.
  const bulletLed = BULLET.test(rawLine);
  if (bulletLed && !ledByEmoji) return undefined;
  // "SAFe<TAB>Desirable": a table's row copied from a document, its cells apart by tabs, is no heading.
  if (TABLE_ROW.test(rawLine)) return undefined;
  const heading = headingText(rawLine);
  let line = singleSpaced(heading.replace(decorationIn(heading), ' ')).trim();
  // "Your responsibilities will include...", "You are ready, if you …", "You will get to..": a lead-in, like a colon;
  // so is a clause left open for the list to finish ("In this role you will", "Ideally you'll also have").
  const trailed = TRAILING_ELLIPSIS.test(line);
  const leadIn = trailed || leftOpen(line) || endsOnACondition(line);
  if (trailed) line = line.replace(TRAILING_ELLIPSIS, ':');
  else if (leadIn) line = `${line}:`;
  // "Why work at Acme?", "Who are you?": a question can head a section, but only one the sectioner knows.
  const question = /\?$/.test(line);
  if (question) line = line.replace(/\?$/, '').trim();
  // "The cherry on top!", "Nice to have!": a short exclamation that names a list heads it as a colon would.
  if (/!$/.test(line) && wordCount(line) <= 4 && classifyHeading(line.replace(/!+$/, '')) !== undefined) line = line.replace(/\s*!+$/, ':');
  // "About Acme, Inc." heads the employer's paragraphs: the stop of a company's suffix ends no sentence.
  if (!line || wordCount(line) > 10 || /[.!,;]$/.test(withoutSuffixStop(line))) return undefined;
  const colon = line.endsWith(':');
  // A wrapped line, not a heading: "or equivalent experience", "with Jira experience". A capitalized lead-in
  // with a colon still heads a section: "To be successful in this role, you:", "In this role you will:".
  if (/^(or|and|with|in|of|to|for|including|plus|as|by|on|from)\b/i.test(line) && !(colon && startsWithCapital(line))) return undefined;
  // "Label: content" is an inline label (inlineKind), not a heading that would swallow the lines after it.
  if (/:\s*\S/.test(line)) return undefined;
  const text = line.replace(/:$/, '').trim();
  // "$101,140 to $125,038 (salary under review)": pay, a field's value under the title, heads nothing.
  if (PAY_AMOUNT.test(text)) return undefined;
  // "Experience with Jira and Confluence" states a requirement; "Experience" or "Required experience" heads one.
  if (!colon && holds(STATES_A_SKILL, text.replace(HEADING_NOTE, ''))) return undefined;
  // "What will I do?", "What do I need?": a posting written as the candidate's questions asks in the first person;
  // one written by the hiring manager states in it ("I'm looking for someone who…").
  const asked = question ? `${text.replace(FIRST_PERSON, 'you')}?` : text.replace(WRITER, (word) => WRITER_AS_WE[word]);
  const kind = bothKinds(text) ? 'other' : classifyHeading(asked);
  const allCaps = holds(TWO_CAPITALS, text) && text === text.toUpperCase();
  if (kind && !colon && !leadIn && !question && !allCaps && (bulletLed || !decorated(rawLine)) && statesAnItem(text, kind, inList, afterSentence))
    return undefined;
  // After a list mark, only a heading's own words head: its cue opens it ("▪ Requirements", "✔ Nice to have"), where
  // an item names the cue further on ("▪ Facilitate client requirement specification creation") or states one
  // ("▪ Experience creating developer documentation").
  if (kind && bulletLed && headingCues.find(text, kind as Parameters<typeof headingCues.find>[1])?.start !== 0) return undefined;
  if (kind) return wordCount(text) <= 8 || colon ? kind : undefined;
  // "## Tools you'll use": Markdown marks its headings outright.
  if (MARKDOWN_HEADING.test(rawLine)) return 'other';
  if (question || ledByEmoji) return undefined;
  const oneWordItem = inList && !/\s/.test(text);
  // "Description", "Summary" alone on a line: a board's heading over the text (BODY_HEADINGS), which reads on as a
  // posting's opening does (the employer may describe itself first).
  if (!colon && !inList && isBodyHeading(text)) return 'intro';
  return colon || (allCaps && !oneWordItem) ? 'other' : undefined;
}

/** "Job description", "**About the job:**": a heading over the whole posting (BODY_HEADINGS), not over the role's duties. */
const isBodyHeading = (rawLine: string) =>
  BODY_HEADINGS.has(
    headingText(rawLine)
      .replace(decorationIn(rawLine), ' ')
      .replace(/[:\s]+$/, '')
      .replace(/\s+/g, ' ')
      .trim()
      .toLowerCase(),
  );

/** "**Bonus.** It's a plus if …", "__The team.__ We …": a run-in heading in bold, its stop inside the bold. */
const RUN_IN_LABEL = /^\s*(\*\*|__)([^*_:.!?]{2,45})[.:]\1\s+(\S[\s\S]*)$/;
/** "Nice to have: Jira", "Location: Berlin": the label that opens a line (up to six words), and the content after it. */
function openingLabel(rawLine: string): { label: string; content: string } | undefined {
  const runIn = RUN_IN_LABEL.exec(rawLine.replace(BULLET, ''));
  if (runIn && wordCount(runIn[2]) <= 6) return { label: runIn[2], content: runIn[3] };
  const m = headingText(rawLine)
    .replace(BULLET, '')
    .match(/^\s*([^:]{3,45}):\s*(\S[\s\S]*)$/);
  return m && wordCount(m[1]) <= 6 ? { label: m[1], content: m[2] } : undefined;
}

/**
 * "Qualifications & Experience: 20+ years of experience in IT …", "Qualifikationen:- Abgeschlossenes Studium …": a
 * label that opens its line (no list item's) and goes on with an item heads the lines after it, as a heading would,
 * to the next heading or line label. A board's field ("Years of Experience: 13-20 Years") holds a value, not an item.
 */
function labelHeadsWhatFollows(rawLine: string): boolean {
  const label = openingLabel(rawLine);
  if (!label || BULLET.test(rawLine) || /[.!?]/.test(label.label)) return false;
  return /^[-–•]/.test(label.content) || wordCount(label.content) >= 5;
}

/** "Nice to have: Jira, Confluence", "✅ Requirements: Jira · Confluence": a label and content on one line. */
function inlineKind(rawLine: string): SectionKind | undefined {
  const m = openingLabel(rawLine)?.label;
  if (!m) return undefined;
  const kind = classifyHeading(m.replace(decorationIn(m), ' ').trim());
  // Only the label's own content takes its kind: "Salary: $90k" must not turn the lines after it into benefits.
  return kind === 'preferred' || kind === 'required' || kind === 'benefits' || kind === 'legal' || kind === 'about' ? kind : undefined;
}

/** Symbols that separate list items run together on one line: "Jira · Confluence · Asana". */
const INLINE_BULLET = /\s*[•·▪●◦‣∙]\s*/g;
/** What separates the fields of a board's line ("Acme · Denver, CO · Hybrid", "Acme | Remote"). */
const FIELD_SEPARATOR = /\s+[•·▪●◦‣∙|]\s+/;

/**
 * "Benefits • Remote first • Unlimited PTO": items (and a heading) run together on one line are split where a
 * bullet stands inside the line; each part keeps its bullet, so it reads as a list item.
 */
function segmentsOf(line: string): Part[] {
  const lead = line.match(/^\s*[•·▪●◦‣∙]?/)![0].length;
  const out: Part[] = [];
  let from = 0;
  for (const m of allMatches(INLINE_BULLET, line.slice(lead))) {
    const bulletAt = lead + m.index! + m[0].length - m[0].trimStart().length;
    if (line.slice(from, lead + m.index!).trim()) out.push(...withHeadingBeforeItems({ offset: from, text: line.slice(from, lead + m.index!) }));
    from = bulletAt;
  }
  if (line.slice(from).trim()) out.push({ offset: from, text: line.slice(from) });
  // "Location: Hartford, CT | Job Family: Program Management | Req #: 71455": a board's fields in a row, each its own.
  if (!PAGE_FIELD.test(line) || !FIELDS_APART.test(line)) return out;
  return out.flatMap((part) => {
    const pieces: Part[] = [];
    let at = 0;
    for (const m of allMatches(FIELDS_APART_ALL, part.text)) {
      pieces.push({ offset: part.offset + at, text: part.text.slice(at, m.index!) });
      at = m.index! + m[0].length;
    }
    pieces.push({ offset: part.offset + at, text: part.text.slice(at) });
    return pieces.filter((piece) => piece.text.trim());
  });
}
/**
 * "We ship every week. Requirements • 5+ years • Jira": the few words after a paragraph's last stop, right before the
 * line's items, are their heading when they make one of a known kind (at most INNER_HEADING_WORDS, capitalized).
 */
function withHeadingBeforeItems(part: Part): Part[] {
  const stop = /[.!?]\s+(?=\S[^.!?]*$)/.exec(part.text);
  if (!stop) return [part];
  const at = stop.index + stop[0].length;
  const tail = part.text.slice(at).trim();
  if (!startsWithCapital(tail) || wordCount(tail) > INNER_HEADING_WORDS || !isSectionKind(headingKind(tail))) return [part];
  return [
    { offset: part.offset, text: part.text.slice(0, at) },
    { offset: part.offset + at, text: part.text.slice(at) },
  ];
}

/** The bar between a board's fields on one line. */
const FIELDS_APART = /\s\|\s/;
const FIELDS_APART_ALL = /\s+\|\s+/g;

/** An employer's name at the start of a sentence, followed by what it is or does: "Acme is …", "Acme's …". */
const startsWithName = (text: string, company: string) => {
  if (!company) return false;
  const name = company.replace(/,?\s*\b(Inc|Ltd|Co|Corp|LLC|GmbH|AG|S\.A)\.?$/i, '').trim();
  if (!name) return false;
  const at = normalizeText(text).replace(BULLET, '').trimStart();
  return at.toLowerCase().startsWith(name.toLowerCase()) && companyCues.has(at.slice(name.length), 'after-name');
};

/**
 * A line about the employer rather than the role: "Acme is a leading provider of …", "Founded in 2010, we …",
 * "Our mission is …". A line that also speaks of the role is about the role: "We're looking for a TPM to join
 * our fast-growing team".
 */
export function isCompanyText(line: string, company = ''): boolean {
  if (companyCues.has(line, 'role')) return false;
  return (
    companyCues.has(line, 'company') || companyCues.has(line, 'culture') || isPlainlyCompanyText(line) || isStandingText(line) || startsWithName(line, company)
  );
}

/**
 * Where a cue opens its sentence (within its first words): items run together without a stop ("… lifecycle
 * controls Acme is one of the nation's top firms") must not take the employer's cue for their own.
 */
const OPENING_WORDS = 16;
const opensWith = (text: string, kind: 'anywhere' | 'standing' | 'recruiter' | 'culture') => {
  const cue = companyCues.find(text, kind);
  return cue !== undefined && wordCount(text.slice(0, cue.start)) < OPENING_WORDS && !companyCues.has(text, 'role') && !asksOfTheCandidate(text);
};

/**
 * "Qventus is on a mission to …", "Acme is committed to information security.": a sentence that opens with the
 * employer's name and says what it is or does is the employer's, wherever it stands, unless it speaks of the role.
 */
const namesTheEmployer = (text: string, company: string) => startsWithName(text, company) && !companyCues.has(text, 'role') && !asksOfTheCandidate(text);

/**
 * "… from the largest enterprises to ambitious startups — use Acme", "from family farms to e-commerce giants": a range
 * in the employer's text spans the breadth of its customers; the industries in it are theirs, not the role's.
 */
const CUSTOMER_RANGE = {
  // With its Latin-only twin: a literal's \p{} classes were parsed in every fresh process when this module loaded.
  ...latinTwins(String.raw`(?<![\p{L}\p{N}])from\s[^.;:!?()\u2013\u2014]{1,80}?\sto\s[^.;:!?(),\u2013\u2014]{1,60}`, 'giu'),
  foldsCase: true,
};
/**
 * "Our clients include hedge funds, banks and asset managers", "trusted by brands like United Airlines and the top 50
 * banks", "used by 1,000 customers worldwide, including leaders such as ...", "our products serve the needs of the largest
 * retailers": the employer's list of its customers, to the end of its sentence, names their industries and their
 * names (a database's, a CRM's), not the role's.
 */
const CUSTOMER_LIST = {
  ...latinTwins(
    String.raw`(?<![\p{L}\p{N}])(?:(?:clients|customers|brands)\s+(?:[^.;:!?]{1,60}?\s)??(?:include|includes|including|such\s+as|like)|trusted\s+by|used\s+by|serv(?:e|es|ing)\s+the\s+needs\s+of)\s[^.;:!?]{1,160}`,
    'giu',
  ),
  foldsCase: true,
};
export const inCustomerRange = (line: string, offset: number) =>
  [CUSTOMER_RANGE, CUSTOMER_LIST].some((cue) => [...line.matchAll(twinFor(cue, line))].some((m) => m.index <= offset && offset < m.index + m[0].length));

/** "Experience at a staffing agency is a plus": a requirement, whatever employer it names. */
const asksOfTheCandidate = (text: string) => isPreferred(text) || asksAsRequired(text);

/** A required cue that asks something of the candidate, not "as required" or "the required documentation". */
const asksAsRequired = (text: string) =>
  clauseCues.has(text, 'required') && (!clauseCues.has(text, 'not-required') || clauseCues.has(withoutCues(text, 'not-required'), 'required'));

/** The employer's standing or history ("in business since 1985"): its own, wherever in the posting it stands. */
const isPlainlyCompanyText = (text: string) => opensWith(text, 'anywhere');

/**
 * "Acme was named to the Forbes Cloud 100", "The Acme team comprises leaders from fintech companies": the employer's
 * awards and pedigree, wherever they stand; nothing in them counts, not even the industries they name.
 */
const isStandingText = (text: string) => opensWith(text, 'standing');

/**
 * "Each day we build on our values of respect, integrity, and accountability": the employer's mission, values or
 * culture, wherever it stands, unless the sentence speaks of the role or asks something of the candidate.
 */
const isCultureText = (text: string) => opensWith(text, 'culture');

/**
 * A staffing firm selling its service ("access to 500 open requirements across all industries"): not the role,
 * not its employer; even the industries it lists are the firm's, not the role's. "You will work with clients in
 * finance" is the role's.
 */
export const isRecruiterText = (text: string) => opensWith(text, 'recruiter');

const isPreferred = (text: string) => clauseCues.has(text, 'preferred') && !clauseCues.has(text, 'not-preferred');

/** Sections where nothing is asked of the candidate. */
const NEVER_ASKS: ReadonlySet<SectionKind> = new Set<SectionKind>(['benefits', 'legal', 'board']);

/** A sentence, no list item, that introduces the role or pictures its candidate: "The ideal candidate would have …". */
const describesTheRole = (text: string) => !BULLET.test(text) && (clauseCues.has(text, 'describes-role') || clauseCues.has(text, 'describes-candidate'));

/** `item`: the text is a list item that lost its mark (a line of a block of them), read as a marked one would be. */
function weightOf(section: SectionKind, text: string, item = false): LineWeight {
  if (NEVER_ASKS.has(section) || clauseCues.has(text, 'boilerplate')) return 'boilerplate';
  // "Desired Candidate Profile: - Must have banking domain experience": a requirement said outright is one anywhere.
  if (section === 'preferred') return !isPreferred(text) && saysRequired(text) ? 'required' : 'preferred';
  if (isPreferred(text)) return section === 'about' ? 'mentioned' : 'preferred';
  // "What we need: In this role, you will manage …": a sentence that describes the role, not an item of the list.
  if (section === 'required' && !item && !BULLET.test(text) && clauseCues.has(text, 'describes-role')) return 'mentioned';
  if (section === 'required') return 'required';
  // Postings without a requirements heading still state requirements in their own words, as items ("Ability to
  // travel", "- 5+ years leading programs"); a sentence that describes the role or its ideal candidate ("We are looking
  // for a TPM with a track record …", "This role requires …") is the posting's prose, as the labels read it.
  // "I spent eight years as an SRE": the writer's own background, in the first person, asks nothing of the reader.
  if ((section === 'intro' || section === 'other') && asksAsRequired(text) && !describesTheRole(text) && !WRITER_SPEAKS.test(text)) return 'required';
  // "Jira | Advanced | Must": a requirement stated outright counts wherever the role's own text stands.
  if ((section === 'intro' || section === 'other') && clauseCues.has(text, 'stated-required')) return 'required';
  // "Must have strong delivery experience", "Minimum of 5 years ... required": a duty list may state requirements outright.
  if (section === 'responsibilities' && clauseCues.has(text, 'stated-required')) return 'required';
  return 'mentioned';
}

interface Part {
  offset: number;
  text: string;
}

/**
 * An abbreviation of initials ("U.S.", "e.g.", "i.e.") ends no sentence: "LinkedIn's Top U.S. Startups" goes on.
 */
const INITIALS = /(?:^|\s)(?:[A-Za-z]\.){2,}$/;

/** A section's number before its heading: "1. ", "2) ". */
const SECTION_NUMBER = /^\s*\d{1,2}[.)]\s+/;

/** A sentence's stop inside a line: before a space, or inside a closer before a capital. */
const STOP_IN_A_LINE = new RegExp(String.raw`[.;!?]+(?:(?=\s)|${CLOSER}(?=\s+\p{Lu}))`, 'gu');
const CLOSER_AT_END = new RegExp(`${CLOSER}$`);

/**
 * Sentences of a line: a stop (. ; ! ?) followed by a space ends one, and so does one inside a closing bracket or quote
 * before a capital ("… Firewalls, Cloud etc.) This is …"); "Node.js", "U.S." and "(Python, etc.) and JSON" do not.
 */
function clausesOf(line: string): Part[] {
  const out: Part[] = [];
  let from = 0;
  for (const m of allMatches(STOP_IN_A_LINE, line)) {
    const to = m.index! + m[0].length;
    const tail = line.slice(Math.max(from, to - 12), to).replace(CLOSER_AT_END, '');
    // "1. Demonstrated experience …": a list item's number ends no sentence.
    if (from === 0 && (SECTION_NUMBER.exec(line)?.[0].trimEnd().length ?? 0) >= to) continue;
    if (INITIALS.test(tail) || endsWithShortenedWord(tail)) continue;
    out.push({ offset: from, text: line.slice(from, to) });
    from = to;
  }
  out.push({ offset: from, text: line.slice(from) });
  return out.filter((c) => c.text.trim());
}

/** Text without the spans of a cue kind (blanked, so offsets hold): what a cue leaves to qualify. */
const withoutCues = (text: string, kind: Parameters<typeof clauseCues.all>[1]) => {
  let out = text;
  for (const m of clauseCues.all(text, kind).reverse()) out = out.slice(0, m.start) + ' '.repeat(m.end - m.start) + out.slice(m.end);
  return out;
};

/** "Must have …", "… is mandatory", "is must": said outright, not "as required" or "the required documentation". */
const saysRequired = (text: string) => clauseCues.has(withoutCues(text, 'not-required'), 'explicit-required');

/** Words a preference in brackets may hold besides its cue: "(very much preferred)"; not "IS" in "(ideally IS-U)". */
const FILLER_WORDS = /\b(?:is|are|a|an|very|highly|strongly|but|not|required)\b/gi;

/** Whether text names something besides its preferred cues and filler words: "AWS preferred", not "a plus". */
const namesAThing = (text: string) =>
  holds(
    TWO_LETTERS,
    withoutCues(text, 'preferred').replace(FILLER_WORDS, (word) => (/^\p{Lu}{2}/u.test(word) ? word : '')),
  );

/** "(AWS preferred)" names what it qualifies; "(an asset)", "(preferred)" qualify what stands before them. */
const namesItsOwnThing = (paren: string) => isPreferred(paren) && namesAThing(paren);

/**
 * What may stand before a preferred cue that still opens its clause: nothing, or a dummy subject ("It would be great
 * if you had X, Y, or Z", "It would also be a bonus if …": the cue weighs the whole list after it).
 */
const SUBJECT_ONLY = /^\s*(?:(?:it|it's|it'd|it’s|it’d|also|and|would|will|could|be|is|definitely)\s+)*$/i;

/**
 * What parts a clause as a comma does: a comma, a spaced hyphen or en dash, an em dash ("SQL - Python preferred",
 * "waterfall and Agile delivery — hybrid preferred"); as normalize's breakOfGap reads them between words.
 */
const COMMA_OR_DASH = /,\s*|\s[-\u2013]\s+|\s*\u2014\s*/g;

/** "as would exposure to X", "as is experience with Y": the same predicate again, for what follows. */
const ELLIPTICAL_SAME = /^\s*as\s+(?:is|are|would|will|does|do)\b/i;
/** "is strongly preferred", "would be a plus": a comma part that opens with its verb has its subject before it. */
const NO_SUBJECT = /^\s*(?:is|are|would|will|could|should)\b/i;

/** The word that closes a list: "A, B, or C", "DORA, MaRisk, BAIT oder vergleichbaren Regelwerken". */
const LIST_CONJUNCTION = /\b(?:and|or|und|oder)\b|&/i;
/** The most words a list item after the first may have: longer parts are statements of their own. */
const LIST_ITEM_WORDS = 6;

/**
 * Where the comma part `i` ends, or the list it opens: "preferably within capital projects, facilities, logistics,
 * or distribution environments" runs to its last item, the one after "and"/"or". Only a list of three items or
 * more (a comma before a middle item) is one: "preferably in retail, and Jira" is two things, the cue's and Jira.
 */
function listEnd(text: string, parts: { start: number; end: number }[], i: number): number {
  const own = parts[i];
  if (LIST_CONJUNCTION.test(text.slice(own.start, own.end))) return own.end;
  for (let j = i + 1; j < parts.length; j++) {
    const item = text.slice(parts[j].start, parts[j].end);
    if (wordCount(item) > LIST_ITEM_WORDS) return own.end;
    const conjunction = item.match(LIST_CONJUNCTION);
    if (!conjunction) continue;
    const middleItem = j > i + 1 || wordCount(item.slice(0, conjunction.index)) > 0;
    return middleItem ? parts[j].end : own.end;
  }
  return own.end;
}

/**
 * A preferred cue weighs what it qualifies, not the whole clause, where the clause names several things:
 * - "Cloud infrastructure (AWS preferred), Kubernetes": its parentheses;
 * - "PMP certification required, CSM a plus", "5+ years in delivery, Jira preferred, strong SQL": its comma part;
 * - "Web projects for enterprise clients, ideally in an agency, and preferably with WordPress", "delivery
 *   experience preferably in retail": from "ideally"/"preferably" to the end of its comma part, or of the list it
 *   opens ("ideally in data center migration, infrastructure transformation, or large-scale delivery": listEnd).
 * A cue that opens the clause ("Ideally, …") and a list that ends "…, and Z is a plus" qualify the whole clause.
 */
function partsOf(clause: Part): Part[] {
  const { text } = clause;
  if (!isPreferred(text)) return [clause];
  const cuts = new Set<number>();
  const brackets = allMatches(/\([^()]*\)/g, text);
  // Where the last preference in brackets ("(an asset)", "(nice to have)") opens, if any.
  const lastPreference = brackets.findLast((m) => isPreferred(m[0]))?.index ?? -1;
  for (const m of brackets) {
    const end = m.index! + m[0].length;
    if (namesItsOwnThing(m[0])) cuts.add(m.index!).add(end);
    // "Scrum Master background (nice to have) Expert with Jira": a preference in brackets closes its item; a
    // capitalized word after it opens the next one (items run together where the text lost its breaks).
    // So does any bracket that a capitalized word follows, where a preference in brackets comes later ("MS Office (Word,
    // Excel) JD Edwards or an ERP system (an asset)"): the preference weighs the item it closes, not the one before.
    else if (m.index! <= lastPreference && /^\s+\p{Lu}/u.test(text.slice(end))) cuts.add(end);
  }
  // Commas inside parentheses do not part the clause.
  const outside = text.replace(/\([^()]*\)/g, (p) => ' '.repeat(p.length));
  // "Must have …", "… is mandatory": the first requirement said outright, outside what a preference says.
  const requiredCue = clauseCues.find(withoutCues(outside, 'preferred'), 'explicit-required');
  const joined = requiredCue && joinedStatements(outside, requiredCue);
  if (joined !== undefined) cuts.add(joined);
  // "…or technical disciplines preferred Prior experience managing…": a preference in lowercase that ends its item
  // closes it where a capitalized word follows, as a bracketed one does (items run together where the text lost its
  // breaks); an adverb weighs what follows it instead ("idealerweise AzureDevOps": 'preferred-ahead').
  const preferences = clauseCues.all(outside, 'preferred');
  for (const cue of preferences) {
    const after = outside.slice(cue.start);
    if (!/\p{Ll}\s+$/u.test(outside.slice(0, cue.start)) || !/^\p{Ll}/u.test(after) || !/^\s+\p{Lu}/u.test(outside.slice(cue.end))) continue;
    if (clauseCues.find(after, 'preferred-ahead')?.start !== 0) cuts.add(cue.end);
  }
  // The first of them, as clauseCues.find would give it (both sort their spans by where they start).
  const firstCue = preferences[0];
  const opensClause = firstCue !== undefined && SUBJECT_ONLY.test(outside.slice(0, firstCue.start).replace(BULLET, ''));
  if (firstCue && !opensClause) {
    const commaParts: { start: number; end: number }[] = [];
    let from = 0;
    for (const m of allMatches(COMMA_OR_DASH, outside)) {
      commaParts.push({ start: from, end: m.index! });
      from = m.index! + m[0].length;
    }
    commaParts.push({ start: from, end: outside.length });
    const parts = commaParts.filter((p) => outside.slice(p.start, p.end).trim());
    // "…would be a strong plus, as would exposure to X, Y or Z": what follows "as would"/"as is" is preferred as
    // the part before it is, to the clause's end.
    const tail = parts.findIndex(
      (p, i) => i > 0 && ELLIPTICAL_SAME.test(outside.slice(p.start, p.end)) && isPreferred(outside.slice(parts[i - 1].start, parts[i - 1].end)),
    );
    if (tail > 0) parts.splice(tail - 1, parts.length, { start: parts[tail - 1].start, end: parts[parts.length - 1].end });
    // "Familiarity with TOGAF, and ideally its certification, is strongly preferred": a preference with no subject
    // of its own weighs the parts before it; so does a part that is the cue alone ("PMP or CSM certification, a plus",
    // "Python scripting - nice to have"), as "(preferred)" after an item does.
    const subjectless = parts.findIndex((p, i) => {
      const part = outside.slice(p.start, p.end);
      return i > 0 && (NO_SUBJECT.test(part) || !namesAThing(part)) && isPreferred(part);
    });
    const required = requiredCue !== undefined;
    parts.forEach((p, i) => {
      const part = outside.slice(p.start, p.end);
      if (i < subjectless) return;
      if (i === subjectless) {
        cuts.add(p.end);
        return;
      }
      if (!isPreferred(part)) return;
      const adverb = clauseCues.find(part, 'preferred-ahead');
      if (adverb) {
        const startsLate = wordCount(part.slice(0, adverb.start)) >= 2 && !isPreferred(part.slice(0, adverb.start));
        if (parts.length > 1 || startsLate) cuts.add(startsLate ? p.start + adverb.start : p.start).add(listEnd(outside, parts, i));
        return;
      }
      const endsList = i === parts.length - 1 && /\b(and|or)\b|&/i.test(part);
      // "…is a strong plus: the Salesforce platform, Java microservices, AWS": a cue and a colon open the list it weighs.
      if (parts.length > 1 && opensAList(part)) cuts.add(p.start);
      else if (parts.length > 1 && (required || !endsList)) cuts.add(p.start).add(p.end);
    });
  }
  const bounds = [0, ...[...cuts].filter((c) => c > 0 && c < text.length).sort((a, b) => a - b), text.length];
  const out: Part[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const piece = text.slice(bounds[i], bounds[i + 1]);
    if (piece.trim()) out.push({ offset: clause.offset + bounds[i], text: piece });
  }
  return out;
}

/** A preference's cue right before a colon: what follows it is the list it weighs. */
function opensAList(part: string): boolean {
  const cue = clauseCues.find(part, 'preferred');
  return cue !== undefined && /^\s*:/.test(part.slice(cue.end));
}

/** A conjunction that joins two statements: "…is required and …is preferred", "…is required, while …is a plus". */
const STATEMENT_JOINER = /,?\s+(?:and|but|while|whereas)\s+/gi;

/**
 * "A college degree is required and a PMP certification is preferred": two statements, each with its own cue (the
 * requirement's given), joined by a conjunction between the cues part there (where the first cue ends, the second's
 * statement begins). Undefined where the clause holds no preference, or no conjunction between the two.
 */
function joinedStatements(text: string, required: { start: number; end: number }): number | undefined {
  const preferred = clauseCues.find(text, 'preferred');
  if (!preferred) return undefined;
  const [first, second] = required.start < preferred.start ? [required, preferred] : [preferred, required];
  for (const m of allMatches(STATEMENT_JOINER, text)) if (m.index! >= first.end && m.index! + m[0].length <= second.start) return m.index!;
  return undefined;
}

/** Where the line a position is on starts (a span glued to others is part of it). */
const lineStartAt = (text: string, at: number) => text.lastIndexOf('\n', at - 1) + 1;
/** The length of the line a position is on. */
function lineLengthAt(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return (end < 0 ? text.length : end) - lineStartAt(text, at);
}

/**
 * A line, or part of a line that lost its breaks; `content` marks text that runs into a label, never a heading as a
 * whole; `label`, a label found inside a line, a heading as a whole.
 */
type Piece = LineSpan & { content?: boolean; label?: true; column?: 'required' | 'preferred' };

/** Cells of a row laid out in columns: apart by a run of three spaces or more, or by a bar. */
const COLUMN_GAP = /[^\S\n]{3,}|[^\S\n]*\|[^\S\n]*/g;
/** How far a cell may start from its column's start: a PDF's text keeps columns within a few characters. */
const COLUMN_SLACK = 4;

/** The cells of a line, each with its offset in the line. */
function cellsOf(line: string): { text: string; offset: number }[] {
  const cells: { text: string; offset: number }[] = [];
  let from = 0;
  for (const gap of allMatches(COLUMN_GAP, line)) {
    if (gap.index! > from) cells.push({ text: line.slice(from, gap.index), offset: from });
    from = gap.index! + gap[0].length;
  }
  if (from < line.length) cells.push({ text: line.slice(from), offset: from });
  return cells.filter((cell) => cell.text.trim());
}

/**
 * "Criteria   Essential          | Desirable" / "Qualifications   Degree in a relevant subject or   PRINCE2 Practitioner or
 * MSP": a person specification in two columns, as text copied from a PDF keeps it, every line a piece of each column.
 * Below a row that heads an essential (required) column and a desirable (preferred) one after it, each line parts where
 * the second column starts, and each part is content of its column's kind, to the first line that runs across the
 * column (a paragraph after the table) or a heading.
 */
function inColumns(text: string, pieces: Piece[]): Piece[] {
  if (!text.includes('   ') && !text.includes('|')) return pieces;
  const out: Piece[] = [];
  let column: number | undefined;
  let cellsAbove = 0;
  for (const piece of pieces) {
    const line = text.slice(piece.start, piece.end);
    const lineStart = lineStartAt(text, piece.start);
    if (column === undefined) {
      out.push(piece);
      const cells = cellsOf(line);
      const preferred = cells.findIndex((cell, k) => k > 0 && headingKind(cell.text) === 'preferred');
      // The two kinds side by side ("Essential | Desirable"): not a table whose one column says which a row is
      // ("| Competency | Level | Essential/Desirable |"), nor a row of a table already under way ("SQL | Basic | Nice"
      // under "Skill | Level | Priority"): a header row opens its table.
      if (preferred > 0 && cellsAbove < 2 && headingKind(cells[preferred - 1].text) === 'required') column = piece.start - lineStart + cells[preferred].offset;
      cellsAbove = cells.length;
      continue;
    }
    // A rule under the header row ("-----") is no line of either column.
    if (!/[\p{L}\p{N}]/u.test(line)) {
      out.push(piece);
      continue;
    }
    const at = piece.start - lineStart;
    const cells = cellsOf(line);
    const second = cells.findIndex((cell) => Math.abs(at + cell.offset - column!) <= COLUMN_SLACK);
    const startsInSecond = cells.length > 0 && at + cells[0].offset >= column - COLUMN_SLACK;
    // A line across the column with no cell in it: the table has ended.
    if (second < 0 && !startsInSecond && at + line.trimEnd().length > column + COLUMN_SLACK) {
      column = undefined;
      out.push(piece);
      continue;
    }
    if (startsInSecond) out.push({ ...piece, content: true, column: 'preferred' });
    else if (second < 0) out.push({ ...piece, content: true, column: 'required' });
    else {
      const split = piece.start + cells[second].offset;
      out.push({ ...piece, end: split, content: true, column: 'required' }, { ...piece, start: split, content: true, continues: true, column: 'preferred' });
    }
  }
  return out;
}

/**
 * The most words a board's field holds, its label included ("Location: Mountain View, CA, United States", "Employment
 * type: Full-time, permanent"): a sentence beyond it does not give a field's value.
 */
const FIELD_WORDS = 14;

/** "Location:", "Duration:": an unknown label heads nothing in text that lost its breaks; it is an inline label. */
const isSectionKind = (kind: SectionKind | undefined) => kind !== undefined && kind !== 'other';
const ifKnown = (kind: SectionKind | undefined, glued: boolean) => (glued && !isSectionKind(kind) ? undefined : kind);

/** Emphasis marks that open a label or heading set in Markdown ("**Requirements:**", "_Preferred Qualifications_"). */
const LEADING_EMPHASIS = /^[*_]+/;

/** What opens an amount: a number, a currency's sign or its ISO code ("USD 85000.0", "EUR 60.000"). */
const AMOUNT = /^\s*(?:[\p{Sc}\d]|\p{Lu}{3}\s?\d)/u;
/** A line that opens with a sum of money ("$120,000 - $150,000", "EUR 80k"). */
const PAY_AMOUNT = /^\s*(?:\p{Sc}\s?\d|\p{Lu}{3}\s?\d)/u;
/** Whether a text runs on past the few words a field's value holds (FIELD_WORDS). */
const runsPastAField = (text: string) => wordCount(text) > FIELD_WORDS;

/**
 * How a label ends inside a line: a colon before a space, the end or a capital, or a lead-in's ellipsis before a
 * space ("…working independently And nice to have... experience with ERP systems").
 */
const INNER_LABEL_END = /:[*_]*(?!\S)|:(?=\p{Lu})|(?:\.\.\.|…)(?=\s)/gu;

/**
 * "…cross-functional team efforts Preferred Qualifications:", "…server vulnerabilities Required: Requires strong
 * skills…": in text that lost its line breaks, a label runs on from the text before it. The last words (up to
 * five, the first capitalized) before a colon that make a known heading, or a lead-in (leadInLabelAt), are a line
 * of their own and head what follows; the text before them is content, never a heading.
 */
function withInnerLabels(text: string, span: LineSpan, colons = INNER_LABEL_END): Piece[] {
  const line = text.slice(span.start, span.end);
  // Most lines have no colon nor ellipsis at all: nothing to search.
  if (!line.includes(':') && (colons !== INNER_LABEL_END || (!line.includes('...') && !line.includes('…')))) return [span];
  const pieces: Piece[] = [];
  let from = 0;
  for (const colon of allMatches(colons, line)) {
    const before = allMatches(/\S+/g, line.slice(from, colon.index));
    // The longest label that its cue opens ("Preferred Qualifications:", not "Qualifications:"), else the
    // shortest ("Desired:" after "Denver").
    const end = colon.index! + colon[0].length;
    const labels = before
      .slice(-5)
      .map((word) => ({ start: from + word.index!, label: labelOf(line.slice(from + word.index!, end)) }))
      .filter((l) => l.label);
    // A lead-in as a whole, where it opens as a sentence does, comes first ("It's a Plus if You Have…", not "You
    // Have…"); a long one opened by any other word, after them ("…team efforts Preferred Qualifications:").
    const leadIn = leadInLabelAt(line, from, end, before);
    const opened = labels.find((l) => l.label!.cueOpens)?.start;
    // "Embody strong communication skills: written, verbal and visual": a colon after words that its cue does not open,
    // before words in lowercase, is an item's own, which goes on to say what it means (a lead-in's ellipsis is not).
    const explains = colon[0].startsWith(':') && opened === undefined && !leadIn && startsWithLowercase(line.slice(end).trimStart());
    const lastWords = explains ? undefined : labels.at(-1)?.start;
    const at = (leadIn?.asASentence ? leadIn.at : undefined) ?? opened ?? leadIn?.at ?? lastWords;
    if (at === undefined) continue;
    // "Salary: 319000.0", "Compensation: $120k": pay before an amount is a field's value, and heads nothing after it.
    if (AMOUNT.test(line.slice(end)) && headingKind(line.slice(at, end)) === 'benefits') continue;
    if (line.slice(from, at).trim()) pieces.push({ ...span, start: span.start + from, end: span.start + at, content: true });
    pieces.push({ ...span, start: span.start + at, end: span.start + end, label: true });
    from = end;
  }
  if (!pieces.length) return [span];
  if (line.slice(from).trim()) pieces.push({ ...span, start: span.start + from });
  return pieces;
}

/** The most words of a lead-in that heads a list ("What you'll need to be successful in this role:"). */
const LEAD_IN_WORDS = 10;
/** A lead-in this long (in words) is more than the last words of an item before it. */
const LONG_LEAD_IN = 6;
/** A verb glued to the word before it: "We're", "You'll", "It's". */
const GLUED_VERB = /['’](?:ll|re|s|d|ve)$/i;
/** Words that open a lead-in sentence, as well as a sentence: "What", "Who", "How" and the openers (a verb may be glued on). */
const OPENS_A_LEAD_IN = /^(?:what|who|how|the|this|these|our|your|we|you|it|if|as)$/i;

/**
 * "…rigorous behaviours We’ll evaluate you based on your: 1. Knowledge…", "…25% and up to 50%. It’s a Plus if You
 * Have… Experience writing SQL": a lead-in that opens like a sentence, after an item's end, and heads a list (of
 * duties, requirements or preferences) is the label as a whole, rather than its last few words ("You Have…").
 * `words`: the words between `from` and the label's mark, as withInnerLabels found them.
 */
function leadInLabelAt(line: string, from: number, end: number, words: RegExpExecArray[]): { at: number; asASentence: boolean } | undefined {
  for (let i = Math.max(0, words.length - LEAD_IN_WORDS); i < words.length - 1; i++) {
    // Any capitalized word may open a long lead-in ("Transform yourself and take responsibility for..."); a short one
    // opens as a sentence does, or the last words of an item would make one ("Results oriented Desired:").
    const asASentence = OPENS_A_LEAD_IN.test(words[i][0].replace(GLUED_VERB, ''));
    if (!startsWithCapital(words[i][0]) || (words.length - i < LONG_LEAD_IN && !asASentence)) continue;
    const before = words[i - 1]?.[0];
    if (before && !endsAnItem(before)) continue;
    const label = line.slice(from + words[i].index!, end);
    // Words glued together ("Service Delivery DirectorRequired Education:") join two lines, never make one label; a
    // stop inside ends a sentence before it ("We ship every week. Requirements:").
    if (/\p{Ll}{2}\p{Lu}/u.test(label) || /[.!?]\s+[*_]*\p{Lu}/u.test(label)) continue;
    // A bracket closed inside it opened before it: the lead-in would start inside an item's brackets ("…(CSTS-09, Leadership
    // for Safety Excellence) The following would be considered an asset:").
    if (/^[^(]*\)/.test(label)) continue;
    const kind = headingKind(label);
    if (kind && LIST_SECTIONS.has(kind)) return { at: from + words[i].index!, asASentence };
  }
  return undefined;
}

/**
 * Whether a word of a run of text may end a list item, so that a heading or a lead-in can follow it: a stop, a closing
 * bracket ("…(Leadership for Safety Excellence) The following would be considered an asset:"), a digit ("Salary:
 * 150000.0 About the Role") or a lowercase letter, unless the word ends no phrase ("PMP, with Agile/Lean experience":
 * OPEN_ENDED).
 */
const endsAnItem = (word: string) => /(?:[.!?)\d]|\p{Ll})$/u.test(word) && !OPEN_ENDED.has(word.toLowerCase());

/** A verb's form in -ing in lowercase ("writing", "using", "trying"): a vowel before its -ing ("bring" is none). */
const isGerund = (word: string) => /^\p{Ll}+ing$/u.test(word) && /[aeiouy]/.test(word.slice(0, -3));

/** A requirement's qualifiers in lowercase, as they stand inside a run of text ("strong", "proven"). */
const QUALIFIERS: ReadonlySet<string> = new Set(REQUIREMENT_QUALIFIERS.map((word) => word.toLowerCase()));

/** Kinds of heading that part a posting: what a heading inside a run of text may be taken for. */
const PARTING_KINDS: ReadonlySet<SectionKind> = new Set(['responsibilities', 'required', 'preferred', 'benefits', 'about', 'legal']);
/** Words that open sentences, not headings, inside a run of text ("The Job Ref must be indicated"). */
const OPENS_A_SENTENCE = new Set(['The', 'A', 'An', 'This', 'That', 'These', 'Our', 'Your', 'We', 'You', 'It', 'If', 'As']);
/** What follows a heading inside a run of text: a capitalized word, a number, or a list item's mark. */
const OPENS_CONTENT = /^[\p{Lu}\d"“•*–-]/u;
/** Names of sections (text/lines.ts): with words set in capitals, the only words that head a section alone inside a run of text. */
const SECTION_NAMES: ReadonlySet<string> = new Set(SECTION_WORDS.map((word) => word.toLowerCase()));
/** The most words a heading inside a run of text has ("Minimum Qualifications", "What You Will Do", "About the Role"). */
const INNER_HEADING_WORDS = 5;

/** At most this many lines (title, company, a field or two, the body)... */
const RUN_ON_LINES = 5;
/** ...one of them this long: a text that lost its breaks. */
const RUN_ON_CHARS = 500;

/** Lost breaks a long line shows (glued spans) when it lost them all: a name in CamelCase ("HealthShare") looks like one. */
const RUN_ON_LINE_BREAKS = 3;

/**
 * "About the role Harborline is … Responsibilities Lead the planning … What you bring8+ years …": a line as long as a
 * whole text that lost its breaks, and seen to have lost several, lost them all, whatever lines stand around it (a
 * board's above and below): a heading stands inside it. A paragraph of prose keeps its sentences whole.
 */
function runOnLinesOf(text: string, spans: readonly LineSpan[]): Set<number> {
  const breaks = new Map<number, number>();
  for (const span of spans) {
    if (!span.glued) continue;
    const start = lineStartAt(text, span.start);
    breaks.set(start, (breaks.get(start) ?? 0) + 1);
  }
  return new Set([...breaks].filter(([start, count]) => count >= RUN_ON_LINE_BREAKS && lineLengthAt(text, start) >= RUN_ON_CHARS).map(([start]) => start));
}

/**
 * Text whose line breaks were all lost (a scrape's one line, a page's text content): a title and a company line, perhaps
 * a field or two, and a body of 500 characters or more on one line. Only there does a heading stand inside a line.
 */
function isRunOn(text: string): boolean {
  // Line by line without a copy: most texts have their breaks, and the sixth line ends the look.
  let lines = 0;
  let longest = 0;
  for (let from = 0; ; ) {
    const end = text.indexOf('\n', from);
    const to = end < 0 ? text.length : end;
    if (text.slice(from, Math.min(to, from + 80)).trim()) {
      if (++lines > RUN_ON_LINES) return false;
      longest = Math.max(longest, to - from);
    }
    if (end < 0) return longest >= RUN_ON_CHARS;
    from = end + 1;
  }
}

/**
 * "…and mobile application development tools. Preferred qualifications Demonstrated technical aptitude…": in text that
 * lost all its breaks, a heading stands between two items. Words that start capitalized at a piece's start or after an item's end (a
 * sentence's end or a lowercase word), make a heading of a kind that parts a posting, and are followed by what opens
 * content (OPENS_CONTENT): a line of their own.
 */
function withInnerHeadings(text: string, piece: Piece, opening: false | 'items' | 'sentences' = false): Piece[] {
  const line = text.slice(piece.start, piece.end);
  const words = allMatches(/\S+/g, line);
  const pieces: Piece[] = [];
  let from = 0;
  // The word right after the last heading found.
  let afterHeading = -1;
  // "🧠 What you'll bring 3+ years …; Jira; …": the emoji that marks a heading is no word of it.
  const first = opening && words.length > 1 && !/[\p{L}\p{N}]/u.test(words[0][0]) ? 1 : 0;
  for (let i = first; i < (opening ? Math.min(first + 1, words.length) : words.length); i++) {
    const at = words[i].index!;
    // At the piece's start, or after an item's end.
    if (at < from || !startsWithCapital(words[i][0].replace(LEADING_EMPHASIS, '')) || (i > first && !endsAnItem(words[i - 1][0]))) continue;
    // A heading heads some content: "What You'll Do Own Knowledge Management" has no second heading ("Own Knowledge").
    if (i === afterHeading) continue;
    // "We're looking for an experienced Scrum Master to lead…": with a verb glued on too. A line's first words that
    // head the items glued after them may open as a sentence does ("You'll thrive here if you have 3+ years …; …").
    if (!opening && OPENS_A_SENTENCE.has(words[i][0].replace(GLUED_VERB, ''))) continue;
    let end = -1;
    let headingWords = 0;
    // The shortest heading: a longer one would take in the content's first words ("About the Team The Fleet").
    // A heading may end the piece where the next one opens content ("…everyday tasks Nice-to-Haves" | "Experience with…").
    for (let n = 1; n <= Math.min(opening ? OPENING_HEADING_WORDS : INNER_HEADING_WORDS, words.length - i); n++) {
      const next = words[i + n]?.[0] ?? text.slice(piece.end, piece.end + 2).trimStart();
      const last = words[i + n - 1];
      // A line's opening heading may lead into its items ("Bonus points for SAFe or LeSS experience; ICAgile; …").
      if (!OPENS_CONTENT.test(next) || (!opening && OPEN_ENDED.has(last[0].toLowerCase()))) continue;
      // "BASIC QUALIFICATIONS - Active Secret clearance", "Minimum Qualifications BS in …": a heading goes on through the
      // name of a section ("REQUIREMENTS AWS certification", "About the Role You will …" do not).
      if (startsWithCapital(next) && SECTION_NAMES.has(next.toLowerCase().replace(/[^\p{L}]/gu, ''))) continue;
      // One word heads a section only if it names one ("Requirements"), is set in capitals ("EXPERIENCE") or joins a
      // phrase by hyphens ("Nice-to-Haves"), not if it opens a label ("Minimum", "Preferred"); any heading word may open
      // a line of items ("Perks Home-office stipend; …").
      const word = last[0].replace(/^[_*]+|[_*]+$/g, '');
      // "Experience writing SQL queries": a gerund in lowercase goes on with its object ("What you bring" ends a
      // heading: no vowel before its -ing, as in "thing", "string").
      if (n > 1 && isGerund(word)) continue;
      // "Must have strong Release Management experience": a requirement's qualifier opens the item; no heading holds one.
      if (n > 1 && QUALIFIERS.has(word)) break;
      if (n === 1 && !opening && !SECTION_NAMES.has(word.toLowerCase()) && !/^\p{Lu}{4,}$/u.test(word) && !/^\p{L}+(?:-\p{L}+){2,}$/u.test(word)) continue;
      const heading = line.slice(at, last.index! + last[0].length);
      // Words only, maybe set in emphasis ("_Preferred Qualifications_"): a heading inside a run of text has no punctuation
      // of its own ("Minimum Experience (in years)").
      if (!/^[_*]*[\p{L}'’&/ -]+[_*]*$/u.test(heading)) continue;
      // Before sentences, only a heading set as one: "Minimum Qualifications BS in …. 12+ years …", not "Experience with
      // Kubernetes is a must. …".
      if (opening === 'sentences' && !isTitleCase(heading)) continue;
      const kind = headingKind(heading);
      if ((kind && PARTING_KINDS.has(kind)) || isBodyHeading(heading)) {
        end = last.index! + last[0].length;
        headingWords = n;
        break;
      }
    }
    if (end < 0) continue;
    if (line.slice(from, at).trim())
      pieces.push({ ...piece, start: piece.start + from, end: piece.start + at, glued: true, continues: from > 0 || piece.continues });
    // Not glued: a heading of its own, whatever kind ("Description" heads the text as well as "Requirements" does).
    pieces.push({ ...piece, start: piece.start + at, end: piece.start + end, glued: false, continues: true, content: false });
    from = end;
    afterHeading = i + headingWords;
  }
  if (!pieces.length) return [piece];
  if (line.slice(from).trim()) pieces.push({ ...piece, start: piece.start + from, glued: true, continues: true });
  return pieces;
}

/** The most words a heading has that opens a line of items ("You'll thrive here if you have 3+ years …; …"). */
const OPENING_HEADING_WORDS = 6;
/** What parts items a copy glued onto one line: a bar, dot or bullet between spaces, a semicolon, an item's number ("2.", "3)"). */
const GLUED_ITEM_BREAK = /\s[|•·▪◦‣∙]\s|;\s|\s\(?\d{1,2}[.)]\s/g;
/**
 * "BASIC QUALIFICATIONS - Active Secret clearance - …": a heading in capitals, then items glued by dashes (a dash in
 * prose parts no items: "Diversity - Innovation - Caring", "teams — designers, developers"; nor does one before a
 * heading's second part in capitals: "JOB DESCRIPTION - MAIN DUTIES OF THE POST").
 */
const CAPITALS_THEN_DASH = /^[^\p{L}]*\p{Lu}{2,}(?:\s+\p{Lu}{2,}){0,4}\s+[-–—]\s+(?=.*\p{Ll})/u;
/** Two breaks or more: the line holds three items or more. */
const GLUED_ITEMS = 2;

/**
 * "Must have  1. 6+ years in delivery …  2. Track record …", "Bonus points for SAFe or LeSS experience; ICAgile …; …",
 * "Minimum Qualifications BS in Electrical Engineering. 12+ years …": a copy that lost the break after a heading left it
 * at the start of its line, before the items it glued together (or wrote as sentences, under a heading in Title Case).
 * The heading's words are a line of their own, as inside a text that lost all its breaks; a line of one item or of
 * prose keeps them ("➕ Experience with ML/AI products" is an item its emoji marks).
 */
function withOpeningHeading(text: string, piece: Piece): Piece[] {
  if (piece.continues || piece.content || piece.label) return [piece];
  const line = text.slice(piece.start, piece.end);
  if (BULLET.test(line)) return [piece];
  const items = allMatches(GLUED_ITEM_BREAK, line).length >= GLUED_ITEMS || CAPITALS_THEN_DASH.test(line);
  if (!items && allMatches(SENTENCE_BREAK, line).length < GLUED_ITEMS) return [piece];
  const pieces = withInnerHeadings(text, piece, items ? 'items' : 'sentences');
  // A line as long as a text that lost its breaks, opened by a heading, lost them all: headings stand inside it too
  // ("The Opportunity We are looking for … What You'll Do 1. Own …").
  if (pieces.length > 1 && line.length >= RUN_ON_CHARS) return [...pieces.slice(0, -1), ...withInnerHeadings(text, pieces[pieces.length - 1])];
  return pieces;
}

/** A sentence's end before the next one: items written as sentences ("… a related field. 12+ years in …"). */
const SENTENCE_BREAK = /[.!?]\s+(?=[\p{Lu}\d])/gu;
/** Small words that Title Case leaves in lower case ("About the Role", "Skills and Experience"). */
const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'for', 'to', 'in', 'at', 'on', 'with', '&', '/']);
/** "Minimum Qualifications", "What You'll Do", "About the Role": each word capitalized, but for small words inside. */
function isTitleCase(heading: string): boolean {
  const words = heading.replace(/[_*]/g, '').trim().split(/\s+/);
  return words.every((word, i) => startsWithCapital(word) || (i > 0 && i < words.length - 1 && TITLE_SMALL_WORDS.has(word)));
}

/** A colon that ends its line, with nothing but spaces after it. */
const LINE_END_COLON = /:(?=\s*$)/gu;

/**
 * "- Solve complex dependencies and negotiate compromises Must have skills:": a label that ends a list item
 * (the page lost the break before it) heads the items after it, as in text that lost all its breaks.
 */
function withTrailingLabel(text: string, span: LineSpan): Piece[] {
  const pieces = withInnerLabels(text, span, LINE_END_COLON);
  const before = pieces.length > 1 ? text.slice(pieces[0].start, pieces[0].end) : '';
  // "- Requirements:" is a list item as before: only words of content before the label part it from them.
  if (!/\p{L}/u.test(before)) return [span];
  // "YOUR RESPONSIBILITIES:", "**Preferred Qualifications**:", "Tasks and Requirements:": a line that heads a section
  // as a whole is one heading, whatever label its last words would make alone ("RESPONSIBILITIES:", "Requirements:");
  // not when a sentence ends before the label ("We ship every week. Requirements:"), nor past a heading's few words
  // (a sentence that leads into a list and ends on a label: "In this role you will bring the following skills:"), nor
  // when the line opens in lowercase, the end of a sentence broken across lines ("following Desired Qualifications:").
  const line = text.slice(span.start, span.end);
  const wholeHeading =
    !SENTENCE_STOP.test(before) &&
    !startsWithLowercase(line.trimStart()) &&
    wordCount(line) <= WHOLE_HEADING_WORDS &&
    !goesOnFromAbove(text, span.start) &&
    headingKind(line) !== undefined;
  return wholeHeading ? [span] : pieces;
}

/** A line that is a run of words (MIN_WRAPPED_WORDS) and ends without a stop goes on in the next: a sentence broken across lines. */
function goesOnFromAbove(text: string, start: number): boolean {
  const end = text.lastIndexOf('\n', start - 1);
  if (end <= 0) return false;
  const above = text.slice(text.lastIndexOf('\n', end - 1) + 1, end).trim();
  return wordCount(above) >= MIN_WRAPPED_WORDS && !/[.!?:;)]$/.test(above);
}

/** The most words of a line that heads a section as a whole, label and all ("Requirements for the position:"). */
const WHOLE_HEADING_WORDS = 8;

/** A stop that ends a sentence: a full stop, "!", "?" or ";" before a space or the end. */
const SENTENCE_STOP = /[.!?;](\s|$)/;

/** Prepositions that open what a heading's cue heads: "for the position", "of the role", "in this job". */
const COMPLEMENT_OPENER = /^(?:for|of|in|at|on|within)\s/i;

/**
 * "Preferred Qualifications:", "Required Skills and Experience:": a capitalized heading whose cue ends it, and
 * whether the cue also opens it. Words glued together ("TerraformJob Location:") join two lines, never make one
 * label. Undefined for no label.
 */
function labelOf(label: string): { cueOpens: boolean } | undefined {
  const kind = headingKind(label);
  // Set in emphasis or not ("**Requirements:**").
  const unmarked = label.replace(LEADING_EMPHASIS, '');
  if (!startsWithCapital(unmarked) || /\p{Ll}{2}\p{Lu}/u.test(label) || !isSectionKind(kind)) return undefined;
  const text = headingText(unmarked);
  const cue = headingCues.find(text, kind as Parameters<typeof headingCues.find>[1]);
  // "Requirements gathering and analysis:" names a skill; "Requirements for the position:" heads one, its words after
  // the cue a phrase that a preposition opens, and so does "Skills and experience required:", whose words after the
  // cue head the same kind.
  const afterCue = cue ? text.slice(cue.end).replace(/:$/, '').trim() : '';
  const complement = COMPLEMENT_OPENER.test(afterCue) && wordCount(afterCue) <= 4;
  // A complement is not classified alone ("for the position" would head the duties).
  const rest = afterCue && !complement ? classifyHeading(afterCue) : undefined;
  if (wordCount(afterCue) > 2 && !complement && rest !== kind) return undefined;
  // "Experience Job Description:": the words after the cue head another kind of section (the duties), so the
  // label is theirs; "Preferred Qualifications:" stays one label (a preference of the same candidate's list).
  if (rest && rest !== kind && rest !== 'required' && rest !== 'preferred') return undefined;
  return { cueOpens: cue?.start === 0 };
}

/** The most words of a line in a board's box of chips or labels ("Stakeholder Engagement", "Posted 6d ago"). */
const BOARD_CHIP_WORDS = 4;

/** A blank line: what sets a paragraph apart from the lines of a list that lost its marks. */
const BLANK_LINE = /\n[^\S\n]*\n/;
/** How a heading ends: a colon, an ellipsis (two dots or more, or one character) or neither. */
const CLOSING_MARK = new RegExp(String.raw`(:|${ELLIPSIS})\s*$`);
const closingMark = (heading: string) => CLOSING_MARK.exec(heading)?.[1].replace(/^\.+$/, '…') ?? '';
/** Sections that list what the role does or asks. */
const LIST_SECTIONS: ReadonlySet<SectionKind> = new Set(['responsibilities', 'required', 'preferred']);
/** A rule drawn across the text: "---", "=====", "* * *". */
const RULE_LINE = /^\s*([-_=*~])(?:\s?\1){2,}\s*$/;
/** The fewest words of a paragraph that a line of its own can head. */
const PARAGRAPH_WORDS = 12;
/**
 * "Things I don't care about" / "Certifications. I've worked with great TPMs who …": after a list and a blank line, a
 * short line in sentence case with no stop, right above a paragraph, heads that paragraph, though its words name no
 * section; it is no item of the list above (an item would sit in its block).
 */
function headsAParagraph(text: string, clean: string, end: number, next: Piece | undefined): boolean {
  if (!next || BULLET.test(clean) || !/^\p{Lu}/u.test(clean) || /[.!?:;,]$/.test(clean)) return false;
  const words = wordCount(clean);
  if (words < 2 || words > 6) return false;
  const below = text.slice(next.start, next.end);
  return !BLANK_LINE.test(text.slice(end, next.start)) && !BULLET.test(below) && wordCount(below) >= PARAGRAPH_WORDS;
}

/** A paragraph (25 words or more) that asks for nothing: no requirement or preference cue in it. */
const endsTheList = (paragraph: string) => wordCount(paragraph) >= 25 && !asksAsRequired(paragraph) && !isPreferred(paragraph);

const COMPANY_LABEL = /^(company|employer|organi[sz]ation|hiring company)\s*:\s*/i;
/** "Job Title: Technical Project Manager": a field that names the role, among the first lines. */
const TITLE_LABEL = /^(job title|position title|role title|working title|job|position|role|title)\s*:\s*/i;
/** The labels that say outright that a field is the job's title. */
const EXPLICIT_TITLE_LABEL = /^(job title|position title|role title|working title)\s*:/i;
/** A title has few words: a longer "Role: …" line is a sentence about it. */
const TITLE_WORDS = 12;
/** The posting's first lines, where a scrape or a board files its fields (title, company, location, date...). */
const HEADER_LINES = 5;
/** An employer's name has few words: a longer "Company: …" line is a sentence about it. */
const COMPANY_WORDS = 6;

export interface StructureHints {
  /** Lines the page marks as headings (<h2>, <h3>…): headings even where their words name no known section. */
  headings?: readonly string[];
  /**
   * Where the quoted message of a forwarded e-mail begins ("> Technical Program Manager…"): the lines above it are the
   * sender's note, which asks nothing, though its subject line may name the job.
   */
  quoteStart?: number;
}

/** The heading kind of a line the page marks as a heading: a known kind, else a section of its own. */
const markedKind = (line: string) => {
  const heading = headingText(line);
  return (
    classifyHeading(
      heading
        .replace(decorationIn(heading), ' ')
        .replace(/[:?]\s*$/, '')
        .trim(),
    ) ?? 'other'
  );
};
const markKey = (line: string) => normalizeText(line).replace(/\s+/g, ' ').trim().toLowerCase();

/** The singular nouns that name a person's role, as a job's title holds one ("Manager", "Engineer", "Lead"). */
const TITLE_NOUNS = new Set(ROLE_NOUNS.filter((r) => r.person).flatMap((r) => r.words.filter((w) => !w.endsWith('s'))));
const namesARole = (line: string) =>
  line
    .toLowerCase()
    .split(/[^a-z]+/)
    .some((w) => TITLE_NOUNS.has(w));
/** The fewest menu lines (a few words each) above the title that mark a whole page pasted. */
const MENU_LINES = 4;
/** How far down a pasted page its title may sit. */
const PASTED_HEADER_LINES = 40;

/**
 * The job's title and company where a paste put other lines first: a whole job page pasted ("Skip to main content /
 * LinkedIn / Search / Home / … / Harborline Bank / Senior Technical Program Manager - Payments / Charlotte, NC ·
 * Reposted 3 days ago": four short menu lines or more above the first line that names a role, before any sentence), or
 * the company's name right above the title ("Acme Corp / Technical Program Manager"). The first line names no role; the
 * title is the first capitalized line that does; the company is the short line after it, or else one of the two before it (a
 * place, a date, a rating, a control or a heading is none).
 */
function pastedPageHeader(text: string): { title: number; company?: number } | undefined {
  const found: { start: number; line: string }[] = [];
  for (const m of allMatches(/[^\n]+/g, text)) {
    const line = m[0].trim();
    if (line) found.push({ start: m.index!, line });
    if (found.length >= PASTED_HEADER_LINES) break;
  }
  if (!found.length || namesARole(found[0].line)) return undefined;
  const isSentence = (line: string) => wordCount(line) >= 12 || (/[.!?]$/.test(line) && wordCount(line) >= 6);
  const mayName = (k: number) => {
    const line = found[k]?.line;
    return (
      line !== undefined &&
      wordCount(line) <= COMPANY_WORDS &&
      !/[\d:·|★$]/.test(line) &&
      !NOT_A_COMPANY.test(line) &&
      !namesARole(line) &&
      headingKind(line) === undefined &&
      !isBodyHeading(line)
    );
  };
  let menus = 0;
  for (let i = 0; i < found.length; i++) {
    const { line } = found[i];
    if (isSentence(line)) return undefined;
    if (namesARole(line) && /^\P{Ll}/u.test(line) && wordCount(line) <= TITLE_WORDS && !line.includes(':')) {
      // "Acme Corp / Back to jobs / Technical Program Manager": a board's control may stand between them.
      const companyAbove = mayName(0) && (i === 1 || (i === 2 && PAGE_CONTROL.test(found[1].line)));
      if (menus < MENU_LINES && !companyAbove) return undefined;
      const company = [i + 1, i - 1, i - 2].find(mayName);
      return { title: found[i].start, company: company === undefined ? undefined : found[company].start };
    }
    if (wordCount(line) <= 4) menus++;
  }
  return undefined;
}
/** A board's control copied with the page: "Apply", "Back to jobs", "Sign in". */
const PAGE_CONTROL = /^(?:apply|easy apply|save|share|back to|sign in|log in|follow|report)\b/i;
/** Lines beside a pasted title that name no company: a board's controls and a job's place. */
const NOT_A_COMPANY = new RegExp(`${PAGE_CONTROL.source}|\\b(?:remote|hybrid|on-?site)\\b|, [A-Z]{2}\\b`, 'i');

/** "Subject: FW: Technical Program Manager - Acme": an e-mail's subject, without the marks of replies and forwards. */
const SUBJECT_LABEL = /^subject\s*:\s*(?:(?:re|fw|fwd|aw|wg)\s*:\s*)*/i;
/** "Hi Marcus,", "Dear hiring manager,", "Hello!": a greeting, never a title. */
const GREETING = /^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))\b[^.?]{0,30}[,!]?$/i;

/** The emoji that leads a line, with its variation selector: "⭐", "➡️". */
const LEADING_EMOJI = /^\s*(\p{Extended_Pictographic}\uFE0F?)/u;

/**
 * "⭐ Strong MS Project or Smartsheet skills" after "⭐ PMP certification": lines that open with the same emoji one after
 * another are a list's items, each marked as a bullet would mark it, not headings ("🔹 Change management / OCM
 * experience" heads nothing); an emoji that leads one line alone may lead a heading ("✅ What you'll do:").
 * The indexes of such pieces.
 */
function emojiMarkedItems(text: string, pieces: readonly Piece[]): Set<number> {
  const items = new Set<number>();
  let before: { index: number; emoji: string; end: number } | undefined;
  for (let p = 0; p < pieces.length; p++) {
    const { start, end, continues } = pieces[p];
    if (continues) continue;
    const raw = text.slice(start, end);
    const emoji = isAscii(raw) ? undefined : LEADING_EMOJI.exec(raw)?.[1];
    if (emoji && before?.emoji === emoji && !BLANK_LINE.test(text.slice(before.end, start))) items.add(before.index).add(p);
    before = emoji ? { index: p, emoji, end } : undefined;
  }
  return items;
}

/** Splits a posting into lines with their section and weight; offsets point into the input text. */
export function structurePosting(text: string, hints: StructureHints = {}): PostingStructure {
  const marked = new Set(hints.headings?.map(markKey));
  const lines: PostingLine[] = [];
  let section: SectionKind = 'intro';
  let title = '';
  let titleFromField = false;
  let company = '';
  let contentLines = 0;
  let roleHeadingSeen = false;
  let cultureSection = false;
  // Under "Job description" (BODY_HEADINGS) the employer may describe itself first, as in an intro: until the text
  // first speaks of the role or lists an item.
  let bodyOpening = false;
  // Past the requirement lists, a paragraph under no new heading may be the employer's again ("We're a team of …").
  let pastTheLists = false;
  // "Requirements: 5+ years · Jira · Confluence": an inline label's kind reaches every item after it on its line.
  let labelled: SectionKind | undefined;
  let labelledByField = false;
  let itemsInSection = 0;
  // A list whose items lost their marks: two lines or more of a section in one block, no blank line between them.
  let linesInBlock = 0;
  let unmarkedList = false;
  /** A new heading or label starts a new list: no items counted, marked or not. */
  const startList = () => {
    itemsInSection = 0;
    linesInBlock = 0;
    unmarkedList = false;
  };
  let previousEnd = 0;
  // The line before (blank lines aside) was a heading.
  let headingAbove = false;
  // Sub-headings of no known kind under a known heading ("The ideal person for this role:\n\nWill...\n…\nIs...\n…\nHas…"):
  // the section they go on with, and the closing mark they share, until a heading of a known kind.
  let subHeadings: { section: SectionKind; mark: string } | undefined;
  let fieldLabelAbove = false;
  // The field label above ("Industries") names the employer's industry; so does the field the line is.
  let industryLabelAbove = false;
  let industryField = false;
  // The section a line label took over (labelHeadsWhatFollows), to go back to at the next line label.
  let beforeLabel: SectionKind | undefined;
  const runOn = isRunOn(text);
  const pasted = runOn ? undefined : pastedPageHeader(text);
  const spans = lineSpans(text);
  const runOnLines = runOnLinesOf(text, spans);
  const pieces = inColumns(
    text,
    spans.flatMap((span): Piece[] => {
      const lostBreaks = runOn || runOnLines.has(lineStartAt(text, span.start));
      return (span.glued || runOn ? withInnerLabels(text, span) : withTrailingLabel(text, span)).flatMap((piece) =>
        piece.label ? [piece] : lostBreaks ? withInnerHeadings(text, piece) : withOpeningHeading(text, piece),
      );
    }),
  );
  const emojiItems = emojiMarkedItems(text, pieces);
  /**
   * "Candidates must be familiar with the following:Consulting EnvironmentsVendor/Supplier Management…": a lead-in that
   * asks, in text that lost its breaks, weighs the items glued on after it, to the end of their sentence.
   */
  let leadInAsks: 'required' | 'preferred' | undefined;
  for (let p = 0; p < pieces.length; p++) {
    const { start, end, content, glued, continues, column } = pieces[p];
    if (!glued) leadInAsks = undefined;
    const raw = text.slice(start, end);
    const clean = singleSpaced(normalizeText(raw)).trim();
    // "# Senior TPM", "**Company:** Acme": the title and company as written, without Markdown's marks.
    const plain = clean.replace(MARKDOWN_MARKS, '').trim();
    // A whole page pasted: its menus above the job's title are the board's; the title and company are the lines found.
    if (pasted && start <= pasted.title) {
      if (start === pasted.title) title = plain;
      if (start === pasted.company) company = plain.split(FIELD_SEPARATOR)[0];
      const own = start === pasted.title || start === pasted.company;
      lines.push({ start, end, section: own ? 'title' : 'board', heading: own, weight: start === pasted.title ? 'mentioned' : 'boilerplate' });
      previousEnd = end;
      contentLines = HEADER_LINES;
      continue;
    }
    if (pasted && start === pasted.company) {
      company = plain.split(FIELD_SEPARATOR)[0];
      lines.push({ start, end, section: 'title', heading: true, weight: 'boilerplate' });
      previousEnd = end;
      continue;
    }
    // A forwarded e-mail: the sender's note above the quoted message is no part of the posting; its subject may name
    // the job ("Subject: FW: Technical Program Manager - Acme").
    if (hints.quoteStart !== undefined && start < hints.quoteStart) {
      const subject = SUBJECT_LABEL.test(plain) ? plain.replace(SUBJECT_LABEL, '') : '';
      const named = !title && subject && namesARole(subject) && wordCount(subject) <= TITLE_WORDS;
      if (named) [title, titleFromField] = [subject, true];
      lines.push({ start, end, section: named ? 'title' : 'board', heading: Boolean(named), weight: named ? 'mentioned' : 'boilerplate' });
      previousEnd = end;
      continue;
    }
    // "Hi Marcus,": a greeting that opens a message before the posting.
    if (contentLines === 0 && !glued && GREETING.test(plain)) {
      lines.push({ start, end, section: 'board', heading: false, weight: 'boilerplate' });
      previousEnd = end;
      continue;
    }
    const afterBlank = !continues && BLANK_LINE.test(text.slice(previousEnd, start));
    previousEnd = end;
    const afterHeading = headingAbove;
    headingAbove = false;
    if (!continues) {
      contentLines++;
      labelled = undefined;
    }
    // "Location: Gardena CADuration: Full Time We are seeking…": in text that lost its breaks, a board's field holds
    // its value only, never the pieces after the next lost break (nor the sentences after its own, below).
    else if (glued && labelledByField) labelled = undefined;
    labelledByField = false;
    // A part of a row laid out in columns weighs as its column.
    if (column) labelled = column;
    const inList: boolean = !afterBlank && LIST_SECTIONS.has(section);
    const heading: SectionKind | undefined =
      content || emojiItems.has(p)
        ? undefined
        : (headingKind(raw, inList, p > 0 && endsASentence(text, pieces[p - 1])) ??
          ((afterBlank && !glued && !continues && itemsInSection >= 2 && LIST_SECTIONS.has(section) && headsAParagraph(text, clean, end, pieces[p + 1])) ||
          // "---" between two parts (a forwarded message's, the same posting in a second language) ends the one above;
          // right under a heading it is the heading's underline.
          (RULE_LINE.test(raw) && !afterHeading)
            ? 'other'
            : undefined));
    // "Company: Acme" among the posting's first lines names the employer, on whichever line a scrape or a paste put it
    // ("Location: Singapore\nCompany: Google", or first when the title was left out); it is no title.
    const companyField = !glued && !continues && !company && contentLines <= HEADER_LINES && COMPANY_LABEL.test(plain);
    const named = companyField ? plain.replace(COMPANY_LABEL, '').replace(TRAILING_NOTE, '') : '';
    if (companyField && wordCount(named) <= COMPANY_WORDS) {
      company = named;
      lines.push({ start, end, section: 'title', heading: true, weight: 'boilerplate' });
      continue;
    }
    // "JOB DESCRIPTION\nJob Title: Technical Project Manager": a title field among the first lines names the role where
    // no line above did.
    // "STATE OF NORTH CASCADIA … Position Title: IT Project Manager III": a field that says it is the title outranks
    // the first line's guess.
    const namedTitle = !titleFromField && EXPLICIT_TITLE_LABEL.test(plain);
    const titled =
      !glued && !continues && (!title || namedTitle) && contentLines <= HEADER_LINES && TITLE_LABEL.test(plain) ? plain.replace(TITLE_LABEL, '') : '';
    if (titled && wordCount(titled) <= TITLE_WORDS && !/[.!?]$/.test(titled) && (!title || namedTitle)) {
      title = titled;
      titleFromField = true;
      lines.push({ start, end, section: 'title', heading: true, weight: 'mentioned' });
      continue;
    }
    if (
      !glued &&
      !titleFromField &&
      contentLines === 1 &&
      // "IT Project Manager III – Benefits Eligibility Modernization": a first line that names a role is the job's title,
      // whatever heading word its project's name holds.
      (!heading || heading === 'other' || (namesARole(clean) && !clean.endsWith(':'))) &&
      wordCount(clean) <= 15 &&
      !/[.!?]$/.test(clean) &&
      !RULE_LINE.test(raw)
    ) {
      title = plain;
      lines.push({ start, end, section: 'title', heading: true, weight: 'mentioned' });
      continue;
    }
    // "Seniority level" / "Mid-Senior level": a board's field label alone on its line, and its value on the next
    // (a short line) file the posting; they ask nothing.
    const fieldValue = fieldLabelAbove && !glued && wordCount(clean) <= 10 && !/[.!?]$/.test(clean);
    fieldLabelAbove = false;
    if (!glued && !continues && PAGE_FIELD_LINE.test(clean)) {
      lines.push({ start, end, section: 'about', heading: false, weight: 'boilerplate' });
      fieldLabelAbove = true;
      industryLabelAbove = INDUSTRY_FIELD.test(clean);
      continue;
    }
    if (fieldValue) labelled = 'about';
    industryField = fieldValue ? industryLabelAbove : INDUSTRY_FIELD.test(clean);
    // "Company: Acme" names it; "Location: Berlin" or "URL: https://…" does not.
    const otherLabel = holds(WORDS_LABEL, plain) && !COMPANY_LABEL.test(plain);
    if (
      !glued &&
      contentLines === 2 &&
      title &&
      !company &&
      !otherLabel &&
      wordCount(clean) <= 6 &&
      (!heading || heading === 'other') &&
      !isBodyHeading(raw) && // "Summary" under the title heads the text; it names no employer
      !/[.!?]$/.test(withoutSuffixStop(clean))
    ) {
      // "Acme Data Systems · Denver, CO": a board's line of the company and its place names the company first.
      company = plain.replace(COMPANY_LABEL, '').split(FIELD_SEPARATOR)[0].replace(TRAILING_NOTE, '');
      lines.push({ start, end, section: 'title', heading: true, weight: 'boilerplate' });
      continue;
    }
    // "…- Jira\n- Confluence\nWe are seeking a TPM to lead our community programs, …": a paragraph after the list
    // items of a requirements section, and no requirement itself, is the posting going on about the role.
    const bulleted = BULLET.test(raw) || emojiItems.has(p);
    if (bulleted) itemsInSection++;
    else if (!glued) {
      linesInBlock = afterBlank ? 1 : linesInBlock + 1;
      if (linesInBlock >= 2) unmarkedList = true;
    }
    // The second line of a block and after, in a section's list that lost its marks.
    const unmarkedItem = !bulleted && !glued && !afterBlank && unmarkedList;
    // So is a paragraph that introduces the role ("We are seeking a Technical Program Manager…"), after items that
    // lost their marks as well; and a paragraph set apart by a blank line after such items ("…Jira\nConfluence\n\nYou'll
    // join a unit of six teams, …"): within their block, an item of 36 words that asks nothing is still one.
    if (
      !bulleted &&
      (section === 'required' || section === 'preferred') &&
      !glued &&
      endsTheList(clean) &&
      (itemsInSection >= 2 || (unmarkedList && afterBlank) || companyCues.has(clean, 'role-opening'))
    ) {
      section = 'other';
      pastTheLists = true;
    }
    // "How you match / Program Management / Change Management" above the ad: a board's box before the role's own
    // headings holds short lines (chips, labels); the first line that runs longer, or a list's item, is the posting's.
    if (section === 'board' && !roleHeadingSeen && !glued && !continues && (bulleted || wordCount(clean) > BOARD_CHIP_WORDS)) section = 'intro';
    for (const segment of segmentsOf(raw)) {
      const at = start + segment.offset;
      const kindOfHeading: SectionKind | undefined = content
        ? undefined
        : (ifKnown(segment.text === raw ? heading : headingKind(segment.text), glued) ??
          (marked.size && marked.has(markKey(segment.text)) ? markedKind(segment.text) : undefined));
      if (kindOfHeading) {
        headingAbove = true;
        // "The following would be an asset:\nPost-secondary education in:": a lead-in of no known kind right under a
        // heading (a blank line between or not) goes on with that heading's section, and so do the headings after it
        // that end as it does ("Is..." after "Has…"), until a heading of a known kind.
        const mark = kindOfHeading === 'other' && segment.offset === 0 ? closingMark(segment.text) : undefined;
        // So does one under a heading of the board's, legal or benefits text ("Employer questions\nYour application will
        // include the following questions:").
        const leadIn = mark !== undefined && afterHeading && (LIST_SECTIONS.has(section) || NEVER_ASKS.has(section));
        const sibling = mark !== undefined && subHeadings?.mark === mark;
        if (mark !== undefined && (leadIn || sibling)) {
          if (sibling && subHeadings) {
            section = subHeadings.section;
            startList();
            pastTheLists = false;
          } else subHeadings = { section, mark };
          lines.push({ start: at, end: at + segment.text.length, section, heading: true, weight: NEVER_ASKS.has(section) ? 'boilerplate' : 'mentioned' });
          continue;
        }
        // "Education:", "Experience:", "Certification:" under "Essential qualifications": a sub-heading of the section's
        // own kind, ending as the sub-headings before it did, is one of them; those after it go on too.
        if (!(subHeadings && kindOfHeading === section && segment.offset === 0 && closingMark(segment.text) === subHeadings.mark)) subHeadings = undefined;
        // A rule after the lists ends them as a paragraph that asks nothing does: the employer may speak again below it.
        const pastByRule: boolean = RULE_LINE.test(segment.text) && (pastTheLists || LIST_SECTIONS.has(section));
        section = kindOfHeading;
        beforeLabel = undefined;
        startList();
        labelled = undefined;
        cultureSection = kindOfHeading === 'about' && companyCues.has(headingText(segment.text), 'culture');
        bodyOpening = isBodyHeading(segment.text);
        if (kindOfHeading === 'responsibilities' || kindOfHeading === 'required' || kindOfHeading === 'preferred') roleHeadingSeen = true;
        pastTheLists = pastByRule;
        lines.push({
          start: at,
          end: at + segment.text.length,
          section,
          heading: true,
          weight: NEVER_ASKS.has(section) ? 'boilerplate' : 'mentioned',
        });
        continue;
      }
      // "Category: Program Management", "Industry: Banking": the board files the posting; nothing is asked.
      const inline = inlineKind(segment.text);
      const field = !inline && PAGE_FIELD.test(headingText(segment.text));
      // "Salary: 150000.0": pay before an amount is a field's value too, and reaches no further than a field's.
      const pay = inline === 'benefits' && AMOUNT.test(openingLabel(segment.text)?.content ?? '');
      if (inline || field) labelledByField = field || pay;
      if (!continues && segment.offset === 0 && !bulleted && openingLabel(segment.text)) {
        if (beforeLabel !== undefined) section = beforeLabel;
        beforeLabel = undefined;
        if ((inline === 'required' || inline === 'preferred') && !glued && labelHeadsWhatFollows(segment.text)) {
          beforeLabel = section;
          section = inline;
          startList();
          roleHeadingSeen = true;
          pastTheLists = false;
        }
      }
      // "⭐ Bonus points … – Data skills: SQL, Looker": an item's label that names its topic keeps the item as preferred
      // as its list; only a label that says it outright ("Must have:") asks more.
      const topicOnly =
        inline === 'required' && section === 'preferred' && bulleted && !clauseCues.has(openingLabel(segment.text)?.label ?? '', 'explicit-required');
      labelled = (topicOnly ? undefined : inline) ?? (field ? 'about' : undefined) ?? labelled;
      // A field's value is a few words: a segment that runs on past them is not the board's filing as a whole.
      let inField = field || fieldValue;
      const kind = (labelledByField && runsPastAField(segment.text) ? undefined : labelled) ?? section;
      // The employer describing itself, before the role's own sections or under "About us", is never a requirement
      // of the role (it may still name the role's domain); its mission, values and culture do not count at all.
      if (bulleted || companyCues.has(segment.text, 'role')) bodyOpening = false;
      const mayBeEmployer = kind === 'about' || ((!roleHeadingSeen || pastTheLists) && (kind === 'intro' || kind === 'other')) || (bodyOpening && !labelled);
      const wholeLine = mayBeEmployer && !companyCues.has(segment.text, 'role') && (kind === 'about' || isCompanyText(segment.text, company));
      // "- We are Going for Impact: We are a startup … This foundation will usher in …": under a benefits heading, an
      // item that opens as the employer's pitch is the employer's to its end.
      const pitchLine = kind === 'benefits' && isCompanyText(segment.text, company);
      // "Agile at scale; SAFe is a plus": a cue weighs its own sentence, not the whole line.
      for (const sentence of clausesOf(segment.text)) {
        // "About the team: … As a Data Center Project Manager, you will …": the sentence that introduces the role
        // under the employer's heading, or a heading of perks ("Work environment"), starts the role's own text, to
        // the next heading.
        if ((section === 'about' || section === 'benefits') && !cultureSection && companyCues.has(sentence.text, 'role-opening')) section = 'intro';
        // A sentence that runs on past a field's few words is the posting's, as are the sentences after it ("Location:
        // Berlin Responsibilities Drive the release train …", text whose breaks became spaces).
        if (labelledByField && runsPastAField(sentence.text)) {
          labelled = undefined;
          inField = false;
        }
        const sentenceKind = labelled ?? section;
        const standing = isStandingText(sentence.text);
        const employer =
          wholeLine ||
          (mayBeEmployer && isCompanyText(sentence.text, company)) ||
          standing ||
          isPlainlyCompanyText(sentence.text) ||
          isCultureText(sentence.text) ||
          namesTheEmployer(sentence.text, company) ||
          (sentenceKind === 'benefits' && (pitchLine || isCompanyText(sentence.text, company)));
        const recruiter = isRecruiterText(sentence.text);
        // The employer's standing is never the role's, though its sentence may hold a number of years ("for 3 years").
        const culture =
          employer &&
          ((sentenceKind === 'about' && cultureSection) || standing || companyCues.has(sentence.text, 'culture') || companyCues.has(sentence.text, 'standing'));
        // "Why work at Acme? We are a startup building on Apache Arrow": the employer's pitch describes the employer,
        // whose industry and technology it names (as under "About us"); its perks stay boilerplate.
        const pitch = employer && sentenceKind === 'benefits';
        for (const clause of partsOf(sentence)) {
          const from = at + clause.offset;
          const weighed = weightOf(pitch && !clauseCues.has(clause.text, 'boilerplate') ? 'about' : sentenceKind, clause.text, unmarkedItem);
          const weight = leadInAsks && glued && weighed === 'mentioned' && !employer ? leadInAsks : weighed;
          const said = clause.text.trimEnd();
          if (said.endsWith(':') && (weight === 'required' || weight === 'preferred') && !employer) leadInAsks = weight;
          else if (SENTENCE_END.test(said)) leadInAsks = undefined;
          lines.push({
            start: from,
            end: from + clause.text.length,
            section: employer ? 'about' : sentenceKind,
            heading: false,
            weight: weight === 'boilerplate' || culture || recruiter ? 'boilerplate' : employer ? 'mentioned' : weight,
            ...(inField ? { pageField: true as const } : {}),
            ...(inField && industryField ? { industryField: true as const } : {}),
          });
        }
        // A field's value is no paragraph: the sentences after it, in text that lost its breaks, are the posting's.
        if (glued && labelledByField) labelled = undefined;
      }
    }
  }
  if (!company) company = text.match(/\bAbout ([\p{Lu}][\p{L}&.-]*(?: [\p{Lu}][\p{L}&.-]*){0,2})\s*[\n\r:]/u)?.[1] ?? '';
  employerBetweenEmployer(text, lines);
  weighByLegend(text, lines);
  return { title, company, lines };
}

/** The words by which a legend says what its mark means: the first four ask, the rest wish. */
const LEGEND_WORD = String.raw`(must[- ]?haves?|required|essential|mandatory|nice[- ]to[- ]haves?|preferred|desirable|optional|bonus)`;
const ASKING_WORD = /^(?:must|required|essential|mandatory)/i;
/**
 * Legends by which a posting defines its own marks, each with a line it reads:
 * - "★ = must-have", "* means required": a mark of one to three symbols, or a letter in brackets;
 * - "Criteria are marked (E) Essential or (D) Desirable": a letter in brackets before its word;
 * - "Checked boxes are must-haves. Unchecked boxes are nice-to-haves.": Markdown's task boxes ("- [x]", "- [ ]").
 */
const LEGENDS: { pattern: RegExp; mark: (m: RegExpExecArray) => string }[] = [
  {
    pattern: new RegExp(String.raw`(?<![A-Za-z0-9])([^\sA-Za-z0-9(\[]{1,3}|\([A-Za-z]\))\s*(?:=|means|marks)\s*(?:an?\s+)?${LEGEND_WORD}\b`, 'gi'),
    mark: (m) => m[1],
  },
  { pattern: new RegExp(String.raw`(\([A-Z]\))\s+${LEGEND_WORD}\b`, 'gi'), mark: (m) => m[1] },
  { pattern: new RegExp(String.raw`\b(un)?(?:checked|ticked) (?:boxes|items) (?:are|mean) ${LEGEND_WORD}`, 'gi'), mark: (m) => (m[1] ? '[ ]' : '[x]') },
];

/** What every legend holds, looked for before the legends themselves: most postings hold none. */
const MAY_HOLD_A_LEGEND = /=|\bmeans\b|\bmarks\b|\([A-Z]\)\s|checked|ticked/i;

/**
 * "★ = must-have" above a list whose items carry ★: a posting that defines its own marks weighs each line that carries
 * one (first or last in the line, after any list mark) as its legend says, whatever the heading above it.
 */
function weighByLegend(text: string, lines: PostingLine[]): void {
  if (!MAY_HOLD_A_LEGEND.test(text)) return;
  const marks = new Map<string, 'required' | 'preferred'>();
  const legendLines = new Set<number>();
  for (const legend of LEGENDS) {
    for (const m of allMatches(legend.pattern, text)) {
      const weight = ASKING_WORD.test(m[m.length - 1]) ? 'required' : 'preferred';
      marks.set(legend.mark(m as RegExpExecArray).toLowerCase(), weight);
      legendLines.add(lineStartAt(text, m.index!));
    }
  }
  if (!marks.size) return;
  const legend = [...marks];
  // Not BULLET: a list's own sign may be the legend's mark ("✓ = required", "✓ Jira").
  const markOf = (row: string) => {
    const item = row
      .replace(/^\s*(?:[-*•>]\s+)?/, '')
      .trim()
      .toLowerCase();
    return legend.find(([mark]) => item.startsWith(mark) || item.replace(/[.;,]$/, '').endsWith(mark))?.[1];
  };
  // Each text line once, by where it starts: a line's pieces (clauses, segments) share its mark.
  const rows = new Map<number, 'required' | 'preferred' | undefined>();
  for (const line of lines) {
    if (line.heading || line.weight === 'boilerplate') continue;
    const rowStart = lineStartAt(text, line.start);
    if (!rows.has(rowStart)) {
      const rowEnd = text.indexOf('\n', rowStart);
      rows.set(rowStart, legendLines.has(rowStart) ? undefined : markOf(text.slice(rowStart, rowEnd < 0 ? text.length : rowEnd)));
    }
    const weight = rows.get(rowStart);
    if (weight) line.weight = weight;
  }
}

/**
 * "At Medius, we …\n\nCombining the expertise of a leader with the agile culture of Expensya …\n\nOur suite …": whole
 * paragraphs of the opening between paragraphs of the employer's own text, under no heading between them and
 * speaking of no role, go on about the employer. Changes `lines` in place.
 */
function employerBetweenEmployer(text: string, lines: PostingLine[]): void {
  // Asked only of a line after the first: the blank line, if any, lies between it and the line before.
  const paragraphStarts = (i: number) => BLANK_LINE.test(text.slice(lines[i - 1].end, lines[i].start));
  for (let i = 1; i < lines.length; i++) {
    const before = lines[i - 1];
    if (lines[i].section !== 'intro' || lines[i].heading || before.section !== 'about' || before.heading || before.weight === 'boilerplate') continue;
    if (!paragraphStarts(i)) continue;
    let end = i;
    while (end < lines.length && lines[end].section === 'intro' && !lines[end].heading) end++;
    const after = lines[end];
    if (!after || !paragraphStarts(end) || after.section !== 'about' || after.heading) continue;
    const run = lines.slice(i, end);
    if (run.some((l) => companyCues.has(text.slice(l.start, l.end), 'role'))) continue;
    // As the employer's own lines are weighed: they ask nothing, though their words may (boilerplate stays so).
    for (const l of run) {
      l.section = 'about';
      if (l.weight !== 'boilerplate') l.weight = 'mentioned';
    }
    i = end;
  }
}
