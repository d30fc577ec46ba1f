// A resume's list of spoken languages ("LANGUAGES / English – Native / GERMAN / Listening B2 Reading B2"): a line under
// such a heading that opens with a language's name names that language, level or not, where the taxonomy knows it as
// "<Language> proficiency" (id "<language>-proficiency"). Elsewhere a bare language's name is too often a market, a
// nationality or a team's ("German OEMs", "our English-speaking customers") to count alone.
import type { Lookup } from '../taxonomy/compile';
import type { Hit } from './match';
import { headingWords } from './resume-headings';
import { resumeHeading } from './resume-sections';

/** Heading words that say the list is of spoken languages; "Programming Languages" is not one. */
const LANGUAGE_WORDS = new Set(['language', 'languages', 'sprachen', 'sprachkenntnisse', 'langues']);
const NOT_SPOKEN = new Set(['programming', 'scripting', 'query', 'markup', 'computer', 'coding']);
/** The first word of a line, in letters. */
const FIRST_WORD = /^[^\p{L}]*(\p{L}+)/u;

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
    const first = FIRST_WORD.exec(line);
    if (!first) continue;
    const name = first[1];
    const id = `${name.toLowerCase()}-proficiency`;
    const concept = lookup.taxonomy.byId.get(id);
    if (!concept || !concept.label.toLowerCase().startsWith(name.toLowerCase())) continue;
    const offset = start + first.index + first[0].length - name.length;
    hits.push({ conceptId: id, start: offset, end: offset + name.length, via: 'surface' });
  }
  return hits;
}
