// Open-vocabulary practices: a phrase the taxonomy does not know whose last word names a way of managing work
// ("dispute management", "vendor oversight", "launch readiness"), found in the duties and qualifications and
// reported as a term of its own. The head words and the words that keep a phrase out are documented data below,
// each with phrases that postings write; the finder itself only reads tokens.
import type { Lookup } from '../taxonomy/lookup';
import { ADJECTIVE_ENDING } from '../taxonomy/lookup';
import { foldWord, type Token } from '../text/normalize';
import { isFunctionWord } from './lists';
import { MODIFIERS, NOT_SKILL_WORDS } from './other-keywords-words';
import type { Importance } from './sections';

/** Ids of the terms this module reports start so; the rest is the phrase's folded words joined by dashes. */
export const PHRASE_ID_PREFIX = 'phrase:';

export interface PracticeHead {
  /** The head as written (singular, folded); its plural ("-s", "-y" -> "-ies") is the same head. */
  word: string;
  /** A phrase that postings write with it, which the taxonomy does not know as such. */
  example: string;
}

/**
 * Action nouns that end practice names in the taxonomy (each is the last word of two concepts' surfaces or more,
 * which tests/analyze/practice-phrases.test.ts checks): what a program manager does, named as a noun. Left out
 * on purpose: nouns of things rather than of doing ("plan", "report", "team", "program", "model"), nouns that
 * are mostly verbs or services ("support", "review", "design"), and heads that are an alias on their own
 * ("planning", "governance", "forecasting"): the taxonomy already finds every phrase that ends in them.
 */
export const PRACTICE_HEADS: PracticeHead[] = [
  { word: 'adoption', example: 'tool adoption' },
  { word: 'administration', example: 'contract administration' },
  { word: 'alignment', example: 'roadmap alignment' },
  { word: 'analysis', example: 'situational analysis' },
  { word: 'assessment', example: 'vendor assessment' },
  { word: 'coordination', example: 'engineering coordination' },
  { word: 'definition', example: 'scope definition' },
  { word: 'delivery', example: 'offshore delivery' },
  { word: 'enablement', example: 'partner enablement' },
  { word: 'engagement', example: 'customer engagement' },
  { word: 'evaluation', example: 'supplier evaluation' },
  { word: 'execution', example: 'launch execution' },
  { word: 'implementation', example: 'program implementation' },
  { word: 'improvement', example: 'workflow improvement' },
  { word: 'management', example: 'dispute management' },
  { word: 'migration', example: 'datacenter migration' },
  { word: 'modernization', example: 'platform modernization' },
  { word: 'optimization', example: 'spend optimization' },
  { word: 'oversight', example: 'vendor oversight' },
  { word: 'readiness', example: 'launch readiness' },
  { word: 'remediation', example: 'finding remediation' },
  { word: 'resolution', example: 'dispute resolution' },
  { word: 'rollout', example: 'feature rollout' },
  { word: 'strategy', example: 'customer strategy' },
  { word: 'tracking', example: 'milestone tracking' },
  { word: 'transformation', example: 'finance transformation' },
  { word: 'validation', example: 'design validation' },
];

/**
 * Verbs that open a duty ("Perform relationship management", "ensuring delivery"): never a modifier of a head,
 * in any form ("managing", "drives"). Words that are as often nouns ("design", "support", "test") are not here.
 */
export const DUTY_VERBS = `achieve act assist appreciate bring build champion collaborate combine communicate conduct coordinate create define
  deliver determine develop drive enable ensure establish evaluate execute expect facilitate find foster fulfill gather get give guide handle
  help highlight identify implement improve include influence involve iterate keep lead leverage maintain make manage measure minimise minimize
  monitor optimize organize oversee own participate partner perform prepare promote protect provide reduce run serve shape show solicit spearhead
  steer streamline take translate understand utilize`.split(/\s+/);

/** Words that are no part of a practice's name: what other keywords leave out, and words every posting uses. */
const NOT_MODIFIER = new Set(
  [
    ...NOT_SKILL_WORDS.flatMap((kind) => kind.words),
    ...MODIFIERS,
    ...`able ability strong excellent good solid proven deep broad including include using use work working team teams role roles year years
      experience job position company people help ensure day days time level skills skill knowledge understanding related relevant multiple
      various key other every need record overall end full day-to-day ongoing effective successful regular daily weekly monthly yearly`.split(/\s+/),
  ]
    .filter(Boolean)
    .map(foldWord),
);

export interface PhraseContext {
  text: string;
  tokens: Token[];
  lookup: Lookup;
  /** The importance of the line at an offset, or null where nothing counts (not a duty or qualification line). */
  importanceAt: (offset: number) => Importance | null;
  /** Does [start, end) meet a taxonomy hit: an alias in the phrase, or the phrase in a longer known concept? */
  meetsHit: (start: number, end: number) => boolean;
  /** A name of a role, a team or the employer ("the Change Management team", "Acme Delivery"). */
  namesSomeoneElse: (start: number, end: number, id: string) => boolean;
}

export interface PracticePhrase {
  id: string;
  label: string;
  /** The phrase's word keys, joined by spaces: a resume covers it with the same words (word forms aside). */
  key: string;
  importance: Importance;
  count: number;
  evidence: string[];
  spans: { start: number; end: number }[];
}

const LIST_WORDS = new Set(['and', 'or']);
const RANK: Record<Importance, number> = { required: 0, preferred: 1, mentioned: 2 };
const MAX_EVIDENCE = 8;

const headForms = new Map<string, PracticeHead>();
for (const head of PRACTICE_HEADS)
  for (const form of [head.word, `${head.word}s`, head.word.replace(/y$/, 'ies'), head.word.replace(/sis$/, 'ses')]) headForms.set(form, head);

/** Two words of one phrase: a space or a hyphen between them, nothing else. */
const joins = (text: string, tokens: Token[], k: number) =>
  k > 0 && k < tokens.length && tokens[k].breakBefore === 'none' && /^(?:[ \t]+|-)$/.test(text.slice(tokens[k - 1].end, tokens[k].start));

/** A word that opens its bullet, line or clause. */
const opensClause = (text: string, tokens: Token[], k: number) =>
  k === 0 || tokens[k].breakBefore !== 'none' || /[.:;,(•*–—]\s*$|\s-\s*$/.test(text.slice(tokens[k - 1].end, tokens[k].start));

/**
 * The practice phrases of a posting, by id, in the order first met: one or two nouns right before a head word
 * ("dispute management", "partner sales enablement"), ending the phrase (not "management office"), on a line
 * that counts; never a phrase that meets a taxonomy hit or names a role, a team or the employer. A word that
 * describes ("successful delivery"), a verb ("ensuring delivery") or a word that opens a duty while the duty goes
 * on ("Drive adoption of ...") is no modifier.
 */
export function findPracticePhrases(ctx: PhraseContext): Map<string, PracticePhrase> {
  const { text, tokens, lookup } = ctx;
  const verbKeys = new Set(DUTY_VERBS.filter(Boolean).map((v) => lookup.keyOf(v)));
  const isModifier = (k: number) => {
    const t = tokens[k];
    const word = foldWord(t.raw);
    if (word.length < 2 || /^\d/.test(word) || /ly$|ed$/.test(word) || isFunctionWord(word) || NOT_MODIFIER.has(word)) return false;
    if (headForms.has(word)) return false; // "management coordination": a head is no modifier
    return !verbKeys.has(t.key) && !lookup.isAdjective(t.raw) && !ADJECTIVE_ENDING.test(word);
  };
  const found = new Map<string, PracticePhrase>();
  for (let h = 1; h < tokens.length; h++) {
    if (!headForms.has(foldWord(tokens[h].raw))) continue;
    if (joins(text, tokens, h + 1) && !isFunctionWord(foldWord(tokens[h + 1].raw))) continue; // "management office"
    let from = h;
    while (from > 0 && h - from < 2 && joins(text, tokens, from) && isModifier(from - 1)) from--;
    if (from === h) continue;
    // A duty's first word is its verb ("Spearhead resolutions of ..."), unless the phrase is the whole item or one
    // of a list ("Order Management", "Business management and consulting skills").
    const wholeItem =
      h + 1 >= tokens.length ||
      tokens[h + 1].breakBefore !== 'none' ||
      /[,;:.&/]/.test(text.slice(tokens[h].end, tokens[h + 1].start)) ||
      LIST_WORDS.has(foldWord(tokens[h + 1].raw));
    if (opensClause(text, tokens, from) && !wholeItem) from++;
    if (from === h) continue;
    const start = tokens[from].start;
    const end = tokens[h].end;
    const importance = ctx.importanceAt(start);
    if (!importance || ctx.meetsHit(start, end)) continue;
    const words = tokens.slice(from, h + 1);
    const id = PHRASE_ID_PREFIX + words.map((t) => foldWord(t.raw)).join('-');
    if (ctx.namesSomeoneElse(start, end, id)) continue;
    const key = words.map((t) => t.key).join(' ');
    const written = text.slice(start, end);
    const phrase = [...found.values()].find((p) => p.key === key) ?? {
      id,
      label: labelOf(text, words),
      key,
      importance,
      count: 0,
      evidence: [],
      spans: [],
    };
    phrase.count++;
    phrase.spans.push({ start, end });
    if (phrase.evidence.length < MAX_EVIDENCE && !phrase.evidence.includes(written)) phrase.evidence.push(written);
    if (RANK[importance] < RANK[phrase.importance]) phrase.importance = importance;
    found.set(phrase.id, phrase);
  }
  return found;
}

/** The phrase as first written, lowercase but for words that carry a capital past their first letter ("HR", "DevOps"). */
const labelOf = (text: string, words: Token[]) =>
  words.map((t, k) => (k ? text.slice(words[k - 1].end, t.start) : '') + (/^.\P{Lu}*$/u.test(t.raw) ? t.raw.toLowerCase() : t.raw)).join('');
