import type { Token } from '../text/normalize';

// "No certification required", "PMP not required", "preparing for the PMP", "transitioning into technical
// program management": the text names a skill it does not claim (a posting) or does not have yet (a resume).
// Cue words are compared as folded words, so no stemmer choice can make "pursuing" miss "pursue".

/**
 * Cues that end right before the term (a few words may sit between: "working towards the PMP"). A credential's goals
 * take away only a credential (a certification, a degree): "preparing for the PMP" claims no PMP, while "prepare for
 * PI Planning", "working toward continuous delivery" or "pursuing SOC 2" name the work itself.
 */
const CREDENTIAL_GOAL_CUES = [
  'preparing for',
  'prepare for',
  'studying for',
  'study for',
  'working toward',
  'working towards',
  'work toward',
  'work towards',
  'pursuing',
  'planning to take',
  'plan to take',
  'enrolled in',
].map((cue) => cue.split(' '));
/** A career's goals take away whatever they name: "transitioning into technical program management". */
const CAREER_GOAL_CUES = ['transitioning into', 'aspiring', 'aspire to become', 'hoping to'].map((cue) => cue.split(' '));
const GOAL_CUES = [...CREDENTIAL_GOAL_CUES, ...CAREER_GOAL_CUES];

/** "Not" as a contraction says it ("a degree isn't required", "you don't need a PMP"), folded: the apostrophe stays in the word. */
const NOT_CONTRACTIONS = ["isn't", "aren't", "don't", "doesn't", "won't", "wouldn't"];

/** A negation right before the term: "no PMP", "not a Scrum shop", "no prior Jira experience", "don't need a PMP". */
const NEGATION_CUES = [['no'], ['not'], ...NOT_CONTRACTIONS.map((word) => [word])];

/** "not limited to Jira", "not only Jira": a "not" before these widens rather than negates. */
const WIDENING_AFTER_NOT = new Set(['limited', 'only', 'just', 'merely', 'least', 'exclusively', 'restricted']);

/** Words a goal cue may reach across ("preparing for the PMP exam"), at most GOAL_REACH of them. */
const GOAL_REACH = 2;
const NEGATION_REACH = 2;
/** A negation stops at a new clause: "no travel, and strong Jira skills". */
const CLAUSE_WORDS = new Set(['and', 'or', 'but', 'while', 'yet', 'plus', 'with', 'including']);

/** After the term: "PMP not required", "certification is not needed", "CSM (in progress)". */
const AFTER_NOT = new Set(['required', 'needed', 'necessary', 'mandatory', 'expected', 'essential', 'compulsory']);
/** Whether a folded word says "not": the word itself or a contraction of it. */
const saysNot = (word: string) => word === 'not' || NOT_CONTRACTIONS.includes(word);
const AFTER_SKIP = new Set(['is', 'are', 'will', 'would', 'certification', 'certifications', 'certificate', 'degree', 'experience', 'a', 'an']);

const folded = (t: Token) => t.folded;

/** A token's folded form by its index: the matcher's Word has it, else the token's own (tokenize folded it). */
type FoldedAt = (k: number) => string;

function cueEndsAt(tokens: Token[], end: number, cue: string[], foldedAt: FoldedAt): boolean {
  const from = end - cue.length + 1;
  if (from < 0) return false;
  for (let k = 0; k < cue.length; k++) {
    if (foldedAt(from + k) !== cue[k]) return false;
    if (k > 0 && tokens[from + k].breakBefore !== 'none') return false;
  }
  return true;
}

/** Whether every token strictly between two indexes passes the test. */
const allBetween = (from: number, to: number, test: (k: number) => boolean) => {
  for (let k = from + 1; k < to; k++) if (!test(k)) return false;
  return true;
};

/** Words that deny a need before "to" and a verb: "don't need to", "won't have to", "no need to". */
const DENIED_NEED = [
  ["don't", 'need'],
  ["doesn't", 'need'],
  ["won't", 'need'],
  ["don't", 'have'],
  ["doesn't", 'have'],
  ["won't", 'have'],
  ['no', 'need'],
];

/** "You don't need to write code", "no need to know SQL": the term right after "<denied need> to <verb>". */
function deniedNeedBefore(tokens: Token[], first: number, foldedAt: FoldedAt): boolean {
  const to = first - 2;
  if (to < 2 || foldedAt(to) !== 'to' || tokens[first].sentence !== tokens[to - 2].sentence) return false;
  if (![to - 1, to, to + 1, first].every((k) => tokens[k].breakBefore === 'none')) return false;
  return DENIED_NEED.some(([not, need]) => foldedAt(to - 2) === not && foldedAt(to - 1) === need);
}

function negatedBefore(tokens: Token[], first: number, foldedAt: FoldedAt, credential: boolean): boolean {
  const sentence = tokens[first].sentence;
  const goals = credential ? GOAL_CUES : CAREER_GOAL_CUES;
  for (let gap = 0; gap <= GOAL_REACH; gap++) {
    const end = first - 1 - gap;
    if (end < 0 || tokens[end].sentence !== sentence) return false;
    // A negation stays inside its clause: no comma, no conjunction between it and the term.
    const sameClause =
      gap <= NEGATION_REACH &&
      allBetween(end, first, (k) => tokens[k].breakBefore === 'none' && !CLAUSE_WORDS.has(foldedAt(k))) &&
      tokens[first].breakBefore === 'none';
    const widening = end + 1 < first && WIDENING_AFTER_NOT.has(foldedAt(end + 1));
    if (sameClause && !widening && NEGATION_CUES.some((cue) => cueEndsAt(tokens, end, cue, foldedAt))) return true;
    // "You don't need to write code": a need denied reaches past its verb.
    if (gap === 0 && deniedNeedBefore(tokens, first, foldedAt)) return true;
    if (!allBetween(end, first, (k) => foldedAt(k) !== 'but')) return false;
    // A goal reaches its own object only: "preparing for the PMP", not "aspiring managers in Agile" or "…, and Jira".
    const sameObject =
      allBetween(end, first, (k) => tokens[k].breakBefore === 'none' && !CLAUSE_WORDS.has(foldedAt(k)) && foldedAt(k) !== 'in') &&
      tokens[first].breakBefore === 'none';
    if (sameObject && goals.some((cue) => cueEndsAt(tokens, end, cue, foldedAt))) return true;
  }
  return false;
}

function negatedAfter(tokens: Token[], last: number, foldedAt: FoldedAt): boolean {
  const sentence = tokens[last].sentence;
  let k = last + 1;
  for (let skipped = 0; k < tokens.length && skipped < 2 && AFTER_SKIP.has(foldedAt(k)) && tokens[k].breakBefore === 'none'; skipped++) k++;
  /** The index n when its token is in the term's sentence, else -1. */
  const at = (n: number) => (n < tokens.length && tokens[n].sentence === sentence ? n : -1);
  const a = at(k);
  const b = at(k + 1);
  if (a < 0 || tokens[a].breakBefore === 'sentence') return false;
  // "PMP will not be required", "a PMP won't be needed": "be" may stand between.
  const stated = b >= 0 && foldedAt(b) === 'be' && tokens[b].breakBefore === 'none' ? at(b + 1) : b;
  if (tokens[a].breakBefore === 'none' && saysNot(foldedAt(a)) && stated >= 0 && tokens[stated].breakBefore === 'none' && AFTER_NOT.has(foldedAt(stated))) {
    // "PMP is not required, but appreciated": the sentence turns round and asks for it after all (a preferred cue weighs it).
    const turn = at(stated + 1);
    return turn < 0 || foldedAt(turn) !== 'but';
  }
  // "CSM (in progress)", "PMP - in progress", and past the name's acronym: "Certified ScrumMaster (CSM) - in progress"
  const acronym = tokens[a].breakBefore !== 'none' && ACRONYM.test(tokens[a].raw);
  const [state, of] = acronym ? [b, at(k + 2)] : [a, b];
  return state >= 0 && foldedAt(state) === 'in' && of >= 0 && tokens[of].breakBefore === 'none' && foldedAt(of) === 'progress';
}

/** A name's acronym in brackets after it: "(CSM)", "(PMI-ACP)". */
const ACRONYM = /^[A-Z][A-Z0-9-]{1,9}$/;

/** The last word of every cue before a term: a cue can end only on one of these. */
const CUE_ENDS = new Set([...[...NEGATION_CUES, ...GOAL_CUES].map((cue) => cue[cue.length - 1]), 'to']); // 'to': a denied need's
/** The words that open a cue after a term ("not required", "in progress"), past at most two skipped words. */
const AFTER_OPENS = new Set(['not', 'in', ...NOT_CONTRACTIONS]);
const AFTER_REACH = 3;

/**
 * Whether a cue could be there at all: most terms have none of the cue words next to them, and are passed after
 * a few words instead of every cue tried at every distance.
 */
function mayBeNegated(tokens: Token[], first: number, last: number, foldedAt: FoldedAt): boolean {
  for (let k = Math.max(0, first - 1 - GOAL_REACH); k < first; k++) if (CUE_ENDS.has(foldedAt(k))) return true;
  for (let k = last + 1; k <= last + AFTER_REACH && k < tokens.length; k++) if (AFTER_OPENS.has(foldedAt(k))) return true;
  return false;
}

/**
 * Is the term at tokens[first..last] named only to be negated or as a goal? `words` gives each token's folded form
 * where the caller has it already (the matcher's Word), else it is looked up. The cue must sit in the same
 * sentence: a negation right before it (same clause), a goal a few words before it, or "not required" right after.
 * `credential`: whether the term names one (a certification, a degree), which a credential's goal takes away.
 */
export function isNegated(tokens: Token[], first: number, last: number, words?: readonly { folded: string }[], credential = true): boolean {
  const foldedAt = words ? (k: number) => words[k].folded : (k: number) => folded(tokens[k]);
  return mayBeNegated(tokens, first, last, foldedAt) && (negatedBefore(tokens, first, foldedAt, credential) || negatedAfter(tokens, last, foldedAt));
}
