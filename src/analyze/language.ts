import { franc } from 'franc-min';

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
/**
 * franc reads 2,048 characters: a longer posting votes with its beginning, middle and end, so a header in
 * another language (a job board's navigation, a location line) does not decide for an English body.
 */
const WINDOW = 2048;

/** The ISO 639-1 code of the text's language, or undefined when the text is too short to tell. */
export function detectLanguage(fullText: string, words: number): string | undefined {
  if (words < MIN_WORDS_FOR_LANGUAGE) return undefined;
  const text = fullText.replace(ADDRESS, ' ');
  const votes = new Map<string, number>();
  const starts = text.length <= WINDOW ? [0] : [0, Math.floor((text.length - WINDOW) / 2), text.length - WINDOW];
  for (const at of starts) {
    const found = LANGUAGES[franc(text.slice(at, at + WINDOW), { only: CHOICES })]?.code;
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
