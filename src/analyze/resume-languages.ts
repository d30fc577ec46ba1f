// A resume's list of spoken languages ("LANGUAGES / English – Native / GERMAN / Listening B2 Reading B2"): a line under
// such a heading, or each item of its list ("English (C2), German (B1)", after a label: "Mother tongue(s): GERMAN"; the
// label itself: "German: native speaker"), that
// opens with a language's name names that language, level or not, where the taxonomy knows it as "<Language>
// proficiency" (id "<language>-proficiency"). Elsewhere a bare language's name is too often a market, a
// nationality or a team's ("German OEMs", "our English-speaking customers") to count alone.
import type { Lookup } from '../taxonomy/compile';
import type { Hit } from './match';
import { headingWords } from './resume-headings';
import { resumeHeading } from './resume-sections';

/** Heading words that say the list is of spoken languages; "Programming Languages" is not one. */
const LANGUAGE_WORDS = new Set(['language', 'languages', 'sprachen', 'sprachkenntnisse', 'langues']);
const NOT_SPOKEN = new Set(['programming', 'scripting', 'query', 'markup', 'computer', 'coding']);
/** The first word of an item, in letters. */
const FIRST_WORD = /^[^\p{L}]*(\p{L}+)/u;
/** "Mother tongue(s): GERMAN": a label that opens the line, before the languages. */
const OPENING_LABEL = /^[^:]{1,30}:/;
/** What parts the items of a list on one line ("English (C2), German (B1) | Polish"). */
const ITEM_BREAK = /[,;|•·]/;

/** The languages a resume lists under a heading of spoken languages, as hits on their names. */
export function languageListHits(text: string, lookup: Lookup): Hit[] {
  const hits: Hit[] = [];
  let inList = false;
  let at = 0;
  for (const line of text.split('\n')) {
    const start = at;
    at += line.length + 1;
    if (!line.trim()) continue;
    if (resumeHeading(line) !== undefined) {
      const words = headingWords(line).map((w) => w.toLowerCase());
      inList = words.some((w) => LANGUAGE_WORDS.has(w)) && !words.some((w) => NOT_SPOKEN.has(w));
      continue;
    }
    if (!inList) continue;
    // Each item of the line, after a label that may open it ("Mother tongue(s): GERMAN", "English (C2), German (B1)").
    const label = OPENING_LABEL.exec(line)?.[0].length ?? 0;
    // "German: native speaker", "English: business fluent (C1)": the label is the language, its level follows.
    const labelled = label ? languageAt(line.slice(0, label), start, lookup) : undefined;
    if (labelled) {
      hits.push(labelled);
      continue;
    }
    let from = label;
    for (const item of line.slice(label).split(ITEM_BREAK)) {
      const hit = languageAt(item, start + from, lookup);
      if (hit) hits.push(hit);
      from += item.length + 1;
    }
  }
  return hits;
}

/** The language an item opens with, as a hit at `offset` of the item in the text. */
function languageAt(item: string, offset: number, lookup: Lookup): Hit | undefined {
  const first = FIRST_WORD.exec(item);
  if (!first) return undefined;
  const name = first[1];
  const id = `${name.toLowerCase()}-proficiency`;
  const concept = lookup.taxonomy.byId.get(id);
  if (!concept || !concept.label.toLowerCase().startsWith(name.toLowerCase())) return undefined;
  const at = offset + first.index + first[0].length - name.length;
  return { conceptId: id, start: at, end: at + name.length, via: 'surface' };
}
