// npm run names (also run first by `npm run lookup`): derives src/text/data/glue-lexicon.json, what the tokenizer
// needs to tell words that lost the break or space between them ("ManagerWe", "environmentPMP", "meetingsand")
// from names and words written that way on purpose ("ServiceNow", "PowerBI", "LinkedIn", "quicksand"):
// - names: the names with inner capitals that stay whole, from the taxonomy's own surfaces (every word of a label
//   or alias with a capital after its first letter and a lowercase letter, and a product's name of capitalized
//   words written together: "PivotalTracker"), plus OTHER_NAMES below;
// - words: the word keys (wordKey) of the taxonomy's surfaces, the known word forms a glued function word may
//   follow ("meetings" + "and");
// - lookalikes: English words (the word-list lexicon, a devDependency read only here) that such a known word and a
//   function word make up, which are one word ("quicksand", "withstand").
// Deterministic: the same keywords and lexicon give the same file.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Concept } from '../src/taxonomy/schema';
import { surfacesOf } from '../src/taxonomy/taxonomy';
import { GLUE_LEXICON_FILE, wholeNameKey } from '../src/text/glue-lexicon';
import { wordKey } from '../src/text/normalize';

const ROOT = join(import.meta.dirname, '..');

/**
 * Names of sites, companies and devices that postings write, which are no skill (so not in keywords/) and which
 * the tokenizer would otherwise split: a capital word ("In", "App") or an acronym ("IN") ends each of them.
 */
const OTHER_NAMES = [
  'LinkedIn', // "apply on LinkedIn", "LinkedIN profile"
  'WhatsApp', // contact channels in postings of the corpus
  'YouTube',
  'PayPal',
  'OnePlus',
  'iPhone',
  'iPad',
  'eBay',
  'McKinsey',
];

/**
 * Function words that a lost space glues to the word before ("meetingsand daily standups", "teamsto deliver").
 * Only those that few English words end in after a known word: "in", "on", "or" and "as" end thousands
 * ("protein", "lesson", "director", "areas") and are left out.
 */
const FUNCTION_WORDS = ['and', 'the', 'to', 'for', 'with', 'of', 'this', 'that', 'your'];
/**
 * Function words that a lost space glues to the word after ("coordinating thedependencies", "the ability
 * tomanage", "some type ofinfrastructure"). Not "in", "on", "a", "as", "at", "by": hundreds of English words
 * start so ("inability", "onboard", "across", "attested").
 */
const LEADING_FUNCTION_WORDS = ['the', 'to', 'of', 'and', 'for', 'with', 'this', 'that', 'your', 'our'];
/** A known word before a glued function word has at least this many letters ("teams", not "br" of "brand" or "even" of "evento"). */
const MIN_KNOWN_PART = 5;

/** The words of a surface with a capital after their first letter and a lowercase letter: names with inner capitals. */
const namesOf = (surface: string) => (surface.match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => /\p{Lu}/u.test(w.slice(1)) && /\p{Ll}/u.test(w));

/**
 * A product's name written as capitalized words ("Pivotal Tracker", "Visual Studio"), which postings also write
 * together ("PivotalTracker"): the tokenizer keeps that spelling whole, and the matcher meets it as a compound.
 */
const NAMED_PRODUCTS = new Set(['tool', 'technical']);
const joinedName = (surface: string) => {
  const words = surface.split(/\s+/);
  return words.length >= 2 && words.length <= 3 && words.every((w) => /^\p{Lu}[\p{L}\p{N}]*$/u.test(w)) ? words.join('') : undefined;
};

function surfacesIn(keywordsDir: string): { text: string; product: boolean }[] {
  const surfaces: { text: string; product: boolean }[] = [];
  for (const file of readdirSync(keywordsDir)
    .filter((n) => n.endsWith('.json'))
    .sort())
    for (const concept of JSON.parse(readFileSync(join(keywordsDir, file), 'utf8')) as Concept[])
      for (const { text } of surfacesOf(concept)) surfaces.push({ text, product: NAMED_PRODUCTS.has(concept.category) });
  return surfaces;
}

export interface GlueLexicon {
  about: string;
  names: string[];
  functionWords: string[];
  leadingFunctionWords: string[];
  minKnownPart: number;
  words: string[];
  lookalikes: string[];
}

export async function deriveGlueLexicon(keywordsDir = join(ROOT, 'keywords')): Promise<GlueLexicon> {
  const surfaces = surfacesIn(keywordsDir);
  const names = new Set(OTHER_NAMES.map(wholeNameKey));
  const words = new Set<string>();
  for (const { text, product } of surfaces) {
    for (const name of namesOf(text)) names.add(wholeNameKey(name));
    const joined = product ? joinedName(text) : undefined;
    if (joined) names.add(wholeNameKey(joined));
    for (const word of text.toLowerCase().match(/[a-z]+/g) ?? []) if (word.length >= MIN_KNOWN_PART) words.add(wordKey(word));
  }
  const english = readFileSync((await import('word-list')).default, 'utf8').split('\n');
  const lookalikes = english.filter(
    (w) =>
      FUNCTION_WORDS.some((f) => w.endsWith(f) && w.length - f.length >= MIN_KNOWN_PART && words.has(wordKey(w.slice(0, -f.length)))) ||
      LEADING_FUNCTION_WORDS.some((f) => w.startsWith(f) && w.length - f.length >= MIN_KNOWN_PART && words.has(wordKey(w.slice(f.length)))),
  );
  return {
    about: 'Generated by npm run names (scripts/derive-glue-lexicon.ts) from keywords/ and the word-list lexicon: do not edit.',
    names: [...names].filter((n) => n.length >= 4).sort(),
    functionWords: FUNCTION_WORDS,
    leadingFunctionWords: LEADING_FUNCTION_WORDS,
    minKnownPart: MIN_KNOWN_PART,
    words: [...words].sort(),
    lookalikes: lookalikes.sort(),
  };
}

/** Written as the formatter writes JSON (an array that fits on one line of 160 stays on it), so lint stays clean. */
export const glueLexiconJson = (lexicon: GlueLexicon) =>
  `${JSON.stringify(lexicon, null, 2).replace(/\[\n([^\]]*)\n\s*\]/g, (whole, items: string) => {
    const line = `[${items
      .split('\n')
      .map((item) => item.trim())
      .join(' ')}]`;
    return line.length <= 120 ? line : whole;
  })}\n`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const lexicon = await deriveGlueLexicon();
  writeFileSync(join(ROOT, GLUE_LEXICON_FILE), glueLexiconJson(lexicon));
  console.log(`${GLUE_LEXICON_FILE}: ${lexicon.names.length} names, ${lexicon.words.length} words, ${lexicon.lookalikes.length} lookalikes`);
}
