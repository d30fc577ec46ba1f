import type { franc as francOf } from 'franc-min';
import { BEYOND_LATIN, latinTwins } from '../text/normalize';
import { NotLoadedYet, requireInNode } from '../text/on-demand';

/**
 * franc-min, loaded on first need (src/text/on-demand.ts): it builds 82 languages' trigram tables when it loads
 * (170 KB of data, some 12 ms), which a posting whose windows are plainly English never asks for.
 */
let franc: typeof francOf | undefined;
const loadFranc = async () => {
  franc ??= (await import('franc-min')).franc;
};

/**
 * The languages a posting is told apart in, by franc's ISO 639-3 code, with the ISO 639-1 code the
 * analysis reports and the name the user reads. Detection chooses among these only: a narrower choice
 * keeps English from being taken for a close relative (Scots) on a short text.
 */
export const LANGUAGES: Record<string, { code: string; name: string }> = {
  eng: { code: 'en', name: 'English' },
  deu: { code: 'de', name: 'German' },
  fra: { code: 'fr', name: 'French' },
  spa: { code: 'es', name: 'Spanish' },
  por: { code: 'pt', name: 'Portuguese' },
  ita: { code: 'it', name: 'Italian' },
  nld: { code: 'nl', name: 'Dutch' },
  pol: { code: 'pl', name: 'Polish' },
  swe: { code: 'sv', name: 'Swedish' },
  ces: { code: 'cs', name: 'Czech' },
  hun: { code: 'hu', name: 'Hungarian' },
  ron: { code: 'ro', name: 'Romanian' },
  tur: { code: 'tr', name: 'Turkish' },
  ind: { code: 'id', name: 'Indonesian' },
  vie: { code: 'vi', name: 'Vietnamese' },
  rus: { code: 'ru', name: 'Russian' },
  ukr: { code: 'uk', name: 'Ukrainian' },
  arb: { code: 'ar', name: 'Arabic' },
  hin: { code: 'hi', name: 'Hindi' },
  cmn: { code: 'zh', name: 'Chinese' },
  jpn: { code: 'ja', name: 'Japanese' },
  kor: { code: 'ko', name: 'Korean' },
};

const CHOICES = Object.keys(LANGUAGES);
/** Below this many words a guess is a guess: the language stays unknown. */
export const MIN_WORDS_FOR_LANGUAGE = 40;
/** Web and mail addresses say nothing of the language ("freelancermap.de/projekt/senior-project-manager"). */
const ADDRESS = /\b(?:https?:\/\/|www\.)\S+|\S+@\S+\.\w+/gi;
/** What ADDRESS needs besides an "@": without either, it has nothing to replace. */
const MAY_HOLD_ADDRESS = /https?:\/\/|www\./i;
/**
 * franc reads 2,048 characters: a longer posting votes with its beginning, middle and end, so a header in
 * another language (a job board's navigation, a location line) does not decide for an English body.
 */
const WINDOW = 2048;

/**
 * Words that make up much of any English prose and rarely appear in the other languages told apart here
 * ("in", "an", "a", "will", "is", "we", "of" do: German, French, Dutch use them too).
 */
const ENGLISH_FUNCTION_WORDS = new Set(
  'the and to for with you your our are this that from have has who they their which can what through about would'.split(' '),
);
/**
 * The commonest short words of the other Latin-script languages here: a window that has many of them is
 * mixed (a German posting quoting English skills), and franc decides it.
 */
const OTHER_FUNCTION_WORDS = new Set(
  [
    'der die das und wir sie mit für ist von zu den dem ein eine einer auf im bei oder', // German
    'le la les des et vous nous une pour dans du sur avec', // French
    'el los las y que con para una por del', // Spanish
    'e il di che', // Italian
    'het een van voor', // Dutch
    'och att', // Swedish
    'na się do nie', // Polish
  ]
    .join(' ')
    .split(' '),
);
/**
 * A window is plainly English when at least 12% of its words are English function words and the other
 * languages' function words are at most a third of that. On the shared corpus and eval texts, English windows
 * have 10–35% (median 19%) and no window franc reads as another language has more than 9.4%; franc's answer is
 * the same on every window this lets through (tests/analyze/language.test.ts). Checking it costs a split
 * of the window, while franc scores 22 languages' trigram models, much of an analysis's time.
 */
const MIN_ENGLISH_SHARE = 0.12;
const MAX_OTHER_TO_ENGLISH = 1 / 3;

/** Runs of letters; the \p{L} form (costly to compile and run) only for text with a character beyond Latin. */
const LETTERS = latinTwins(String.raw`[\p{L}]+`, 'gu');

/** Whether a window of text is plainly English by its function words (franc need not be asked). */
export function plainlyEnglish(window: string): boolean {
  if (!BEYOND_LATIN.test(window) && !CASE_CHANGES_LETTERS.test(window)) return plainlyEnglishInPlace(window);
  const lower = window.toLowerCase();
  const words = lower.match(BEYOND_LATIN.test(lower) ? LETTERS.exact() : LETTERS.latin);
  if (!words || words.length < MIN_WORDS_FOR_LANGUAGE) return false;
  let english = 0;
  let other = 0;
  for (const word of words) {
    if (ENGLISH_FUNCTION_WORDS.has(word)) english++;
    else if (OTHER_FUNCTION_WORDS.has(word)) other++;
  }
  return english >= MIN_ENGLISH_SHARE * words.length && other <= MAX_OTHER_TO_ENGLISH * english;
}

/**
 * Letters of the Latin block from U+0130 on, where lowercasing may change what LETTERS reads (U+0130 becomes two
 * characters, U+0181 a letter beyond Latin): a window with none reads the same words before and after toLowerCase.
 */
const CASE_CHANGES_LETTERS = /[\u0130-\u024F]/;
/** Whether each code unit below U+0130 is a letter as LETTERS' Latin twin reads it. */
const LATIN_LETTER_UNITS = (() => {
  const letter = new RegExp(LETTERS.latin.source); // not global: test() keeps no lastIndex
  return Uint8Array.from({ length: 0x130 }, (_, c) => (letter.test(String.fromCharCode(c)) ? 1 : 0));
})();
/** The longest function word: a longer word is counted, never compared. */
const LONGEST_FUNCTION_WORD = Math.max(...[...ENGLISH_FUNCTION_WORDS, ...OTHER_FUNCTION_WORDS].map((w) => w.length));
/** Each code unit below U+0130 as toLowerCase writes it: one unit each, so a word is lowercased unit by unit. */
const LOWER_UNITS = Uint16Array.from({ length: 0x130 }, (_, c) => String.fromCharCode(c).toLowerCase().charCodeAt(0));
/** A list of function words by length and first code unit: table[length * 0x130 + first] holds the few to compare. */
type FunctionWordTable = (readonly string[] | undefined)[];
const functionWordTable = (words: ReadonlySet<string>): FunctionWordTable => {
  const table: (string[] | undefined)[] = new Array((LONGEST_FUNCTION_WORD + 1) * 0x130).fill(undefined);
  for (const word of words) if (word.charCodeAt(0) < 0x130) (table[word.length * 0x130 + word.charCodeAt(0)] ??= []).push(word);
  return table;
};
const ENGLISH_BY_START = functionWordTable(ENGLISH_FUNCTION_WORDS);
const OTHER_BY_START = functionWordTable(OTHER_FUNCTION_WORDS);
/** Whether window[start..end), lowercased, is a word of the table: compared in place, unit by unit. */
const inTable = (table: FunctionWordTable, window: string, start: number, end: number) => {
  const candidates = table[(end - start) * 0x130 + LOWER_UNITS[window.charCodeAt(start)]];
  if (candidates === undefined) return false;
  for (const word of candidates) {
    let k = 1;
    while (k < word.length && LOWER_UNITS[window.charCodeAt(start + k)] === word.charCodeAt(k)) k++;
    if (k === word.length) return true;
  }
  return false;
};

/**
 * plainlyEnglish for a window with no letter that lowercasing changes beyond itself (CASE_CHANGES_LETTERS) nor any
 * beyond Latin: its words read in place, and only those short enough to be a function word compared, unit by unit
 * with the few function words of their length and first letter (no slice, lowercase copy or Set look-up per word:
 * those were most of this function's cost, two Set look-ups a word of the window).
 */
function plainlyEnglishInPlace(window: string): boolean {
  let words = 0;
  let english = 0;
  let other = 0;
  for (let k = 0; k < window.length; ) {
    const c = window.charCodeAt(k);
    if (c >= 0x130 || LATIN_LETTER_UNITS[c] !== 1) {
      k++;
      continue;
    }
    const start = k;
    for (k++; k < window.length; k++) {
      const d = window.charCodeAt(k);
      if (d >= 0x130 || LATIN_LETTER_UNITS[d] !== 1) break;
    }
    words++;
    if (k - start > LONGEST_FUNCTION_WORD) continue;
    if (inTable(ENGLISH_BY_START, window, start, k)) english++;
    else if (inTable(OTHER_BY_START, window, start, k)) other++;
  }
  if (words < MIN_WORDS_FOR_LANGUAGE) return false;
  return english >= MIN_ENGLISH_SHARE * words && other <= MAX_OTHER_TO_ENGLISH * english;
}

/** franc's reading of a window, among the languages above: an ISO 639-1 code, or undefined. */
export function francLanguage(window: string): string | undefined {
  franc ??= requireInNode<{ franc: typeof francOf }>('franc-min')?.franc;
  if (!franc) throw new NotLoadedYet('franc', loadFranc);
  return LANGUAGES[franc(window, { only: CHOICES })]?.code;
}

/** A window's language: English where its function words say so plainly, franc's reading otherwise. */
const windowLanguage = (window: string) => (plainlyEnglish(window) ? 'en' : francLanguage(window));

/**
 * The ISO 639-1 code of the text's language, or undefined when the text is too short to tell. `readWindow`
 * is for tests, which compare the English-first reading with franc's on every window.
 */
export function detectLanguage(fullText: string, words: number, readWindow = windowLanguage): string | undefined {
  if (words < MIN_WORDS_FOR_LANGUAGE) return undefined;
  // Most postings hold no address: the search for one ("\S+@") is tried at every character.
  const text = fullText.includes('@') || MAY_HOLD_ADDRESS.test(fullText) ? fullText.replace(ADDRESS, ' ') : fullText;
  const votes = new Map<string, number>();
  const starts = text.length <= WINDOW ? [0] : [0, Math.floor((text.length - WINDOW) / 2), text.length - WINDOW];
  for (const at of starts) {
    const found = readWindow(text.slice(at, at + WINDOW));
    if (found) votes.set(found, (votes.get(found) ?? 0) + 1);
    // Two windows of three that agree decide it: the third cannot change the answer.
    if (starts.length === 3 && found && votes.get(found) === 2) break;
  }
  const ranked = [...votes].sort((a, b) => b[1] - a[1]);
  if (!ranked.length || (ranked.length > 1 && ranked[0][1] === ranked[1][1])) return undefined;
  return ranked[0][0];
}

/** "German" for "de". */
export const languageName = (code: string) => Object.values(LANGUAGES).find((l) => l.code === code)?.name ?? code;

/** What the user reads about a posting in another language than English; nothing for English or unknown. */
export const otherLanguageNotice = (code: string | undefined) =>
  code && code !== 'en' ? `This posting is in ${languageName(code)}; TPM Keyword Lens reads English postings.` : undefined;
