// Build time only: verbal frames derived from the taxonomy's own names. An activity named "<object> <action noun>"
// ("cost management", "workshop facilitation", "product validation") is as often said with the noun's verb and the
// object after it ("manage project costs", "facilitate client workshops", "validate new products"). Each such name
// gives one ordinary pattern, "<verbs> ... <object>", compiled with the hand-written ones: no run-time cost beyond
// the one pass the matcher makes anyway. Its gap `...` stays in the clause (no comma or bracket, no "and"/"or"
// right after the verb) and its object must end its noun phrase ("run stress tests" runs tests): src/taxonomy/pattern.ts.
//
// Measured (2026-12-01, frames off -> on in one tree): dev unchanged; corpus fold +1 found, no new unlabelled term;
// fresh fold +1; check fold identical. Most "<verb> <object>" phrasings of the taxonomy's names are hand-written
// patterns already, and the missed practices' objects are mostly no name of it ("manage deviations from plan").
// Tried and not kept, each adding unlabelled terms on dev + corpus + fresh: a gap across commas (+4 found, precision
// 0.9554 -> 0.9535), more verbs (handle, own, lead, drive for management: +3 found, 7 new unlabelled: "drive
// positive social change"), and swapped nouns ("performance oversight" for performance management: 138 patterns,
// one hit in 183 postings).
import { foldWord, tokenize } from '../text/normalize';
import type { CompiledPattern } from './lookup';
import type { Slot } from './pattern';
import { surfacesOf, type Taxonomy } from './taxonomy';

/**
 * An action noun and the verbs that say it, each with a line that says it so. The first verb is the noun's own;
 * where two frames meet on the same verb and object ("oversee .. vendors": vendor oversight or vendor management),
 * the concept whose noun has that verb first keeps it, and a tie keeps neither.
 */
export interface ActionNoun {
  noun: string;
  verbs: string[];
  /** The object of the example: "<object> <noun>" is what the example says. */
  object: string;
  example: string;
}

export const ACTION_NOUNS: ActionNoun[] = [
  { noun: 'management', verbs: ['manage', 'oversee', 'run'], object: 'operations', example: 'Oversee the daily operations of the support desk' },
  { noun: 'planning', verbs: ['plan'], object: 'cutover', example: 'Plan the cutover with the infrastructure team' },
  { noun: 'tracking', verbs: ['track', 'monitor'], object: 'deliverables', example: 'Track deliverables across the workstreams' },
  { noun: 'monitoring', verbs: ['monitor', 'track'], object: 'costs', example: 'Monitor costs against the approved budget' },
  { noun: 'facilitation', verbs: ['facilitate'], object: 'workshops', example: 'Facilitate workshops with product and design' },
  { noun: 'validation', verbs: ['validate', 'verify'], object: 'products', example: 'Validate new products before launch' },
  { noun: 'coordination', verbs: ['coordinate'], object: 'testing', example: 'Coordinate testing across the vendor teams' },
  { noun: 'definition', verbs: ['define'], object: 'requirements', example: 'Define requirements with the business owners' },
  { noun: 'reporting', verbs: ['report'], object: 'progress', example: 'Report progress to the steering committee' },
  { noun: 'standardization', verbs: ['standardize'], object: 'processes', example: 'Standardize processes across the regions' },
  { noun: 'escalation', verbs: ['escalate'], object: 'issues', example: 'Escalate issues that put the launch at risk' },
  { noun: 'setting', verbs: ['set', 'define', 'establish', 'develop'], object: 'goals', example: 'Set clear goals for the platform teams' },
  { noun: 'oversight', verbs: ['oversee'], object: 'vendors', example: 'Oversee vendors and their deliverables' },
  { noun: 'prioritization', verbs: ['prioritize'], object: 'requirements', example: 'Prioritize requirements with the product owner' },
  { noun: 'forecasting', verbs: ['forecast'], object: 'capacity', example: 'Forecast capacity for the next two quarters' },
  { noun: 'estimation', verbs: ['estimate'], object: 'effort', example: 'Estimate effort with the engineering leads' },
  { noun: 'optimization', verbs: ['optimize'], object: 'costs', example: 'Optimize cloud costs across the accounts' },
  { noun: 'improvement', verbs: ['improve'], object: 'processes', example: 'Improve processes that slow the release train' },
  { noun: 'assessment', verbs: ['assess'], object: 'readiness', example: 'Assess the readiness of each site' },
  { noun: 'analysis', verbs: ['analyze'], object: 'data', example: 'Analyze data from the field trials' },
  { noun: 'alignment', verbs: ['align'], object: 'stakeholders', example: 'Align stakeholders on the target dates' },
  { noun: 'onboarding', verbs: ['onboard'], object: 'customers', example: 'Onboard customers to the new platform' },
  { noun: 'mapping', verbs: ['map'], object: 'dependencies', example: 'Map dependencies between the programs' },
  { noun: 'resolution', verbs: ['resolve'], object: 'conflicts', example: 'Resolve conflicts between the teams' },
  { noun: 'negotiation', verbs: ['negotiate'], object: 'contracts', example: 'Negotiate contracts with suppliers' },
  { noun: 'evaluation', verbs: ['evaluate'], object: 'vendors', example: 'Evaluate vendors against the criteria' },
  { noun: 'selection', verbs: ['select'], object: 'vendors', example: 'Select vendors for the pilot' },
  { noun: 'mitigation', verbs: ['mitigate'], object: 'risks', example: 'Mitigate risks before they reach the customer' },
  { noun: 'identification', verbs: ['identify'], object: 'risks', example: 'Identify risks early in the program' },
  { noun: 'allocation', verbs: ['allocate'], object: 'resources', example: 'Allocate resources across the projects' },
  { noun: 'documentation', verbs: ['document'], object: 'processes', example: 'Document processes for the operations team' },
  { noun: 'execution', verbs: ['execute'], object: 'launches', example: 'Execute launches across several sites' },
  { noun: 'delivery', verbs: ['deliver'], object: 'software', example: 'Deliver software on time and within budget' },
  { noun: 'realization', verbs: ['realize'], object: 'benefits', example: 'Realize the benefits the business case promised' },
  { noun: 'remediation', verbs: ['remediate'], object: 'findings', example: 'Remediate findings from the audit' },
  { noun: 'engagement', verbs: ['engage'], object: 'stakeholders', example: 'Engage stakeholders across the business' },
  { noun: 'enablement', verbs: ['enable'], object: 'users', example: 'Enable users to adopt the new tools' },
  { noun: 'building', verbs: ['build'], object: 'relationships', example: 'Build relationships with partner teams' },
  { noun: 'coaching', verbs: ['coach'], object: 'teams', example: 'Coach teams on agile practices' },
  { noun: 'writing', verbs: ['write'], object: 'proposals', example: 'Write proposals for new work' },
  { noun: 'scheduling', verbs: ['schedule'], object: 'releases', example: 'Schedule releases with the operations team' },
  { noun: 'adoption', verbs: ['adopt'], object: 'tools', example: 'Adopt tools that fit the team' },
  { noun: 'review', verbs: ['review'], object: 'designs', example: 'Review designs with the architects' },
  { noun: 'control', verbs: ['control'], object: 'costs', example: 'Control costs on the construction sites' },
  { noun: 'administration', verbs: ['administer'], object: 'contracts', example: 'Administer contracts with the suppliers' },
  { noun: 'design', verbs: ['design'], object: 'processes', example: 'Design processes for the new service' },
  { noun: 'modeling', verbs: ['model'], object: 'costs', example: 'Model costs for each option' },
  { noun: 'research', verbs: ['research'], object: 'markets', example: 'Research markets before the launch' },
];

/** Frames come from activities only: a tool, a domain or a certificate is not what a verb does. */
const FRAMED_CATEGORIES = new Set(['practice', 'compliance', 'soft-skill', 'technical']);

/**
 * Objects too general to name a practice after a verb: "manage .. work", "plan .. projects", "deliver .. products"
 * say what every duty says.
 */
const GENERAL_OBJECTS = new Set([
  'work',
  'project',
  'program',
  'programme',
  'business',
  'team',
  'task',
  'activity',
  'thing',
  'people',
  'product',
  'service',
  'solution',
  'system',
]);

/**
 * Objects that name another thing in a program's work than in the name they come from, each with why: a frame would
 * read the program's thing as the name's ("Manage the RAID log" is no log management).
 */
const AMBIGUOUS_OBJECTS = new Map([['log', "a program's issue, decision or RAID log is a document; log management is of machines' logs"]]);

/** Tags of words that are no part of an object's name. */
const CLOSED_CLASS = new Set(['Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'Auxiliary', 'Copula']);

/** A pattern derived from a name, with the name it came from (for the build report and tests). */
export interface DeverbalFrame {
  conceptId: string;
  /** The pattern, in the syntax of keywords/README.md: "manage|oversee|run .. operations". */
  source: string;
  /** The surface it came from: "Operations management". */
  from: string;
}

interface Candidate {
  conceptId: string;
  from: string;
  verbKey: string;
  verb: string;
  rank: number;
  objectWords: string[];
  objectKeys: string[];
}

export interface FrameOptions {
  keyOf: (word: string) => string;
  /** compromise's tags of a word read alone (build time): "financial" is an adjective, "for" a preposition. */
  tagsOf: (word: string) => string[];
  /** The hand-written patterns, compiled: a frame never says what one of them says. */
  handPatterns: CompiledPattern[];
  /** Whether a sequence of word keys is a surface of some concept: "plan capacity" would be a name, not a frame. */
  isSurface: (keys: string[]) => boolean;
}

/** The frames every activity's "<object> <action noun>" names give, after the checks above. */
export function deverbalFrames(taxonomy: Taxonomy, options: FrameOptions): DeverbalFrame[] {
  const { keyOf } = options;
  const nouns = new Map(ACTION_NOUNS.map((n) => [keyOf(n.noun), n]));
  const candidates: Candidate[] = [];
  for (const concept of taxonomy.concepts) {
    if (!FRAMED_CATEGORIES.has(concept.category)) continue;
    const ruled = new Set((concept.context ?? []).map((r) => foldWord(r.surface)));
    for (const { text, kind } of surfacesOf(concept)) {
      if (kind !== 'label' && kind !== 'variant') continue;
      if (ruled.has(foldWord(text))) continue; // an ambiguous name: its rule knows where it counts
      const object = objectOf(text, keyOf, nouns, options.tagsOf);
      if (!object) continue;
      for (const [rank, verb] of object.noun.verbs.entries())
        candidates.push({ conceptId: concept.id, from: text, verb, verbKey: keyOf(verb), rank, objectWords: object.words, objectKeys: object.keys });
    }
  }
  const kept = candidates.filter((c) => !saidAlready(c, options) && !outranked(c, candidates));
  // One pattern per concept and object: its verbs as alternatives.
  const frames = new Map<string, { conceptId: string; from: string; verbs: string[]; object: string[] }>();
  for (const c of kept) {
    const id = `${c.conceptId} ${c.objectKeys.join(' ')}`;
    const frame = frames.get(id) ?? { conceptId: c.conceptId, from: c.from, verbs: [], object: c.objectWords };
    if (!frame.verbs.includes(c.verb)) frame.verbs.push(c.verb);
    frames.set(id, frame);
  }
  return [...frames.values()].map((f) => ({ conceptId: f.conceptId, from: f.from, source: `${f.verbs.join('|')} ... ${f.object.join(' ')}` }));
}

/** The verb that shares the noun's key, written as such: "prototype builds" are no "prototype building". */
const spelledAsVerb = (word: string, noun: ActionNoun) =>
  word !== noun.noun && word !== `${noun.noun}s` && noun.verbs.some((verb) => word === verb || word === `${verb}s` || word === `${verb}es`);

/** The object of "<object> <action noun>": one to three content words before a known action noun. */
function objectOf(text: string, keyOf: (w: string) => string, nouns: Map<string, ActionNoun>, tagsOf: (w: string) => string[]) {
  const tokens = tokenize(text, keyOf);
  if (tokens.length < 2 || tokens.length > 4) return undefined;
  const last = tokens[tokens.length - 1];
  const noun = nouns.get(last.key);
  if (!noun || spelledAsVerb(foldWord(last.raw), noun)) return undefined;
  const words = tokens.slice(0, -1);
  if (words.some((t) => !/^\p{L}[\p{L}'-]*$/u.test(t.raw))) return undefined; // "A/B", "24/7", "SOC 2"
  const tags = words.map((t) => tagsOf(t.raw));
  if (tags.some((t) => t.some((tag) => CLOSED_CLASS.has(tag)))) return undefined; // "customer and partner", "bias for", "mean time to"
  if (tags[tags.length - 1].includes('Adjective')) return undefined; // "financial", "strategic", "continuous": no thing to plan
  if (words.length === 1 && (GENERAL_OBJECTS.has(foldWord(words[0].raw)) || AMBIGUOUS_OBJECTS.has(foldWord(words[0].raw)))) return undefined;
  return { noun, words: words.map((t) => t.raw.toLowerCase()), keys: words.map((t) => t.key) };
}

/**
 * A surface or a hand-written pattern already says "<verb> <object>"; or a hand-written pattern of the concept ends
 * with the object, its author having chosen the verbs ("The lab runs blood tests" is no test management); or one
 * of another concept opens with the verb and ends with the object, its author having chosen what stands between
 * them. A frame would repeat or loosen that choice.
 */
function saidAlready(c: Candidate, { handPatterns, isSurface }: FrameOptions): boolean {
  const phrase = [c.verbKey, ...c.objectKeys];
  const head = c.objectKeys.at(-1)!;
  return (
    isSurface(phrase) ||
    handPatterns.some((p) => matchesWholly(p.slots, phrase) || (endsWith(p.slots, head) && (p.conceptId === c.conceptId || opensWith(p.slots, c.verbKey))))
  );
}

const wordSlots = (slots: Slot[]) => slots.filter((s): s is Extract<Slot, { alts: string[][] }> => 'alts' in s);
const opensWith = (slots: Slot[], key: string) => wordSlots(slots)[0].alts.some((alt) => alt.length === 1 && alt[0] === key);
const endsWith = (slots: Slot[], key: string) =>
  wordSlots(slots)
    .at(-1)!
    .alts.some((alt) => alt.at(-1) === key);

/** Another concept's frame says the same verb and object with that verb nearer its own noun. */
const outranked = (c: Candidate, all: Candidate[]) =>
  all.some((o) => o.conceptId !== c.conceptId && o.verbKey === c.verbKey && o.objectKeys.join(' ') === c.objectKeys.join(' ') && o.rank <= c.rank);

/** Whether the slots match the whole key sequence, from its first key to its last (gaps taking none or some). */
export function matchesWholly(slots: Slot[], keys: string[]): boolean {
  const from = (s: number, at: number): boolean => {
    if (s === slots.length) return at === keys.length;
    const slot = slots[s];
    if ('gap' in slot) {
      for (let skip = 0; skip <= slot.gap && at + skip <= keys.length; skip++) if (from(s + 1, at + skip)) return true;
      return false;
    }
    for (const alt of slot.alts) if (alt.every((k, n) => keys[at + n] === k) && from(s + 1, at + alt.length)) return true;
    return slot.optional && from(s + 1, at);
  };
  return from(0, 0);
}
