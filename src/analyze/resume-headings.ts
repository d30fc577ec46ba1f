import { BEYOND_LATIN, BULLET, hasCapital, hasLowercase, latinTwins, normalizeText, startsWithCapital } from '../text/normalize';

export type ResumeSection = 'header' | 'summary' | 'skills' | 'experience' | 'education' | 'certifications' | 'other';

/**
 * The nouns a resume heading is built on, each with the section it opens and a heading that shows it. A heading's
 * section is its head noun's: the last such noun before "of", "and" or "&" ("Summary of Qualifications",
 * "Education & Certifications", "Experience Summary"); the rest are the modifiers below. `other` opens a part that
 * is judged line by line (awards, publications: a bullet there may show a skill).
 */
export const SECTION_NOUNS: readonly { nouns: string; section: Exclude<ResumeSection, 'header'>; example: string }[] = [
  { nouns: 'experience experiences', section: 'experience', example: 'PROFESSIONAL EXPERIENCE' },
  { nouns: 'work career', section: 'experience', example: 'Selected Work' },
  { nouns: 'history', section: 'experience', example: 'Employment History' },
  { nouns: 'employment', section: 'experience', example: 'Employment' },
  { nouns: 'background', section: 'experience', example: 'Professional Background' },
  { nouns: 'projects engagements assignments', section: 'experience', example: 'Selected Projects' },
  { nouns: 'achievements accomplishments', section: 'experience', example: 'Key Achievements' },
  { nouns: 'internship internships volunteering', section: 'experience', example: 'Internships' },
  { nouns: 'skills skill competencies competences expertise proficiencies capabilities', section: 'skills', example: 'Core Competencies' },
  { nouns: 'technologies tech tools toolkit toolbox stack platforms methodologies methods strengths', section: 'skills', example: 'Tools & Technologies' },
  { nouns: 'languages knowledge lang langs', section: 'skills', example: 'Technical Knowledge' },
  {
    nouns: 'summary profile objective overview highlights statement introduction qualifications bio',
    section: 'summary',
    example: 'Summary of Qualifications',
  },
  { nouns: 'education edu academics degrees coursework courses training trainings', section: 'education', example: 'Education & Training' },
  {
    nouns: 'certifications certification certs certificates credentials licenses licences accreditations',
    section: 'certifications',
    example: 'Licenses & Certifications',
  },
  { nouns: 'awards honors honours publications patents presentations talks', section: 'other', example: 'Awards & Honors' },
  { nouns: 'scholarships', section: 'other', example: 'Scholarships and Awards' },
  { nouns: 'interests hobbies activities memberships affiliations references information contact', section: 'other', example: 'Additional Information' },
];

/** Words that qualify a section noun in a heading ("Relevant Work Experience", "Core Technical Skills"). */
export const HEADING_MODIFIERS: readonly { words: string; example: string }[] = [
  { words: 'professional employment relevant related', example: 'Relevant Work Experience' },
  { words: 'key core top selected select notable major recent previous prior other additional', example: 'Top Skills' },
  { words: 'technical hard soft transferable functional personal executive', example: 'Core Technical Skills' },
  { words: 'leadership management program programme project consulting industry military volunteer research teaching', example: 'Leadership Experience' },
  // "project" is no section noun: "Project Management Professional" is a certification's name, not a heading.
  { words: 'academic areas', example: 'Areas of Expertise' },
  { words: 'spoken foreign programming tech', example: 'Programming Languages' },
  // The skill groups of a Europass CV and its kin.
  { words: 'communication organisational organizational managerial digital computer it language interpersonal', example: 'Digital skills' },
];

/** Whole headings whose head noun would mislead ("Academic Background" is education, not experience). */
export const HEADING_PHRASES: readonly { phrase: string; section: Exclude<ResumeSection, 'header'> }[] = [
  { phrase: 'academic background', section: 'education' },
  { phrase: 'professional development', section: 'education' },
  { phrase: 'about me', section: 'summary' },
  { phrase: 'about', section: 'summary' },
  { phrase: 'what i do', section: 'summary' },
];

const sectionOfNoun = new Map(SECTION_NOUNS.flatMap(({ nouns, section }) => nouns.split(' ').map((n) => [n, section] as const)));
const modifiers = new Set(HEADING_MODIFIERS.flatMap(({ words }) => words.split(' ')));
const phrases = new Map(HEADING_PHRASES.map(({ phrase, section }) => [phrase, section]));
/** Words that join the parts of a heading: the first part holds its head ("Education and Certifications"). */
const JOINERS = new Set(['and', '&', 'of', '+', '/', ',', '-']);
const FILLERS = new Set(['the', 'my', 'in', 'for']);
const MAX_HEADING_WORDS = 6;
const ROLE_LINKS = new Set(['of', 'at', 'for']);

// Each with a Latin-only twin (latinTwins): a \p{} class costs its compile in every fresh process, and a line with
// nothing beyond Latin (BEYOND_LATIN) matches the twin exactly as the expression.
const LETTER_SPACED = latinTwins(String.raw`^([\p{L}] ){3,}[\p{L}](\s{2,}([\p{L}] )+[\p{L}])*$`, 'u');
const OUTER_PUNCTUATION = latinTwins(String.raw`^[^\p{L}\p{N}]+|[^\p{L}\p{N})]+$`, 'gu');
const AROUND_JOINERS = latinTwins(String.raw`([,&/+]|(?<=[\p{L}])-(?=[\p{L}]))`, 'gu');
const forText = (twins: ReturnType<typeof latinTwins>, text: string) => (BEYOND_LATIN.test(text) ? twins.exact() : twins.latin);

/**
 * A heading line as words: markup, decorations (emoji, dingbats, rules), a trailing colon and "(continued)" go,
 * and letter-spaced capitals ("E X P E R I E N C E") are read as words.
 */
export function headingWords(rawLine: string): string[] {
  let line = normalizeText(rawLine).trim();
  // Letter-spaced: single letters one space apart, words two or more apart.
  if (forText(LETTER_SPACED, line).test(line))
    line = line
      .split(/\s{2,}/)
      .map((w) => w.replace(/ /g, ''))
      .join(' ');
  line = line.toLowerCase().replace(/\((continued|cont\.?|cont'd)\)|\bcont(inued|'d)$/g, ' ');
  line = line.replace(forText(OUTER_PUNCTUATION, line), '').replace(/[*#_=]+/g, ' ');
  return line.replace(forText(AROUND_JOINERS, line), ' $1 ').split(/\s+/).filter(Boolean);
}

/**
 * The section a line opens when it is a heading made of section nouns and modifiers only ("Work Experience",
 * "TECHNICAL SKILLS & TOOLS:"), or a short line in capitals or ending with a colon that ends in a section noun
 * ("CLOUD & DEVOPS SKILLS", "Program Management Experience:"); undefined for a content line. Title Case alone is
 * not enough there: a skills list holds "Customer Experience" and "Cloud Platforms".
 */
export function headingSection(rawLine: string): Exclude<ResumeSection, 'header'> | undefined {
  if (BULLET.test(rawLine)) return undefined;
  const words = headingWords(rawLine);
  if (!words.length || words.length > MAX_HEADING_WORDS) return undefined;
  const phrase = phrases.get(words.join(' '));
  if (phrase) return phrase;
  const nouns = words.filter((w) => sectionOfNoun.has(w));
  if (!nouns.length) return undefined;
  const known = words.every((w) => sectionOfNoun.has(w) || modifiers.has(w) || JOINERS.has(w) || FILLERS.has(w));
  // Other qualifiers ("CLOUD & DEVOPS SKILLS") are allowed when the line is marked as a heading and ends on the noun;
  // with "of", "at" or "for" it names a role ("HEAD OF TRAINING", "DIRECTOR OF PROJECTS").
  const qualified = sectionOfNoun.has(words.at(-1)!) && !words.some((w) => ROLE_LINKS.has(w)) && looksLikeHeading(rawLine) && markedAsHeading(rawLine);
  if (!known && !qualified) return undefined;
  const joiner = words.findIndex((w) => JOINERS.has(w));
  const head = (joiner > 0 ? words.slice(0, joiner) : words).filter((w) => sectionOfNoun.has(w)).at(-1) ?? nouns[0];
  return sectionOfNoun.get(head);
}

/** Capitals ("CLOUD SKILLS") or a closing colon ("Cloud skills:"). */
export const markedAsHeading = (rawLine: string) => {
  const line = normalizeText(rawLine).trim();
  return line.endsWith(':') || (hasCapital(line) && !hasLowercase(line));
};

/**
 * A short line without list punctuation or brackets (a wrapped "Sync)" or "(Datadog)" is the end of an item) that
 * ends with a colon or is written in Title Case or capitals.
 */
export function looksLikeHeading(rawLine: string): boolean {
  if (BULLET.test(rawLine)) return false;
  const line = normalizeText(rawLine)
    .replace(/[*#_=]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const words = line.replace(/:$/, '').split(' ').filter(Boolean);
  if (!words.length || words.length > 5 || /[,;|.()[\]]/.test(line)) return false;
  return line.endsWith(':') || words.every((w) => startsWithCapital(w) || /^[&\d]/.test(w) || /^(and|of|the|for|in|&)$/.test(w));
}
