// Build time only: the passive voice of the verb-and-object patterns. A pattern says "<verbs> .. <object>"
// ("track .. actions", "identify|manage|surface .. risks"); a duty is as often written with the object first, as
// what must be done to it: "decisions and actions are tracked", "risks and delays are surfaced early". Each such
// pattern, hand-written or derived (deverbal-frames.ts), gives one more ordinary pattern,
// "<object> .. <be> ... <verbs>", compiled with the others: no run-time cost beyond the one pass the matcher makes.
// The gap after the object takes a coordinated subject ("risks and delays are"); the one after "be" stays in the
// clause and the verb must end its phrase ("are tracked daily", not "are tracked items").
import { tokenize } from '../text/normalize';
import { surfacesOf, type Taxonomy } from './taxonomy';

/** The forms of "be" (and "get") that open a passive. */
export const PASSIVE_AUXILIARIES = ['is', 'are', 'be', 'been', 'being', 'was', 'were', 'get', 'gets', 'got'];

export interface PassiveSource {
  conceptId: string;
  /** A pattern in the syntax of keywords/README.md: "track|monitor .. actions". */
  source: string;
}

/**
 * The passive of every pattern that is one slot of verbs, a gap and one slot of objects. Only the verbs of an
 * action noun (`isActionVerb`: manage, track, surface...) and only objects that some name of the taxonomy puts
 * before an action noun (`isNamedObject`: "risk" of risk management, "action" of action tracking) stay: "decisions
 * are made" or "the impact is mitigated" say what happens, not which practice is asked for.
 */
export function passiveFrames(
  patterns: readonly PassiveSource[],
  isActionVerb: (word: string) => boolean,
  isNamedObject: (word: string) => boolean,
): PassiveSource[] {
  const out: PassiveSource[] = [];
  for (const { conceptId, source } of patterns) {
    const slots = source.split(' ');
    if (slots.length !== 3 || (slots[1] !== '..' && slots[1] !== '...')) continue;
    if (slots[0].endsWith('?') || slots[2].endsWith('?')) continue;
    const verbs = slots[0];
    const objects = slots[2].split('|').filter(isNamedObject);
    if (verbs.split('|').some(isActionVerb) && objects.length)
      out.push({ conceptId, source: `${objects.join('|')} .. ${PASSIVE_AUXILIARIES.join('|')} ... ${verbs}` });
  }
  return out;
}

/**
 * The nouns of keeping a thing in hand, each with a name that says so: the thing before them is one a practice
 * looks after ("risk" of risk management), where "impact assessment" or "decision making" name an act on it.
 */
export const HANDLING_NOUNS = [
  { noun: 'management', example: 'risk management' },
  { noun: 'tracking', example: 'action tracking' },
  { noun: 'planning', example: 'capacity planning' },
  { noun: 'monitoring', example: 'cost monitoring' },
  { noun: 'control', example: 'scope control' },
];

/** The keys of the words that a two-word name puts before a handling noun: "risk" (risk management), "action" (action tracking). */
export function objectsOfHandlingNames(taxonomy: Taxonomy, keyOf: (word: string) => string): Set<string> {
  const actionNouns = new Set(HANDLING_NOUNS.map((n) => keyOf(n.noun)));
  const objects = new Set<string>();
  for (const concept of taxonomy.concepts)
    for (const { text } of surfacesOf(concept)) {
      const tokens = tokenize(text, keyOf);
      if (tokens.length === 2 && actionNouns.has(tokens[1].key)) objects.add(tokens[0].key);
    }
  return objects;
}
