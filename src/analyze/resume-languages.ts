// A resume's list of spoken languages ("LANGUAGES / English – Native / GERMAN / Listening B2 Reading B2"): a line under
// such a heading or label, or each item of its list ("English (C2), German (B1)", after a label: "Mother tongue(s):
// GERMAN", "Languages Known : English, Hindi"; the label itself: "German: native speaker"), that opens with a
// language's name names that language, level or not, where the taxonomy knows it as "<Language> proficiency" (id
// "<language>-proficiency"). Elsewhere a bare language's name is too often a market, a nationality or a team's
// ("German OEMs", "our English-speaking customers") to count alone.
import type { Lookup } from '../taxonomy/compile';
import type { Hit } from './match';
import { wordCount } from '../text/word-count';
import { headingWords } from './resume-headings';
import { resumeHeading } from './resume-sections';

/** Heading words that say the list is of spoken languages; "Programming Languages" is not one. */
const LANGUAGE_WORDS = new Set(['language', 'languages', 'tongue', 'tongues', 'sprachen', 'sprachkenntnisse', 'langues']);
const NOT_SPOKEN = new Set(['programming', 'scripting', 'query', 'markup', 'computer', 'coding']);
/** A label of languages is short: "Languages Known :", "Mother tongue(s)", "Other language(s)". */
const LABEL_MAX_WORDS = 4;
/** The first word of an item, in letters. */
const FIRST_WORD = /^[^\p{L}]*(\p{L}+)/u;
/** "Mother tongue(s): GERMAN": a label that opens the line, before the languages. */
const OPENING_LABEL = /^[^:]{1,30}:/;
/** What parts the items of a list on one line ("English (C2), German (B1) | Polish"). */
const ITEM_BREAK = /[,;|•·]/;

/** Whether a heading or a label names spoken languages ("Languages", "Mother tongue(s)"; not "Programming languages"). */
function namesSpokenLanguages(label: string): boolean {
  const words = headingWords(label).map((w) => w.toLowerCase().replace(/\(s\)$/, ''));
  return words.some((w) => LANGUAGE_WORDS.has(w)) && !words.some((w) => NOT_SPOKEN.has(w));
}

/**
 * The languages a resume lists, as hits on their names: under a heading of spoken languages (to the next heading),
 * after a label of them on its line ("Languages Known : English, Hindi"), or under a label alone on its line, as
 * Europass writes them ("Mother tongue(s)" / "Romanian"; to the next blank line).
 */
export function languageListHits(text: string, lookup: Lookup): Hit[] {
  const hits: Hit[] = [];
  let list: 'none' | 'heading' | 'label' = 'none';
  let at = 0;
  for (const line of text.split('\n')) {
    const start = at;
    at += line.length + 1;
    if (!line.trim()) {
      if (list === 'label') list = 'none';
      continue;
    }
    if (resumeHeading(line) !== undefined) {
      list = namesSpokenLanguages(line) ? 'heading' : 'none';
      continue;
    }
    // Each item of the line, after a label that may open it ("Mother tongue(s): GERMAN", "English (C2), German (B1)").
    const label = OPENING_LABEL.exec(line)?.[0].length ?? 0;
    const labelText = label ? line.slice(0, label) : line;
    if (wordCount(labelText) <= LABEL_MAX_WORDS && namesSpokenLanguages(labelText)) {
      if (!label) {
        if (list === 'none') list = 'label';
        continue;
      }
    } else if (list === 'none') continue;
    // "German: native speaker", "English: business fluent (C1)": the label is the language, its level follows.
    const labelled = label ? languageAt(labelText, start, lookup) : undefined;
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
