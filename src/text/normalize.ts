// One normalizer for extraction, the taxonomy loader, its lint and the matcher: if they disagreed on what
// "A/B testing" or "Master’s" is, duplicates and misses would ship silently.
import { americanSpelling } from './spelling';

/** Soft hyphens, zero-width spaces and joiners, direction marks, invisible operators, BOM: never visible text. */
const ZERO_WIDTH = /[\u00AD\u200B-\u200F\u2060-\u2064\uFEFF]/g;

export const removeZeroWidth = (text: string) => text.replace(ZERO_WIDTH, '');

/**
 * A list bullet at the start of a line, for postings, resumes and extraction alike: symbol bullets with or
 * without a space ("•Jira", "✓ Scrum"), dashes and stars before a space, "1." / "a)" numbering, "o " bullets.
 */
export const BULLET = /^\s*(?:[•▪●◦‣∙·✓✔■□→➢➤]\s*|[-*–—>+]\s+|\d{1,2}[.)]\s+|[a-z][.)]\s+|o\s+)/;
const MARKS = /\p{M}/gu;

const ASCII = /^[\x00-\x7F]*$/;

/** Unicode-normalized, zero-width-free, straight-quoted text; same length semantics are not kept. */
export function normalizeText(text: string): string {
  // Plain ASCII has nothing to compose, strip or straighten: most lines of most postings.
  if (ASCII.test(text)) return text;
  return text
    .normalize('NFKC')
    .replace(ZERO_WIDTH, '')
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\u00A0|\u2007|\u202F/g, ' ');
}

/** A token's spelling as written, for case-sensitive checks (SAFe, Go, Teams). */
export const rawForm = (token: string) =>
  token
    .normalize('NFKC')
    .replace(ZERO_WIDTH, '')
    .replace(/\u2019/g, "'");

/** Case-, accent- and spelling-folded form of one word ("Organised" -> "organized"). */
export function foldWord(word: string): string {
  let folded = foldedWords.get(word);
  if (folded === undefined) {
    folded = americanSpelling(rawForm(word).normalize('NFKD').replace(MARKS, '').toLowerCase().replace(/'s$/, ''));
    // Postings share most of their words: remember them, within a bound (a 10 MB page brings many new ones).
    if (foldedWords.size >= MAX_REMEMBERED_WORDS) foldedWords.clear();
    foldedWords.set(word, folded);
  }
  return folded;
}
const foldedWords = new Map<string, string>();
const MAX_REMEMBERED_WORDS = 50_000;

const VOWEL = /[aeiouy]/;
/** Consonant, vowel, consonant: the stem of make, take, code, face, hire, rate (not of mix, row, play). */
const SHORT_SILENT_E = /^[b-df-hj-np-tv-z][aeiou][b-df-hj-np-tv]$/;

/**
 * A light, deterministic suffix stemmer: both the taxonomy and the text go through it, so
 * "stakeholders" meets "stakeholder" and "managed" meets "manage". Irregular forms
 * (led, built) are mapped separately with compromise's conjugations.
 */
export function stem(word: string): string {
  if (word.length < 4 || /[^a-z]/.test(word)) return word;
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is|ys)$/.test(w)) w = w.slice(0, -1);
  for (const suffix of ['ing', 'ed']) {
    const base = w.slice(0, -suffix.length);
    if (w.endsWith(suffix) && base.length >= 3 && VOWEL.test(base)) {
      if (/([b-df-hj-np-tv-z])\1$/.test(base) && !/(ll|ss|zz)$/.test(base)) w = base.slice(0, -1);
      // "making", "coding", "hired": a short verb lost its silent e and keeps it here ("make", "code", "hire").
      else w = SHORT_SILENT_E.test(base) ? `${base}e` : base;
      break;
    }
  }
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return w;
}

export const wordKey = (word: string) => stem(foldWord(word));

export type Break = 'none' | 'soft' | 'sentence';

export interface Token {
  /** Offsets into the original text: text.slice(start, end) is the token as written. */
  start: number;
  end: number;
  raw: string;
  key: string;
  /** What separates this token from the previous one. */
  breakBefore: Break;
  sentence: number;
}

// Words keep inner apostrophes and ampersands (AT&T, Master's), trailing + or # (C++, C#), and inner dots
// before a lowercase letter or digit (Node.js, 2.0) or after a short part (U.S., ASP.NET); "people.The"
// is two words, so a missing space never glues two sentences into one.
const INNER_DOT = String.raw`(?:\.(?=[\p{Ll}\p{N}])|(?<=(?:^|[^\p{L}\p{N}])[\p{L}\p{N}]{1,3})\.)`;
const WORD = new RegExp(
  String.raw`[\p{L}\p{N}][\p{L}\p{N}\p{M}\u00AD\u200B-\u200D\u2060\uFEFF]*(?:(?:${INNER_DOT}|['’&])[\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*(?:\+\+|#|\+(?![\p{L}\p{N}]))?`,
  'gu',
);
const SENTENCE_BREAK = /[\n\r.!?;:•▪●◦‣∙·|]/;
const SOFT_BREAK = /[,()[\]{}"“”<>]/;
/** Only spaces around one line break. */
const WRAP = /^[ \t]*\r?\n[ \t]*$/;
/**
 * Where two words were glued together: four lowercase letters, then a capital and three more (so names like
 * JavaScript, GitLab or ServiceNow stay one word; SharePoint splits alike in the taxonomy and the text).
 */
const GLUED = /(?<=\p{Ll}{4})(?=\p{Lu}\p{Ll}{3})/gu;
const MIN_GLUED_LENGTH = 8;
/** Short dotted abbreviations: B.S, Ph.D, e.g, U.S (the tokenizer keeps inner dots). */
const ABBREVIATION = /^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u;

/** Splits text into word tokens with their offsets; never changes the text itself. */
export function tokenize(text: string, keyOf: (word: string) => string = wordKey): Token[] {
  const tokens: Token[] = [];
  let sentence = 0;
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index!;
    let gap = text.slice(last, start);
    // "B.S. in Business", "Ph.D. level", "e.g. Jira": the dot that closes an abbreviation ends no sentence.
    if (gap.startsWith('.') && tokens.length > 0 && ABBREVIATION.test(tokens[tokens.length - 1].raw)) gap = gap.slice(1);
    // "…coach our\nproduct delivery teams": a line wrapped inside a sentence (one line break between two
    // lowercase words) is no sentence break.
    // Most words follow one space, which breaks nothing: no need to search it.
    const wrapped = gap !== ' ' && WRAP.test(gap) && /\p{Ll}$/u.test(tokens.at(-1)?.raw ?? '') && /^\p{Ll}/u.test(m[0]);
    const breakBefore: Break =
      tokens.length === 0 ? 'sentence' : gap === ' ' || wrapped ? 'none' : SENTENCE_BREAK.test(gap) ? 'sentence' : SOFT_BREAK.test(gap) ? 'soft' : 'none';
    if (breakBefore === 'sentence' && tokens.length > 0) sentence++;
    const word = m[0];
    last = start + word.length;
    // A glued pair (below) has at least 4 + 4 letters: most words are shorter and are one token as they are.
    if (word.length < MIN_GLUED_LENGTH) {
      tokens.push({ start, end: last, raw: word, key: keyOf(word), breakBefore, sentence });
      continue;
    }
    // "skillsExtra", "detailDemonstrated": text that lost its line breaks glues a sentence's last word to the
    // next one's capital. A name that starts with a capital ("SharePoint") keeps its parts together.
    const glueBreak: Break = /^\p{Lu}/u.test(word) ? 'none' : 'sentence';
    let from = 0;
    for (const glue of [...word.matchAll(GLUED), { index: word.length }]) {
      const raw = word.slice(from, glue.index);
      if (from && glueBreak === 'sentence') sentence++;
      tokens.push({ start: start + from, end: start + glue.index!, raw, key: keyOf(raw), breakBefore: from ? glueBreak : breakBefore, sentence });
      from = glue.index!;
    }
  }
  return tokens;
}

/** The normalized form of a whole term, used to compare surfaces ("CI/CD" = "ci cd"). */
export const normalizeTerm = (term: string) =>
  tokenize(term)
    .map((t) => t.key)
    .join(' ');

/** Looser comparison for names (eval, lint): case, punctuation and parenthesized parts ignored. */
export const looseName = (name: string) =>
  normalizeText(name)
    .replace(/\([^)]*\)/g, ' ')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}+#]+/gu, ' ')
    .trim();

/** A string matched literally inside a regular expression. */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
