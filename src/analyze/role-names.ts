import type { Category } from '../taxonomy/schema';
import { foldWord, tokenize, wordKey, type Token } from '../text/normalize';
import type { Hit } from './match';

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
  { words: ['lead', 'leads', 'leader', 'leaders', 'head', 'director', 'directors'], person: true, example: 'Work with Cloud Security leads.' },
  { words: ['engineer', 'engineers', 'developer', 'developers', 'architect', 'architects'], person: true, example: 'Partner with Site Reliability engineers.' },
  { words: ['owner', 'owners'], person: true, example: 'Align with Data Governance owners.' },
  { words: ['analyst', 'analysts', 'specialist', 'specialists', 'scientist', 'scientists'], person: true, example: 'Support the Risk Management analysts.' },
  { words: ['officer', 'officers', 'coordinator', 'coordinators', 'administrator', 'administrators'], person: true, example: 'The Change Management coordinators help.' },
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
 * group", "our Data Platform team is hiring".
 */
export const OWN_ROLE_CUES = {
  /** Up to four words before the name ("join the Change and Release Management team"). */
  before: ['join', 'joining', 'joins', 'within'],
  /** Up to two words after the role noun. */
  after: ['seeking', 'hiring', 'looking', 'recruiting'],
  /** Right before "a"/"an": "as a Scrum Master", "to be a Scrum Master", "become a Program Manager". */
  beforeArticle: ['as', 'be', 'become', 'becoming'],
};

/**
 * Words, up to four before it, that make a role the taxonomy names as a whole ("Program Manager") someone
 * else's: "reporting to the Program Manager", "work with Product Managers", "other Scrum Masters".
 */
export const SOMEONE_ELSE_CUES = ['with', 'to', 'alongside', 'other', 'another'];

const NOUNS = new Set(ROLE_NOUNS.flatMap((n) => n.words));
const PERSONS = new Set(ROLE_NOUNS.filter((n) => n.person).flatMap((n) => n.words));
const BEFORE = new Set(OWN_ROLE_CUES.before);
const AFTER = new Set(OWN_ROLE_CUES.after);
const BEFORE_ARTICLE = new Set(OWN_ROLE_CUES.beforeArticle);
const SOMEONE_ELSE = new Set(SOMEONE_ELSE_CUES);

/** "as a Security engineer", "as Release Manager"; not "such as the Security team". */
const asTheRole = (before: string[]) =>
  before[0] === 'a' || before[0] === 'an' ? BEFORE_ARTICLE.has(before[1]) : before[0] === 'as' && before[1] !== 'such';

/**
 * Builds the test: is this posting hit the name of a role, a team or a unit rather than a skill asked for?
 * Only a surface (a name) followed in the same phrase by a role noun counts as one; a pattern's phrasing is
 * a skill by itself. The posting's own role (its title, or a role or team the candidate fills or joins)
 * keeps its skills.
 */
export function createRoleNameCheck(tokens: Token[], postingTitle: string): (hit: Hit, category: Category) => boolean {
  const startIndex = new Map(tokens.map((t, i) => [t.start, i]));
  const endIndex = new Map(tokens.map((t, i) => [t.end, i]));
  const words = (ts: Token[]) => ts.map((t) => wordKey(t.raw)).join(' '); // "Release Managers" is the title's "Release Manager"
  const title = ` ${words(tokenize(postingTitle))} `;
  const word = (i: number, sentence: number) => (tokens[i]?.sentence === sentence ? foldWord(tokens[i].raw) : '');
  return (hit, category) => {
    if (hit.via !== 'surface' || SKILL_BEFORE_ROLE.has(category)) return false;
    const first = startIndex.get(hit.start);
    const last = endIndex.get(hit.end);
    if (first === undefined || last === undefined) return false;
    const { sentence } = tokens[first];
    const before = [1, 2, 3, 4].map((k) => word(first - k, sentence));
    const next = tokens[last + 1];
    const nounAfter = next?.breakBefore === 'none' && NOUNS.has(foldWord(next.raw));
    // "Program Manager" itself: a role only when someone else holds it ("work with the Program Manager").
    const roleItself = !nounAfter && first < last && PERSONS.has(foldWord(tokens[last].raw)) && before.some((w) => SOMEONE_ELSE.has(w));
    if (!nounAfter && !roleItself) return false;
    const nameEnd = nounAfter ? last + 1 : last;
    if (title.includes(` ${words(tokens.slice(first, nameEnd + 1))} `)) return false;
    const after = [1, 2].map((k) => word(nameEnd + k, sentence));
    return !asTheRole(before) && !before.some((w) => BEFORE.has(w)) && !after.some((w) => AFTER.has(w));
  };
}
