// Whether a page's text reads like a job posting, in the languages a user browses boards in: what postings say
// (their duties, what they ask, the years of experience, how to apply, what they offer...) as phrases per language.
// A text is a posting when it says at least three of these KINDS of things, in any mix of languages (a German posting
// under a board's English headings counts). The page reader's text passes this check before it is shown as a posting,
// so a language missing here reads "no job posting" instead of the analyzer's message about the posting's language.
//
// Every phrase is kept for what MANY postings say, never one: `npx tsx scripts/job-cue-df.ts` prints each phrase's
// document frequency over the postings of its language the project may read (../shared/corpus: 72 German, 2 French;
// English also eval/unlabelled, the development fold and the saved job pages), and tests/extract/job-cues.test.ts
// fails on a phrase below 2. Spanish has no entry: the corpus holds one Spanish posting, so no Spanish phrase reaches
// 2 (the script prints the candidates that wait for a second one).
//
// Phrases are lower case. A space is any run of spaces or hyphens ("full time": "full-time"); a slash may have spaces
// around it ("m/w/d": "m / w / d"); a word ending in "*" is any word that starts so ("aufgaben*": Aufgabenbereich);
// "#" is a number in digits ("5", "5+") or words ("three", "drei", "trois"), "or more" after it included; "|" parts a
// word's forms ("vos|votre mission*": one phrase for the singular and the plural, its DF theirs together).

import { escapeRegExp } from '../text/basics';

export type CueLanguage = 'en' | 'de' | 'fr';

export interface JobCue {
  /** The kind of thing the phrases say; a text counts each kind once. */
  kind: string;
  phrases: Partial<Record<CueLanguage, readonly string[]>>;
  /** Where postings say it (documentation, not matched; left out of the injected extractor). */
  example: string;
  /**
   * What only the role's own text says (its duties, what it asks), never a board's box beside it: a board's boxes
   * speak of applying, pay and "your profile" ("Add expected salary to your profile for insights"), and to "you" too
   * ("You will be taken to Contoso's website to complete your application").
   */
  rolesOwn?: true;
}

export const JOB_CUES: readonly JobCue[] = [
  {
    kind: 'duties',
    rolesOwn: true,
    phrases: { en: ['responsibility|responsibilities'], de: ['aufgaben*'], fr: ['vos|votre mission*'] },
    example: 'Responsibilities / Ihre Aufgaben / Aufgabenbereich / Vos missions',
  },
  {
    kind: 'qualifications',
    rolesOwn: true,
    phrases: { en: ['qualifications'], de: ['qualifikation*', 'kenntnisse'] },
    example: 'Minimum qualifications / Ihre Qualifikationen / Fundierte Kenntnisse in SAP',
  },
  {
    kind: 'requirements',
    rolesOwn: true,
    phrases: { en: ['requirements'], de: ['anforderung*'] },
    example: 'Requirements / Anforderungen / Muss-Anforderungen',
  },
  {
    kind: 'experience',
    rolesOwn: true,
    phrases: {
      en: ["# years|years' of|experience", 'experience with|in'],
      de: ['berufserfahrung', 'projekterfahrung', 'mehrjährige* erfahrung', '# jahre* erfahrung', 'erfahrung in|im|mit'],
      fr: ['expérience'],
    },
    example: "5+ years of program management / Hands-on experience with Kubernetes / 3 Jahre Erfahrung / Erfahrung im Rollout / 5 ans d'expérience",
  },
  {
    kind: 'role',
    rolesOwn: true,
    phrases: {
      en: ["what you'll do|bring", 'what you will do|bring', 'about the role|job|team', 'in this role', 'role involves'],
      de: ['projektbeschreibung'],
      fr: ['description du poste'],
    },
    example: 'What you will do / About the role / What the role involves / Projektbeschreibung / Description du poste',
  },
  {
    kind: 'apply',
    phrases: { en: ['apply|application'], de: ['bewerb*'] },
    example: 'Apply now / Jetzt bewerben / Ihre Bewerbung',
  },
  {
    kind: 'benefits',
    phrases: {
      en: ['benefits', 'compensation', 'salary', 'pay range', '401k|401(k)', 'paid time off', 'paid leave', 'dental', 'we offer'],
      de: ['wir bieten', 'gehalt*', 'vergütung*', 'stundensatz'],
      fr: ['avantages'],
    },
    example: 'Benefits: dental, 401(k) / What we offer / Wir bieten ein attraktives Gehalt / Stundensatz / Avantages',
  },
  {
    kind: 'equal opportunity',
    phrases: { en: ['equal opportunity', 'equal employment opportunity'], de: ['m/w/d'] },
    example: 'an equal opportunity employer / Projektleiter (m/w/d)',
  },
  {
    kind: 'employment',
    phrases: {
      en: ['full|part time', 'contract', 'remote', 'hybrid'],
      de: ['vollzeit', 'teilzeit', 'festanstellung', 'freiberuflich', 'homeoffice'],
      fr: ['télétravail'],
    },
    example: 'Full-time, hybrid / Vollzeit, Homeoffice / Télétravail partiel',
  },
  {
    kind: 'you will',
    phrases: { en: ['you will', "you'll"], de: ['du wirst|bist', 'du|sie verantwortest|verantworten'] },
    example: 'You will run the release train / Du wirst das Team begleiten / Sie verantworten die Planung',
  },
  {
    kind: 'profile',
    phrases: {
      en: [
        "we're|they're looking for",
        'we|they are looking for',
        'who you are',
        'about you',
        'your profile',
        'you have',
        'you bring',
        "you'll need",
        'you will need',
      ],
      de: ['ihr|dein profil', 'du bringst', 'du hast', 'wir suchen', 'suchen wir'],
    },
    example: "What we are looking for / What they're looking for / Ihr Profil / Du bringst Erfahrung mit / Für unseren Kunden suchen wir",
  },
  {
    kind: 'nice to have',
    rolesOwn: true,
    phrases: { en: ['nice to have', 'bonus points', 'preferred'], de: ['wünschenswert', 'von vorteil', 'idealerweise'] },
    example: 'Nice to have / SAFe wünschenswert / Jira-Kenntnisse von Vorteil',
  },
];

/** Numbers in words, for "#": the small ones postings write out ("three years of", "drei Jahre", "trois ans"). */
const NUMBER_WORDS = 'two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|zwei|drei|vier|fünf|sechs|acht|zehn|deux|trois|quatre|cinq|dix';

const WORD_CHAR = '[\\p{L}\\p{N}]';

const formPattern = (form: string) =>
  form === '#' ? `(?:\\d+\\+?|${NUMBER_WORDS})(?:\\s+or\\s+more)?` : form.endsWith('*') ? `${escapeCue(form.slice(0, -1))}${WORD_CHAR}*` : escapeCue(form);

const wordPattern = (word: string) => `(?:${word.split('|').map(formPattern).join('|')})`;

// Literal characters, with "/" free to have spaces around it and any apostrophe for "'".
const escapeCue = (text: string) => escapeRegExp(text).replace(/\//g, '\\s*/\\s*').replace(/'/g, "['’‘]");

/** The pattern of one or more phrases: whole words (or word starts, with "*"), without case. */
export const cuePattern = (phrases: readonly string[]) =>
  new RegExp(`(?<!${WORD_CHAR})(?:${phrases.map((p) => p.split(' ').map(wordPattern).join('[\\s-]+')).join('|')})(?!${WORD_CHAR})`, 'iu');

// Built on the first look: the injected extractor loads this module on every page read, and only pages that no
// adapter or structured data describes ask (building the patterns cost some 3 ms of a cold read in Chromium).
let cuePatterns: { cue: JobCue; pattern: RegExp }[] | undefined;
const patternsOfCues = () => (cuePatterns ??= JOB_CUES.map((cue) => ({ cue, pattern: cuePattern(Object.values(cue.phrases).flat()) })));

/** Whether a text says what only a role's own text says (JOB_CUES marked rolesOwn: duties, requirements, experience...). */
export function saysWhatTheRoleIs(text: string): boolean {
  return patternsOfCues().some(({ cue, pattern }) => cue.rolesOwn && pattern.test(text));
}

/** Whether a text reads like a job posting: at least `min` kinds of JOB_CUES (duties, requirements, apply...). */
export function hasJobCues(text: string, min = 3): boolean {
  let n = 0;
  for (const { pattern } of patternsOfCues()) if (pattern.test(text) && ++n >= min) return true;
  return false;
}
