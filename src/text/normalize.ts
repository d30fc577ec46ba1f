// One normalizer for extraction, the taxonomy loader, its lint and the matcher: if they disagreed on what
// "A/B testing" or "Master’s" is, duplicates and misses would ship silently.
import { allMatches } from './all-matches';
import { ZERO_WIDTH } from './basics';
import { standardSpelling } from './spelling';
import { functionWordGlued, isKnownWord, isWholeName } from './glue-lexicon';

export { escapeRegExp, removeZeroWidth } from './basics';

/**
 * A list bullet at the start of a line, for postings, resumes and extraction alike: symbol bullets with or
 * without a space ("•Jira", "✓ Scrum"), dashes and stars before a space, "1." / "a)" numbering, "o " bullets.
 * U+F0B7 and U+F0A7 are the Symbol and Wingdings bullets that Word's PDFs print as private-use characters.
 */
export const BULLET = /^\s*(?:[•▪●◦‣∙·✓✔■□→➢➤►▸❖⁃\uF0A7\uF0B7]\s*|[-*–—>+]\s+|\d{1,2}[.)]\s+|[a-z][.)]\s+|o\s+)/;
/** Built on first use: a \p{} class costs every fresh process a Unicode set, and most texts have no mark to strip. */
let marks: RegExp | undefined;
/** Every combining mark (\p{M}) is at U+0300 or beyond: a decomposed word with no such character has none to strip. */
const MAY_HOLD_MARKS = /[^\0-\u02FF]/;

const ASCII = /^[\x00-\x7F]*$/;
/** The last text isAscii read and its answer: the sectioner asks it several times in a row of the same line. */
let lastAsked = '';
let lastAnswer = true;
/** Plain ASCII: nothing to compose, strip, straighten or case-fold beyond A-Z. */
export function isAscii(text: string): boolean {
  if (text !== lastAsked) {
    lastAnswer = ASCII.test(text);
    lastAsked = text;
  }
  return lastAnswer;
}

/** Unicode-normalized, zero-width-free, straight-quoted text; same length semantics are not kept. */
export function normalizeText(text: string): string {
  // Plain ASCII has nothing to compose, strip or straighten: most lines of most postings.
  if (isAscii(text)) return text;
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
    // An ASCII word has nothing to compose, decompose or strip; nor has "Master’s" once its quote is straight: the
    // marks expression is compiled only for a word that may have some ("Café").
    const plain = isAscii(word) ? word : withoutMarks(rawForm(word).normalize('NFKD'));
    folded = standardSpelling(plain.toLowerCase().replace(/'s$/, ''));
    // Postings share most of their words: remember them, within a bound (a 10 MB page brings many new ones).
    if (foldedWords.size >= MAX_REMEMBERED_WORDS) foldedWords.clear();
    foldedWords.set(word, folded);
  }
  return folded;
}
const foldedWords = new Map<string, string>();
const MAX_REMEMBERED_WORDS = 50_000;
const withoutMarks = (decomposed: string) => {
  if (!MAY_HOLD_MARKS.test(decomposed)) return decomposed;
  marks ??= /\p{M}/gu;
  return decomposed.replace(marks, '');
};

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
      // "identified", "clarified": the y that "identifies" gives back ("identify").
      else if (suffix === 'ed' && base.endsWith('i')) w = `${base.slice(0, -1)}y`;
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
  /** The word as written, but for a word hyphenated at a line's end: its halves joined ("management" of "manage-\nment"). */
  raw: string;
  /**
   * raw.toLowerCase(), made once here: the rules read a word's lowercase form several times over (function words,
   * list joiners, cue words), 3,000 toLowerCase calls an analysis when each made its own.
   */
  lower: string;
  /**
   * foldWord(raw), made once here: the role-name and other-keyword rules fold the words around each hit, 2,000
   * look-ups of foldWord's cache an analysis of the bench's posting when each folded its own.
   */
  folded: string;
  key: string;
  /** What separates this token from the previous one. */
  breakBefore: Break;
  sentence: number;
}

/**
 * The Latin letters, digits and cases (U+0000-U+024F) of \p{L}, \p{N}, \p{Ll} and \p{Lu} as plain ranges (no mark
 * is in that block). tests/text/normalize.test.ts checks them against the engine's own classes. A Unicode property
 * class costs V8 a Unicode set in every parse and compile (~160M instructions for the tokenizer's expressions in a
 * fresh CLI process), while a class of ranges is cheap: text with no letter, digit or mark outside Latin (every
 * English posting) is tokenized with the plain-range twins, and the exact \p{} expressions are built only for
 * text that needs them.
 */
export const LATIN_CLASSES: Record<string, string> = {
  L: String.raw`A-Za-z\u00AA\u00B5\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F`,
  N: String.raw`0-9\u00B2-\u00B3\u00B9\u00BC-\u00BE`,
  M: '',
  Ll: String.raw`a-z\u00B5\u00DF-\u00F6\u00F8-\u00FF\u0101\u0103\u0105\u0107\u0109\u010B\u010D\u010F\u0111\u0113\u0115\u0117\u0119\u011B\u011D\u011F\u0121\u0123\u0125\u0127\u0129\u012B\u012D\u012F\u0131\u0133\u0135\u0137-\u0138\u013A\u013C\u013E\u0140\u0142\u0144\u0146\u0148-\u0149\u014B\u014D\u014F\u0151\u0153\u0155\u0157\u0159\u015B\u015D\u015F\u0161\u0163\u0165\u0167\u0169\u016B\u016D\u016F\u0171\u0173\u0175\u0177\u017A\u017C\u017E-\u0180\u0183\u0185\u0188\u018C-\u018D\u0192\u0195\u0199-\u019B\u019E\u01A1\u01A3\u01A5\u01A8\u01AA-\u01AB\u01AD\u01B0\u01B4\u01B6\u01B9-\u01BA\u01BD-\u01BF\u01C6\u01C9\u01CC\u01CE\u01D0\u01D2\u01D4\u01D6\u01D8\u01DA\u01DC-\u01DD\u01DF\u01E1\u01E3\u01E5\u01E7\u01E9\u01EB\u01ED\u01EF-\u01F0\u01F3\u01F5\u01F9\u01FB\u01FD\u01FF\u0201\u0203\u0205\u0207\u0209\u020B\u020D\u020F\u0211\u0213\u0215\u0217\u0219\u021B\u021D\u021F\u0221\u0223\u0225\u0227\u0229\u022B\u022D\u022F\u0231\u0233-\u0239\u023C\u023F-\u0240\u0242\u0247\u0249\u024B\u024D\u024F`,
  Lu: String.raw`A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100\u0102\u0104\u0106\u0108\u010A\u010C\u010E\u0110\u0112\u0114\u0116\u0118\u011A\u011C\u011E\u0120\u0122\u0124\u0126\u0128\u012A\u012C\u012E\u0130\u0132\u0134\u0136\u0139\u013B\u013D\u013F\u0141\u0143\u0145\u0147\u014A\u014C\u014E\u0150\u0152\u0154\u0156\u0158\u015A\u015C\u015E\u0160\u0162\u0164\u0166\u0168\u016A\u016C\u016E\u0170\u0172\u0174\u0176\u0178-\u0179\u017B\u017D\u0181-\u0182\u0184\u0186-\u0187\u0189-\u018B\u018E-\u0191\u0193-\u0194\u0196-\u0198\u019C-\u019D\u019F-\u01A0\u01A2\u01A4\u01A6-\u01A7\u01A9\u01AC\u01AE-\u01AF\u01B1-\u01B3\u01B5\u01B7-\u01B8\u01BC\u01C4\u01C7\u01CA\u01CD\u01CF\u01D1\u01D3\u01D5\u01D7\u01D9\u01DB\u01DE\u01E0\u01E2\u01E4\u01E6\u01E8\u01EA\u01EC\u01EE\u01F1\u01F4\u01F6-\u01F8\u01FA\u01FC\u01FE\u0200\u0202\u0204\u0206\u0208\u020A\u020C\u020E\u0210\u0212\u0214\u0216\u0218\u021A\u021C\u021E\u0220\u0222\u0224\u0226\u0228\u022A\u022C\u022E\u0230\u0232\u023A-\u023B\u023D-\u023E\u0241\u0243-\u0246\u0248\u024A\u024C\u024E`,
};
/**
 * Text holding only characters of these ranges has no letter, digit or mark beyond Latin: the Latin block, general
 * punctuation (curly quotes, dashes, bullets, zero-width marks), arrows, math symbols, box drawing, shapes and
 * dingbats (minus their circled digits), the byte order mark.
 */
export const BEYOND_LATIN = /[^\0-\u024F\u2000-\u206F\u2190-\u245F\u2500-\u2775\u2794-\u2BFF\uFEFF]/;

/** An expression written with \p{} classes only inside brackets, as its exact form and its Latin-only twin. */
export function latinTwins(source: string, flags: string): { latin: RegExp; exact: () => RegExp } {
  let exact: RegExp | undefined;
  return {
    latin: new RegExp(
      source.replace(/\\p\{(\w+)\}/g, (_, name: string) => LATIN_CLASSES[name]),
      flags.replace('u', ''),
    ),
    exact: () => {
      exact ??= new RegExp(source, flags);
      return exact;
    },
  };
}

// Words keep inner apostrophes and ampersands (AT&T, Master's), trailing + or # (C++, C#), and inner dots
// before a lowercase letter or digit (Node.js, 2.0) or after a short part (U.S., ASP.NET); "people.The"
// is two words, so a missing space never glues two sentences into one.
const INNER_DOT = String.raw`(?:\.(?=[\p{Ll}\p{N}])|(?<=(?:^|[^\p{L}\p{N}])[\p{L}\p{N}]{1,3})\.)`;
const WORD = latinTwins(
  String.raw`[\p{L}\p{N}][\p{L}\p{N}\p{M}\u00AD\u200B-\u200D\u2060\uFEFF]*(?:(?:${INNER_DOT}|['\u2019&])[\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*(?:\+\+|#|\+(?![\p{L}\p{N}]))?`,
  'gu',
);
const unitsOf = (chars: string) => new Set([...chars].map((c) => c.charCodeAt(0)));
const SENTENCE_BREAK_UNITS = unitsOf('\n\r.!?;:•▪●◦‣∙·|');
const SOFT_BREAK_UNITS = unitsOf(',()[]{}"“”<>—');
/**
 * The break the gap between two words makes: a sentence's if it holds one of SENTENCE_BREAK_UNITS, else a soft
 * one if it holds one of SOFT_BREAK_UNITS or a hyphen or en dash with a space or tab. Read by character, not by expressions: tokenize asks it of every gap
 * that is not a single space (500 expression calls a call on the bench's posting).
 */
export function breakOfGap(gap: string): Break {
  let soft = false;
  let dash = false;
  let space = false;
  for (let i = 0; i < gap.length; i++) {
    const c = gap.charCodeAt(i);
    if (SENTENCE_BREAK_UNITS.has(c)) return 'sentence';
    if (SOFT_BREAK_UNITS.has(c)) soft = true;
    else if (c === HYPHEN || c === EN_DASH) dash = true;
    else if (isSpaceOrTab(c)) space = true;
  }
  return soft || (dash && space) ? 'soft' : 'none';
}
// A dash between clauses ("Run sprint planning - Manage releases", "the roadmap—and its risks") parts them as a
// comma does (an em dash is one of SOFT_BREAK_UNITS); unspaced, a hyphen or an en dash joins a compound or a range
// ("data-driven", "2019–2021").
const HYPHEN = 45;
const CLOSE_BRACKET = 41;
const EN_DASH = 0x2013;
const isSpaceOrTab = (c: number) => c === 32 || c === 9;
/** Only spaces or tabs around one line break (\n or \r\n), as /^[ \t]*\r?\n[ \t]*$/ tests, read by character. */
export function isWrapGap(gap: string): boolean {
  let i = 0;
  while (i < gap.length && isSpaceOrTab(gap.charCodeAt(i))) i++;
  if (gap.charCodeAt(i) === 13) i++;
  if (gap.charCodeAt(i) !== 10) return false;
  i++;
  while (i < gap.length && isSpaceOrTab(gap.charCodeAt(i))) i++;
  return i === gap.length;
}

/** A hyphen right after a word, then a line break or a joined line's spaces: "manage-\nment", "manage- ment". */
const isHyphenWrapGap = (gap: string) => gap.length > 1 && gap.charCodeAt(0) === 45 && (isWrapGap(gap.slice(1)) || /^[ \t]+$/.test(gap.slice(1)));

/**
 * Where two words were glued together in a known name's way: four lowercase letters, then a capital and three more
 * (so JavaScript, GitLab or ServiceNow stay one word; SharePoint splits alike in the taxonomy and the text). A known
 * name with inner capitals (glue-lexicon.ts) is split here only, and with no break.
 */
const GLUED = latinTwins(String.raw`(?<=[\p{Ll}]{4})(?=[\p{Lu}][\p{Ll}]{3})`, 'gu');
/**
 * Where text that lost its line breaks or spaces glued two words, in a word that is no known name. Each junction,
 * with its examples:
 * - four lowercase letters, then a capitalized word: "skillsExperience", "ManagementProgram";
 * - four lowercase letters, then a short capitalized word that ends the word: "ManagerWe", "skillsMin",
 *   "ManagementWeb" (LinkedIn and ServiceNow are known names);
 * - four lowercase letters, then an acronym that ends the word: "environmentPMP", "experienceSQL" (PowerBI and
 *   MongoDB are known names);
 * - a word, then a count: "Requirements3+" ("3+ years"; a version such as Python3 or PRINCE2 has no plus).
 */
const GLUED_TEXT = latinTwins(
  [
    String.raw`(?<=[\p{Ll}]{4})(?=[\p{Lu}][\p{Ll}]{3})`,
    String.raw`(?<=[\p{Ll}]{4})(?=[\p{Lu}][\p{Ll}]{1,2}$)`,
    String.raw`(?<=[\p{Ll}]{4})(?=[\p{Lu}]{2,}s?$)`,
    String.raw`(?<=[\p{L}]{4})(?=\d+\+$)`,
  ].join('|'),
  'gu',
);
const MIN_GLUED_LENGTH = 6;
/**
 * Whether a word may hold a glued pair: each junction needs a capital after four letters, or a count with a plus.
 * Most long words have none ("management", "Stakeholders"), and the test reads their characters in place; a
 * character beyond ASCII may be a capital, so such a word goes to the expressions themselves.
 */
const mayBeGlued = (word: string) => {
  for (let k = 4; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if ((c >= 65 && c <= 90) || c >= 128) return true;
  }
  return word.endsWith('+');
};
export interface Junction {
  /** Offset in the word where the next word starts. */
  at: number;
  /** A sentence or line ends there (glued text), or the parts of a name meet (SharePoint). */
  sentence: boolean;
}
const NO_JUNCTIONS: readonly Junction[] = [];
const lowercaseJunctions = new Map<string, readonly Junction[]>();
/**
 * A word that starts with a capital and is no known name may still be a name ("PointClickCare", "CyberCoders",
 * "DataHub": short parts); glued line ends have a longer word before the junction ("ProjectProficient",
 * "RecoveryEffectively", "ManagerLocation").
 */
const MIN_GLUED_CAPITALIZED_PART = 6;
/** An acronym that ends a word (GLUED_TEXT's third junction). */
const ACRONYM_END = latinTwins(String.raw`^[\p{Lu}]{2,}s?$`, 'u');
/** A capitalized word of four letters or more, where the known names' junction (GLUED) sits. */
const CAPITALIZED_WORD = latinTwins(String.raw`^[\p{Lu}][\p{Ll}]{3}`, 'u');
/** A letter of any script, as far as a word's characters go: ASCII letters, and any character beyond ASCII but a quote. */
const isLetterCode = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 128 && c !== 0x2019);
/**
 * What follows a company's name: a legal form, right after it or after a word or two of the name ("CyberCoders,
 * Inc", "ProfiLogic AG", "CloudStaff Consulting GmbH"), or a business word ("ConsultPro Services", "GlobalTech
 * Enterprises", "Contoso Group", "Fabrikam Solutions", "Northwind Technologies").
 */
const COMPANY_AFTER =
  /^(?:,?[ \t]+(?:[A-Z][\w&]*[ \t]+){0,2}(?:Inc|LLC|Ltd|Limited|Corp|Corporation|GmbH|AG|plc)\b|[ \t]+(?:Group|Services|Solutions|Technologies|Enterprises)\b)/;
/** A name as said, without a possessive ("MentorMate's" is MentorMate). */
const nameOf = (word: string) => word.replace(/['’]s$/, '');
/**
 * Tells whether a capitalized word with inner capitals, at `start` of a text, is a name the text gives, not words that
 * lost the break between them: the text says it again ("MentorMate (now Tieto)" … "Delivery Manager within
 * MentorMate", "MentorMate's" too; "MentorMates" is another word), or a company's legal form or business word follows
 * it (COMPANY_AFTER). Glued text glues one place once, and its words go on as a sentence ("RecoveryEffectively
 * managed", "ManagerLocation: Boston"). The text's words are counted once, on the first question.
 */
export function namesOfText(text: string, exact = BEYOND_LATIN.test(text)): (start: number, word: string) => boolean {
  let said: Map<string, number> | undefined;
  return (start, word) => {
    if (COMPANY_AFTER.test(text.slice(start + word.length, start + word.length + 60))) return true;
    // Glued text glues its words once: most such words are not even a substring twice, and need no count.
    const name = nameOf(word);
    const first = text.indexOf(name);
    if (text.indexOf(name, first + 1) < 0) return false;
    if (!said) {
      said = new Map();
      for (const m of allMatches(exact ? WORD.exact() : WORD.latin, text))
        if (m[0].length >= MIN_GLUED_LENGTH && startsWithCapital(m[0])) said.set(nameOf(m[0]), (said.get(nameOf(m[0])) ?? 0) + 1);
    }
    return (said.get(name) ?? 0) >= 2;
  };
}

/**
 * Where a word glues words together, and whether a sentence ends there (tokenize's and lineSpans' one answer).
 * isName, when given, tells whether a capitalized word that is no known name, at `start` of its text, is a name the
 * text gives (namesOfText): such a word stays one word.
 */
export function gluedJunctions(
  word: string,
  exact = BEYOND_LATIN.test(word),
  isName?: (start: number, word: string) => boolean,
  start = 0,
): readonly Junction[] {
  // Most words are one word as they are: no array for them.
  if (word.length < MIN_GLUED_LENGTH) return NO_JUNCTIONS;
  if (!mayBeGlued(word)) {
    // "meetingsand daily standups": a space lost inside a sentence, so no break between the two.
    const code = word.charCodeAt(0);
    if (code < 97 || code > 122) return NO_JUNCTIONS;
    // Remembered per word, as foldWord's forms: the tokenizer and the line splitter both ask, and postings share most words.
    let junctions = lowercaseJunctions.get(word);
    if (junctions === undefined) {
      const at = functionWordGlued(word, wordKey);
      junctions = at === undefined ? NO_JUNCTIONS : [{ at, sentence: false }];
      if (lowercaseJunctions.size >= MAX_REMEMBERED_WORDS) lowercaseJunctions.clear();
      lowercaseJunctions.set(word, junctions);
    }
    return junctions;
  }
  const pick = (twins: ReturnType<typeof latinTwins>) => (exact ? twins.exact() : twins.latin);
  const capitalized = pick(STARTS_UPPER).test(word);
  // A known name keeps its parts together (SharePoint splits as the taxonomy splits it, with no break).
  if (isWholeName(word)) return allMatches(pick(GLUED), word).map((cut) => ({ at: cut.index!, sentence: !capitalized }));
  // "ElasticSearch": a word the taxonomy writes as one word ("Elasticsearch") is one word in any casing.
  if (isKnownWord(wordKey(word))) return NO_JUNCTIONS;
  const junctions: Junction[] = [];
  let from = 0;
  for (const cut of allMatches(pick(GLUED_TEXT), word)) {
    const at = cut.index!;
    // The part's letters only: "www.StaffMattersInc.com" has a part "Staff".
    let partStart = at;
    while (partStart > from && isLetterCode(word.charCodeAt(partStart - 1))) partStart--;
    // "ExpressJS", "RavenDB": a capitalized word that ends in an acronym is a name (glued text shows it after a
    // lowercase word only: "environmentPMP").
    const acronym = capitalized && pick(ACRONYM_END).test(word.slice(at));
    if (!acronym && (!capitalized || at - partStart >= MIN_GLUED_CAPITALIZED_PART)) junctions.push({ at, sentence: true });
    // "PointClickCare": a capitalized word with short parts splits as a name does.
    else if (pick(CAPITALIZED_WORD).test(word.slice(at))) junctions.push({ at, sentence: false });
    else continue;
    from = at;
  }
  // "MentorMate" is no mentoring, "ConsultPro" no consulting: the parts of a name the text gives are no words of it.
  return junctions.length && capitalized && isName?.(start, word) ? NO_JUNCTIONS : junctions;
}

/**
 * Words shortened with a dot inside a sentence: "min. 5 years", "English (min. C1)", "approx. 3 months", "incl.
 * Jira". Not "etc.", which as often ends a sentence.
 */
const SHORTENED_WORDS = new Set(['min', 'max', 'approx', 'incl', 'excl', 'vs', 'esp', 'yrs', 'ca']);

/** Whether a text ends with a word shortened with a dot ("… English (min."): its dot ends no sentence. */
export const endsWithShortenedWord = (text: string) => SHORTENED_WORDS.has(/(?:^|[^\p{L}])(\p{L}+)\.$/u.exec(text)?.[1]?.toLowerCase() ?? '');

/** Short dotted abbreviations: B.S, Ph.D, e.g, U.S (the tokenizer keeps inner dots). */
const ABBREVIATION = latinTwins(String.raw`^(?:[\p{L}]{1,2}\.)+[\p{L}]{1,2}$`, 'u');
const ENDS_LOWER = latinTwins(String.raw`[\p{Ll}]$`, 'u');
const STARTS_LOWER = latinTwins(String.raw`^[\p{Ll}]`, 'u');
const STARTS_UPPER = latinTwins(String.raw`^[\p{Lu}]`, 'u');

const HAS_LOWER = latinTwins(String.raw`[\p{Ll}]`, 'u');
const HAS_UPPER = latinTwins(String.raw`[\p{Lu}]`, 'u');
/** A character beyond the Latin block (U+0000-U+024F). */
export const OUTSIDE_LATIN_BLOCK = /[^\0-\u024F]/;
/**
 * /^\p{Lu}/u.test(word), without compiling \p{Lu} for a word that starts with a Latin character, and without an
 * expression at all for one that starts with an ASCII character (most words; asked several times a word), whose
 * capitals are A-Z.
 */
export const startsWithCapital = (word: string) => {
  const c = word.charCodeAt(0);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  return (c <= 0x24f ? STARTS_UPPER.latin : STARTS_UPPER.exact()).test(word);
};
/** /^\p{Ll}/u.test(word), as startsWithCapital: an ASCII character's lowercase letters are a-z. */
export const startsWithLowercase = (word: string) => {
  const c = word.charCodeAt(0);
  if (c < 0x80) return c >= 0x61 && c <= 0x7a;
  return (c <= 0x24f ? STARTS_LOWER.latin : STARTS_LOWER.exact()).test(word);
};
/**
 * /\p{Ll}/u.test(word), without compiling \p{Ll} for a word of Latin characters only, and without an expression at
 * all while the word is ASCII (asked of most words of a posting, several times): a-z are its lowercase letters.
 */
export const hasLowercase = (word: string) => {
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c >= 0x80) return (OUTSIDE_LATIN_BLOCK.test(word) ? HAS_LOWER.exact() : HAS_LOWER.latin).test(word);
    if (c >= 0x61 && c <= 0x7a) return true;
  }
  return false;
};
/** /\p{Lu}/u.test(word), as hasLowercase: A-Z are an ASCII word's capitals. */
export const hasCapital = (word: string) => {
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c >= 0x80) return (OUTSIDE_LATIN_BLOCK.test(word) ? HAS_UPPER.exact() : HAS_UPPER.latin).test(word);
    if (c >= 0x41 && c <= 0x5a) return true;
  }
  return false;
};

/**
 * Whether `word` is `letters` (lowercase ASCII letters only) in any case: what a non-unicode /^letters$/i tests,
 * read by character. An ASCII letter and its capital differ in bit 5 only; under /i without u no character beyond
 * ASCII folds to an ASCII letter.
 */
export const isLettersInAnyCase = (word: string, letters: string) => {
  if (word.length !== letters.length) return false;
  for (let k = 0; k < word.length; k++) if ((word.charCodeAt(k) | 0x20) !== letters.charCodeAt(k)) return false;
  return true;
};

/** Whether `word` is "and" or "or" in any case, as /^(?:and|or)$/i tests: list code asks it of most words of a text. */
export const isAndOr = (word: string) => isLettersInAnyCase(word, 'and') || isLettersInAnyCase(word, 'or');

/** Whether a UTF-16 unit is white space as \s reads it: the WhiteSpace and LineTerminator characters of ECMAScript. */
export const isWhiteSpaceUnit = (c: number) =>
  c === 32 ||
  (c >= 9 && c <= 13) ||
  (c >= 0xa0 &&
    (c === 0xa0 ||
      c === 0x1680 ||
      (c >= 0x2000 && c <= 0x200a) ||
      c === 0x2028 ||
      c === 0x2029 ||
      c === 0x202f ||
      c === 0x205f ||
      c === 0x3000 ||
      c === 0xfeff));

/**
 * The gap between two words read by character, not by an expression: list code asks about most gaps of a text
 * (1,400 expression calls a call on the bench's posting, each costing more than the few characters it reads).
 * The one character of the gap besides white space: '' if there is none (or the gap is empty), undefined if
 * there are more.
 */
export function gapMark(gap: string): string | undefined {
  let mark = '';
  for (let i = 0; i < gap.length; i++) {
    if (isWhiteSpaceUnit(gap.charCodeAt(i))) continue;
    if (mark) return undefined;
    mark = gap[i];
  }
  return mark;
}
/** Whether the gap ends in an opening bracket and white space, as /\(\s*$/ tests, read by character. */
export const opensBracket = (gap: string) => {
  let i = gap.length - 1;
  while (i >= 0 && isWhiteSpaceUnit(gap.charCodeAt(i))) i--;
  return i >= 0 && gap.charCodeAt(i) === 40; // '('
};
/** Whether the word holds an ASCII digit, as /\d/ tests, read by character. */
export const hasDigit = (word: string) => {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
};
/** White space only, as /^\s+$/ tests. */
export const isSpaceGap = (gap: string) => gap.length > 0 && gapMark(gap) === '';
/** White space and at most one comma, as /^\s*,?\s*$/ tests. */
export const isCommaGap = (gap: string) => {
  const mark = gapMark(gap);
  return mark === '' || mark === ',';
};
/** The comma, slash or ampersand a gap holds with white space around (as /^\s*([,/&])\s*$/ reads it), if any. */
export const separatorIn = (gap: string) => {
  const mark = gapMark(gap);
  return mark === ',' || mark === '/' || mark === '&' ? mark : undefined;
};
/** A comma, slash or ampersand with white space around, as /^\s*[,/&]\s*$/ tests. */
export const isSeparatorGap = (gap: string) => separatorIn(gap) !== undefined;
/** Whether a comma stands in the text from..to (a gap between two tokens), read by character. */
export const commaIn = (text: string, from: number, to: number) => {
  for (let c = from; c < to; c++) if (text.charCodeAt(c) === 44) return true; // ','
  return false;
};

/** The tokenizer's expressions and their Latin-only twins, for the test that proves they agree. */
export const TOKENIZER_TWINS = { WORD, GLUED, GLUED_TEXT, CAPITALIZED_WORD, ACRONYM_END, ABBREVIATION, ENDS_LOWER, STARTS_LOWER, STARTS_UPPER };

/** The Latin-only or the exact expressions, whichever give this text's tokens. */
const tokenizerFor = (text: string) => {
  const exact = BEYOND_LATIN.test(text);
  const pick = exact ? (twins: ReturnType<typeof latinTwins>) => twins.exact() : (twins: ReturnType<typeof latinTwins>) => twins.latin;
  return {
    exact,
    word: pick(WORD),
    abbreviation: pick(ABBREVIATION),
    endsLower: pick(ENDS_LOWER),
    startsLower: pick(STARTS_LOWER),
  };
};

/** The next match of a global expression from `from`, leaving its lastIndex at 0. */
const execAt = (re: RegExp, text: string, from: number) => {
  re.lastIndex = from;
  const m = re.exec(text);
  re.lastIndex = 0;
  return m;
};

/** What tokenize makes of a spelling, whatever the text around it: its forms, and its junctions where they depend on it alone. */
interface Spelling {
  lower: string;
  folded: string;
  key: string;
  /** gluedJunctions(raw) where the answer needs nothing of the text (no capital after four letters, no count); else undefined. */
  junctions: readonly Junction[] | undefined;
}
/**
 * Spellings met, per key function: a token looks its spelling up once, where it looked it up in foldWord's, the
 * key function's and the junctions' tables and lowercased it again (four string-keyed look-ups a token). Within a
 * bound, as foldWord's forms.
 */
const spellingsByKeyOf = new WeakMap<(word: string) => string, Map<string, Spelling>>();
const spellingsOf = (keyOf: (word: string) => string) => {
  let spellings = spellingsByKeyOf.get(keyOf);
  if (!spellings) spellingsByKeyOf.set(keyOf, (spellings = new Map()));
  return spellings;
};
const spellingOf = (spellings: Map<string, Spelling>, word: string, keyOf: (word: string) => string) => {
  let spelling = spellings.get(word);
  if (spelling === undefined) {
    spelling = {
      lower: word.toLowerCase(),
      folded: foldWord(word),
      key: keyOf(word),
      junctions: word.length < MIN_GLUED_LENGTH || !mayBeGlued(word) ? gluedJunctions(word) : undefined,
    };
    if (spellings.size >= MAX_REMEMBERED_WORDS) spellings.clear();
    spellings.set(word, spelling);
  }
  return spelling;
};

const isAsciiLetterOrDigit = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** No word from here to the end of the text. */
const NO_WORD = -1;
/** WORD must say: a character beyond ASCII comes first, or the word may go on past its ASCII letters and digits. */
const ASK_WORD = -2;
/**
 * Where WORD's next match starts, read by character while the text is ASCII: its first ASCII letter or digit (no
 * other ASCII character is a letter or digit of \p{L} or \p{N}, under either twin); ASK_WORD at a character beyond
 * ASCII before it. tokenize ran WORD's exec at every word, 1,400 instructions a word (callgrind), most of them
 * the call and its match array.
 */
function plainWordStart(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return ASK_WORD;
    if (isAsciiLetterOrDigit(c)) return i;
  }
  return NO_WORD;
}
/**
 * Where WORD's match from `start` ends, if it is a run of ASCII letters and digits followed by the end or an ASCII
 * character that goes on no word (WORD goes on only at a letter, digit or mark, a soft hyphen or zero-width
 * character, an inner dot, an apostrophe or ampersand, or a trailing + or #); else ASK_WORD.
 */
function plainWordEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length && isAsciiLetterOrDigit(text.charCodeAt(i))) i++;
  if (i === text.length) return i;
  const c = text.charCodeAt(i);
  // . ' & + # and anything beyond ASCII
  return c >= 0x80 || c === 46 || c === 39 || c === 38 || c === 43 || c === 35 ? ASK_WORD : i;
}

/** Splits text into word tokens with their offsets; never changes the text itself. */
export function tokenize(text: string, keyOf: (word: string) => string = wordKey): Token[] {
  const spellings = spellingsOf(keyOf);
  const tokens: Token[] = [];
  let sentence = 0;
  let last = 0;
  const { exact, word: wordPattern, abbreviation, endsLower, startsLower } = tokenizerFor(text);
  const isName = namesOfText(text, exact);
  // The word expression is run in place (exec from the last word's end), not through matchAll: no copy of the
  // expression and no iterator per text. lastIndex is set before each exec, as keyOf may tokenize in between.
  // Most words are read by character (plainWordStart, plainWordEnd) and need no exec at all.
  let closesDesignator = false;
  for (let from = 0; ; from = last) {
    let start = plainWordStart(text, from);
    if (start === NO_WORD) break;
    const plainEnd = start === ASK_WORD ? ASK_WORD : plainWordEnd(text, start);
    let word: string;
    if (plainEnd !== ASK_WORD) word = text.slice(start, plainEnd);
    else {
      const m = execAt(wordPattern, text, from);
      if (!m) break;
      start = m.index;
      word = m[0];
    }
    let gap = text.slice(last, start);
    const previous = tokens.at(-1);
    // "510(k)", "401(k)", "501(c)(3)": a letter or two in brackets glued to a word designates a part of it, as a
    // section's letter does; its brackets part nothing.
    if (closesDesignator) gap = gap.slice(1);
    closesDesignator = gap === '(' && word.length <= 2 && text.charCodeAt(start + word.length) === CLOSE_BRACKET;
    if (closesDesignator) gap = '';
    // "B.S. in Business", "Ph.D. level", "e.g. Jira", "English (min. C1)": the dot that closes an abbreviation ends no sentence.
    if (gap.startsWith('.') && previous !== undefined && (abbreviation.test(previous.raw) || SHORTENED_WORDS.has(previous.lower))) gap = gap.slice(1);
    // "…coach our\nproduct delivery teams": a line wrapped inside a sentence (one line break between two
    // lowercase words) is no sentence break.
    // Most words follow one space, which breaks nothing: no need to search it.
    const wrapped = gap !== ' ' && isWrapGap(gap) && endsLower.test(previous?.raw ?? '') && startsLower.test(word);
    // "program manage-\nment": a word that print or a PDF hyphenated at a line's end reads as one word where the whole
    // is a word of the taxonomy, its span the text as written; another compound broken there ("cross-\nfunctional")
    // goes on as if hyphenated on one line. A wrapped line joined to the one before it (joinWrappedLines) has a space
    // for its break: "manage- ment".
    const hyphenWrapped = previous !== undefined && isHyphenWrapGap(gap) && endsLower.test(previous.raw) && startsLower.test(word);
    last = start + word.length;
    if (hyphenWrapped) {
      const whole = spellingOf(spellings, previous.raw + word, keyOf);
      if (isKnownWord(whole.key)) {
        tokens[tokens.length - 1] = { ...previous, end: last, raw: previous.raw + word, lower: whole.lower, folded: whole.folded, key: whole.key };
        continue;
      }
    }
    const breakBefore: Break = tokens.length === 0 ? 'sentence' : gap === ' ' || gap === '' || wrapped || hyphenWrapped ? 'none' : breakOfGap(gap);
    if (breakBefore === 'sentence' && tokens.length > 0) sentence++;
    const spelling = spellingOf(spellings, word, keyOf);
    const junctions = spelling.junctions ?? gluedJunctions(word, exact, isName, start);
    if (!junctions.length) {
      // A designator's span takes its closing bracket: the evidence reads "510(k)".
      const end = closesDesignator ? last + 1 : last;
      tokens.push({ start, end, raw: word, lower: spelling.lower, folded: spelling.folded, key: spelling.key, breakBefore, sentence });
      continue;
    }
    // "skillsExtra", "detailDemonstrated": text that lost its line breaks glues a sentence's last word to the
    // next one's capital. A known name ("SharePoint") keeps its parts together.
    for (let k = 0, from = 0; k <= junctions.length; k++) {
      const to = k < junctions.length ? junctions[k].at : word.length;
      const raw = word.slice(from, to);
      const glueBreak: Break = k === 0 ? breakBefore : junctions[k - 1].sentence ? 'sentence' : 'none';
      if (k > 0 && glueBreak === 'sentence') sentence++;
      tokens.push({
        start: start + from,
        end: start + to,
        raw,
        lower: raw.toLowerCase(),
        folded: foldWord(raw),
        key: keyOf(raw),
        breakBefore: glueBreak,
        sentence,
      });
      from = to;
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
