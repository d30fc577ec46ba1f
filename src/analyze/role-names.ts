import type { Category } from '../taxonomy/schema';
import {
  BEYOND_LATIN,
  escapeRegExp,
  LATIN_CLASSES,
  latinTwins,
  OUTSIDE_LATIN_BLOCK,
  startsWithCapital,
  startsWithLowercase,
  tokenize,
  wordKey,
  type Token,
} from '../text/normalize';
import { withoutLegalForm } from '../text/legal-forms';
import { isFunctionToken, isFunctionWord } from './lists';
import type { Hit } from './match';
import { tokenIndexAt } from './spans';

/**
 * Nouns that, right after a skill, make it the name of a role, a team or a unit of the employer:
 * "the Security team" names a team, not a skill the role needs. `person` nouns also end names of roles
 * that the taxonomy knows as a whole ("Scrum Master", "Program Manager"). Each with an example line of its own.
 */
export const ROLE_NOUNS: { words: string[]; person?: true; example: string }[] = [
  { words: ['team', 'teams'], example: 'You will partner with the Security team.' },
  { words: ['group', 'groups'], example: 'The Release Management group owns the calendar.' },
  { words: ['department', 'departments', 'dept'], example: 'Our Quality Assurance department reviews every build.' },
  { words: ['org', 'orgs', 'organization', 'organizations', 'organisation', 'organisations'], example: 'Work across the Data Engineering org.' },
  { words: ['office', 'offices'], example: 'The Portfolio Management office sets the priorities.' },
  { words: ['function', 'functions', 'unit', 'units', 'division', 'divisions'], example: 'The Compliance function signs off.' },
  { words: ['manager', 'managers'], person: true, example: 'You report to the Infrastructure manager; work with Product Managers.' },
  { words: ['master', 'masters'], person: true, example: 'Partner with other Scrum Masters.' },
  { words: ['lead', 'leads', 'leader', 'leaders', 'head', 'director', 'directors', 'vp'], person: true, example: 'Work with Cloud Security leads.' },
  { words: ['engineer', 'engineers', 'developer', 'developers', 'architect', 'architects'], person: true, example: 'Partner with Site Reliability engineers.' },
  { words: ['owner', 'owners'], person: true, example: 'Align with Data Governance owners.' },
  { words: ['analyst', 'analysts', 'specialist', 'specialists', 'scientist', 'scientists'], person: true, example: 'Support the Risk Management analysts.' },
  {
    words: ['officer', 'officers', 'coordinator', 'coordinators', 'administrator', 'administrators'],
    person: true,
    example: 'The Change Management coordinators help.',
  },
  {
    words: ['consultant', 'consultants', 'strategist', 'strategists', 'tester', 'testers', 'coach', 'coaches'],
    person: true,
    example: 'Pair with the QA testers and Agile coaches.',
  },
];

/**
 * Categories whose names stay skills before a role noun. A tool or a method says how the team works
 * ("coach Agile teams", "Excel functions"), a domain where ("government departments", "healthcare
 * leaders"), a soft skill is often a verb ("coach team members"). A practice, a technical area or a
 * regulation names whom ("the Security team", "QA analysts", "Release Management group").
 */
export const SKILL_BEFORE_ROLE: ReadonlySet<Category> = new Set<Category>(['tool', 'methodology', 'certification', 'education', 'soft-skill', 'domain']);

/**
 * Words that make the named team or role the candidate's own, whose work is the role's work:
 * "experience as a Release Manager", "join the Capacity Planning team", "within the Release Management
 * group", "our Data Platform team is hiring", "we are seeking Implementation Consultants".
 */
export const OWN_ROLE_CUES = {
  /** Up to four words before the name ("join the Change and Release Management team"). */
  before: ['join', 'joining', 'joins', 'within', 'seeking', 'hiring', 'recruiting'],
  /** Up to two words after the role noun. */
  after: ['seeking', 'hiring', 'looking', 'recruiting'],
  /** Right before "a"/"an": "as a Scrum Master", "to be a Scrum Master", "become a Program Manager". */
  beforeArticle: ['as', 'be', 'become', 'becoming'],
  /**
   * Up to four words before the name of a unit (not of a person): the role runs the unit, whose work is then its
   * own ("Lead the release management function", "build out our Data Engineering team"); "partner with the Security
   * team" stays a colleague's.
   */
  runsUnit: [
    ...['lead', 'leads', 'leading', 'run', 'runs', 'running', 'head', 'heads', 'heading', 'own', 'owns', 'owning'],
    ...['build', 'builds', 'building', 'establish', 'establishes', 'establishing', 'oversee', 'oversees', 'overseeing'],
    ...['manage', 'manages', 'managing'],
  ],
};

/**
 * Words, up to four before it, that make a role the taxonomy names as a whole ("Program Manager") someone
 * else's: "reporting to the Program Manager", "work with Product Managers", "other Scrum Masters", "support the
 * Scrum Master".
 */
export const SOMEONE_ELSE_CUES = ['with', 'to', 'alongside', 'other', 'another', 'support', 'supports', 'supporting', 'assist', 'assists', 'assisting'];

/** An executive's title that runs into its unit with no "of" between: "Vice President Vehicle Software", "VP Engineering". */
const EXECUTIVE_TITLES: ReadonlySet<string> = new Set(['vp', 'svp', 'evp', 'avp', 'president', 'director']);

/**
 * Nouns that, before "of" (up to two words before the role's name), make its holder the one the role works under:
 * "Under the direct responsibility of the Moonlight Programme Manager", "under the direction of a Senior Project
 * Manager", "Under the supervision of the Director of Engineering".
 */
export const SUPERVISING_NOUNS = ['direction', 'supervision', 'responsibility', 'guidance', 'oversight'];

/**
 * Nouns right after a role's name that make its holder the one served: "provide Program Manager guidance", "Scrum
 * Master support for the teams". Not "Program Manager experience" or "role", which say what the candidate was.
 */
export const SERVED_NOUNS = ['guidance', 'coaching', 'support', 'training', 'assistance', 'onboarding'];

/**
 * A unit the role reports into is no skill it asks for: "reporting into Product Management", "reports to the
 * Security organization". Up to two words ("the", "our") may stand between the cue and the name.
 */
export const REPORTING_CUES = { verbs: ['report', 'reports', 'reporting', 'reported'], prepositions: ['to', 'into'] };

/**
 * Lists of teams. A list of names is of teams when a team noun opens it ("engineering teams (Software, Hardware,
 * Test)", "partner teams, including Product Management and Security"), when it ends in one ("Legal, Risk Management
 * and Security teams"), or when it is whom the role works with and names a plain function of the employer
 * ("work closely with Engineering, Product Management, QA and Operations"), or when it goes on to other teams or
 * people ("across PM, UX, Engineering and other functions"). Its items are the teams, not skills.
 */
export const TEAM_LIST_CUES = {
  /** The last word before the list's first item, after a team noun: "teams, including ...", "functions such as ...". */
  introducers: ['including', 'incl', 'include', 'includes', 'like', 'as', 'eg', 'e.g', 'namely'],
  /**
   * Before "with", "across", "among" or "between", up to three words back: whom the role works with. Not a bare
   * "work(ing) with", which also names what one works on ("experience working with data, analytics and reporting"),
   * unless "work with" comes before names written as names ("You will work with Platform Engineering and Security").
   */
  collaboration: [
    'closely',
    'directly',
    'partner',
    'partners',
    'partnering',
    'collaborate',
    'collaborates',
    'collaborating',
    'coordinate',
    'coordinates',
    'coordinating',
    'liaise',
    'liaises',
    'liaising',
    'liaison',
    'align',
    'aligns',
    'aligning',
    'alignment',
    'interface',
    'interfacing',
    'interact',
    'interacts',
    'interacting',
    'engage',
    'engaging',
    'communicate',
    'communicating',
    'cooperate',
    'cooperating',
    'cooperation',
    'collaboration',
    'coordination',
    'partnership',
    'partnerships',
    'sync',
    'syncing',
    'relationship',
    'relationships',
    'bridge',
    // "together with Supply Chain and Data Center Operations"
    'together',
    // "work hand in hand with product, security and compliance"
    'hand',
  ],
  prepositions: ['with', 'across', 'among', 'amongst', 'between', 'alongside'],
  /** Before "to", up to three words back: whom the role keeps informed ("present quarterly updates to Finance and Legal"). */
  addressing: [
    'report',
    'reports',
    'reporting',
    'present',
    'presents',
    'presenting',
    'escalate',
    'escalates',
    'escalating',
    'update',
    'updates',
    // "hand customers off to Customer Success", "hand over to Operations"
    'hand',
    'hands',
    'handing',
  ],
  /** Right before "from": what other teams give the role ("gather input from Finance, Tax and Treasury"). */
  received: ['input', 'inputs', 'feedback', 'approval', 'approvals', 'sign-off', 'signoff', 'buy-in', 'demand', 'request', 'requests'],
  /**
   * Up to two words back from "across", "between" or "among": what lies between teams, so that names after it are the
   * teams' ("manage dependencies across Networking, Storage and Capacity Engineering"); names written as names only
   * ("dependencies between hardware and software" are parts of a product).
   */
  betweenTeams: ['dependencies', 'dependency', 'handoffs', 'interlocks'],
  /**
   * Right before "with", words that make what follows a skill one has, not a department one works with: "experience with
   * Site Reliability Engineering", "familiarity with Change Management", "compliance with UK GDPR"; after any other word
   * one department written as a name is whom the work is done with ("post-mortems with Site Reliability Engineering").
   */
  skillOpeners: [
    'experience',
    'experienced',
    'familiarity',
    'familiar',
    'proficiency',
    'proficient',
    'comfort',
    'comfortable',
    'expertise',
    'skills',
    'skilled',
    'knowledge',
    'background',
    'exposure',
    'fluency',
    'fluent',
    'competence',
    'competency',
    'track',
    'help',
    'assist',
    'support',
    // "compliance with UK GDPR", "in line with ISO 27001": a rule or a standard kept to
    'compliance',
    'compliant',
    'accordance',
    'conformance',
    'conformity',
    'line',
  ],
  /** Right before "across", a group noun whose members the names are: "ten teams across Ads Backend and Data Science". */
  groupsAcross: ['teams', 'groups', 'departments', 'organizations', 'organisations', 'orgs'],
  /** People of other teams, right before "in", "from" or "across": "stakeholders in Product Management and Design". */
  people: ['stakeholders', 'partners', 'colleagues', 'peers', 'counterparts'],
  peoplePrepositions: ['in', 'from', 'across'],
  /** Alone as an item, a word that names a function or discipline of an employer: "with Engineering, QA and Legal". */
  functions: [
    'engineering',
    'operations',
    'ops',
    'sales',
    'marketing',
    'finance',
    'legal',
    'product',
    'design',
    'support',
    'hr',
    'it',
    'procurement',
    'research',
    'security',
    'qa',
    'ux',
    'data',
    'customers',
    'partners',
    'leadership',
    'development',
    'testing',
    'executives',
    'business',
    'manufacturing',
    'software',
    'hardware',
    'firmware',
    'test',
    'validation',
    'quality',
    'compliance',
    'privacy',
    'infrastructure',
    'analytics',
    'science',
    'services',
    'communications',
    'policy',
  ],
  /**
   * Nouns that, ending the last item of a list in the plural, make every item whom the role works with ("with quality
   * assurance and release management teams"). In the singular one team may carry two names ("the release management,
   * practice delivery team"), read as work when written in lowercase.
   */
  groupNouns: ['teams', 'groups', 'departments', 'functions', 'units', 'organizations', 'organisations', 'leaders', 'leadership'],
  /** Each with a concept that the example names as a team. */
  examples: [
    { line: 'Plan the build with the engineering teams (Firmware, Validation, Test).', team: 'software-testing' },
    { line: 'Sync with the partner functions, including Risk Management and Audit.', team: 'risk-management' },
    { line: 'Brief the Change Management, Legal and Security teams.', team: 'change-management' },
    { line: 'Work closely with Engineering, Quality Assurance and Sales.', team: 'quality-assurance' },
    { line: 'Gather input from Treasury, Risk Management and Internal Audit.', team: 'risk-management' },
    { line: 'Present monthly updates to Change Management and Internal Audit.', team: 'change-management' },
    { line: 'Coordinate with the quality assurance and release management teams.', team: 'quality-assurance' },
  ],
};

/**
 * Words that end the proper name of a product, a service, an organisation or a building: a concept's words inside
 * such a name, written in capitals within a sentence written in lowercase, name that thing, not a skill asked
 * for: "the Government Digital Service is", "based in Aviation House". Not "platform" or "center": "Data Platform"
 * and "Security Operations Center" are as often the technical area itself.
 */
export const NAME_ENDINGS = {
  words: [
    'service',
    'services',
    'house',
    'building',
    'foundation',
    'institute',
    'agency',
    'bank',
    'fund',
    'funds',
    'inc',
    'ltd',
    'llc',
    'corporation',
    'corp',
    'company',
    'labs',
    'lab',
    'studio',
    'suite',
    'council',
    'authority',
    'ministry',
    'commission',
    'trust',
    'bureau',
    'academy',
    'university',
    'college',
    'hospital',
    'award',
    'awards',
  ],
  examples: [
    { line: 'Show customers how to get value from the Northwind Release Management Suite.', concept: 'release-management' },
    { line: 'The Quality Assurance Agency publishes the standards we follow.', concept: 'quality-assurance' },
  ],
};

/**
 * People or groups in the plural that, before an -ing word taking an object, are its subject: "internal teams building
 * tools" are teams who build, not team building; "users training models" are no user training.
 */
export const ACTING_GROUPS = {
  words: ['teams', 'groups', 'people', 'customers', 'users', 'clients', 'partners', 'stakeholders', 'vendors', 'suppliers'],
  example: { line: 'Share best practices with internal teams building tools.', concept: 'team-building' },
};

/**
 * Words that end the name of a forum the role brings its work to: "present changes to the Change Advisory Board",
 * "report progress to the IT Steering Group". Where a concept's own surface ends in one, the forum is the practice
 * (change control, steering committees), whoever else sits on it; a team named beside it is still a team.
 */
export const FORUM_ENDINGS = {
  words: ['board', 'boards', 'committee', 'committees', 'forum', 'forums', 'group', 'groups'],
  examples: [
    { line: 'Prepare change requests and present them to the Change Advisory Board (CAB).', concept: 'change-control' },
    { line: 'Report progress to the IT Steering Group every month.', concept: 'steering-committee' },
  ],
};

/** An acronym as a name's gloss: two to eight capitals or digits ("CID", "SCHIE", "AI&ML" aside). */
const GLOSSED_ACRONYM = /^[A-Z][A-Z0-9]{1,7}$/;

/** Categories whose names are themselves names of products or of credentials ("Google Cloud Platform"). */
const NAMED_PRODUCTS: ReadonlySet<Category> = new Set<Category>(['tool', 'certification', 'methodology', 'education']);

const NOUNS = new Set(ROLE_NOUNS.flatMap((n) => n.words));
const PERSONS = new Set(ROLE_NOUNS.filter((n) => n.person).flatMap((n) => n.words));
const TEAMS = new Set(ROLE_NOUNS.filter((n) => !n.person).flatMap((n) => n.words));
const BEFORE = new Set(OWN_ROLE_CUES.before);
const AFTER = new Set(OWN_ROLE_CUES.after);
const BEFORE_ARTICLE = new Set(OWN_ROLE_CUES.beforeArticle);
const RUNS_UNIT = new Set(OWN_ROLE_CUES.runsUnit);
const SOMEONE_ELSE = new Set(SOMEONE_ELSE_CUES);
const SUPERVISING = new Set(SUPERVISING_NOUNS);
const SERVED = new Set(SERVED_NOUNS);
const REPORT_VERBS = new Set(REPORTING_CUES.verbs);
const REPORT_PREPOSITIONS = new Set(REPORTING_CUES.prepositions);
const INTRODUCERS = new Set(TEAM_LIST_CUES.introducers);
const COLLABORATION = new Set(TEAM_LIST_CUES.collaboration);
/** The verb "work" as the role's (not "working", which as often says what one works on). */
const BARE_WORK = new Set(['work', 'works']);
const WITH = new Set(TEAM_LIST_CUES.prepositions);
const FUNCTIONS = new Set(TEAM_LIST_CUES.functions);
const PEOPLE = new Set(TEAM_LIST_CUES.people);
const PEOPLE_PREPOSITIONS = new Set(TEAM_LIST_CUES.peoplePrepositions);
const ADDRESSING = new Set(TEAM_LIST_CUES.addressing);
const RECEIVED = new Set(TEAM_LIST_CUES.received);
const BETWEEN_TEAMS = new Set(TEAM_LIST_CUES.betweenTeams);
const GROUPS_ACROSS = new Set(TEAM_LIST_CUES.groupsAcross);
const SKILL_OPENERS = new Set(TEAM_LIST_CUES.skillOpeners);
const SPANNING = new Set(['across', 'between', 'among', 'amongst']);
const GROUP_NOUNS = new Set(TEAM_LIST_CUES.groupNouns);
const FORUMS = new Set(FORUM_ENDINGS.words);
const CONJUNCTIONS = new Set(['and', 'or', 'etc']);
const DETERMINERS = new Set(['the', 'a', 'an', 'our', 'your', 'their', 'each', 'every']);
/** The determiners that may open a list's item of teams: "and our Customer Success team", "and the Security team". */
const OWNING_DETERMINERS = new Set(['the', 'our', 'your', 'their']);
/** "PhDs", "MBAs": an acronym with a plural "s" (a Latin word is tested without compiling \p{Lu}). */
const PLURAL_ACRONYM = latinTwins(String.raw`[\p{Lu}]s$`, 'u');
const isPluralAcronym = (word: string) => (OUTSIDE_LATIN_BLOCK.test(word) ? PLURAL_ACRONYM.exact() : PLURAL_ACRONYM.latin).test(word);
const OWNERS = new Set(['the', 'our', 'your', 'their']);
const ACTING = new Set([...ACTING_GROUPS.words, ...[...PERSONS].filter((w) => w.endsWith('s'))]);
/** A word for a group or for people, whom one works with: "teams", "stakeholders", "managers", "clients". */
const namesPeople = (w: string) => TEAMS.has(w) || PERSONS.has(w) || PEOPLE.has(w) || GROUP_NOUNS.has(w) || ACTING.has(w);
/** Team nouns naming one unit: "the Payments team" is a unit; "payments teams" are any in the trade. */
const SINGULAR_TEAMS = new Set(ROLE_NOUNS.filter((n) => !n.person).flatMap((n) => n.words.filter((w) => !w.endsWith('s'))));

/** "as a Security engineer", "as Release Manager"; not "such as the Security team" nor "as well as UX team members". */
/** "As a Release Manager, …", "As Release Manager …" at the start of a sentence ('' is before its first word). */
const opensWithAs = (before: string[]) =>
  before[0] === 'a' || before[0] === 'an' ? before[1] === 'as' && before[2] === '' : before[0] === 'as' && before[1] === '';

const asTheRole = (before: string[]) =>
  before[0] === 'a' || before[0] === 'an'
    ? BEFORE_ARTICLE.has(before[1])
    : before[0] === 'as' && before[1] !== 'such' && !(before[1] === 'well' && before[2] === 'as');

/** A plural person noun ends the name: "business analysts", "Scrum Masters" are people, not the work. */
const isPlural = (word: string) => PERSONS.has(word) && word.endsWith('s');

/** Words a name may run on after a concept before its role noun ("Cloud Customer Engineers"). */
const MAX_NAME_WORDS = 3;
/** Items of a list are short runs of content words between commas, parentheses, "and" or "or". */
const MAX_ITEM_WORDS = 4;
/** Words before a list that may hold its opener ("teams involved, like"). */
const OPENER_WORDS = 4;

/**
 * Builds the test: is this posting hit the name of a role, a team or a unit rather than a skill asked for?
 * Only a surface (a name) or an item of a list sharing a head word counts as one: followed in the same phrase by a
 * role noun, ending in a plural person noun, after "head of" or "reporting into", or an item of a list of teams. A
 * pattern's phrasing is a skill by itself. The posting's own role (its title, or a role or team the candidate fills or joins) keeps its skills.
 */
export function createRoleNameCheck(tokens: Token[], postingTitle: string, text: string): (hit: Hit, category: Category) => boolean {
  const startIndex = { get: (offset: number) => tokenIndexAt(tokens, offset, 'start') };
  const endIndex = { get: (offset: number) => tokenIndexAt(tokens, offset, 'end') };
  const words = (ts: Token[]) => ts.map((t) => wordKey(t.raw)).join(' '); // "Release Managers" is the title's "Release Manager"
  const title = ` ${words(tokenize(postingTitle))} `;
  // i >= 0 first: tokens[-1] is no element but a property of that name, read the slow, generic way (callgrind).
  const word = (i: number, sentence: number) => (i >= 0 && tokens[i]?.sentence === sentence ? tokens[i].folded : '');
  /** The four words before token `first` in its sentence, nearest first ('' past its start): an array of strings from the start. */
  const wordsBefore = (first: number, sentence: number) => [
    word(first - 1, sentence),
    word(first - 2, sentence),
    word(first - 3, sentence),
    word(first - 4, sentence),
  ];
  const inSentenceCase = sentenceCaseReader(tokens);
  const inTeamList = teamListReader(tokens, inSentenceCase);
  const inPersonList = personListReader(tokens);
  // "reports to the Head of Product and Delivery Management": whatever phrase follows, written as a name, names a
  // unit ("develop reports to track risks" does not).
  const namesAUnit = (first: number, category: Category) => {
    const before = wordsBefore(first, tokens[first].sentence);
    return !SKILL_BEFORE_ROLE.has(category) && capitalized(tokens[first]) && (titleOf(before) || reportsInto(before));
  };
  const inProperName = properNameReader(tokens, inSentenceCase);
  /**
   * "report to the Practice Manager, Professional Services", "Director, Product Management": a name written in
   * capitals right after one person's title and a comma is the unit the title is of.
   */
  const afterATitle = (first: number, last: number) => {
    const title = tokens[first - 1];
    if (!title || title.sentence !== tokens[first].sentence) return false;
    const noun = title.folded;
    // "the Vice President Vehicle Software", "our VP Engineering": an executive's title runs into its unit unparted.
    if (tokens[first].breakBefore === 'none' && EXECUTIVE_TITLES.has(noun) && capitalized(title) && writtenAsName(first, last)) return true;
    if (tokens[first].breakBefore !== 'soft' || tokens[first].start - title.end > 2) return false;
    // Two words at least: "Technical Program Manager (TPM)" spells out the title; the tokens keep no comma to tell.
    return last > first && PERSONS.has(noun) && !isPlural(noun) && capitalized(title) && writtenAsName(first, last);
  };
  /** Written as a name (every word capitalized) in a sentence written in lowercase: "the Payments team". */
  const writtenAsName = (first: number, last: number) => inSentenceCase(tokens[first].sentence) && tokens.slice(first, last + 1).every(capitalized);
  /**
   * "the Cloud Infrastructure Decommission (CID) team", "the ML, Systems, & Cloud AI (MSCA) organization": an acronym in
   * brackets right after a name is the name's own, and the role noun after it still ends the name.
   */
  const glossed = (k: number) => {
    const [before, acronym, after] = [tokens[k - 1], tokens[k], tokens[k + 1]];
    return (
      before?.sentence === acronym?.sentence &&
      after?.sentence === acronym.sentence &&
      GLOSSED_ACRONYM.test(acronym.raw) &&
      /^\s*\(\s*$/.test(text.slice(before.end, acronym.start)) &&
      /^\s*\)\s*$/.test(text.slice(acronym.end, after.start))
    );
  };
  /** Token k goes on the phrase before it: nothing between them, or only the brackets of such an acronym. */
  const joined = (k: number) => tokens[k] !== undefined && (tokens[k].breakBefore === 'none' || glossed(k) || glossed(k - 1));
  const nounAt = (k: number, sentence: number) => tokens[k]?.sentence === sentence && joined(k) && NOUNS.has(tokens[k].folded);
  /**
   * "the Cloud Customer Engineers", "our Risk Management Office team": a name written in capitals in a sentence
   * written in lowercase that goes on, word after word, to a role noun names that role or team. The noun's index.
   */
  const nounEndingName = (first: number, last: number, byAnother = false) => {
    if (!writtenAsName(first, last)) return undefined;
    const { sentence } = tokens[last];
    // The noun may be written in lowercase after the name: "Data Engineering Platform leads". A team, or several
    // people: one person so named may be the candidate ("an experienced Hardware Project Manager").
    for (let k = last + 1; k <= last + MAX_NAME_WORDS + 1 && tokens[k]?.sentence === sentence && joined(k); k++) {
      if (glossed(k)) continue;
      const noun = tokens[k].folded;
      if (NOUNS.has(noun)) return TEAMS.has(noun) || isPlural(noun) || byAnother ? k : undefined;
      // "the Hardware Systems and Infrastructure organization": "and" joins two capitalized words of one name.
      if (noun === 'and' && joined(k + 1) && tokens[k + 1].sentence === sentence && capitalized(tokens[k + 1])) continue;
      if (!capitalized(tokens[k])) return undefined;
    }
    return undefined;
  };
  /**
   * "coordinate with the QA and release management teams", "partner closely with Planning and Deployment teams": a
   * phrasing that works with others and ends inside a list of teams, whose last word goes on into the team noun,
   * names a team, not the work ("coordinate .. release"). A phrasing that names one team stays a skill ("partner with
   * the Product Management team"), as does one that ends in a plain function ("collaborate with engineering and
   * operations teams" is the collaboration itself) or works with no one ("transition to production support team").
   */
  const objectNamesATeam = (hit: Hit, category: Category) => {
    const first = startIndex.get(hit.start);
    const last = endIndex.get(hit.end);
    if (first === undefined || last === undefined || SKILL_BEFORE_ROLE.has(category)) return false;
    const object = tokens[last].raw;
    if (isFunctionWord(object) || FUNCTIONS.has(tokens[last].folded)) return false;
    const { sentence } = tokens[first];
    const spanWords = tokens.slice(first, last + 1).map((t) => t.folded);
    if (![...spanWords, ...wordsBefore(first, sentence)].some((w) => WITH.has(w))) return false;
    const listed = spanWords.slice(1, -1).some((w) => CONJUNCTIONS.has(w)) || tokens.slice(first + 1, last + 1).some((t) => t.breakBefore === 'soft');
    if (!listed) return false;
    // Up to two words may go on the name ("release management teams"); a function word ends it ("release of teams").
    for (let k = last + 1; k <= last + 3 && tokens[k]?.sentence === tokens[last].sentence && tokens[k].breakBefore === 'none'; k++) {
      const noun = tokens[k].folded;
      if (TEAMS.has(noun) || isPlural(noun)) return true;
      if (isFunctionToken(tokens[k])) break;
    }
    // "coordinate with Information Security, Risk and Audit": the object is the last of the units worked with, unless
    // it names people, whom such a phrasing is about ("collaborate with other functions, domains, and stakeholders").
    if (namesPeople(tokens[last].folded)) return false;
    for (let k = last; k > first && k >= last - 2; k--) if (inTeamList(k, last)) return true;
    return false;
  };
  /**
   * "our Lead Business Analyst with requirements sessions", "As a Lead Expert Solution Train Engineer", "Team Lead
   * Implementation": a phrasing whose first word, written in capitals inside a sentence written in lowercase, starts
   * a name that runs on to a role noun, or is a role noun after another capitalized word, is no verb ("lead ..
   * sessions", "lead .. train"). Not at a sentence's start, where any word is capitalized.
   */
  const phrasingInAName = (first: number) => {
    const { sentence } = tokens[first];
    const before = tokens[first - 1];
    if (before?.sentence !== sentence || !writtenAsName(first, first)) return false;
    if (PERSONS.has(tokens[first].folded) && tokens[first].breakBefore === 'none' && capitalized(before)) return true;
    // The capitalized words from the phrasing's first run on to a role noun: "Lead Business Analyst".
    // The role noun may be written in lowercase after two such words: "with the Build Engineering team".
    for (let k = first + 1; k <= first + MAX_NAME_WORDS + 1 && tokens[k]?.sentence === sentence && tokens[k].breakBefore === 'none'; k++) {
      if (NOUNS.has(tokens[k].folded) && (capitalized(tokens[k]) || k > first + 1)) return true;
      if (!capitalized(tokens[k])) return false;
    }
    return false;
  };
  /** "teams building (the) tools": a plural group, an -ing word and its object in one phrase (see ACTING_GROUPS). */
  const groupActing = (first: number, last: number) => {
    const object = tokens[last + 1];
    return (
      last === first + 1 &&
      ACTING.has(tokens[first].folded) &&
      tokens[last].breakBefore === 'none' &&
      /ing$/i.test(tokens[last].raw) &&
      object?.sentence === tokens[last].sentence &&
      object.breakBefore === 'none' &&
      (DETERMINERS.has(object.folded) || !isFunctionToken(object)) &&
      !CONJUNCTIONS.has(object.folded)
    );
  };
  /**
   * "the Security, Privacy and Compliance teams": a pattern whose words are items of a list of teams ("security and
   * privacy") names the teams, as a surface among them does; each end of its match is a whole item of the list.
   */
  const patternAmongTeams = (hit: Hit, first: number, category: Category) => {
    const last = endIndex.get(hit.end);
    return last !== undefined && last > first && !SKILL_BEFORE_ROLE.has(category) && inTeamList(first, first) && inTeamList(last, last);
  };
  /**
   * "escalate blockers to the Chief Risk Officer", "report to the Head of Risk": a pattern whose last word, written as
   * a name, runs on into a role noun or follows one's title ends inside the title of the one addressed, not on the
   * work ("escalate .. risk"). "identify risk owners" is written in lowercase: the risks' owners, the work itself.
   */
  const objectInATitle = (hit: Hit, category: Category) => {
    const last = endIndex.get(hit.end);
    if (last === undefined) return false;
    // A person's title only: "partner with the Product Management team" stays the work with that team (see above).
    const noun = nounEndingName(last, last, true);
    return (noun !== undefined && PERSONS.has(tokens[noun].folded)) || namesAUnit(last, category);
  };
  return (hit, category) => {
    const first = startIndex.get(hit.start);
    // An item of a list that shares its head word is a name as much as a surface is: "the release, incident and
    // problem management teams".
    if (hit.via !== 'surface' && hit.via !== 'list')
      return (
        first !== undefined &&
        (namesAUnit(first, category) ||
          objectNamesATeam(hit, category) ||
          (hit.via === 'pattern' && (phrasingInAName(first) || patternAmongTeams(hit, first, category) || objectInATitle(hit, category))) ||
          // "Infrastructure Engineering (SCHIE) organization": the acronym is the unit's, not an example of the kind.
          (hit.via === 'example' && glossed(first) && nounAt(first + 1, tokens[first].sentence)))
      );
    const last = endIndex.get(hit.end);
    if (first === undefined || last === undefined) return false;
    if (first < last && FORUMS.has(tokens[last].folded)) return false; // the forum's own name: the practice
    if (groupActing(first, last)) return true;
    // "a team of PhDs and MBAs": a degree's acronym in the plural, after a team noun, names the people who hold it
    // ("many pursue MBAs" names degrees).
    if (category === 'education' && first === last && isPluralAcronym(tokens[last].raw)) {
      const sentence = tokens[first].sentence;
      if (wordsBefore(first, sentence).some((w) => TEAMS.has(w))) return true;
    }
    if (!NAMED_PRODUCTS.has(category) && inProperName(first, last)) return !title.includes(` ${words(tokens.slice(first, last + 1))} `);
    const { sentence } = tokens[first];
    const before = wordsBefore(first, sentence);
    // Tools, methods and domains stay skills beside a team ("coach Agile teams", "healthcare organizations"); a
    // role's own name does not. An industry written as a name after "the" or "our" names a unit of the employer:
    // "the Payments team", "our Supply Chain organization", "Head of Healthcare".
    const domainAsName = category === 'domain' && writtenAsName(first, last);
    const skillBesideRole = SKILL_BEFORE_ROLE.has(category) && !domainAsName;
    // "the Payments team", "Acme's Healthcare group"; not "a B2B organization", which names an industry.
    const ownedBefore = OWNERS.has(before[0]) || /['’]s$/.test(tokens[first - 1]?.raw ?? '');
    // "Work with the Data Platform Product Manager": one person so named, held by someone else, is a colleague.
    const roleNoun = nounAt(last + 1, sentence) ? last + 1 : nounEndingName(first, last, heldByOther(before));
    const nounAfter = !skillBesideRole && roleNoun !== undefined && (!domainAsName || (ownedBefore && SINGULAR_TEAMS.has(tokens[roleNoun].folded)));
    const lastWord = tokens[last].folded;
    const endsInPerson = !nounAfter && first < last && PERSONS.has(lastWord);
    // "together with the Platform team", "working with the platform team": a surface that ends in a team noun itself
    // ("platform teams"), in the singular and written as a name after "the" or "our", or after "with the", is one unit
    // of the employer; "platform teams" are any in the trade. A Project Management Office is also the practice.
    const endsInUnit =
      !nounAfter &&
      first < last &&
      SINGULAR_TEAMS.has(lastWord) &&
      lastWord !== 'office' &&
      ownedBefore &&
      (writtenAsName(first, last - 1) || (before[0] === 'the' && WITH.has(before[1])));
    // "Program Manager" itself: a role when someone else holds it ("work with the Program Manager") or when
    // several people do ("business analysts", "Agile coaches").
    const served = endsInPerson && SERVED.has(word(last + 1, sentence)) && tokens[last + 1].breakBefore === 'none';
    const roleItself =
      endsInPerson && (isPlural(lastWord) || before.some((w) => SOMEONE_ELSE.has(w)) || served || underHolder(before) || inPersonList(first, last));
    // "As a Project Manager at Acme, you will …": the sentence introduces the role by its name; the name asks for
    // nothing ("experience as a Project Manager" does).
    if (endsInPerson && opensWithAs(before)) return true;
    // "Head of Product Management", "reporting into Release Management": a unit.
    const unit = !skillBesideRole && !nounAfter && (titleOf(before) || reportsInto(before) || afterATitle(first, last));
    // A list item already stands in its list: only a surface is read as an item of a list of teams, and a head word
    // shared over a list at the list's two ends ("across Networking, Storage and Capacity Engineering"). An industry
    // among teams is a unit too ("teams (Product, Marketing, Customer Care)"), however the line is written.
    const teamItem =
      (hit.via === 'surface' && (!skillBesideRole || category === 'domain') && !nounAfter && !endsInPerson && inTeamList(first, last)) ||
      (hit.via === 'list' && !skillBesideRole && !nounAfter && !TEAMS.has(lastWord) && first < last && inTeamList(first, first) && inTeamList(last, last));
    if (endsInUnit) return !title.includes(` ${words(tokens.slice(first, last + 1))} `);
    if (!nounAfter && !roleItself && !unit && !teamItem) return false;
    const nameEnd = nounAfter ? roleNoun! : last;
    // "Works closely with Project Manager" in a Project Manager's posting: another holder of the title; "mentor the
    // Project Managers": several holders, whom the role works with.
    const heldByAnother = endsInPerson && (isPlural(lastWord) || heldByOther(before) || served || underHolder(before));
    if (!heldByAnother && title.includes(` ${words(tokens.slice(first, nameEnd + 1))} `)) return false;
    if (teamItem) return true;
    if (TEAMS.has(tokens[nameEnd].folded) && before.some((w) => RUNS_UNIT.has(w))) return false;
    const after = [word(nameEnd + 1, sentence), word(nameEnd + 2, sentence)];
    return !asTheRole(before) && !before.some((w) => BEFORE.has(w)) && !after.some((w) => AFTER.has(w));
  };
}

/**
 * On a resume, a discipline named among the teams the candidate worked with is whom they worked with, not work they
 * did: "collaborated with QA, product, and design teams" shows collaboration, not quality assurance. Only the list
 * reading of the posting's check applies: a resume's own titles and teams ("Led the QA team", "Release Manager") do
 * show the skill. Tools, methods and domains stay skills, as in postings (SKILL_BEFORE_ROLE).
 */
export function createColleagueListCheck(tokens: Token[]): (hit: Hit, category: Category) => boolean {
  const inTeamList = teamListReader(tokens, sentenceCaseReader(tokens));
  return (hit, category) => {
    if (hit.via !== 'surface' || SKILL_BEFORE_ROLE.has(category)) return false;
    const first = tokenIndexAt(tokens, hit.start, 'start');
    const last = tokenIndexAt(tokens, hit.end, 'end');
    return first !== undefined && last !== undefined && inTeamList(first, last);
  };
}

/** The token at index i, undefined past either end without reading tokens[-1] (see createRoleNameCheck's word). */
const tokenAt = (tokens: readonly Token[], i: number): Token | undefined => (i >= 0 ? tokens[i] : undefined);

/**
 * "stakeholders (Product Manager, Data Scientist and/or Engineer)": a role named beside other people, in a list of
 * them, is one of those people. True when the item before or after the name ends in a person noun.
 */
function personListReader(tokens: Token[]): (first: number, last: number) => boolean {
  const word = (i: number) => (tokenAt(tokens, i) ? tokens[i].folded : '');
  const sameSentence = (i: number, j: number) => tokenAt(tokens, i) !== undefined && tokens[i].sentence === tokenAt(tokens, j)?.sentence;
  // "background as a developer, tester, business analyst": the candidate's own roles, one after another.
  const asOwnRoles = (first: number) => {
    for (let j = first - 1; j >= first - 10 && sameSentence(j, first); j--) {
      if (word(j) === 'as' && word(j - 1) !== 'such') return true;
    }
    return false;
  };
  return (first, last) => {
    if (asOwnRoles(first)) return false;
    let k = first - 1;
    const softBefore = tokens[first].breakBefore === 'soft';
    while (k > first - 3 && sameSentence(k, first) && CONJUNCTIONS.has(word(k))) k--;
    if ((softBefore || k < first - 1) && sameSentence(k, first) && PERSONS.has(word(k))) return true;
    k = last + 1;
    if (!sameSentence(k, last) || !(tokens[k].breakBefore === 'soft' || CONJUNCTIONS.has(word(k)))) return false;
    while (sameSentence(k, last) && CONJUNCTIONS.has(word(k))) k++;
    for (let n = 0; n < MAX_ITEM_WORDS && sameSentence(k + 1, last) && tokens[k + 1].breakBefore === 'none' && !CONJUNCTIONS.has(word(k + 1)); n++) k++;
    return sameSentence(k, last) && PERSONS.has(word(k));
  };
}

/** "Head of", "Director of", "VP of", "Program Manager for" right before the name: someone's title. */
const titleOf = (before: string[]) => (before[0] === 'of' || before[0] === 'for') && PERSONS.has(before[1]) && !isPlural(before[1]);

/** "the direction of a", "the supervision of": the role works under the holder of the name that follows. */
const underHolder = (before: string[]) => {
  const of = before.indexOf('of');
  return of >= 0 && of <= 2 && SUPERVISING.has(before[of + 1]);
};

/** "with the", "to our", "alongside": a cue right before a name (past one determiner) that someone else holds it. */
const heldByOther = (before: string[]) => SOMEONE_ELSE.has(before[0]) || (DETERMINERS.has(before[0]) && SOMEONE_ELSE.has(before[1]));

/** "reports to the", "reporting into", "reporting directly to our". */
function reportsInto(before: string[]): boolean {
  const at = before.findIndex((w) => REPORT_PREPOSITIONS.has(w));
  // Only "the" or "our" between: "status reporting to executives, and RAID log management" reports to the executives.
  return (
    at >= 0 &&
    at <= 2 &&
    before.slice(0, at).every((w) => OWNERS.has(w)) &&
    (REPORT_VERBS.has(before[at + 1]) || (before[at + 1]?.endsWith('ly') && REPORT_VERBS.has(before[at + 2])))
  );
}

/**
 * Reads the list a name stands in, if any: its items (runs of up to four content words between separators)
 * and the words before its first item. Says whether the list is one of teams (see TEAM_LIST_CUES).
 */
function teamListReader(tokens: Token[], inSentenceCase: (sentence: number) => boolean): (first: number, last: number) => boolean {
  const word = (i: number) => tokens[i].folded;
  // "with Engineering, IT, OT and Security": "IT" in capitals is the department, an item, not the pronoun.
  const isItemBreak = (t: Token) => t.raw !== 'IT' && isFunctionToken(t);
  const sameSentence = (i: number, j: number) => tokenAt(tokens, i)?.sentence === tokenAt(tokens, j)?.sentence;
  const separatedBefore = (i: number) => tokens[i].breakBefore === 'soft' || (i > 0 && CONJUNCTIONS.has(word(i - 1)));
  /** The run of words that ends at token i: back to a separator, the sentence start or a function word. */
  const runStart = (i: number) => {
    let k = i;
    while (k > 0 && sameSentence(k - 1, i) && tokens[k].breakBefore === 'none' && !CONJUNCTIONS.has(word(k - 1)) && !isItemBreak(tokens[k - 1])) k--;
    return k;
  };
  return (first, last) => {
    // A team noun or people right after the name end its item: "Asset Management stakeholders".
    const grouped = sameSentence(first, last + 1) && tokens[last + 1].breakBefore === 'none' && (TEAMS.has(word(last + 1)) || PEOPLE.has(word(last + 1)));
    const itemEnd = grouped ? last + 1 : last;
    const end = tokens[itemEnd + 1];
    // The name must be a whole item: it ends where its run ends.
    if (end && sameSentence(first, itemEnd + 1) && end.breakBefore === 'none' && !isItemBreak(end)) return false;
    // "strong stakeholder management": words glued before it make it another thing; names glued before it in a
    // sentence written in lowercase make it one name ("with the Platform Firmware, Board Design and QA teams"), and so
    // do functions ("teams, including engineering product management, operations, and business development").
    const itemStart = runStart(first);
    const glued = tokens.slice(itemStart, first);
    const gluedNames = inSentenceCase(tokens[first].sentence) && glued.every(capitalized);
    if (glued.length && !gluedNames && !glued.every((t) => FUNCTIONS.has(t.folded))) return false;
    const items: [number, number][] = [[itemStart, itemEnd]];
    // Items before the name.
    let start = itemStart;
    while (start > 0 && sameSentence(start - 1, first) && separatedBefore(start)) {
      let to = start - 1;
      while (to >= 0 && CONJUNCTIONS.has(word(to)) && sameSentence(to, first)) to--;
      if (to < 0 || !sameSentence(to, first) || isItemBreak(tokens[to])) break;
      const from = runStart(to);
      // "engineering teams (Software, Test)", "stakeholders (Legal, UX)": a team noun or people open the list, none of its items
      if (to - from + 1 > MAX_ITEM_WORDS || TEAMS.has(word(to)) || PEOPLE.has(word(to))) break;
      items.unshift([from, to]);
      start = from;
      if (!separatedBefore(from)) break; // a function word or the opener's words stand before it
    }
    // Items after the name.
    const inSentence = (k: number) => k < tokens.length && sameSentence(k, first);
    let k = itemEnd + 1;
    while (inSentence(k) && (tokens[k].breakBefore === 'soft' || CONJUNCTIONS.has(word(k)))) {
      while (inSentence(k) && CONJUNCTIONS.has(word(k))) k++;
      // "..., Clinical Operations and our Customer Success team": a determiner may open the last item.
      if (inSentence(k + 1) && tokens[k].breakBefore === 'none' && OWNING_DETERMINERS.has(word(k)) && !isItemBreak(tokens[k + 1])) k++;
      if (!inSentence(k) || isItemBreak(tokens[k])) break;
      // "…, Retail and Customer Care, covering localization": a clause after the list, opened by a verb's -ing form.
      if (tokens[k].breakBefore === 'soft' && startsWithLowercase(tokens[k].raw) && word(k).endsWith('ing') && !FUNCTIONS.has(word(k))) break;
      let to = k;
      // A team noun ends the item: "and infrastructure teams ship every week".
      while (inSentence(to + 1) && tokens[to + 1].breakBefore === 'none' && !isItemBreak(tokens[to + 1]) && !TEAMS.has(word(to))) to++;
      if (to - k + 1 > MAX_ITEM_WORDS) break;
      items.push([k, to]);
      k = to + 1;
    }
    // "across PM, UX, Engineering and other functions", "with QA, DevOps and other teams": a list that goes on to
    // "other" teams or people names teams or people in every item before it.
    const othersAfter = items.length > 1 && inSentence(k + 1) && word(k) === 'other' && (GROUP_NOUNS.has(word(k + 1)) || PEOPLE.has(word(k + 1)));
    if (othersAfter) return true;
    const opener = [] as string[];
    for (let k = items[0][0] - 1; k >= 0 && opener.length < OPENER_WORDS && sameSentence(k, first); k--) opener.push(word(k));
    const itemWords = items.map(([a, b]) => tokens.slice(a, b + 1).map((t) => t.folded));
    const isFunction = (w: string[]) => w.length === 1 && FUNCTIONS.has(w[0]);
    const namesFunction = itemWords.some(isFunction);
    // Written as names in a sentence written in lowercase: "like HC, CIS, Account Management", "with QA".
    const allNames = inSentenceCase(tokens[first].sentence) && items.every(([a, b]) => tokens.slice(a, b + 1).every(capitalized));
    const lastItem = itemWords[itemWords.length - 1];
    const namedUpToTeamNoun = (all: [number, number][]) =>
      inSentenceCase(tokens[first].sentence) && all.every(([a, b], i) => tokens.slice(a, i === all.length - 1 ? b : b + 1).every(capitalized));
    // "Legal, Risk Management and Security teams", "data science, security and cloud infrastructure teams": the team
    // noun after a function; not "steering committees and working groups", nor a clause ("our platform, saving finance
    // teams time": an -ing word that is no function is a verb).
    const n = lastItem.length;
    const endsInTeamNoun =
      n >= 2 && FUNCTIONS.has(lastItem[n - 2]) && TEAMS.has(lastItem[n - 1]) && lastItem.every((w) => FUNCTIONS.has(w) || !w.endsWith('ing'));
    if (items.length > 1 && endsInTeamNoun) return true;
    // "Process Excellence, Program Management, Quality Assurance and Global Technology teams", "the Professional
    // Services, Practice Delivery team", "Treasury, Investment Banking and Asset Management stakeholders": names written
    // in capitals in a sentence written in lowercase, the last one a team's or its people's.
    const groupNoun = lastItem[lastItem.length - 1];
    if (items.length > 1 && lastItem.length > 1 && (TEAMS.has(groupNoun) || PEOPLE.has(groupNoun)) && namedUpToTeamNoun(items)) return true;
    // "teams, including Product Management and Security", "teams involved, like Account Management",
    // "teams (Software, Hardware, Test)", "stakeholders such as Legal and Procurement"; not "team sessions such as
    // retrospectives".
    const introduced = opener.findIndex((w) => !INTRODUCERS.has(w) && w !== 'such');
    const group = (w: string | undefined) => w !== undefined && (TEAMS.has(w) || PEOPLE.has(w));
    const introducer = introduced >= 0 ? opener[introduced] : undefined;
    const teamAt = group(introducer) ? introduced : introducer?.endsWith('ed') && group(opener[introduced + 1]) ? introduced + 1 : -1;
    if (teamAt > 0 && (namesFunction || allNames)) return true;
    if (teamAt === 0 && namesFunction && items.length > 1) return true;
    // Whom the role works with: "work closely with Engineering, Product Management and QA", "stakeholders in Product
    // Management, Design and Engineering", "gather input from Finance and Tax", "present updates to Risk and Audit".
    const prep = opener.findIndex((w) => WITH.has(w));
    const to = opener.indexOf('to');
    const whom =
      (prep >= 0 && prep <= 1 && opener.slice(prep + 1, prep + 4).some((w) => COLLABORATION.has(w))) ||
      (to >= 0 && to <= 1 && opener.slice(to + 1, to + 4).some((w) => ADDRESSING.has(w))) ||
      (PEOPLE_PREPOSITIONS.has(opener[0]) && PEOPLE.has(opener[1])) ||
      (opener[0] === 'from' && RECEIVED.has(opener[1]));
    // A list that names a plain function, or several names written as names, or that ends in teams or leaders; not
    // a name alone ("partner with the PMO" also says the role knows how a PMO works).
    const endsInGroup = lastItem.length > 1 && GROUP_NOUNS.has(lastItem[lastItem.length - 1]);
    // "work closely with Customer Success", "partner with Site Reliability Engineering": one name of several words,
    // written as a name in a sentence written in lowercase, is a department too (an acronym alone, "the PMO", is not).
    const oneDepartment = items.length === 1 && allNames && itemWords[0].length > 1;
    // "You will work with Platform Engineering, Security and Clinical Operations", "Work with Quality Assurance to plan
    // validation": a bare "work with" before names written as names, or one department, is whom the role works with too
    // ("experience working with data and analytics" is what on).
    const worksWithNames = prep === 0 && BARE_WORK.has(opener[1]) && (items.length > 1 ? allNames : oneDepartment);
    // "drills with Legal, Communications and Support", "the checklist with Marketing, Retail and Customer Care": after
    // any "with", names written as names, one of them a plain function, are the teams the work is done with; so are
    // names that go on to a group ("with Data Center Operations and NVIDIA account teams").
    const namedBeforeLast = inSentenceCase(tokens[first].sentence) && items.slice(0, -1).every(([a, b]) => tokens.slice(a, b + 1).every(capitalized));
    const withFunctions =
      opener[0] === 'with' &&
      (items.length > 1
        ? (allNames && namesFunction) || (endsInGroup && namedBeforeLast)
        : oneDepartment && opener[1] !== undefined && !SKILL_OPENERS.has(opener[1]));
    // "dependencies across Networking, Storage and Capacity Engineering", "teams across Ads Backend and Data Science":
    // names written as names that something spans, which lies between teams or is made of them.
    const spanned =
      (SPANNING.has(opener[0]) && opener.slice(1, 3).some((w) => BETWEEN_TEAMS.has(w))) || (opener[0] === 'across' && GROUPS_ACROSS.has(opener[1]));
    const spansNames = spanned && (oneDepartment || (items.length > 1 && allNames));
    return (whom && (namesFunction || oneDepartment || (items.length > 1 && (allNames || endsInGroup)))) || worksWithNames || withFunctions || spansNames;
  };
}

const ENDINGS = new Set(NAME_ENDINGS.words);
const capitalized = (t: Token) => startsWithCapital(t.raw);
/**
 * A sentence with this many English function words in lowercase ("to", "the", "in") is English in sentence case,
 * where capitals mark names; in a Title Case line, or in German, which capitalizes every noun, they do not.
 */
const MIN_FUNCTION_WORDS = 2;
/** With one function word, the other words in lowercase that make a short line sentence case. */
const MIN_OTHER_LOWERCASE = 3;

/**
 * Whether a sentence is English written in sentence case, where capitals mark names: two function words in lowercase,
 * or one with three other words in lowercase ("Maintain healthy backlogs together with Product Management").
 */
function sentenceCaseReader(tokens: Token[]): (sentence: number) => boolean {
  const functionWords = new Map<number, number>();
  const otherLowercase = new Map<number, number>();
  for (const t of tokens) {
    if (!startsWithLowercase(t.raw)) continue;
    const counts = isFunctionToken(t) ? functionWords : otherLowercase;
    counts.set(t.sentence, (counts.get(t.sentence) ?? 0) + 1);
  }
  return (sentence) => {
    const fn = functionWords.get(sentence) ?? 0;
    return fn >= MIN_FUNCTION_WORDS || (fn === 1 && (otherLowercase.get(sentence) ?? 0) >= MIN_OTHER_LOWERCASE);
  };
}

/**
 * Reads proper names: a run of capitalized words, in a sentence otherwise written in lowercase, that holds more
 * than the concept's words and ends in a NAME_ENDINGS word.
 */
function properNameReader(tokens: Token[], inSentenceCase: (sentence: number) => boolean): (first: number, last: number) => boolean {
  const joined = (k: number, sentence: number) => tokens[k]?.sentence === sentence && tokens[k].breakBefore === 'none' && capitalized(tokens[k]);
  return (first, last) => {
    const { sentence } = tokens[first];
    if (!inSentenceCase(sentence)) return false;
    if (!tokens.slice(first, last + 1).every(capitalized)) return false;
    let from = first;
    // A capitalized word joined before it, not itself first in its sentence or clause (capitalized anyway there).
    while (from > 0 && tokens[from].breakBefore === 'none' && joined(from - 1, sentence)) from--;
    let to = last;
    while (joined(to + 1, sentence)) to++;
    return (from < first || to > last) && ENDINGS.has(tokens[to].folded);
  };
}

/**
 * Words that end a company's name by saying what sort of firm it is, which its own text drops when it names
 * itself: "Procore Technologies" writes "Procore's platform", "Acme Labs" "at Acme".
 */
const KIND_OF_FIRM = new Set(['technologies', 'technology', 'labs', 'systems', 'software', 'solutions', 'group', 'holdings', 'computing', 'networks']);

/**
 * The name the employer calls itself by in its text: its registered name without the legal form and the words that
 * say what sort of firm it is ("Procore Technologies, Inc." is "Procore"); undefined where the name has neither.
 */
export function employersShortName(company: string): string | undefined {
  const words = withoutLegalForm(company).split(/\s+/);
  let end = words.length;
  while (end > 1 && KIND_OF_FIRM.has(words[end - 1].toLowerCase())) end--;
  const name = words.slice(0, end).join(' ');
  return name && name !== company.trim() ? name : undefined;
}

/**
 * Where the employer's name stands in the text, as written: a concept whose words overlap it ("the Abnormal
 * Security Platform" at Abnormal Security) names the employer or its product, not a skill. A legal suffix
 * ("Inc.") may be left out in the text.
 */
export function employerNameCheck(text: string, company: string): (start: number, end: number) => boolean {
  const name = withoutLegalForm(company);
  // A name of one short word ("Box", "Ramp") is too often a plain word to look for.
  if (name.length < 4 || !/\s/.test(name)) return () => false;
  // A letter or digit on either side makes it part of another word. In a text with nothing beyond Latin, the plain
  // ranges of those classes (LATIN_CLASSES) find the same spans without compiling a Unicode property class.
  const [wordChar, flags] = BEYOND_LATIN.test(text) ? [String.raw`\p{L}\p{N}`, 'gu'] : [LATIN_CLASSES.L + LATIN_CLASSES.N, 'g'];
  const spans = [...text.matchAll(new RegExp(`(?<![${wordChar}])${escapeRegExp(name)}(?![${wordChar}])`, flags))].map((m) => [m.index, m.index + m[0].length]);
  return (start, end) => spans.some(([from, to]) => start < to && from < end);
}
