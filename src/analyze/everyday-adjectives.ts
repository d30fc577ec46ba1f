import type { Token } from '../text/normalize';
import type { Hit } from './match';
import { tokenIndexAt } from './spans';

/**
 * Names of methods that are also everyday adjectives: "agile" the method, and "agile" the trait of a person or a
 * company ("diligent, customer focused, agile, transparent"). Each with a line where it is the adjective.
 */
export const EVERYDAY_ADJECTIVES: { word: string; example: string }[] = [
  { word: 'agile', example: 'The consultant will be diligent, customer focused, agile, transparent and a strong communicator.' },
  { word: 'lean', example: 'We are a small, lean, scrappy and humble team.' },
];

/**
 * Traits: words that, as items of the same list, make it a list of what someone or something is like ("curious,
 * agile and humble"), not of methods ("Agile, Lean and Kanban"). Adjectives only, none that also qualifies a way
 * of working ("iterative", "incremental", "fast-paced"): "agile, iterative delivery" names the method.
 */
export const TRAIT_WORDS = [
  'accountable',
  'adaptable',
  'ambitious',
  'analytical',
  'bold',
  'collaborative',
  'confident',
  'creative',
  'curious',
  'decisive',
  'dependable',
  'detail-oriented',
  'diligent',
  'driven',
  'dynamic',
  'empathetic',
  'energetic',
  'enthusiastic',
  'entrepreneurial',
  'flexible',
  'focused',
  'friendly',
  'hands-on',
  'honest',
  'humble',
  'hungry',
  'motivated',
  'nimble',
  'open-minded',
  'organised',
  'organized',
  'passionate',
  'positive',
  'pragmatic',
  'proactive',
  'reliable',
  'resilient',
  'resourceful',
  'responsive',
  'results-oriented',
  'scrappy',
  'self-directed',
  'self-motivated',
  'tenacious',
  'thoughtful',
  'transparent',
  'versatile',
];

const ADJECTIVES = new Set(EVERYDAY_ADJECTIVES.map((a) => a.word));
const LENGTHS = new Set(EVERYDAY_ADJECTIVES.map((a) => a.word.length));
const TRAITS = new Set(TRAIT_WORDS);
const CONJUNCTIONS = new Set(['and', 'or']);
/**
 * Words that may follow the adjective where it says what someone is ("nimble and agile when priorities shift",
 * "curious and agile in the face of change"): they open a clause or a phrase of its own, where a noun after the
 * word ("agile environment", "agile practices") makes it the method's name. Not "at": "Agile at scale" is the method.
 */
const AFTER_A_TRAIT = new Set(['when', 'while', 'whenever', 'if', 'in', 'with', 'under', 'during', 'amid', 'as', 'to', 'about', 'despite']);
/**
 * Nouns of a person that may follow the adjective in a list of traits ("an analytical and agile problem solver", "a
 * curious, agile thinker"): the adjectives describe someone there, where another noun ("agile environment", "agile
 * mindset", "agile teams") makes the word the method's name.
 */
const PERSON_NOUNS = new Set([
  'thinker',
  'learner',
  'solver',
  'problem-solver',
  'self-starter',
  'individual',
  'person',
  'professional',
  'operator',
  'doer',
  'builder',
]);
/** Words of an item beside the hit that are read for a trait: "customer focused" ends in one. */
const MAX_ITEM_WORDS = 3;

/**
 * Builds the test: is this hit an everyday adjective, one item of a list of traits? The hit must be one word of
 * EVERYDAY_ADJECTIVES standing as a whole item (a comma, "and", "or", a word of AFTER_A_TRAIT or the sentence's end
 * after it: "agile environment" is no item), and the item before or after it must end in a trait ("customer focused, agile,
 * transparent").
 */
export function createTraitListCheck(tokens: Token[], text: string): (hit: Hit) => boolean {
  const word = (i: number) => (tokens[i] ? tokens[i].folded : '');
  const same = (i: number, j: number) => tokens[i] !== undefined && tokens[j] !== undefined && tokens[i].sentence === tokens[j].sentence;
  /** Whether tokens k and k + 1 are one hyphenated word ("hands-on"): the tokenizer parts them. */
  const hyphened = (k: number) => same(k, k + 1) && text.slice(tokens[k].end, tokens[k + 1].start) === '-';
  /** The word that starts at token k, a hyphenated one whole ("self-motivated"). */
  const wordFrom = (k: number) => (hyphened(k) ? `${word(k)}-${word(k + 1)}` : word(k));
  /** The word that ends at token k, a hyphenated one whole. */
  const wordTo = (k: number) => (k > 0 && hyphened(k - 1) ? `${word(k - 1)}-${word(k)}` : word(k));
  /** The last word of the item that ends right before token `at` (past a comma or a conjunction). */
  const traitBefore = (at: number) => {
    let k = at - 1;
    while (same(k, at) && CONJUNCTIONS.has(word(k))) k--;
    const separated = tokens[at].breakBefore === 'soft' || k < at - 1;
    return separated && same(k, at) && TRAITS.has(wordTo(k));
  };
  /** The item that starts after token `at`: a trait among its first words, before the next separator. */
  const traitAfter = (at: number) => {
    let k = at + 1;
    if (!same(k, at) || !(tokens[k].breakBefore === 'soft' || CONJUNCTIONS.has(word(k)))) return false;
    while (same(k, at) && CONJUNCTIONS.has(word(k))) k++;
    for (let n = 0; n < MAX_ITEM_WORDS && same(k, at); n++, k++) {
      if (TRAITS.has(wordFrom(k))) return true;
      if (same(k + 1, at) && tokens[k + 1].breakBefore !== 'none') return false;
    }
    return false;
  };
  const wholeItem = (at: number) =>
    !same(at + 1, at) || tokens[at + 1].breakBefore !== 'none' || CONJUNCTIONS.has(word(at + 1)) || AFTER_A_TRAIT.has(word(at + 1));
  /** A person named right after it: "agile problem solver", "agile thinker". */
  const describesAPerson = (at: number) => {
    const next = wordFrom(at + 1);
    return same(at + 1, at) && (PERSON_NOUNS.has(next) || (next === 'problem' && PERSON_NOUNS.has(word(at + 2))));
  };
  return (hit) => {
    // Most hits are longer or shorter than every adjective: their length spares the look-up.
    if (hit.via !== 'surface' || !LENGTHS.has(hit.end - hit.start) || !ADJECTIVES.has(text.slice(hit.start, hit.end).toLowerCase())) return false;
    const at = tokenIndexAt(tokens, hit.start, 'start');
    if (at === undefined || tokens[at].end !== hit.end || !ADJECTIVES.has(word(at))) return false;
    return (wholeItem(at) || describesAPerson(at)) && (traitBefore(at) || traitAfter(at));
  };
}
