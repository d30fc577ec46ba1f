// What the tokenizer knows to tell words that lost the break or space between them ("ManagerWe", "environmentPMP",
// "meetingsand") from names and words written that way on purpose ("ServiceNow", "PowerBI", "LinkedIn",
// "quicksand"). Derived from the taxonomy's surfaces by `npm run names` (scripts/derive-glue-lexicon.ts); a test
// fails when it is stale, since a surface that the tokenizer split with a sentence break inside could never match.
import lexicon from './data/glue-lexicon.json';

export const GLUE_LEXICON_FILE = 'src/text/data/glue-lexicon.json';

/** How a word is looked up among the names: lowercase, without a possessive ("LinkedIn's"). */
export const wholeNameKey = (word: string) => word.toLowerCase().replace(/['’]s$/, '');

const names = new Set<string>(lexicon.names);
/** Whether a word as written is a known name with inner capitals (any case: "LINKEDIN" is no glued text either). */
export const isWholeName = (word: string) => names.has(wholeNameKey(word));

const knownWords = new Set<string>(lexicon.words);
/** Whether a word key (wordKey) is one of the taxonomy's surface words' ("manag" of "management"). */
export const isKnownWord = (key: string) => knownWords.has(key);
const lookalikes = new Set<string>(lexicon.lookalikes);
const { minKnownPart } = lexicon;
/** The function words by their last letter: most words end in a letter that none ends in, or are tested once. */
const byLetter = (words: string[], letterOf: (word: string) => number) => {
  const map = new Map<number, string[]>();
  for (const word of words) map.set(letterOf(word), [...(map.get(letterOf(word)) ?? []), word]);
  return map;
};
const functionWordsByLastLetter = byLetter(lexicon.functionWords, (word) => word.charCodeAt(word.length - 1));
const leadingFunctionWordsByFirstLetter = byLetter(lexicon.leadingFunctionWords, (word) => word.charCodeAt(0));

/**
 * Where a lowercase word is a known word with a function word glued on by a lost space ("meetingsand" ->
 * "meetings" + "and", "teamsto", "thedependencies", "tomanage"), or undefined: a word of the taxonomy ("command") or of English ("quicksand")
 * stays whole, and the part before must be a known word form of four letters or more ("brand", "island",
 * "thousand", "understand" stay whole). keyOf gives a word's key (wordKey).
 */
const NONE: string[] = [];
export function functionWordGlued(word: string, keyOf: (word: string) => string): number | undefined {
  for (const functionWord of functionWordsByLastLetter.get(word.charCodeAt(word.length - 1)) ?? NONE) {
    if (!word.endsWith(functionWord)) continue;
    const at = word.length - functionWord.length;
    if (at < minKnownPart || lookalikes.has(word) || !knownWords.has(keyOf(word.slice(0, at))) || knownWords.has(keyOf(word))) continue;
    return at;
  }
  // "coordinating thedependencies", "the ability tomanage": the function word glued to the word after it.
  for (const functionWord of leadingFunctionWordsByFirstLetter.get(word.charCodeAt(0)) ?? NONE) {
    const at = functionWord.length;
    if (word.length - at < minKnownPart || !word.startsWith(functionWord)) continue;
    if (lookalikes.has(word) || !knownWords.has(keyOf(word.slice(at))) || knownWords.has(keyOf(word))) continue;
    return at;
  }
  return undefined;
}
