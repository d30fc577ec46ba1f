import { BEYOND_LATIN, foldWord, latinTwins, startsWithCapital, startsWithLowercase, type Token, wordKey } from '../text/normalize';
import { singleSpaced } from '../text/word-count';
import { codes as placeCodes } from './data/place-names.json';
import placeKeys from './data/place-keys.json';
import type { Importance } from './analysis-schema';
import { HEAD_NOUNS, type NamedKind, TITLE_AND_UNIT_WORDS } from './other-keywords-cues';
import { type KnownSpan, namedRequirements, namesInText, organizationWords } from './other-keywords-named';
import { MODIFIERS, NOT_SKILL_WORDS, UNIT_WORDS } from './other-keywords-words';
import type { PostingLine, SectionKind } from './sections';

// Function words and words every posting uses: they never make a keyword on their own.
const STOP = new Set(
  `a about above across after again against all also am an and any are as at be because been before being below between both but by can could
  did do does doing down during each etc few for from further had has have having he her here hers him his how i if in into is it its itself
  just let like may me might more most must my no nor not now of off on once only or other our ours out over own per plus same she should so
  some such than that the their theirs them then there these they this those through to too under until up upon very via was we well were what
  when where which while who whom why will with within without would you your yours able ability across strong excellent great good new
  including include includes e.g i.e ie eg using use used work working works team teams role roles year years experience experiences
  job position company candidate candidates opportunity people help make ensure etc day days time level skills skill knowledge understanding
  equivalent related relevant multiple various key other one two three first best world every need needs looking join build drive lead`
    .split(/\s+/)
    .filter(Boolean),
);

export interface OtherKeyword {
  text: string;
  count: number;
  /** A named requirement (other-keywords-named.ts): what it is. Absent for a frequent phrase. */
  kind?: NamedKind;
  /** A named requirement's weight: its most important line's. */
  importance?: Importance;
  /** A named requirement's other forms in the posting (its acronym). */
  aliases?: string[];
  /** With a resume: whether the resume names it (its name or an alias, as whole words, in any case). */
  inResume?: boolean;
}

/** Titles and units of an organization ("Director", "Division") are no skill, whatever they are part of. */
const NOT_SKILL = new Set([...NOT_SKILL_WORDS, TITLE_AND_UNIT_WORDS].flatMap((k) => k.words.filter(Boolean).map(foldWord)));
/** A head noun alone ("Certifications", "Act") is a heading or half a name: the names around it are read as such. */
const HEAD_KEYS = new Set(HEAD_NOUNS.flatMap((h) => h.words.map(wordKey)));
const MODIFIER = new Set(MODIFIERS.filter(Boolean).map(foldWord));
const UNIT = new Set(UNIT_WORDS.map(foldWord));
/** A place name by its folded words ("new york"), as the text's words are looked up. */
export const placeKey = (name: string) => name.split(/\s+/).map(foldWord).join(' ');
/**
 * The place names' keys, which `npm run lookup` writes (data/place-keys.json; a test fails while it is stale):
 * folding the 1,400 names' words was some 20M instructions of a fresh CLI process. Codes ("TX", "USA") only as
 * written.
 */
const PLACE_NAMES = new Set(placeKeys.keys);
const PLACE_CODES = new Set(placeCodes);
const LONGEST_PLACE = placeKeys.longest;

/**
 * Does a phrase (the words of a run from its word `from`) name or contain a place ("Los Angeles office",
 * "Austin, TX")? `isPlace` tells it for the run's word sequences.
 */
function namesAPlace(words: Token[], from: number, isPlace: (start: number, n: number) => boolean): boolean {
  if (words.some((t) => PLACE_CODES.has(t.raw))) return true;
  for (let n = 1; n <= Math.min(LONGEST_PLACE, words.length); n++) for (let i = 0; i + n <= words.length; i++) if (isPlace(from + i, n)) return true;
  return false;
}

/** Whether any of n tokens from `at` starts with a digit ("2024 roadmap"). */
function startsWithDigit(tokens: Token[], at: number, n: number): boolean {
  for (let k = at; k < at + n; k++) {
    const c = tokens[k].raw.charCodeAt(0);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** Whether the words of a run from `start`, `n` long, name a place: remembered, as a run's n-grams overlap. */
function placeReader(folded: string[]): (start: number, n: number) => boolean {
  const known = new Map<number, boolean>();
  return (start, n) => {
    const at = start * (LONGEST_PLACE + 1) + n;
    let place = known.get(at);
    if (place === undefined) known.set(at, (place = PLACE_NAMES.has(folded.slice(start, start + n).join(' '))));
    return place;
  };
}

const ASKING = new Set<SectionKind>(['responsibilities', 'required', 'preferred']);
const NEVER = new Set<SectionKind>(['title', 'about', 'benefits', 'legal', 'board']);

/**
 * The lines whose words may make other keywords: the duties and qualifications, where a posting says what it
 * asks; a posting without such headings, its body (not its title, its company's story, benefits or legal text).
 */
export function keywordLines(lines: PostingLine[]): (line: PostingLine | undefined) => boolean {
  const counts = (l: PostingLine) => !l.heading && l.weight !== 'boilerplate';
  const structured = lines.some((l) => counts(l) && ASKING.has(l.section));
  return (line) => line !== undefined && counts(line) && (structured ? ASKING.has(line.section) : !NEVER.has(line.section));
}

export interface OtherKeywordOptions {
  /** The employer's name: a phrase with one of its words names the company or a unit of it ("Netflix Studio"). */
  company?: string;
  limit?: number;
  /**
   * Reads named requirements too (laws, standards, certifications, tools: other-keywords-named.ts), listed first
   * with their kind and importance: the weight of the line at an offset where the posting asks something
   * (null elsewhere), and the taxonomy's hits.
   */
  named?: { askedAt: (offset: number) => Importance | null; known: readonly KnownSpan[]; headingAt?: (offset: number) => string | undefined };
  /** The resume's text: each named requirement says whether it names it. */
  resume?: string;
}

/** What separates the words of a name; the \p{} form is compiled only for a name with a letter beyond Latin. */
const NAME_SEPARATOR = latinTwins(String.raw`[^\p{L}\p{N}&]+`, 'u');

/** Words of a company's name that tell it apart ("Coupang" of "Coupang Corp", not "corp"). */
const companyWords = (company = '') =>
  new Set(
    company
      .split(BEYOND_LATIN.test(company) ? NAME_SEPARATOR.exact() : NAME_SEPARATOR.latin)
      .filter((w) => w.length > 2 && !/^(inc|llc|ltd|corp|corporation|company|group|gmbh|plc|the|and)$/i.test(w))
      .map(foldWord),
  );

/**
 * Skill-like phrases of the posting that the taxonomy does not know: word n-grams (up to 3) inside runs of
 * content words of the counted lines (analyze() counts the duties and qualifications), seen at least twice,
 * a phrase hidden inside a longer one as frequent dropped. Left out: phrases with a legal, pay, hiring, place or
 * address word (other-keywords-words.ts), a place name or code (data/place-names.json), a word of the
 * company's name, a unit of the company ("the Studio team"), half phrases that open or close with a modifier
 * ("partner closely") and hyphenated modifiers alone ("long-term"). A single word counts only as a name:
 * capitalized mid-sentence and never written in lowercase in the posting ("Ceph", not "Studio" beside "studio").
 */
export function otherKeywords(
  text: string,
  tokens: Token[],
  isCounted: (t: Token) => boolean,
  excluded: Set<string>,
  limitOrOptions: number | OtherKeywordOptions = 15,
): OtherKeyword[] {
  const options = typeof limitOrOptions === 'number' ? { limit: limitOrOptions } : limitOrOptions;
  const limit = options.limit ?? 15;
  const employer = companyWords(options.company);
  const named = options.named ? namedRequirements({ text, tokens, ...options.named }) : [];
  // A named requirement's words make no phrase of their own ("Act", "Fisheries").
  const inName = new Set<number>();
  for (const entry of named) for (const m of entry.mentions) for (let k = m.from; k <= m.to; k++) inName.add(tokens[k].start);
  // Nor do the words of an organization named with its acronym ("National Marine Fisheries Service (NMFS)").
  const organization = organizationWords(text, tokens);
  // Each token's folded word (tokenize made it), as one array: placeReader joins runs of it.
  const folded = tokens.map((t) => t.folded);
  const lowercase = new Set(folded.filter((_, k) => startsWithLowercase(tokens[k].raw)));
  const grams = new Map<string, { count: number; forms: Map<string, number>; n: number; name: boolean }>();
  /** The n words from token `at`, `next` the token after them (if any), `from` their place in their run. */
  const skillLike = (at: number, n: number, next: number, from: number, isPlace: (start: number, n: number) => boolean) => {
    for (let k = at; k < at + n; k++) if (NOT_SKILL.has(folded[k]) || employer.has(folded[k])) return false;
    for (const w of [folded[at], folded[at + n - 1]]) if (MODIFIER.has(w) || w.endsWith('ly')) return false;
    // "long-term", "highest-impact": one hyphenated modifier, however many words it has.
    if (n > 1) {
      let hyphenated = true;
      for (let k = at + 1; k < at + n && hyphenated; k++) hyphenated = text.slice(tokens[k - 1].end, tokens[k].start) === '-';
      if (hyphenated) return false;
    }
    const words = tokens.slice(at, at + n);
    // "the Studio team": a capitalized name followed by a unit word names part of the employer.
    const after = tokens[next];
    if (after && after.breakBefore === 'none' && UNIT.has(folded[next]) && words.every((t) => startsWithCapital(t.raw))) return false;
    return !namesAPlace(words, from, isPlace);
  };
  /** Counts the n-grams of a run of content words, tokens[start] to tokens[end - 1]. */
  const count = (start: number, end: number) => {
    if (start === end) return;
    const isPlace = placeReader(folded.slice(start, end));
    for (let n = 1; n <= 3; n++) {
      for (let i = start; i + n <= end; i++) {
        let key = tokens[i].key;
        for (let k = i + 1; k < i + n; k++) key += ` ${tokens[k].key}`;
        if (excluded.has(key) || startsWithDigit(tokens, i, n)) continue;
        if (!skillLike(i, n, i + n, i - start, isPlace)) continue;
        const form = singleSpaced(text.slice(tokens[i].start, tokens[i + n - 1].end));
        const g = grams.get(key) ?? { count: 0, forms: new Map<string, number>(), n, name: n === 1 };
        g.count++;
        g.forms.set(form, (g.forms.get(form) ?? 0) + 1);
        if (n === 1 && (!startsWithCapital(tokens[i].raw) || tokens[i].breakBefore === 'sentence' || lowercase.has(folded[i]))) g.name = false;
        grams.set(key, g);
      }
    }
  };
  // "Coupang Play users": a capitalized word right after the company's name is part of a name of its own.
  let inEmployersName = false;
  const namesEmployer = (k: number) =>
    (inEmployersName = employer.has(folded[k]) || (inEmployersName && tokens[k].breakBefore === 'none' && startsWithCapital(tokens[k].raw)));
  // A run of content words is a stretch of tokens: it ends before a stop word or a break.
  let runStart = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    const stop = namesEmployer(k) || STOP.has(folded[k]) || t.raw.length < 2 || !isCounted(t) || inName.has(t.start) || organization.has(t.raw);
    if (stop || t.breakBefore !== 'none') {
      count(runStart, k);
      runStart = stop ? k + 1 : k;
    }
  }
  count(runStart, tokens.length);

  const frequent = [...grams].filter(([key, g]) => g.count >= 2 && (g.n > 1 || (g.name && !HEAD_KEYS.has(key))));
  const hidden = (key: string, c: number) => frequent.some(([other, g]) => other !== key && g.count >= c && ` ${other} `.includes(` ${key} `));
  // Ties go to the lowercase form: a phrase that opens a bullet is not a name.
  const bestForm = (forms: Map<string, number>) => [...forms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? 1 : -1))[0][0];
  const phrases = frequent
    .filter(([key, g]) => !hidden(key, g.count))
    .map(([, g]) => ({ text: bestForm(g.forms), count: g.count }))
    .sort((a, b) => b.count - a.count || (a.text < b.text ? -1 : 1))
    .slice(0, limit);
  const { resume } = options;
  return [
    ...named.slice(0, MAX_NAMED).map(({ text: name, kind, count, importance, aliases }) => ({
      text: name,
      count,
      kind,
      importance,
      ...(aliases.length ? { aliases } : {}),
      ...(resume === undefined ? {} : { inResume: namesInText(resume, [name, ...aliases]) }),
    })),
    ...phrases,
  ];
}

/** Named requirements are few in a posting; a list of dozens is a page of product names, cut. */
const MAX_NAMED = 25;
