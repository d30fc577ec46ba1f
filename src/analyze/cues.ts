// The words by which a posting says what a part of it is: headings ("Nice to have"), cues inside a line
// ("PMP is a plus"), boilerplate (EEO, benefits) and company self-description ("Founded in 2010, …").
// Knowledge lives here as data, each cue with a line that shows it; src/analyze/sections.ts holds the mechanism,
// and tests/analyze/cues.test.ts checks that every example classifies to its kind.
//
// A phrase is a sequence of slots separated by spaces, matched case-insensitively at word boundaries:
// - `what|who` — one word among alternatives (each alternative is one word: a hyphen joins two, so
//   `fast-growing` also matches "fast growing"; "must have" and "must be" are `must have|be`); `the?` — a slot
//   that may be absent;
// - `responsibilit*` — any ending of the word; `#` — a number ("5", "10+", "3.5");
// - a space also matches a hyphen ("nice to have" = "nice-to-have"), and "you will", "we are", "what is",
//   "you have" also match "you'll", "we're", "what's", "you've";
// - `^` / `$` anchor the phrase at the start / end of the text (for short headings only).
// A cue may instead give a `pattern` where a phrase cannot say it (a capitalized name), with the reason.

import { allMatches } from '../text/all-matches';
import { BEYOND_LATIN, escapeRegExp, isAscii, LATIN_CLASSES, latinTwins, OUTSIDE_LATIN_BLOCK } from '../text/normalize';
// Written by `npm run lookup` (cueListsCompiled below); a stale one is ignored, and a test fails while it is.
import compiledCues from './compiled-cues.json';
import { ROLE_NOUNS } from './role-names';

/** The role nouns that name a person ("Manager", "Lead"), as one alternation. */
const PERSON_NOUNS = ROLE_NOUNS.filter((r) => r.person)
  .flatMap((r) => r.words)
  .join('|');
/** A person named by up to five words and a role noun: "a Data Center Project Manager", "the delivery lead". */
const NAMED_PERSON = String.raw`(?:[\p{L}\p{N}&/'\u2019-]+ ){0,5}(?:${PERSON_NOUNS})(?![\p{L}\p{N}])`;

export interface Cue<K extends string> {
  kind: K;
  phrase?: string;
  /** Only where a phrase cannot say it; matched against the text as written (case kept). */
  pattern?: CuePattern;
  /** A line this cue classifies as `kind` (headings: a heading line; clause cues: a content line). */
  example: string;
  /** Why a pattern is needed, or why the cue is there at all when it is not obvious. */
  why?: string;
}

/** A cue's expression: a RegExp literal, or the source and flags of one with \p{} classes (unicodePattern). */
export type CuePattern = Pick<RegExp, 'source' | 'flags'>;

/**
 * An expression with \p{} classes, kept as its source and flags: as a literal, a fresh process parsed its Unicode
 * sets when this module loaded (~9M instructions for five of them), although Latin text is matched by the
 * Latin-only twin (patternTwins) and the exact expression is built only for text beyond Latin.
 */
const unicodePattern = (source: string, flags: string) => ({ source, flags, toString: () => `/${source}/${flags}` });

/** Section kinds a heading can name, in the order they are tried: "Preferred qualifications" is preferred first. */
export const HEADING_ORDER = ['board', 'preferred', 'legal', 'benefits', 'required', 'responsibilities', 'about', 'other'] as const;
export type HeadingCueKind = (typeof HEADING_ORDER)[number];

/**
 * A table's row whose last cell is one of `words`: a cell of its own, apart by a dash, a bar, a tab or a run of spaces
 * ("Terraform — Working knowledge — Nice", "Jira | Advanced | Must |").
 */
const lastCell = (words: string) => new RegExp(String.raw`(?:\s[\u2014\u2013|-]\s*|\t|\s{3,})(?:${words})\s*\|?\s*$`, 'i');

/** A number of a time unit, as a board's age of a posting gives it: "(posted about) 1 month ago", "3 days". */
const AN_AGE = String.raw`[\d.,+]*\s+(?:second|minute|hour|day|week|month|year)s?\b`;

export const HEADING_CUES: Cue<HeadingCueKind>[] = [
  // board: the job board's own matter around a posting (other jobs), copied with the page; its alerts and referral
  // prompts are clause cues (boilerplate) below
  { kind: 'board', phrase: 'similar|related|recommended jobs|roles|positions|postings', example: 'Similar jobs' },
  { kind: 'board', phrase: 'more jobs|roles like this', example: 'See more jobs like this' },
  { kind: 'board', phrase: 'people also viewed|searched', example: 'People also viewed' },
  { kind: 'board', phrase: 'ähnliche jobs|stellen|stellenangebote', example: 'Ähnliche Jobs', why: "German boards' similar jobs (StepStone, XING)" },
  { kind: 'board', phrase: '^employer questions$', example: 'Employer questions', why: "SEEK's screening questions of the application, after the ad" },
  {
    kind: 'board',
    phrase: '^how you match',
    example: 'How you match',
    why: "A board's comparison of the reader's profile with the job (SEEK, LinkedIn): the reader's skills, not the job's",
  },
  { kind: 'board', phrase: 'on your profile$', example: 'Skills and credentials on your profile', why: 'The same comparison, by its other name' },
  // preferred
  { kind: 'preferred', phrase: 'preferred|desired|desirable', example: 'Preferred Qualifications' },
  { kind: 'preferred', phrase: 'nice to have*', example: 'Nice-to-haves:' },
  { kind: 'preferred', phrase: 'what would be nice|great', example: 'What would be nice?' },
  { kind: 'preferred', phrase: '^highly regarded$', example: 'Highly regarded', why: "SEEK's heading of the desirable criteria" },
  { kind: 'preferred', phrase: 'good to have*', example: 'Good to have' },
  { kind: 'preferred', phrase: 'great to have*', example: 'Great to have' },
  { kind: 'preferred', phrase: 'you may|might also? have', example: 'You may also have' },
  { kind: 'preferred', phrase: '^helpful|useful', example: 'Helpful experience', why: 'What would help, not what is needed' },
  { kind: 'preferred', phrase: '^would be nice|helpful|great$', example: 'Would be nice' },
  { kind: 'preferred', phrase: 'bonus', example: 'Bonus points if you have' },
  { kind: 'preferred', phrase: 'pluses|plusses', example: 'Plusses:', why: 'Plusses is how many recruiters spell it' },
  { kind: 'preferred', phrase: 'a plus', example: "It's a plus if you have…" },
  { kind: 'preferred', phrase: 'extra credit', example: 'Extra credit' },
  { kind: 'preferred', phrase: 'cherry on top', example: 'The cherry on top!', why: 'An idiom for what would add to the rest' },
  { kind: 'preferred', phrase: 'icing on the cake', example: 'Icing on the cake:' },
  { kind: 'preferred', phrase: 'stand out', example: 'What will make you stand out' },
  { kind: 'preferred', phrase: 'standout', example: 'Standout qualifications', why: 'As "stand out", in one word' },
  { kind: 'preferred', phrase: 'sets|set you apart', example: 'What sets you apart' },
  { kind: 'preferred', phrase: 'additional qualifications|skills', example: 'Additional skills' },
  { kind: 'preferred', phrase: 'even better', example: 'Even better if you have' },
  { kind: 'preferred', phrase: 'love to see', example: "We'd love to see", why: 'A wish, as "would be great" is' },
  { kind: 'preferred', phrase: 'love it if', example: "We'd love it if you've also" },
  { kind: 'preferred', phrase: 'ideally|preferably', example: 'Preferably, in addition to the above:' },
  { kind: 'preferred', phrase: 'an asset|advantage', example: 'The following would be considered an asset:' },
  { kind: 'preferred', phrase: 'assets', example: 'Assets' },
  {
    kind: 'preferred',
    phrase: 'asset qualifications|criteria|requirements',
    example: 'Asset qualifications',
    why: 'What would be an asset, beside the essential ones (Canadian public service postings)',
  },
  {
    kind: 'preferred',
    phrase: 'rated|point-rated requirements|criteria',
    example: 'Rated Requirements (point-rated)',
    why: "A government contract's scored criteria, beside the mandatory ones that pass or fail a bid",
  },
  { kind: 'preferred', phrase: 'advantageous|beneficial', example: 'Advantageous to have:' },
  { kind: 'preferred', phrase: 'nice|great if', example: 'Nice if you also have' },
  {
    kind: 'preferred',
    pattern: /\bit(?:\s+would|['\u2019]d)\s+(?:also\s+)?be\s+(?:[a-z]+\s+){1,2}if\b/i,
    example: "It'd be awesome if you...",
    why: 'A wish with a dummy subject ("It would be great if", "It\'d be awesome if") whatever its word of praise',
  },
  { kind: 'preferred', phrase: 'optional', example: 'Optional skills' },
  { kind: 'preferred', phrase: 'recommended', example: 'Recommended skills' },
  { kind: 'preferred', phrase: 'not essential|required|mandatory', example: 'Useful but not essential:', why: 'As the clause cue: a requirement word denied' },
  // German, French and Spanish postings head their sections in their own words.
  { kind: 'preferred', phrase: 'wünschenswert|wünschenswerte|vorteilhaft|idealerweise', example: 'Wünschenswerte Kenntnisse' },
  { kind: 'preferred', phrase: 'von vorteil', example: 'Von Vorteil' },
  { kind: 'preferred', phrase: 'kann anforderungen|kriterien', example: 'Kann-Anforderungen' },
  { kind: 'preferred', phrase: 'atouts|souhaitées|souhaités|valorable|deseable', example: 'Atouts' },
  // legal
  { kind: 'legal', phrase: 'equal employment? opportunit*', example: 'Equal Opportunity Employer' },
  { kind: 'legal', phrase: 'eeo', example: 'EEO statement' },
  { kind: 'legal', phrase: 'accommodation*', example: 'Reasonable accommodation:' },
  { kind: 'legal', phrase: 'e verify', example: 'E-Verify' },
  { kind: 'legal', phrase: 'privacy notice|policy', example: 'Applicant Privacy Notice' },
  { kind: 'legal', phrase: 'disclaimer', example: 'Disclaimer' },
  // Not "fraud" alone: a team or a job is named for it ("Identity & Fraud", "Fraud Operations").
  { kind: 'legal', phrase: 'recruitment|recruiting|hiring|job|employment|candidate fraud', example: 'Protect yourself from recruitment fraud' },
  { kind: 'legal', phrase: 'fraud alert|warning|notice|awareness', example: 'Fraud alert' },
  { kind: 'legal', phrase: 'legal notice', example: 'Legal notice' },
  { kind: 'legal', phrase: 'right to work', example: 'Right to work' },
  { kind: 'legal', phrase: 'recruiting|recruitment scam*', example: 'Recruiting scams' },
  { kind: 'legal', phrase: 'diversity|inclusion|inclusiveness|belonging', example: 'Diversity & Inclusion' },
  { kind: 'legal', phrase: 'datenschutz|datenschutzhinweis*|chancengleichheit', example: 'Datenschutzhinweise' },
  // how one applies: the employer's procedure, in which nothing is asked of the role ("a short call, then a case study")
  { kind: 'legal', phrase: 'how to apply', example: 'How to apply' },
  { kind: 'legal', phrase: 'how do you apply', example: 'How do I apply?' },
  { kind: 'legal', phrase: 'application|recruitment|recruiting|hiring|interview|selection process', example: 'Our hiring process' },
  { kind: 'legal', phrase: '^next steps$', example: 'Next steps' },
  // benefits
  { kind: 'benefits', phrase: 'benefits|perks|compensation|salary|wellbeing', example: 'Benefits & perks' },
  { kind: 'benefits', phrase: 'pay range|transparency', example: 'Pay transparency:' },
  { kind: 'benefits', phrase: 'we offer', example: 'What we offer' },
  { kind: 'benefits', phrase: 'our offer', example: 'Our offer' },
  { kind: 'benefits', phrase: 'what do you offer', example: 'What do you offer?' },
  { kind: 'benefits', phrase: 'total rewards', example: 'Total rewards' },
  { kind: 'benefits', phrase: 'your onboarding|orientation', example: 'Your onboarding:', why: "The new hire's own onboarding plan: what the employer gives" },
  { kind: 'benefits', phrase: 'why join|work', example: 'Why work at Acme?' },
  {
    kind: 'benefits',
    pattern: /^[Ww]hy\s+(?:us|[A-Z][\w&.'\u2019-]*)$/,
    example: 'Why Acme',
    why: 'A name after "why" (or "us"): the employer\'s pitch, as "Why work at Acme?" is',
  },
  { kind: 'benefits', phrase: 'what is in it? for you', example: "What's in it for you?" },
  { kind: 'benefits', phrase: 'whats in it? for you', example: 'Whats in it for you' },
  { kind: 'benefits', phrase: 'what is on offer', example: "What's on offer", why: "SEEK's heading of pay and perks" },
  { kind: 'benefits', phrase: 'work environment', example: 'Work environment' },
  {
    kind: 'benefits',
    pattern: /\bwhat\s+you(?:['\u2019]ll|\s+will)?\s+get\b(?!\s+to\b)/i,
    example: 'What you get',
    why: 'With or without "will"; "What you\'ll get to do" heads the duties',
  },
  { kind: 'benefits', phrase: 'why you will love', example: "Why you'll love working here" },
  { kind: 'benefits', phrase: 'wir bieten', example: 'Was wir bieten' },
  { kind: 'benefits', phrase: 'unser angebot', example: 'Unser Angebot' },
  { kind: 'benefits', phrase: 'meine|ihre|deine vorteile', example: 'Ihre Vorteile' },
  { kind: 'benefits', phrase: 'vergütung|gehalt|avantages|beneficios', example: 'Vergütung' },
  { kind: 'benefits', phrase: 'qué ofrecemos', example: '¿Qué ofrecemos?' },
  {
    kind: 'benefits',
    pattern: unicodePattern(String.raw`^\W*Why [\p{Lu}\d][\p{L}\d&.'-]*(?: [\p{Lu}\d][\p{L}\d&.'-]*){0,2}\s*\?`, 'u'),
    example: 'Why Acme?',
    why: 'A capitalized name after "Why" and a question mark: the employer selling itself ("Why this role?" is not one)',
  },
  // required
  { kind: 'required', phrase: 'required|mandatory|qualification*|minimum', example: 'Minimum qualifications' },
  {
    kind: 'required',
    pattern:
      /\brequirements?\b(?!\s+(?:analysis|gathering|management|definition|elicitation|engineering|documentation|traceability|specification|capture|planning|reviews?|validation)\b)/i,
    example: 'Job requirements',
    why: '"Requirement Analysis:", "Requirements Gathering:" head a phase of the work, its duties, not what is asked',
  },
  {
    kind: 'required',
    pattern: /\b(?:basic|essential)\b(?!(?:\s+(?:job|and|basic|essential))*\s+(?:functions|duties)\b)/i,
    example: 'Basic qualifications',
    why: '"Essential functions", "Essential job duties", "Essential functions and basic duties" head the duties (a US posting\'s term for the core of the job), not what is asked',
  },
  { kind: 'required', phrase: 'must have*', example: 'Must haves' },
  {
    kind: 'required',
    phrase: '^you$',
    example: 'You',
    why: 'Postings laid out as "About the role / You / Nice to have" head the candidate section with the bare word.',
  },
  { kind: 'required', phrase: 'what you will? need|bring', example: "What you'll need" },
  { kind: 'required', phrase: 'what we are looking for', example: "What we're looking for" },
  { kind: 'required', phrase: 'we are looking for', example: 'We are looking for' },
  { kind: 'required', phrase: 'who we are looking for', example: "Who we're looking for" },
  { kind: 'required', phrase: 'what|who we look for', example: 'What we look for in you' },
  { kind: 'required', phrase: 'what we need', example: 'What we need from you' },
  { kind: 'required', phrase: 'what we require', example: 'What we require:' },
  { kind: 'required', phrase: 'is this you', example: 'Is this you?', why: 'The candidate the list describes, asked' },
  {
    kind: 'required',
    phrase: 'what do you need|bring',
    example: 'What do I need?',
    why: 'A posting written as the candidate asks (FIRST_PERSON reads "I" as "you")',
  },
  { kind: 'required', phrase: 'what we expect', example: 'What we expect' },
  { kind: 'required', phrase: 'we expect', example: 'What do we expect from you?' },
  { kind: 'required', phrase: 'what you should have|bring', example: 'What you should bring' },
  { kind: 'required', phrase: 'what it takes', example: 'What it takes' },
  { kind: 'required', phrase: 'you have|bring|are', example: 'Who you are' },
  { kind: 'required', phrase: 'you should|must have|bring', example: 'You should have' },
  {
    kind: 'required',
    phrase: 'you will bring',
    example: "You'll bring:",
    why: 'not "you will need", "you will have": duties go on "you will need to", "you\'ll have to"',
  },
  {
    kind: 'required',
    phrase: '^you will need$',
    example: "You'll need",
    why: 'What the role needs of the candidate, as "What you\'ll need"; "You\'ll need to:" goes on with duties (a responsibilities heading)',
  },
  { kind: 'required', phrase: 'you might|may be', example: 'You might be a fit if' },
  { kind: 'required', phrase: 'about you', example: 'About you' },
  { kind: 'required', phrase: 'skills|skill-set|skillset|proficien*|experience|competenc*', example: 'Skills & experience' },
  { kind: 'required', phrase: 'knowledge and|of', example: 'Knowledge, skills & abilities' },
  { kind: 'required', phrase: 'knowledge$', example: 'Technical knowledge' },
  { kind: 'required', phrase: 'your background|profile|skills|experience|qualifications', example: 'Your profile' },
  { kind: 'required', phrase: 'ideal candidate|person|profile', example: 'The ideal person for this role:' },
  { kind: 'required', phrase: 'your key? strengths', example: 'Your key strengths:' },
  { kind: 'required', phrase: 'evaluate|assess you', example: "We'll evaluate you based on your:", why: 'What the candidate is judged on is what is asked' },
  { kind: 'required', phrase: '^must|muss|musthave$', example: 'Must:', why: 'A bare "Must" heads the must-haves (German postings: "Muss")' },
  { kind: 'preferred', phrase: '^nice$', example: 'Nice:', why: 'The nice-to-haves beside a bare "Must:" (a recruiter\'s shorthand)' },
  { kind: 'required', phrase: 'candidate profile', example: 'Candidate profile' },
  {
    kind: 'required',
    phrase: 'attributes|qualities|characteristics',
    example: 'Personal attributes',
    why: 'The traits the person is to have: asked of the candidate as skills are',
  },
  { kind: 'required', phrase: 'ksas|keyskills', example: 'KSAs', why: 'Knowledge, skills and abilities, abbreviated; key skills run together' },
  {
    kind: 'required',
    phrase: '^behaviours|behaviors$',
    example: 'Behaviours',
    why: 'The UK Civil Service\'s Success Profiles: the behaviours an applicant is assessed against (not "Our behaviours", the employer\'s)',
  },
  { kind: 'required', phrase: 'civil service behaviours|behaviors', example: 'Civil Service behaviours' },
  {
    kind: 'required',
    phrase: 'success profile|profiles',
    example: 'Success profile',
    why: 'The UK Civil Service heading over the behaviours, strengths and experience assessed',
  },
  {
    kind: 'required',
    phrase: '^key|focus capabilities',
    example: 'Focus capabilities',
    why: 'Australian public-sector role descriptions (the NSW and APS capability frameworks): what the applicant must show; not a bare "Capabilities", a product\'s as often',
  },
  { kind: 'required', phrase: 'capabilities for the role', example: 'Capabilities for the role' },
  { kind: 'required', phrase: 'eligibility', example: 'Eligibility criteria', why: 'What an applicant must hold to be considered' },
  { kind: 'required', phrase: 'who should apply', example: 'Who should apply' },
  {
    kind: 'required',
    phrase: 'conditions of employment',
    example: 'Conditions of employment',
    why: 'What a public service hire must hold or pass (a security clearance)',
  },
  {
    kind: 'required',
    pattern: /^education\s*(?:and|&|\/)\s*(?:experience|qualifications?|requirements?|training)$/i,
    example: 'Education & Experience',
    why: 'The degree asked, under a heading of its own; not "Education" alone, a benefit\'s heading as often ("Education" under "Perks")',
  },
  {
    kind: 'required',
    phrase: 'person specification',
    example: 'Person specification',
    why: "The UK public sector's heading of essential and desirable criteria",
  },
  { kind: 'required', phrase: 'to be successful', example: 'To be successful in this role, you:' },
  { kind: 'required', phrase: 'you will thrive', example: "You'll thrive if" },
  { kind: 'required', phrase: 'you will succeed|excel', example: "You'll succeed if", why: 'As "You\'ll thrive if": who the candidate is' },
  { kind: 'required', phrase: 'help you succeed', example: 'What will help you succeed' },
  { kind: 'required', phrase: 'like you to have', example: "We'd like you to have" },
  { kind: 'required', phrase: '^person spec$', example: 'Person spec', why: 'The person specification, shortened' },
  { kind: 'required', phrase: 'a good? fit', example: 'Are we a good fit' },
  { kind: 'required', phrase: 'a great fit', example: 'What makes you a great fit' },
  { kind: 'required', phrase: 'you would be great', example: "Signs you'd be great at this" },
  { kind: 'required', phrase: 'hear from you if', example: "We'd love to hear from you if:" },
  { kind: 'required', phrase: 'non negotiables', example: 'Non-negotiables' },
  {
    kind: 'required',
    phrase: 'selection|essential criteria',
    example: 'Key selection criteria',
    why: "A public employer's criteria that each applicant must address",
  },
  // Each word its own cue: "anforderung*|muss anforderungen" would be two slots and miss a bare "Anforderungen".
  {
    kind: 'required',
    phrase: 'anforderungen|anforderungsprofil|qualifikation|qualifikationen|voraussetzungen|kenntnisse|erfahrungen|zertifizierungen',
    example: 'Anforderungen:',
  },
  { kind: 'required', phrase: 'muss anforderungen|kriterien', example: 'Muss-Anforderungen' },
  { kind: 'required', phrase: 'kompetenzen|softskills', example: 'Technische Kompetenzen:' },
  { kind: 'required', phrase: 'ihr|dein|ihre|deine profil', example: 'Ihr Profil' },
  { kind: 'required', phrase: 'mitbringen|mitbringst', example: 'Was Sie mitbringen' },
  { kind: 'required', phrase: 'profil recherché', example: 'Profil recherché' },
  { kind: 'required', phrase: 'votre profil', example: 'Votre profil :' },
  { kind: 'required', phrase: 'qué buscamos', example: '¿Qué buscamos?' },
  { kind: 'required', phrase: 'compétences|requisitos', example: 'Compétences requises' },
  // responsibilities
  { kind: 'responsibilities', phrase: 'responsibilit*|duties|tasks|accountabilities', example: 'Key responsibilities' },
  { kind: 'responsibilities', phrase: 'essential job? functions|duties', example: 'Essential Job Duties' },
  { kind: 'responsibilities', phrase: 'job functions', example: 'ESSENTIAL JOB FUNCTIONS:' },
  { kind: 'responsibilities', phrase: 'what you will? actually|really|also? do|own', example: "What you'll do" },
  { kind: 'responsibilities', phrase: 'what you will be doing', example: "What you'll be doing" },
  { kind: 'responsibilities', phrase: 'what will you do', example: 'What will I do?', why: 'The question as the candidate asks it' },
  { kind: 'responsibilities', phrase: 'what you will be? work|working on', example: "What you'll be working on" },
  { kind: 'responsibilities', phrase: 'the|your role', example: 'About the role' },
  {
    kind: 'responsibilities',
    phrase: 'about this role|position|job|opportunity',
    example: 'About this role',
    why: 'Before the about pattern, which reads a capitalized word after "About" as the employer\'s name ("About This Role")',
  },
  { kind: 'responsibilities', phrase: 'role overview|summary|description|profile', example: 'Role overview' },
  { kind: 'responsibilities', phrase: 'get to do|work|build|own|lead|shape|drive', example: "What you'll get to do" },
  { kind: 'responsibilities', phrase: 'the job|position|opportunity|work|challenge', example: 'The opportunity' },
  { kind: 'responsibilities', phrase: 'position|job summary|description', example: 'Job description' },
  { kind: 'responsibilities', phrase: 'day to day', example: 'Day-to-day' },
  { kind: 'responsibilities', phrase: 'day in the life', example: 'A day in the life' },
  { kind: 'responsibilities', phrase: 'typical week|day', example: 'A typical week' },
  { kind: 'responsibilities', phrase: 'spend your time', example: "How you'll spend your time" },
  { kind: 'responsibilities', phrase: 'success looks like', example: 'What success looks like' },
  { kind: 'responsibilities', phrase: 'first 30|60|90|100 days', example: 'Your first 90 days' },
  { kind: 'responsibilities', phrase: 'within # days|weeks|months|year|years', example: 'Within 3 months, you will:' },
  { kind: 'responsibilities', phrase: 'key outcomes|deliverables', example: 'Key outcomes' },
  { kind: 'responsibilities', phrase: 'impact', example: 'Your impact' },
  { kind: 'responsibilities', phrase: 'be responsible for$', example: "What you'll be responsible for" },
  { kind: 'responsibilities', phrase: 'scope of the role|position|job', example: 'Scope of the role' },
  { kind: 'responsibilities', phrase: 'what you will achieve|accomplish', example: "What you'll achieve" },
  { kind: 'responsibilities', phrase: 'your contribution|contributions', example: 'Your contribution' },
  { kind: 'responsibilities', phrase: 'areas of responsibility', example: 'Areas of responsibility' },
  { kind: 'responsibilities', phrase: 'success measures|metrics', example: 'Success measures' },
  { kind: 'responsibilities', phrase: 'measure success', example: 'How we measure success' },
  { kind: 'responsibilities', phrase: 'key performance indicators', example: 'Key performance indicators' },
  { kind: 'responsibilities', phrase: 'in this role', example: 'In this role you will:' },
  { kind: 'responsibilities', phrase: 'key activities', example: 'Key activities' },
  { kind: 'responsibilities', phrase: 'result|performance areas', example: 'Key result areas', why: 'KRAs: the duties by which the role is judged' },
  { kind: 'responsibilities', phrase: 'you will add value', example: "How you'll add value:" },
  // "Overview", "Position Overview", "Program Overview"; not the employer's ("Company Overview", "Agency Overview": about)
  { kind: 'responsibilities', phrase: '^overview$', example: 'Overview' },
  { kind: 'responsibilities', phrase: 'position|job|project|program|programme|opportunity|assignment overview', example: 'Position Overview' },
  { kind: 'responsibilities', phrase: 'what the job involves', example: 'What the job involves' },
  { kind: 'responsibilities', phrase: 'how you will contribute|help', example: "How you'll contribute" },
  { kind: 'responsibilities', phrase: 'your mission|tasks', example: 'Your mission' },
  { kind: 'responsibilities', phrase: 'aufgabe*|tätigkeit*|projektbeschreibung|leistungsbeschreibung|stellenbeschreibung', example: 'Ihre Aufgaben' },
  { kind: 'responsibilities', phrase: 'ihre|deine rolle', example: 'Deine Rolle' },
  { kind: 'responsibilities', phrase: 'missions|funciones|responsabilidades', example: 'Vos missions' },
  { kind: 'responsibilities', phrase: 'qué harás', example: '¿Qué harás?' },
  // German joins a word to the one it qualifies: "Hauptaufgaben" are the main tasks.
  { kind: 'responsibilities', phrase: 'hauptaufgabe*|projektaufgabe*|kernaufgabe*', example: 'Hauptaufgaben:' },
  { kind: 'responsibilities', phrase: '^you will', example: 'You will:', why: 'A heading that opens a list of what the role does' },
  { kind: 'responsibilities', phrase: 'roles|position|positions you will$', example: 'In both roles you will:', why: 'As "In this role you will:"' },
  {
    kind: 'responsibilities',
    phrase: '^you would be working|doing',
    example: "You'd be working with me on...",
    why: 'The role as the hiring manager offers it',
  },
  // about: the employer describing itself, its mission, values and culture
  { kind: 'about', phrase: 'about us', example: 'ABOUT US' },
  { kind: 'about', phrase: 'about the company|team|organization|organisation', example: 'About the company' },
  { kind: 'about', phrase: '^the|your team$', example: 'The team', why: 'The heading alone: "Lead the team" is a duty' },
  { kind: 'about', phrase: 'meet the team', example: 'Meet the team' },
  { kind: 'about', phrase: 'team you will join', example: "The team you'll join" },
  // other: a section of its own that asks nothing by its heading (its lines' own cues still may): the tools the team
  // uses, whom the role deals with, the job's facts; without a heading of its own such a list would take the weight of
  // the list above it ("Nice to have … / Our stack / Jira, Notion, Slack").
  { kind: 'other', phrase: 'tech|technology|our|the stack', example: 'Our stack' },
  { kind: 'other', phrase: '^tools|technologies|toolkit|toolset$', example: 'Technologies' },
  { kind: 'other', phrase: 'tools and|& technologies', example: 'Tools & technologies' },
  { kind: 'other', phrase: 'tools we use', example: 'Tools we use' },
  { kind: 'other', phrase: 'our tools', example: 'Our tools' },
  { kind: 'other', phrase: 'technical environment', example: 'Technical environment' },
  { kind: 'other', phrase: 'key relationships|stakeholders|contacts', example: 'Key relationships' },
  { kind: 'other', phrase: '^reports to$', example: 'Reports to' },
  { kind: 'other', phrase: 'reporting line|lines|relationships', example: 'Reporting line' },
  { kind: 'other', phrase: 'position|role details', example: 'Position details' },
  { kind: 'other', phrase: 'work schedule', example: 'Work schedule' },
  { kind: 'other', phrase: 'working hours', example: 'Working hours' },
  { kind: 'other', phrase: '^schedule|hours|location|locations$', example: 'Location' },
  { kind: 'other', phrase: 'where you will work', example: "Where you'll work" },
  { kind: 'about', phrase: '^about company$', example: 'About company', why: "A board's template heading (Naukri) over the employer's paragraph" },
  { kind: 'about', phrase: 'who we are', example: 'Who we are:' },
  { kind: 'about', phrase: 'our company|mission|story|team|teams|culture|values|purpose|funding|investors', example: 'Our values' },
  { kind: 'about', phrase: 'company overview|description|profile|introduction', example: 'Company Description' },
  {
    kind: 'about',
    phrase: 'agency|department|organization|organisation|business|firm|employer|group|team overview',
    example: 'Agency Overview:',
    why: 'The employer, as public-sector and corporate postings head it',
  },
  { kind: 'about', phrase: 'life at', example: 'Life at Acme' },
  { kind: 'about', phrase: 'why we exist', example: 'Why we exist' },
  { kind: 'about', phrase: 'additional information', example: 'Additional Information' },
  { kind: 'about', phrase: '^other information$', example: 'Other information' },
  { kind: 'about', phrase: 'über uns', example: 'Über uns' },
  { kind: 'about', phrase: 'das unternehmen', example: 'Das Unternehmen' },
  { kind: 'about', phrase: 'wer wir sind', example: 'Wer wir sind' },
  { kind: 'about', phrase: 'culture|values|mission$', example: 'Culture & values' },
  { kind: 'about', phrase: 'what we stand for', example: 'What we stand for' },
  { kind: 'about', phrase: '^what we value|believe$', example: 'What we value', why: 'The heading alone: "What we value in candidates" asks' },
  { kind: 'about', phrase: 'our principles|beliefs|commitments', example: 'Our principles' },
  { kind: 'about', phrase: 'guiding|operating|leadership principles', example: 'Our operating principles' },
  {
    kind: 'about',
    pattern: unicodePattern(String.raw`(?<![\p{L}\p{N}])[Aa]bout (?:[\p{Lu}]|\d(?!${AN_AGE}))|^\W*ABOUT [\p{Lu}\d]`, 'u'),
    example: 'About Acme',
    why: 'A capitalized name after "About" is the employer ("About 3M" too); "About the data platform" is not, nor a board\'s "posted about 1 month ago"',
  },
  { kind: 'about', pattern: /^the \S+ story$/iu, example: 'THE ACME STORY', why: 'a name between "the" and "story"' },
];

/**
 * Headings over a posting's whole text rather than over the role's duties: job boards print them above all that the
 * employer pasted, which often opens with the employer describing itself ("Job description" / "Acme is a technology
 * company. We believe …"). Under one, sentences are read for company cues as in a posting's opening lines, until the
 * text first speaks of the role or lists an item (src/analyze/sections.ts). Whole headings, compared after
 * normalizing (case, decoration, a final colon).
 */
export const BODY_HEADINGS: ReadonlySet<string> = new Set([
  'job description',
  'description',
  'about the job',
  'overview',
  'job overview',
  'job summary',
  'summary',
  'position description',
  'job details',
  'details',
]);

/** Cues inside a content line: what weighs a clause. */
export type ClauseCueKind =
  | 'preferred'
  | 'preferred-ahead'
  | 'not-preferred'
  | 'required'
  | 'not-required'
  | 'stated-required'
  | 'describes-role'
  | 'describes-candidate'
  | 'explicit-required'
  | 'boilerplate';

export const CLAUSE_CUES: Cue<ClauseCueKind>[] = [
  // preferred: "plus" only as a cue word, never "5+ years", "10 plus years", "C++", "Disney+"
  { kind: 'preferred', phrase: 'a plus', example: 'PMP certification is a plus' },
  { kind: 'preferred', phrase: 'big|strong|huge|definite|added|extra|real|major|bonus plus', example: 'German is a strong plus' },
  { kind: 'preferred', phrase: 'is|are plus', example: 'Knowledge of SAP is plus' },
  { kind: 'preferred', pattern: /^\W*(?:a )?plus\s*:/i, example: 'Plus: Snowflake or dbt', why: '"Plus:" as a label opens the line' },
  {
    kind: 'preferred',
    pattern: lastCell('nice(?:[ -]to[ -]have)?|optional|bonus|plus'),
    example: 'Terraform \u2014 Working knowledge \u2014 1 year \u2014 Nice',
    why: "A table's row whose last cell marks it: a cell of its own, apart by a dash, a bar, a tab or a run of spaces",
  },
  { kind: 'preferred', phrase: 'preferred|preferably|prefer|preference', example: 'Experience with Tableau preferred' },
  { kind: 'preferred', phrase: 'nice|good to have', example: 'Kotlin is nice to have' },
  { kind: 'preferred', phrase: 'nice|great if', example: 'Nice if you know Figma' },
  { kind: 'preferred', phrase: 'a|is|are bonus', example: 'Salesforce admin experience is a bonus' },
  { kind: 'preferred', phrase: 'bonus points', example: 'Bonus points for Rust' },
  { kind: 'preferred', phrase: 'desired|desirable|ideally|advantageous|beneficial', example: 'A Scrum certification is desirable' },
  {
    kind: 'preferred',
    phrase: 'is|are|be helpful',
    example: 'Experience with Figma would be helpful',
    why: 'Only as what a thing is: "helpful" before a noun describes the product ("radically helpful experiences")',
  },
  {
    kind: 'preferred',
    pattern: /\bwould\s+(?:also\s+|really\s+|certainly\s+)?help\W*$/i,
    example: 'Experience with remote patient monitoring would also help.',
    why: 'At the end of its clause, as "would be helpful" says; "You would help teams adopt Scrum" is a duty',
  },
  { kind: 'preferred', phrase: 'an added? advantage', example: 'Kanban experience would be an added advantage' },
  { kind: 'preferred', phrase: 'a big|strong|huge|definite|real|major|distinct|clear advantage', example: 'Dutch is a big advantage' },
  { kind: 'preferred', phrase: 'is|are|be advantage', example: 'Knowledge of ITIL is advantage' },
  { kind: 'preferred', phrase: 'an asset', example: 'Familiarity with Visio is an asset' },
  { kind: 'preferred', phrase: 'a strong|great|real|big|valuable|definite asset', example: 'Knowledge of GDPR is a strong asset' },
  {
    kind: 'preferred',
    pattern: /\(\s*optional\s*\)/i,
    example: 'Asana (optional)',
    why: 'In brackets after the thing; "a travel plan that is optional" asks Jira still',
  },
  { kind: 'preferred', phrase: 'be prioritized|prioritised', example: 'Candidates with a CISSP will be prioritized' },
  { kind: 'preferred', phrase: 'helps$', example: 'Exposure to Datadog helps', why: 'At the end of its clause: "it helps teams ship" is a duty' },
  { kind: 'preferred', phrase: 'highly|is|are valued', example: 'PMP or CSM certifications highly valued' },
  { kind: 'preferred', phrase: 'would be great|ideal', example: 'Some Python would be great' },
  {
    kind: 'preferred',
    pattern: /\bit(?:\s+would|['\u2019]d)\s+(?:also\s+)?be\s+(?:[a-z]+\s+){1,2}if\b/i,
    example: 'It would be amazing if you knew Figma',
    why: 'A wish with a dummy subject, whatever its word of praise',
  },
  {
    kind: 'preferred',
    phrase: 'set|sets you apart',
    example: 'Knowledge of TM Forum APIs would set you apart',
    why: 'as the heading "What sets you apart" says',
  },
  {
    kind: 'preferred',
    phrase: 'make|makes you stand out',
    example: 'Kafka experience will make you stand out',
    why: 'as the heading "What will make you stand out" says',
  },
  { kind: 'preferred', phrase: 'additional|added value', example: 'Architecture work would be an additional value' },
  {
    kind: 'preferred',
    phrase: 'be|being|is|are an? additional|added benefit',
    example: 'Familiarity with Salesforce would be an additional benefit',
    why: 'Not "an additional benefit package": the words that say it would add to the rest',
  },
  { kind: 'preferred', phrase: '^bonus if|for', example: 'Bonus if you know Python', why: 'As "bonus points for": what would add to the rest' },
  { kind: 'preferred', phrase: 'not required|necessary|mandatory|essential', example: 'A degree is welcome but not required' },
  { kind: 'preferred', phrase: 'not require|requires', example: 'The role does not require deep SQL' },
  { kind: 'preferred', phrase: "isn't|aren't required|necessary|mandatory|essential", example: "A PMP isn't required, but it helps" },
  { kind: 'preferred', phrase: "doesn't require|requires", example: "The role doesn't require deep SQL" },
  { kind: 'preferred', phrase: 'appreciated|favoured|favored', example: 'Technical degrees are favored' },
  {
    kind: 'preferred',
    phrase: 'is|be welcome|welcomed',
    example: 'Experience with SAFe is welcome',
    why: 'Not "are welcome": "Applications are welcome only from candidates fluent in German" asks for German',
  },
  { kind: 'preferred', phrase: 'is|are|be useful|handy', example: 'Exposure to Snowflake would be useful' },
  { kind: 'preferred', phrase: 'in your favour|favor', example: 'Any exposure to ServiceNow counts in your favour' },
  {
    kind: 'preferred',
    pattern: /\(\s*(?:highly|well)\s+regarded\s*\)|\b(?:is|are|be|being)\s+(?:highly|well)\s+regarded\b/i,
    example: 'PMP, PRINCE2 or equivalent certification (highly regarded)',
    why: 'Australian postings\' word for a desirable; not "a highly regarded employer", which praises',
  },
  { kind: 'preferred', phrase: 'wünschenswert|vorteilhaft|idealerweise|optimalerweise', example: 'SAFe-Zertifizierung wünschenswert' },
  { kind: 'preferred', phrase: 'von vorteil', example: 'Erfahrung mit Jira ist von Vorteil' },
  { kind: 'preferred', phrase: 'ein|un atout|plus', example: 'Une certification PMP est un atout' },
  // Adverbs that qualify what follows them (to the next comma), not what came before.
  { kind: 'preferred-ahead', phrase: 'ideally|preferably|optionally', example: '5+ years in delivery, ideally in payments' },
  { kind: 'preferred-ahead', phrase: 'idealerweise|vorzugsweise', example: 'Erfahrung im Energiesektor, idealerweise mit SAP' },
  // A preferred cue denied: "not a plus" weighs nothing as preferred.
  { kind: 'not-preferred', phrase: 'not a? plus', example: 'Travel is not a plus here' },
  // required (for lines outside any requirements heading)
  { kind: 'required', phrase: 'required|mandatory', example: 'A PMP is required' },
  { kind: 'required', phrase: 'is|are essential', example: 'A PRINCE2 qualification is essential' },
  { kind: 'required', pattern: /\(\s*essential\s*\)/i, example: 'PRINCE2 Practitioner (essential)', why: 'as "(desirable)" marks the preferred ones' },
  { kind: 'required', phrase: 'must have|be', example: 'You must have shipped hardware' },
  { kind: 'required', phrase: 'minimum of', example: 'A minimum of five years in delivery' },
  { kind: 'required', phrase: 'at least #', example: 'At least 3 years with Scrum' },
  { kind: 'required', phrase: '# years', example: '5+ years leading programs' },
  {
    kind: 'required',
    phrase: 'two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen years of|or|in|as|experience',
    example: "You've probably spent five years or more delivering digital projects",
    why: 'The number spelled out, as "# years" reads it in digits; with what follows, as a length of time may be the employer\'s ("named to the list for three years")',
  },
  { kind: 'required', phrase: 'years of relevant? experience', example: 'Several years of experience in fintech' },
  { kind: 'required', phrase: 'degree in', example: 'A degree in computer science' },
  { kind: 'required', phrase: 'bachelor*', example: "Bachelor's in engineering" },
  { kind: 'required', phrase: 'proficien*', example: 'Proficiency in SQL' },
  { kind: 'required', phrase: 'familiarity|knowledge with|of', example: 'Familiarity with Terraform' },
  {
    kind: 'required',
    phrase: 'experience with|in|leading|managing|working|delivering|driving|as',
    example: 'Experience with Jira and Confluence',
  },
  { kind: 'required', phrase: 'strong|solid|deep understanding|background|knowledge', example: 'Strong background in networking' },
  { kind: 'required', phrase: 'track record', example: 'A track record of shipping' },
  { kind: 'required', phrase: 'ability to', example: 'Ability to travel' },
  {
    kind: 'required',
    pattern: /^\W*requir(?:es|e|ing)\b/i,
    example: 'Requires PMI-ACP, CSM, or equivalent certification.',
    why: 'Only where it opens the item: "users who require reliable connectivity", "a schedule that requires employees to work in the office" ask nothing of the candidate, and "This role requires …" is describes-candidate',
  },
  { kind: 'required', phrase: 'background in', example: 'Background in network engineering' },
  { kind: 'required', phrase: 'zwingend|erforderlich|vorausgesetzt|berufserfahrung|mehrjährige', example: 'Mehrjährige Erfahrung in der Projektleitung' },
  { kind: 'required', phrase: 'erfahrung|kenntnisse in|im|mit|als|von|der', example: 'Kenntnisse in SAP S/4HANA' },
  // not-required: "required" that asks nothing of the candidate: an adverb of a duty ("as required"), an attribute of
  // a thing ("the required documentation"), the job's logistics ("Travel required", "On-Call Commitment Required").
  // Its span does not count as a required cue.
  { kind: 'not-required', phrase: 'as|when|where|wherever|if required', example: 'Maintains project plans, issue logs and other SDLC artifacts as required' },
  { kind: 'not-required', phrase: 'the|any|all|and required', example: 'Ensure the project team follows the required quality processes' },
  {
    kind: 'not-required',
    phrase: 'travel|onsite|on-site|on-call presence|commitment? is|may|will? be? required',
    example: 'On-site presence is required to launch new projects',
  },
  // stated-required: a requirement stated outright, which counts even in a list of duties (many postings put their
  // requirements under "Responsibilities" or "Job description"); the required cues above ("ability to", "experience
  // with") also describe duties, so they speak only where no heading does.
  { kind: 'stated-required', phrase: 'must have|possess', example: 'Must have strong delivery experience in healthcare programs' },
  { kind: 'stated-required', phrase: 'minimum of', example: 'Minimum of 5 years project management experience' },
  {
    kind: 'stated-required',
    pattern: /\(\s*essential\s*\)/i,
    example: 'PRINCE2 Practitioner (essential)',
    why: 'a criterion marked essential, as in a person specification',
  },
  {
    kind: 'stated-required',
    pattern: lastCell('must(?:[ -]have)?|required|mandatory|essential'),
    example: 'Jira | Advanced | Must',
    why: "A table's row whose last cell marks it as asked, as a row marked 'Nice' is wanted (a skills matrix, a scorecard)",
  },
  { kind: 'stated-required', phrase: '# years of relevant|related? experience', example: '6 years of related experience in delivery' },
  { kind: 'stated-required', phrase: '# years in', example: '5+ years in aerospace project management' },
  { kind: 'stated-required', phrase: 'skills|experience|degree|certification required', example: 'Excellent communication and leadership skills required.' },
  {
    kind: 'stated-required',
    pattern: /\b(?:is|are)\s+(?:also\s+)?(?:required|mandatory|a must)\W*$/i,
    example: 'Understanding of microservices and Kafka based event streaming is required.',
    why: 'A requirement said outright at its clause end, under a duties heading as well ("Various order-to-cash experience is required")',
  },
  // describes-role: a sentence (no list item) under a requirements heading that introduces the role or says what it
  // does ("What we need: In this role, you will manage ..."): the role's description, not a requirement.
  { kind: 'describes-role', phrase: 'looking for', example: 'We are looking for someone who is passionate about building web products.' },
  { kind: 'describes-role', phrase: 'seeking|hiring', example: 'Our client is seeking a skilled Project Manager to deliver a mail migration.' },
  { kind: 'describes-role', phrase: 'in this role', example: 'In this role, you will manage the end-to-end implementation of our product.' },
  { kind: 'describes-role', phrase: 'this person|role|position will', example: 'This role will engage in capacity planning across projects.' },
  // describes-candidate: a sentence (no list item) outside the lists that pictures the role's ideal candidate or what
  // the role requires, in prose; with describes-role, it keeps the required cues of intro text from weighing it (the
  // labels read such prose as mentioned: required is what a requirements list asks).
  {
    kind: 'describes-candidate',
    phrase: 'ideal candidate|candidates|applicant|applicants',
    example: 'The ideal candidate would have prior TPM experience in trust and safety.',
  },
  {
    kind: 'describes-candidate',
    phrase: 'role|position|job will? require|requires',
    example: 'This role requires deep experience with complex system architecture.',
  },
  { kind: 'describes-candidate', phrase: 'if|do you have', example: 'If you have a proven track record driving delivery, we want to connect with you.' },
  // A requirement said outright: beside a preferred cue, each keeps its own part ("PMP required, CSM a plus").
  { kind: 'explicit-required', phrase: 'required|must|mandatory', example: 'PMP required, CSM a plus' },
  // boilerplate: EEO, benefits and pay wherever they stand
  { kind: 'boilerplate', phrase: 'equal opportunity', example: 'We are an equal opportunity employer' },
  { kind: 'boilerplate', phrase: 'without regard to', example: 'without regard to race or religion' },
  { kind: 'boilerplate', phrase: 'discriminate|discrimination', example: 'It is our policy not to discriminate against any applicant' },
  {
    kind: 'boilerplate',
    phrase: 'state and|or local law|laws',
    example: 'We comply with the Americans with Disabilities Act and applicable state and local laws',
    why: 'The employer keeping the law, not a regulation the role works to',
  },
  { kind: 'boilerplate', phrase: 'reasonable accommodation*', example: 'Reasonable accommodations are available' },
  { kind: 'boilerplate', phrase: 'any|an accommodation*', example: 'Write to us should you require any accommodations' },
  { kind: 'boilerplate', phrase: 'e verify', example: 'We participate in E-Verify' },
  { kind: 'boilerplate', phrase: 'protected veteran', example: 'protected veteran status' },
  { kind: 'boilerplate', phrase: 'sexual orientation', example: 'race, religion, sexual orientation' },
  { kind: 'boilerplate', phrase: 'gender identity', example: 'gender identity or expression' },
  { kind: 'boilerplate', phrase: 'national origin', example: 'age or national origin' },
  { kind: 'boilerplate', phrase: 'genetic information', example: 'genetic information, or veteran status' },
  { kind: 'boilerplate', phrase: 'background check*|investigation*', example: 'Subject to a background check' },
  { kind: 'boilerplate', phrase: 'drug test|tests|testing|screen|screening|free', example: 'Employment is contingent on a drug test' },
  { kind: 'boilerplate', phrase: 'visa|h1b|h-1b|h1 sponsorship|status|transfer|candidates', example: 'This position does not provide visa sponsorship' },
  { kind: 'boilerplate', phrase: 'sponsor visas|visa|h1b|h-1b', example: 'We are unable to sponsor H1B candidates at this time' },
  { kind: 'boilerplate', phrase: 'authorized|authorised to work', example: 'Those authorized to work in the US are encouraged to apply' },
  {
    kind: 'boilerplate',
    phrase: 'apply through|via',
    example: 'Internal candidates should apply through Workday.',
    why: 'How to apply names the application system, no skill ("please apply through our ADP web portal")',
  },
  {
    kind: 'boilerplate',
    phrase: 'people|persons|individuals|candidates|applicants with disabilit*',
    example: 'We welcome applications from people with disabilities',
  },
  {
    kind: 'boilerplate',
    phrase: 'eligible for a? bonus|bonuses|benefits|equity|incentives|additional|employee',
    example: 'This position is also eligible for equity awards',
    why: 'Pay and benefits; "eligible for a security clearance" stays a requirement',
  },
  { kind: 'boilerplate', pattern: /\b401\(?k\)?/i, example: '401(k) with company match', why: 'parentheses inside the name' },
  {
    kind: 'boilerplate',
    pattern: /(?:^\W*skills match\s*:|,?\s*\+\d+ more\s*$)/i,
    example: 'Skills: Jira, Confluence, Cloud Computing, +8 more',
    why: "A board's chips of skills it derived or matched to the reader's profile, cut short ('+8 more', 'Skills match:'), copied with the page",
  },
  { kind: 'boilerplate', phrase: 'paid time off', example: 'Generous paid time off' },
  { kind: 'boilerplate', phrase: 'parental leave', example: 'Sixteen weeks of parental leave' },
  { kind: 'boilerplate', phrase: 'health|medical|dental|vision insurance|coverage|benefits', example: 'Medical and dental insurance' },
  { kind: 'boilerplate', phrase: 'stock options', example: 'Stock options for everyone' },
  { kind: 'boilerplate', phrase: 'tuition|education reimbursement|assistance', example: 'Tuition reimbursement for a degree or an MBA' },
  {
    kind: 'boilerplate',
    phrase: 'your growth',
    example: 'Your growth is backed by mentorship and continuous learning.',
    why: 'What the employer offers for the hire\'s own growth is a benefit, not a skill asked ("your team\'s growth" is not this)',
  },
  {
    kind: 'boilerplate',
    phrase: 'learning|education|development budget|stipend|allowance',
    example: 'A yearly learning budget for courses and certifications',
  },
  { kind: 'boilerplate', phrase: 'pay|salary range', example: 'The salary range is wide' },
  { kind: 'boilerplate', phrase: 'base salary', example: 'A competitive base salary' },
  {
    kind: 'boilerplate',
    pattern: /\$\s?\d{2,3}[,.]?\d(?![\d,.]*(?:[KMB]?\+|\s*(?:MM|[MB]n?)\b)|[^.;\n]*(?:\b(?:million|billion)\b|\$\s?\d+(?:\.\d+)?\s*(?:MM|[MB]n?)\b))/,
    example: 'Pay: $120,000 a year',
    why: 'An amount of dollars is pay; one with a "+", or in millions or before an amount in millions in its clause, is the size of a budget, a project or the employer ("budgets of $500K+ initiatives", "$120 million in revenue", "budgets of $500K to $3M")',
  },
  { kind: 'boilerplate', phrase: 'privacy notice|policy|statement', example: 'See our privacy notice' },
  { kind: 'boilerplate', phrase: 'applicant|applicants with|who', example: 'Applicants with disabilities may ask for help' },
  { kind: 'boilerplate', phrase: 'we are committed to diversity|creating|building|fostering', example: "We're committed to creating a fair process" },
  { kind: 'boilerplate', phrase: 'pursuant to', example: 'Pursuant to local law, we share pay' },
  { kind: 'boilerplate', phrase: 'fair chance', example: 'A fair chance employer' },
  // The new hire's own onboarding is what the employer gives, not onboarding work the role does.
  { kind: 'boilerplate', phrase: 'your onboarding|orientation', example: 'Gain mentorship through your onboarding programs' },
  { kind: 'boilerplate', phrase: 'corporate|departmental|new-hire onboarding', example: 'Participate in corporate onboarding and meet the team' },
  { kind: 'boilerplate', phrase: 'your first # days|weeks|months', example: 'In your first 90 days you will meet your mentor and learn our tools' },
  { kind: 'boilerplate', phrase: 'onboarding|peer buddy', example: 'Meet your onboarding buddy on day one' },
  // A warning to applicants: "the recruiting team will never ask for payment".
  {
    kind: 'boilerplate',
    phrase: 'recruitment|recruiting|hiring|job|employment fraud|scam|scams',
    example: 'Report suspected recruitment fraud to our security team',
  },
  { kind: 'boilerplate', phrase: 'never ask|request for? payment|money|fees', example: 'We will never ask for payment during the hiring process' },
  // The employer's values named as a list ("Core Values: Relentlessly Seek Greatness, Solve Problems Together") are
  // its slogans, whatever section they stand in: "Solve Problems" or "Pursue the Root Cause" asks no skill.
  {
    kind: 'boilerplate',
    pattern: /\b(?:values|culture)(?:\s+(?:and|&)\s+(?:mission|values|culture))?\s*:/i,
    example: "These responsibilities support Nava's culture and mission: Be Active Stewards, Pursue the Root Cause",
    why: 'A colon after "values" or "culture" opens the list of the values themselves; phrase slots cannot say the colon',
  },
  {
    kind: 'boilerplate',
    phrase: 'by applying|submitting',
    example: 'By applying to this position, you commit to our security policies',
    why: 'What an applicant agrees to (data use, policies, arbitration) is a notice, not a requirement',
  },
  // A recruiter's e-mail pasted as a posting opens with a greeting, often run together with where the recruiter
  // found the reader ("Hope you are doing well!I found your profile on a job board/data base"): no requirement.
  {
    kind: 'boilerplate',
    phrase: 'hope you are doing well',
    example: 'Hi, hope you are doing well! I came across your profile on a job board/data base.',
    why: "A recruiter's greeting, with how the recruiter found the reader",
  },
  { kind: 'boilerplate', phrase: 'hope this|the email|e-mail|mail|message finds you', example: 'I hope this email finds you well.' },
  // A job board's prompts copied with the page: job alerts and referral nudges name other jobs, ask nothing.
  { kind: 'boilerplate', phrase: 'get notified|alerted about|of|when', example: 'Get notified about new Program Manager jobs in Austin, TX.' },
  { kind: 'boilerplate', phrase: 'referrals increase', example: 'Referrals increase your chances of interviewing at Acme by 2x.' },
];

/**
 * A line that describes the employer rather than the role: "Acme is a leading provider of …", "Founded in
 * 2010, we …", "Our mission is …". A `role` cue in the same line wins: "We're looking for a TPM to join our
 * fast-growing team" is about the role. `after-name` cues follow the employer's name. `culture` cues (mission, values, "Life at Acme") mark what the employer
 * believes rather than what it does; they also name the kind of an "About" heading. `anywhere` cues are so plainly
 * the employer's history or standing that they mark a sentence even among the role's sections ("in business since
 * 1985"). `standing` cues are the employer's awards and rankings and where its people come from ("named to the
 * Forbes Cloud 100", "the team comprises leaders from fintech companies"): the employer's, wherever they stand, and
 * nothing in them counts, not even an industry (the lists and former employers are not the role's trade). `recruiter` cues are a staffing firm selling its own service ("access to 500 open requirements across all
 * industries"): neither the role nor its employer, so nothing there counts, not even an industry.
 */
export type CompanyCueKind = 'company' | 'culture' | 'anywhere' | 'standing' | 'recruiter' | 'after-name' | 'role' | 'role-opening';

export const COMPANY_CUES: Cue<CompanyCueKind>[] = [
  { kind: 'company', phrase: 'we are a|an|the', example: "We're a fast-growing fintech serving small businesses." },
  {
    kind: 'company',
    phrase: 'is a|an|the leader|leading|global|fast-growing|growing|pioneer*|trusted',
    example: 'Acme is a leading provider of payroll software.',
  },
  { kind: 'company', phrase: 'leading provider|supplier|platform|company', example: 'The leading platform for field service teams.' },
  {
    kind: 'company',
    pattern: unicodePattern(
      String.raw`(?<![\p{L}\p{N}])is (?:the|a|an|our) (?:[\p{L}\p{N}'\u2019,-]+ ){0,4}(?:platform|product|solution|system|service)s? (?:for|that|which)(?![\p{L}\p{N}])`,
      'iu',
    ),
    example: "Quartz is the firm's cross-asset platform for pricing and analytics.",
    why: 'A product introduced by what it is for: the words between "is a" and "platform" vary without end',
  },
  { kind: 'company', phrase: 'provider|providers of', example: 'One of the largest providers of logistics services in Europe.' },
  { kind: 'company', phrase: 'founded|headquartered', example: 'Founded in 2010, we build tools for builders.' },
  { kind: 'company', phrase: 'established in', example: 'Established in 1998, the firm serves banks.' },
  { kind: 'company', phrase: 'our customers|clients|investors|founders', example: 'Our customers range from corner shops to airlines.' },
  {
    kind: 'company',
    phrase: "the company's|firm's core? products|services|platforms",
    example: "The company's core products are a maps app and a smart watch.",
  },
  // A staffing firm's client is the employer: "Our client, a regional insurer, …" names the role's industry.
  { kind: 'company', phrase: 'our client', example: 'Our client, a regional insurer, keeps growing.' },
  { kind: 'culture', phrase: 'our mission|vision|values|purpose|culture', example: 'Our mission is to make energy cheaper for everyone.' },
  { kind: 'culture', phrase: 'core values', example: 'Three core values guide every decision.' },
  { kind: 'culture', phrase: 'cultural values|principles', example: 'We uphold our cultural values of candor and care.' },
  { kind: 'culture', phrase: 'we value', example: 'We value curiosity and candor.' },
  { kind: 'culture', phrase: 'we pride ourselves', example: 'We pride ourselves on shipping on time and on budget.' },
  { kind: 'culture', phrase: 'life at', example: 'Life at Acme' },
  { kind: 'culture', phrase: '^culture|values|mission|purpose', example: 'Culture & values' },
  {
    kind: 'company',
    phrase: 'our platform|products|product|solution|solutions|software|technology',
    example: 'Our platform powers thousands of online stores.',
  },
  {
    kind: 'company',
    pattern: unicodePattern(String.raw`(?<![\p{L}\p{N}])[Oo]ur [\p{L}-]+ (?:platform|products?|solutions?|software|technology)(?![\p{L}\p{N}])`, 'u'),
    example: 'Our enterprise-grade technology turns conversations into clinical notes.',
    why: 'One word may describe what the employer sells ("our AI-powered platform"); phrase slots cannot say "any word"',
  },
  { kind: 'company', phrase: 'we believe|help|empower|enable|serve', example: 'We help hospitals schedule staff.' },
  { kind: 'company', phrase: 'we partner with', example: 'We partner with utilities on grid software.' },
  {
    kind: 'company',
    pattern: /^\W*[Ww]e(?:'re|\u2019re| are) (?!looking|hiring|seeking|recruiting|searching)[a-z]+ing\b/,
    example: "We're building the future of payments for small shops.",
    why: 'The employer saying what it is doing, at the start of a sentence: the verb varies',
  },
  {
    kind: 'company',
    phrase: 'as a|an leading|global|fast-growing|growing|trusted|premier|pioneering|world-class|award-winning',
    example: "As a leading digital agency, Acme's client roster spans many industries.",
  },
  { kind: 'company', phrase: 'as pioneers|leaders in', example: 'As pioneers in speech recognition, we set the standards.' },
  { kind: 'company', phrase: 'we specialize|specialise in', example: 'We specialize in program management for federal agencies.' },
  { kind: 'company', phrase: 'company|firm|agency|provider specializing|specialising in', example: 'An IT company specializing in web dashboards.' },
  {
    kind: 'company',
    phrase: '# employees|people|countries|offices|customers|clients|locations',
    example: 'With 4,000 employees in 30 countries, we keep growing.',
  },
  { kind: 'company', phrase: 'employees worldwide', example: 'More than 900 employees worldwide.' },
  { kind: 'company', phrase: 'around the world', example: 'Retailers around the world count on our scanners.' },
  { kind: 'company', phrase: 'across the globe', example: 'Shoppers across the globe use the app.' },
  { kind: 'company', phrase: "the world's", example: "The world's most loved notebook app." },
  { kind: 'company', phrase: 'trusted|backed|funded by', example: 'Backed by top investors, we keep shipping.' },
  { kind: 'company', phrase: 'series a|b|c|d|e', example: 'We raised our Series B last spring.' },
  { kind: 'company', phrase: 'fortune #', example: 'Half of the Fortune 500 run on it.' },
  { kind: 'company', phrase: 'market|industry leader*', example: 'The market leader in fleet telematics.' },
  { kind: 'anywhere', phrase: 'founded|established in #', example: 'Founded in 1972, the group runs twelve plants.' },
  { kind: 'anywhere', phrase: 'in business since', example: 'In business since 1985, the firm serves banks.' },
  { kind: 'anywhere', phrase: 'privately|family|employee held|owned', example: 'A privately held maker of lab equipment.' },
  { kind: 'anywhere', phrase: 'publicly traded|listed', example: 'A publicly traded company with global reach.' },
  { kind: 'anywhere', phrase: "one of the nation's|country's|world's|region's", example: "One of the nation's largest grocers." },
  { kind: 'anywhere', phrase: 'annual revenue|revenues|turnover', example: 'With annual revenues over one billion, the group keeps growing.' },
  // The employer, or a unit of it, opening a sentence to say what it is or does: its own wherever it stands (Google's
  // postings put "The AI and Infrastructure team is redefining …" / "We empower customers …" after the role's paragraph).
  { kind: 'anywhere', phrase: '^we empower|enable|serve|help', example: 'We empower grocers with faster checkout lanes.' },
  { kind: 'anywhere', phrase: '^we are the|a|an', example: "We're the driving force behind the company's newest devices." },
  {
    kind: 'anywhere',
    pattern:
      /^\W*(?:The|Our) (?:[A-Z][\w&+'-]*,? (?:and |& )?){1,5}team (?:is|are|drives|combines|builds|owns|powers|delivers|develops|creates|enables|supports|designs)\b/,
    example: 'The Payments Platform team builds the ledger behind every order.',
    why: 'A unit of the employer, its name in capitals, opening a sentence that says what it does',
  },
  {
    kind: 'anywhere',
    pattern: /^\W*At (?:[A-Z][\w&+.'-]*\s){0,3}[A-Z][\w&+.'-]*, we\b/,
    example: 'At Acme Labs, we prioritize clarity over speed and feedback over polish.',
    why: 'The employer, by its name in capitals, opening a sentence that says how it works',
  },
  // An award or a ranking is the employer's standing: "named to the Forbes Cloud 100", "a Great Place to Work". The
  // lists it names ("Top U.S. Startups", "Cloud 100") say nothing of the role's trade.
  { kind: 'standing', phrase: 'named to|among', example: 'Acme was named to the Forbes Cloud 100 list for three years.' },
  { kind: 'standing', phrase: 'named|recognized|recognised|ranked as? one of', example: 'Recognized as one of the most innovative fintech companies.' },
  { kind: 'standing', phrase: 'best|great place|places to work', example: 'Certified a Great Place to Work for the fifth year.' },
  { kind: 'standing', phrase: 'best|top companies|employers|workplaces', example: 'Listed among the best workplaces for women in tech.' },
  { kind: 'standing', phrase: 'most innovative|admired companies', example: "One of Fast Company's most innovative companies in software." },
  // Where the employer's people come from: their former employers' trades are not the role's.
  {
    kind: 'standing',
    phrase: 'team|company comprises|consists',
    example: 'The Acme team comprises leaders from leading financial services and fintech companies.',
  },
  { kind: 'standing', phrase: 'alumni|veterans of|from', example: 'Our founders are alumni of large payments and e-commerce companies.' },
  {
    kind: 'recruiter',
    phrase: 'staffing|recruiting|recruitment|placement firm|firms|agency|agencies|industry|services|partner',
    example: 'A staffing firm placing engineers since 1990.',
  },
  { kind: 'recruiter', phrase: 'our recruiter|recruiters', example: 'Our recruiters know the local market well.' },
  { kind: 'recruiter', phrase: 'open requirements', example: 'Access to 300 open requirements with banks and insurers.' },
  { kind: 'recruiter', phrase: 'across|in all industries|sectors', example: 'We fill technical roles across all industries, from retail to telecom.' },
  { kind: 'recruiter', phrase: 'top clients|employers', example: 'We work with top employers in the region: banks, insurers and utilities.' },
  // What follows the employer's name when a sentence describes it: "Acme is …", "Acme's …", "Acme, a … provider".
  {
    kind: 'after-name',
    phrase:
      "^'s|is|was|has|have|are|a|an|provides|builds|helps|offers|operates|serves|delivers|develops|creates|enables|empowers|combines|brings|contributes|believes|strives|focuses",
    example: 'Acme builds route planning software for couriers.',
  },
  { kind: 'role', phrase: 'you will|are|have', example: "You'll run planning across five teams." },
  {
    kind: 'role',
    phrase: 'you would',
    example: "Between planning cycles we run a portfolio review, and you'd prepare and facilitate it.",
    why: 'What the hire would do, said as a condition ("you\'d own", "you\'d be joining")',
  },
  { kind: 'role', phrase: 'your', example: 'Your days start with standups.' },
  {
    kind: 'role',
    phrase: 'are|do|can you',
    example: 'Are you a motivated problem solver? Our customers are engineers.',
    why: 'A question put to the reader asks for the candidate, though the paragraph goes on about the employer',
  },
  { kind: 'role', phrase: 'the|this role|position|opportunity', example: 'This role reports to the VP of Engineering.' },
  {
    kind: 'role',
    pattern: unicodePattern(
      String.raw`(?<![\p{L}\p{N}])as an? (?!(?:leading|global|fast-growing|growing|trusted|premier|pioneering|world-class|award-winning)\b)`,
      'iu',
    ),
    example: 'As a TPM you own delivery.',
    why: '"As a leading digital agency, Acme …" is the employer introducing itself, not the role',
  },
  { kind: 'role', phrase: 'looking for', example: "We're looking for a TPM to join our fast-growing team." },
  { kind: 'role', phrase: 'seeking|hiring|recruiting', example: 'Our leading bank is hiring a delivery lead.' },
  { kind: 'role', phrase: 'join our|the team', example: 'Join the team that builds our billing platform.' },
  { kind: 'role', phrase: 'ideal|successful candidate', example: 'The ideal candidate is a leading expert in payments.' },
  // Not a bare "responsible": "the responsible deployment of AI", "socially responsible" describe the employer.
  { kind: 'role', phrase: 'responsible for', example: 'Responsible for our platform roadmap.' },
  { kind: 'role', phrase: 'responsibilit*', example: 'Key responsibilities include our leading platform.' },
  { kind: 'role', phrase: 'report|reports|reporting to', example: 'Reporting to our CTO, a leading engineer.' },
  { kind: 'role', phrase: 'we need', example: 'We need a project manager for our leading platform.' },
  {
    kind: 'role',
    pattern: unicodePattern(
      String.raw`(?<![\p{L}\p{N}])we(?: really)?(?: want| would like|['\u2019]d like) (?:someone|somebody|(?:an?|the) ${NAMED_PERSON})(?![\p{L}\p{N}])`,
      'iu',
    ),
    example: 'We are moving to a standard implementation methodology, and we want a project manager who can shape it.',
    why: 'Whom the employer wants is the role; not "we want a world where …", which names no person',
  },
  // A `role-opening` cue introduces the role itself by a person's role noun (role-names.ts): under an "About the team"
  // heading, the role's own text starts at that sentence.
  {
    kind: 'role-opening',
    pattern: unicodePattern(
      String.raw`(?<![\p{L}\p{N}])(?:(?<!\b(?:such|well) )as|(?<!\byou(?: are|'re|\u2019re) )(?:looking for|seeking|hiring|recruiting)) (?:an?|the) (?!(?:leading|global|fast-growing|growing|trusted|premier|pioneering|world-class|award-winning)\b)${NAMED_PERSON}(?!(?<=\bleaders?) in\b)`,
      'iu',
    ),
    example: 'Our team runs the data centers. As a Data Center Project Manager, you will own the build schedule.',
    why: 'The role noun may follow up to five words of the role\'s name; "As a leading provider" and "If you are looking for a" introduce no role',
  },
  {
    kind: 'role-opening',
    pattern: unicodePattern(
      String.raw`(?<![\p{L}\p{N}])[Aa]s an? (?:[\p{Lu}][\p{L}\p{N}&/'\u2019-]* ){0,4}[\p{Lu}][\p{L}\p{N}&/'\u2019-]*,? you(?:r|'ll|\u2019ll| will)?(?![\p{L}\p{N}])`,
      'u',
    ),
    example: 'Our studio ships three titles a year. As a Project Closer, you will bring each one to launch.',
    why: 'A capitalized name of a role said to the reader ("As a Project Closer, your …") introduces the role whatever noun ends it',
  },
];

/**
 * Fields that job boards print above or beside a posting ("Category: Program Management", "Industry: Banking"):
 * they file the posting, they ask nothing of the candidate. A line "<label>: <value>" with one of these labels
 * counts as being about the employer, so only the industry it names counts (src/analyze/analyze.ts).
 */
export const PAGE_FIELD_LABELS: { label: string; example: string }[] = [
  { label: 'category', example: 'Category: Program Management' },
  { label: 'job category|role category|job family|job function|function', example: 'Function: Information Technology' },
  { label: 'industry|industries|industry type|branche', example: 'Industry: Financial Services' },
  { label: 'department|division|business unit|team', example: 'Department: Engineering Operations' },
  // whom the role reports to: a person's title, and the unit it heads ("Reports to: VP Software Engineering")
  { label: 'reports to', example: 'Reports to: Director, Risk Management' },
  { label: 'employment type|job type|contract type|vertragsart|schedule|shift', example: 'Employment type: Full-time' },
  { label: 'seniority level|seniority|experience level|career level', example: 'Seniority level: Mid-Senior level' },
  { label: 'location|locations|standort|einsatzort|ort|remote|onsite|offsite', example: 'Location: Austin, Texas' },
  { label: 'start|start date|beginn|projektstart|duration|dauer|laufzeit|auslastung|pensum', example: 'Start: ASAP' },
  { label: 'job id|req id|requisition id|reference|referenz|posted|posted on|url|web', example: 'Req ID: 12345' },
];

/** "Category: Program Management": a page field's label at the start of a line, then its value. */
export const PAGE_FIELD = new RegExp(`^\\s*(?:${PAGE_FIELD_LABELS.map((f) => f.label).join('|')})\\s*:\\s*\\S`, 'i');

/**
 * Labels that boards also print alone on a line, their value on the next ("Seniority level" / "Mid-Senior level",
 * "Job function" / "Project Management and Information Technology"). Only labels no posting uses as a heading of
 * its own text ("Team", "Remote" and "Function" may head a paragraph).
 */
export const PAGE_FIELD_LINE_LABELS = [
  'seniority level',
  'experience level',
  'career level',
  'employment type',
  'job type',
  'job function',
  'job family',
  'job category',
  'category',
  'industry',
  'industries',
  'department',
  'location',
  'schedule',
];

/** "Job function", "Industries:": a board's field label alone on its line. */
export const PAGE_FIELD_LINE = new RegExp(`^\\s*(?:${PAGE_FIELD_LINE_LABELS.join('|')})\\s*:?\\s*$`, 'i');

// ---------------------------------------------------------------------------------------------------------
// The compiler: phrases to one regular expression per kind, once at module load.

/** Same length as the input (offsets stay valid): lowercase, straight quotes, plain dashes and spaces. */
export function foldCueText(text: string): string {
  // Most lines are plain ASCII: nothing to straighten, and lowercasing them changes A-Z only.
  if (isAscii(text)) return text.toLowerCase();
  return text
    .replace(/[\u2018\u2019\u201B\u2032\u00B4`]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    .replace(/\p{Lu}/gu, (c) => (c.toLowerCase().length === 1 ? c.toLowerCase() : c));
}

/**
 * One character (a code point or UTF-16 unit) is a letter or digit: a Latin one through plain ranges (LATIN_CLASSES,
 * checked against the engine's \p{}), any other through the exact class, built only when such a character comes.
 */
const WORD_CHAR_TWINS = latinTwins(String.raw`[\p{L}\p{N}]`, 'u');
const IS_WORD_CHAR = {
  test: (c: string) => (c.charCodeAt(0) <= 0x24f ? WORD_CHAR_TWINS.latin : WORD_CHAR_TWINS.exact()).test(c),
};

/**
 * The letters and digits a cue phrase may spell (ASCII and the Latin supplements: "über", "compétences"), as a
 * class of plain ranges (LATIN_CLASSES, tested against the engine's own \p{L} and \p{N}, so that both mean the same). Every other letter
 * or digit of a scanned text stands as OTHER_LETTER (scanOf), so the unions need no Unicode property class: each
 * such class costs V8 a Unicode set in every parse and compile (most of the unions' compile time in a fresh
 * process and popup), while a class of ranges is cheap.
 */
const SPELLED_LETTERS = /[\u0080-\u024F]/;
/** The code units up to U+024F, the most a phrase spells (SPELLED_LETTERS). */
const LATIN_UNITS = 0x250;
const OTHER_LETTER = '\u3400';
function plainWordClass(): string {
  return `[${LATIN_CLASSES.L}${LATIN_CLASSES.N}${OTHER_LETTER}]`;
}
const WORD_CHAR = plainWordClass();
const GAP = String.raw`[\s-]+`;
/** "you will" = "you'll": the second word of these pairs may be contracted onto the first. */
const CONTRACTED: Record<string, string> = { will: "'ll", are: "'re", is: "'s", have: "'ve", would: "'d", am: "'m" };

function slotSource(slot: string): string {
  const words = slot.split('|').map((w) => {
    const unspelled = [...w].find((c) => IS_WORD_CHAR.test(c) && c > '\u007f' && !SPELLED_LETTERS.test(c));
    if (unspelled) throw new Error(`cue phrase "${slot}": "${unspelled}" is outside the letters a phrase may spell (SPELLED_LETTERS in cues.ts)`);
    if (w === '#') return String.raw`\d+(?:[.,]\d+)*\+?`;
    if (w.endsWith('*')) return `${escapeRegExp(w.slice(0, -1))}${WORD_CHAR}*`;
    return escapeRegExp(w).replace(/-/g, GAP);
  });
  return words.length > 1 ? `(?:${words.join('|')})` : words[0];
}

/** Where a compiled phrase may start: at the start of the text (`^`), or at the start of a word. */
interface CompiledPhrase {
  /** The phrase's words. */
  body: string;
  /** What must follow it: the end of a word (or of the text). */
  after: string;
  anchored: boolean;
}

/**
 * How a phrase can open, as the first two UTF-16 code units of the folded text, or one where any second may follow
 * ("a" before a space, "#" a number, "e-" a hyphen that also matches a space); undefined when it could open with
 * anything: a word start where none of a kind's phrases can open is passed over without running its expression.
 * Two units, not one: at most word starts where a kind's union shares the first letter it fails (the bench's
 * 700-word posting ran the unions 2,578 times a call with the first unit, 919 with two).
 */
function openingsOf(phrase: string): Set<string> | undefined {
  const openings = new Set<string>();
  for (const raw of phrase.trim().split(/\s+/)) {
    const optional = raw.endsWith('?') && raw.length > 1;
    for (const word of (optional ? raw.slice(0, -1) : raw).split('|')) {
      if (word === '#') for (let d = 0; d <= 9; d++) openings.add(String(d));
      else if (!word || !IS_WORD_CHAR.test(String.fromCodePoint(word.codePointAt(0)!))) return undefined;
      // The second unit is the word's own unless the word ends there, may end there (*), or a hyphen there also matches a space.
      else if (word.length < 2 || word[1] === '*' || word[1] === '-' || word.charCodeAt(1) >= LATIN_UNITS) openings.add(word[0]);
      else openings.add(word.slice(0, 2));
    }
    if (!optional) return openings;
  }
  return undefined;
}

/** One phrase to a regular expression source (see the syntax at the top of this file). */
function compilePhrase(phrase: string): CompiledPhrase {
  let text = phrase.trim();
  const anchored = text.startsWith('^');
  const atEnd = text.endsWith('$');
  text = text.replace(/^\^|\$$/g, '').trim();
  let source = '';
  for (const [i, raw] of text.split(/\s+/).entries()) {
    const optional = raw.endsWith('?') && raw.length > 1;
    const slot = optional ? raw.slice(0, -1) : raw;
    const body = slotSource(slot);
    const contracted = slot.split('|').every((w) => w in CONTRACTED)
      ? slot
          .split('|')
          .map((w) => CONTRACTED[w])
          .join('|')
      : '';
    const joined = i === 0 ? body : contracted ? `(?:${GAP}${body}|(?:${contracted}))` : `${GAP}${body}`;
    source += optional ? (i === 0 ? `(?:${body}${GAP})?` : `(?:${joined})?`) : joined;
  }
  const last = text.replace(/\*$/, '').slice(-1);
  // A hyphen joins words into one: "our purpose-built platform" says nothing about a purpose.
  const after = atEnd ? String.raw`\W*$` : IS_WORD_CHAR.test(last) || text.endsWith('*') ? `(?!-?${WORD_CHAR})` : '';
  return { body: `${anchored ? String.raw`^\W*` : ''}${source}`, after, anchored };
}

interface Scan {
  folded: string;
  /** Offsets where a word starts (not inside a hyphenated compound): the only places a phrase may start. */
  wordStarts: number[];
  /** BEYOND_LATIN of the text as written: asked once a text, not once a kind with patterns (twinFor). */
  beyondLatin: boolean | undefined;
  /** Per cue list (its number), which of its kinds may open at each word start: read once a text (OpeningMasks). */
  openers: (StartKinds | undefined)[];
}

/** The kinds of one cue list that may open at each word start of a text, one bit a kind, and all of them together. */
interface StartKinds {
  at: Uint32Array;
  any: number;
}

const WORD = latinTwins(String.raw`[\p{L}\p{N}]+`, 'gu');
const scans = new Map<string, Scan>();

/** The folded text with each letter or digit no phrase spells as OTHER_LETTER, once per UTF-16 unit: offsets stay. */
const withOtherLetters = (folded: string) =>
  OUTSIDE_LATIN_BLOCK.test(folded) ? folded.replace(/[^\0-\u024F]/gu, (c) => (IS_WORD_CHAR.test(c) ? OTHER_LETTER.repeat(c.length) : c)) : folded;

/**
 * Whether each code unit up to U+024F is a letter or digit, as WORD's Latin twin reads it: text with nothing beyond
 * Latin (BEYOND_LATIN) is scanned in place, without a match array and a string per word. Built on the first scan.
 */
let latinWordUnits: Uint8Array | undefined;
function latinWordUnitsOf(): Uint8Array {
  const units = new Uint8Array(0x250);
  for (let c = 0; c < units.length; c++) units[c] = WORD_CHAR_TWINS.latin.test(String.fromCharCode(c)) ? 1 : 0;
  return units;
}

/** Where WORD's matches start: the start of each run of letters and digits. */
export function wordRunStarts(folded: string): number[] {
  if (BEYOND_LATIN.test(folded)) return allMatches(WORD.exact(), folded).map((m) => m.index!);
  const units = (latinWordUnits ??= latinWordUnitsOf());
  const starts: number[] = [];
  let inWord = false;
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    // Past U+024F, text without a character beyond Latin has punctuation and symbols only (BEYOND_LATIN's ranges).
    const wordUnit = c < 0x250 && units[c] === 1;
    if (wordUnit && !inWord) starts.push(i);
    inWord = wordUnit;
  }
  return starts;
}

/** The folded text and its word starts, kept for the last few texts: each line is asked about many kinds. */
function scanOf(text: string): Scan {
  const known = scans.get(text);
  if (known) return known;
  const folded = foldCueText(text);
  const wordStarts: number[] = [];
  for (const at of wordRunStarts(folded)) {
    if (!(at >= 2 && folded[at - 1] === '-' && IS_WORD_CHAR.test(folded[at - 2]))) wordStarts.push(at);
  }
  const scan: Scan = { folded: withOtherLetters(folded), wordStarts, beyondLatin: undefined, openers: [] };
  if (scans.size >= 64) scans.delete(scans.keys().next().value!);
  scans.set(text, scan);
  return scan;
}

export interface CueSpan {
  start: number;
  end: number;
}

export interface CueMatcher<K extends string> {
  /** Does the text carry a cue of this kind? */
  has(text: string, kind: K): boolean;
  /** The first cue of this kind in the text: where it starts and ends (offsets into the text). */
  find(text: string, kind: K): CueSpan | undefined;
  /** Every match of this kind, left to right. */
  all(text: string, kind: K): CueSpan[];
  /** The first kind of `order` whose cue the text carries. */
  first(text: string, order: readonly K[]): K | undefined;
}

/**
 * The phrases as one alternation, in their order. Neighbours that end alike share one end-of-word check: a
 * failing check backtracks into the group to the next phrase, so the union matches as one check per phrase
 * would, and the expression holds a few Unicode classes instead of hundreds (each costs its compile time in
 * every fresh process and popup).
 */
function alternatives(parts: CompiledPhrase[]): string {
  const runs: { after: string; bodies: string[] }[] = [];
  for (const p of parts) {
    const run = runs.at(-1);
    if (run && run.after === p.after) run.bodies.push(p.body);
    else runs.push({ after: p.after, bodies: [p.body] });
  }
  return runs.map((r) => `(?:${r.bodies.map((b) => `(?:${b})`).join('|')})${r.after}`).join('|');
}

type PatternTwins = ReturnType<typeof latinTwins> & { foldsCase: boolean };

/**
 * A cue's pattern, global, with a Latin-only twin (latinTwins) where it can have one: a \p{} class costs its
 * compile in every fresh process (~5M instructions for [\p{L}\p{N}], more in a lookbehind), and text with nothing
 * beyond Latin (BEYOND_LATIN) matches the twin exactly as the pattern. Only a pattern whose every \p{} class sits
 * inside brackets. Under `i`, dropping `u` changes which letters fold alike in the Latin block in one case only,
 * ſ (U+017F) and s: a text that has ſ takes the exact pattern (twinFor).
 */
export function patternTwins(pattern: CuePattern): PatternTwins {
  const flags = `${pattern.flags.replace('g', '')}g`;
  const foldsCase = pattern.flags.includes('i');
  if (pattern.source.includes(String.raw`\p{`) && propertiesBracketed(pattern.source)) return { ...latinTwins(pattern.source, flags), foldsCase };
  const only = new RegExp(pattern.source, flags);
  return { latin: only, exact: () => only, foldsCase };
}

/** The only letter of the Latin block that folds (to s) under `iu` and not under `i`. */
const LONG_S = '\u017F';

/** The twin that matches a text as the exact expression does: the Latin-only one unless the text needs the exact. */
export const twinFor = (twins: PatternTwins, text: string, beyondLatin = BEYOND_LATIN.test(text)) =>
  beyondLatin || (twins.foldsCase && text.includes(LONG_S)) ? twins.exact() : twins.latin;

/** Whether every \p{…} of an expression's source is inside a character class (the form latinTwins rewrites). */
export function propertiesBracketed(source: string): boolean {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      if (source[i + 1] === 'p' && !inClass) return false;
      i++;
    } else if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
  }
  return true;
}

/**
 * A kind's openings (openingsOf) by their first code unit: true where any second unit may follow, else the second
 * units as one bit each. Read at every word start of every line, for each kind: array reads, no Set's hashing.
 */
type Openings = (Uint32Array | true | undefined)[];
const openingTable = (openings: readonly string[]): Openings => {
  const table: Openings = new Array(LATIN_UNITS).fill(undefined);
  for (const opening of openings) {
    const first = opening.charCodeAt(0);
    const known = table[first];
    if (opening.length === 1) table[first] = true;
    else if (known !== true) {
      const seconds = known ?? (table[first] = new Uint32Array(LATIN_UNITS >>> 5));
      const second = opening.charCodeAt(1);
      seconds[second >>> 5] |= 1 << (second & 31);
    }
  }
  return table;
};
/** Whether a phrase of the kind can open with these two code units (the second NaN past the text's end). */
const mayOpen = (table: Openings, first: number, second: number) => {
  const seconds = first < LATIN_UNITS ? table[first] : undefined;
  return seconds === true || (seconds !== undefined && second < LATIN_UNITS && ((seconds[second >>> 5] >>> (second & 31)) & 1) === 1);
};

/** The most kinds a cue list's openings are read for together (one bit each in a 32-bit mask); the rest read theirs alone. */
const MASKED_KINDS = 32;

/**
 * A cue list's openings (Openings, per kind) as masks of its kinds, one bit a kind (the first MASKED_KINDS): a text's
 * word starts are read once for all the list's kinds, not once a kind (mayOpen at every word start of every line
 * for each kind asked was most of the cue matcher's own instructions), and a kind none of whose openings the text
 * has reads no word start at all.
 */
class OpeningMasks {
  /** Kinds that may open with this first unit, whatever follows. */
  private readonly byFirst = new Uint32Array(LATIN_UNITS);
  /** Kinds that may open with this first unit and that second one: bySecond[first][second]. */
  private readonly bySecond: (Uint32Array | undefined)[] = new Array(LATIN_UNITS).fill(undefined);
  /** Kinds that may open with anything (no openings). */
  private anywhere = 0;

  add(bit: number, table: Openings | undefined): void {
    if (table === undefined) {
      this.anywhere |= bit;
      return;
    }
    for (let first = 0; first < LATIN_UNITS; first++) {
      const seconds = table[first];
      if (seconds === true) this.byFirst[first] |= bit;
      else if (seconds !== undefined) {
        const masks = (this.bySecond[first] ??= new Uint32Array(LATIN_UNITS));
        // Only the set bits: every second unit of every first one, read bit by bit, was ~40M instructions of a cold
        // process's start (the CLI's first call) for the three lists.
        for (let word = 0; word < seconds.length; word++) {
          for (let bits = seconds[word]; bits !== 0; bits &= bits - 1) {
            const second = word * 32 + 31 - Math.clz32(bits & -bits);
            if (second < LATIN_UNITS) masks[second] |= bit;
          }
        }
      }
    }
  }

  /** The kinds that may open at each word start of the folded text (as mayOpen answers for each kind). */
  read(folded: string, wordStarts: readonly number[]): StartKinds {
    const at = new Uint32Array(wordStarts.length);
    let any = 0;
    for (let w = 0; w < wordStarts.length; w++) {
      const first = folded.charCodeAt(wordStarts[w]);
      let kinds = this.anywhere;
      if (first < LATIN_UNITS) {
        kinds |= this.byFirst[first];
        const second = folded.charCodeAt(wordStarts[w] + 1);
        const masks = this.bySecond[first];
        if (masks !== undefined && second < LATIN_UNITS) kinds |= masks[second];
      }
      at[w] = kinds;
      any |= kinds;
    }
    return { at, any };
  }
}
/** Each compiled cue list's number: a text's scan keeps the word starts' kinds per list (Scan.openers). */
let cueLists = 0;

/**
 * What compiling a cue list yields, as data: per kind, the sources of its two unions and the characters its
 * phrases can start with. `npm run lookup` writes it for the three lists (src/analyze/compiled-cues.json), so that
 * a fresh process or popup builds no source at run time; `cues` says which phrases it was compiled from.
 */
export interface CompiledCues {
  cues: string;
  /**
   * openings: how a phrase of the kind may open in the folded text (openingsOf), separated by spaces; absent where
   * it could open with anything.
   */
  kinds: Record<string, { atWord?: string; atStart?: string; openings?: string }>;
}

/** The phrases of a cue list, with their kinds, in order: what its compiled form must have been built from. */
const phrasesOf = (cues: readonly Cue<string>[]) => cues.map((c) => `${c.kind}\t${c.phrase ?? ''}`).join('\n');

/** Compiles the phrases of a cue list to its unions' sources (throws on a phrase that spells a letter it may not). */
export function compileCuePhrases(cues: readonly Cue<string>[]): CompiledCues {
  const kinds: CompiledCues['kinds'] = {};
  const union = (parts: CompiledPhrase[]) => (parts.length ? alternatives(parts) : undefined);
  for (const kind of new Set(cues.map((c) => c.kind))) {
    const own = cues.filter((c) => c.kind === kind);
    const phrases = own.filter((c) => c.phrase).map((c) => compilePhrase(c.phrase!));
    const openings = own.filter((c) => c.phrase && !c.phrase.trim().startsWith('^')).map((c) => openingsOf(c.phrase!));
    kinds[kind] = {
      atWord: union(phrases.filter((p) => !p.anchored)),
      atStart: union(phrases.filter((p) => p.anchored)),
      openings: openings.every((o) => o !== undefined) ? [...new Set(openings.flatMap((o) => [...o!]))].join(' ') : undefined,
    };
  }
  return { cues: phrasesOf(cues), kinds };
}

/** One kind of a compiled cue list: its unions, openings, patterns, and its bit in the list's masks (0 past MASKED_KINDS). */
interface KindMatcher {
  atWord?: RegExp;
  openings?: Openings;
  atStart?: RegExp;
  patterns: PatternTwins[];
  bit: number;
}

/**
 * Compiles a cue list once: the phrases of a kind become one expression tried only where a word starts (cheap
 * on long postings), the anchored ones one expression tried at the start; patterns stay as written. A compiled
 * form built ahead from the same phrases spares building the sources.
 */
export function compileCues<K extends string>(cues: readonly Cue<K>[], ahead?: CompiledCues): CueMatcher<K> {
  const compiled = ahead?.cues === phrasesOf(cues) ? ahead : compileCuePhrases(cues);
  const byKind = new Map<K, KindMatcher>();
  const masks = new OpeningMasks();
  for (const kind of new Set(cues.map((c) => c.kind))) {
    const { atWord, atStart, openings } = compiled.kinds[kind];
    // The kind's bit in the list's masks (OpeningMasks), or 0 past MASKED_KINDS.
    const bit = byKind.size < MASKED_KINDS ? 1 << byKind.size : 0;
    const table = openings === undefined ? undefined : openingTable(openings ? openings.split(' ') : []);
    if (bit !== 0) masks.add(bit, table);
    byKind.set(kind, {
      bit,
      openings: table,
      atWord: atWord === undefined ? undefined : new RegExp(atWord, 'uy'),
      atStart: atStart === undefined ? undefined : new RegExp(atStart, 'u'),
      patterns: cues.filter((c) => c.kind === kind && c.pattern).map((c) => patternTwins(c.pattern!)),
    });
  }
  const list = cueLists++;
  /** A kind's matches in a text already scanned: find() hands over the entry and scan it holds, with no look-up. */
  const matchesIn = (entry: KindMatcher, scan: Scan, text: string, firstOnly: boolean): CueSpan[] => {
    const found: CueSpan[] = [];
    const { folded, wordStarts } = scan;
    const start = entry.atStart?.exec(folded);
    if (start) found.push({ start: start.index, end: start.index + start[0].length });
    if (entry.atWord && !(firstOnly && found.length)) {
      const { bit, openings } = entry;
      // The word starts the kind may open at: by the list's masks of this text (read once for all its kinds), or for a
      // kind past MASKED_KINDS by its own openings.
      const starts = bit !== 0 ? (scan.openers[list] ??= masks.read(folded, wordStarts)) : undefined;
      if (starts === undefined || (starts.any & bit) !== 0) {
        for (let w = 0; w < wordStarts.length; w++) {
          const at = wordStarts[w];
          if (starts !== undefined ? (starts.at[w] & bit) === 0 : openings && !mayOpen(openings, folded.charCodeAt(at), folded.charCodeAt(at + 1))) continue;
          entry.atWord.lastIndex = at;
          const m = entry.atWord.exec(folded);
          if (!m) continue;
          found.push({ start: at, end: at + m[0].length });
          if (firstOnly) break;
        }
      }
    }
    const beyondLatin = entry.patterns.length > 0 && (scan.beyondLatin ??= BEYOND_LATIN.test(text));
    for (const twins of entry.patterns) {
      const pattern = twinFor(twins, text, beyondLatin);
      // The first of a pattern's matches is its earliest: the rest of the text need not be read for the first cue.
      if (firstOnly) {
        pattern.lastIndex = 0;
        const m = pattern.exec(text);
        pattern.lastIndex = 0;
        if (m) found.push({ start: m.index, end: m.index + m[0].length });
      } else for (const m of allMatches(pattern, text)) found.push({ start: m.index!, end: m.index! + m[0].length });
    }
    return found.length > 1 ? found.sort((a, b) => a.start - b.start) : found;
  };
  const matches = (text: string, kind: K, firstOnly: boolean): CueSpan[] => {
    const entry = byKind.get(kind);
    return entry ? matchesIn(entry, scanOf(text), text, firstOnly) : [];
  };
  // The sectioner asks about the same line several times in a row (as a heading, a label, a clause, for several
  // kinds): the answers for the last few texts are kept, a third of the questions on the bench's posting. Only a
  // few: a posting has many more lines, so a second analysis of the same text starts afresh.
  // A text's answers by its kind's number (null: not asked yet): an array per text, not a map; and its scan, so
  // that a kind asked of a text already asked about looks up nothing more (each string look-up of a line hashes or
  // compares the line's characters).
  const kindNumber = new Map([...byKind.keys()].map((kind, k) => [kind, k]));
  const entries = [...byKind.values()];
  const firstFound = new Map<string, { answers: (CueSpan | undefined | null)[]; scan: Scan }>();
  const find = (text: string, kind: K) => {
    const k = kindNumber.get(kind);
    if (k === undefined) return undefined;
    let known = firstFound.get(text);
    if (!known) {
      // The oldest text's answers give way, and their array is the new text's: no array made per line.
      if (firstFound.size >= 8) {
        const oldest = firstFound.keys().next().value!;
        known = firstFound.get(oldest)!;
        known.answers.fill(null);
        known.scan = scanOf(text);
        firstFound.delete(oldest);
      } else known = { answers: new Array(kindNumber.size).fill(null), scan: scanOf(text) };
      firstFound.set(text, known);
    }
    let span = known.answers[k];
    if (span === null) known.answers[k] = span = matchesIn(entries[k], known.scan, text, true)[0];
    return span;
  };
  const has = (text: string, kind: K) => find(text, kind) !== undefined;
  return { has, find, all: (text, kind) => matches(text, kind, false), first: (text, order) => order.find((kind) => has(text, kind)) };
}

export const headingCues = compileCues(HEADING_CUES, compiledCues.heading);
export const clauseCues = compileCues(CLAUSE_CUES, compiledCues.clause);
export const companyCues = compileCues(COMPANY_CUES, compiledCues.company);

/** The three lists' compiled form, as `npm run lookup` writes it to COMPILED_CUES_FILE. */
export const cueListsCompiled = () => ({
  heading: compileCuePhrases(HEADING_CUES),
  clause: compileCuePhrases(CLAUSE_CUES),
  company: compileCuePhrases(COMPANY_CUES),
});
export const COMPILED_CUES_FILE = 'src/analyze/compiled-cues.json';
