// npm run spoken-languages: derives keywords/derived-soft-skills.json, a '<Language> proficiency' concept for each
// language that scripts/spoken-languages.json lists, named as CLDR names it in English (Intl.DisplayNames ships with
// Node and every browser: a well-kept lexicon that needs no package). Deterministic for one ICU version; the file
// is committed, and a later ICU that renamed a language would show as a diff of it. It also writes the examples of
// each derived pattern into tests/fixtures/rule-examples.json.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findTaxonomyProblems, parseKeywordFiles } from '../src/taxonomy/load';
import type { Concept } from '../src/taxonomy/schema';

const ROOT = join(import.meta.dirname, '..');
const OUTPUT = 'keywords/derived-soft-skills.json';
const RULE_EXAMPLES = 'tests/fixtures/rule-examples.json';
const review = JSON.parse(readFileSync(join(ROOT, 'scripts/spoken-languages.json'), 'utf8')) as {
  codes: string[];
  alsoCalled: Record<string, string[]>;
};

const keywordFiles = (wanted: (file: string) => boolean) =>
  readdirSync(join(ROOT, 'keywords'))
    .filter((f) => f.endsWith('.json') && wanted(f))
    .map((f) => ({ name: `keywords/${f}`, data: JSON.parse(readFileSync(join(ROOT, 'keywords', f), 'utf8')) as unknown }));
const handTypedFiles = keywordFiles((f) => !f.startsWith('derived-'));
const derivedFiles = () => keywordFiles((f) => f.startsWith('derived-'));
const handTyped = parseKeywordFiles(handTypedFiles);
if (handTyped.problems.length) throw new Error(handTyped.problems.join('\n'));
const handTypedIds = new Set(handTyped.concepts.map((c) => c.id));

/**
 * How postings and resumes name a language with its level, beside the pattern's "fluent in", "proficiency in" (each
 * surface costs the lookup's size and its load at every start, so none says what the pattern says).
 */
const LEVEL_PHRASINGS = ['{name} proficiency', 'fluent {name}', '{name} fluency', 'native {name}'];

const englishName = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** The concept of one language: its name in the phrasings of a level ("fluent Japanese", "proficiency in Japanese"). */
function spokenLanguage(code: string): Concept | undefined {
  const name = englishName.of(code);
  if (!name) throw new Error(`spoken-languages: CLDR has no English name for "${code}"`);
  if (!/^[A-Za-z]+$/.test(name)) throw new Error(`spoken-languages: "${code}" is "${name}", not one plain word (see the review's about)`);
  const id = `${name.toLowerCase()}-proficiency`;
  if (handTypedIds.has(id)) return undefined;
  const names = [name, ...(review.alsoCalled[code] ?? [])];
  return {
    id,
    label: `${name} proficiency`,
    category: 'soft-skill',
    aliases: {
      variant: names.flatMap((n) => LEVEL_PHRASINGS.map((phrasing) => phrasing.replace('{name}', n))),
    },
    // A level before a list of languages: "Fluent in English, French"; speaking or writing in one, alone or after English
    // ("Excellent communication in English & French"; no gap: "write in plain words for French readers" is no French);
    // a level or a skill right after the name: "Tamil (native)", "Spanish language skills", "German B2+", "Polish
    // skills"; a level right before it: "very good German".
    patterns: [
      `fluent|fluency|proficient|proficiency in .. ${name}`,
      `communicate|communication|speak|write|converse|present in English|both? and|or? ${name}`,
      `${name} native|fluent|bilingual|conversational|language|skills|knowledge|speaker|A1|A2|B1|B2|C1|C2|B1+|B2+|C1+`,
      `good|excellent|business|working|advanced|professional|conversational|basic ${name}`,
    ],
    broader: ['communication'],
    note: `Derived from CLDR's English name of the language "${code}" (scripts/derive-spoken-languages.ts): postings ask for a second language in the phrasings of a level, resumes list it with one.`,
    bullets: [
      `Worked in ${name} with [clients or teams] in [region], running [meetings or documentation]`,
      `${name}: [level, e.g. C1 or native]; led [client meetings or workshops] in ${name} for [number] [years or projects]`,
    ],
  } as Concept;
}

const concepts = review.codes
  .map(spokenLanguage)
  .filter((c) => c !== undefined)
  .sort((a, b) => (a.id < b.id ? -1 : 1));
// The whole taxonomy's checks (a surface claimed twice, sorting) before anything is written.
const whole = parseKeywordFiles([...handTypedFiles, ...derivedFiles().filter((f) => f.name !== OUTPUT), { name: OUTPUT, data: concepts }]);
const problems = [...whole.problems, ...findTaxonomyProblems(whole.files)];
if (problems.length) throw new Error(problems.join('\n'));
writeFileSync(join(ROOT, OUTPUT), `${JSON.stringify(concepts, null, 2)}\n`);

// The pattern's examples (tests/taxonomy/rule-examples.test.ts pins every pattern with a match and a near miss).
const examplesFile = join(ROOT, RULE_EXAMPLES);
const examples = JSON.parse(readFileSync(examplesFile, 'utf8')) as Record<string, { match: string[]; noMatch: string[] }>;
for (const c of concepts) {
  const name = c.label.replace(/ proficiency$/, '');
  examples[c.id] = {
    match: [
      `Fluent in English, ${name}.`,
      `Proficiency in English and ${name} is required.`,
      `Languages: English (C1), ${name} (native)`,
      `${name} B2+ and English C1 are required.`,
      `Very good ${name} skills.`,
      `Excellent communication in English & ${name}.`,
    ],
    noMatch: [
      `Our ${name} customers rely on us.`,
      `A fluent writer who knows the ${name} market.`,
      `We build ${name} apps, native and web.`,
      `We partner with a strong ${name} bank.`,
      `We write in plain words for ${name} readers.`,
    ],
  };
}
writeFileSync(examplesFile, `${JSON.stringify(examples, null, 2)}\n`);
console.log(`spoken-languages: ${concepts.length} languages written to ${OUTPUT}`);
