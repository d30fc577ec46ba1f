// Names written with inner capitals ("ServiceNow", "PowerBI", "LinkedIn"), which the tokenizer keeps as they are
// written although text that lost its breaks glues words the same way ("ManagerWe", "environmentPMP"). The list is
// derived from the taxonomy's surfaces by `npm run names` (scripts/derive-whole-names.ts); a test fails when it is
// stale, since a surface that the tokenizer split with a sentence break inside could never match.
import data from './data/whole-names.json';

export const WHOLE_NAMES_FILE = 'src/text/data/whole-names.json';

/** How a word is looked up among the names: lowercase, without a possessive ("LinkedIn's"). */
export const wholeNameKey = (word: string) => word.toLowerCase().replace(/['’]s$/, '');

const names = new Set<string>(data.names);
/** Whether a word as written is a known name with inner capitals (any case: "LINKEDIN" is no glued text either). */
export const isWholeName = (word: string) => names.has(wholeNameKey(word));
