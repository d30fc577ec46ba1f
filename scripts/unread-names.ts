// npm run unread-names [-- --min N] [-- --labels DIR ...]: the names that labellers give concepts (the gold labels of
// the corpus and fresh folds, the dev fold's a* and b*, never the check fold's; and of any further folder of
// labels given with --labels) which the analyzer reads as nothing when a posting writes them as they are. A name
// split at '/' and brackets ("Project oversight / governance (PMO)") gives each part. Listed by how many labelled
// postings use it, with those postings: a name many postings' readers use and the taxonomy lacks is a concept or
// an alias to consider (operations management, technology refresh were found so); one that a context rule keeps
// out on purpose ("leadership" alone, "safe") is listed too, and is left alone.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { findConcepts } from '../src/index';
import { wholeNumberOption } from './corpus-lib';
import { CORPUS_LABELS, DEV_ID, FRESH_LABELS } from './label-folds';
import { scriptArgs } from './script-args';

const { values } = scriptArgs('npm run unread-names [-- --min N] [-- --labels DIR ...]', {
  options: { min: { type: 'string' }, labels: { type: 'string', multiple: true } },
});
const minPostings = wholeNumberOption('unread-names', 'min', values.min, 3);

const devPostings = join(import.meta.dirname, '../../shared/eval/postings');
/** Label files: the project's own folds, the dev fold where ../shared is present, and the folders given. */
const labelFiles = [
  ...goldFiles(CORPUS_LABELS),
  ...goldFiles(FRESH_LABELS),
  ...goldFiles(devPostings).filter((f) => DEV_ID.test(basename(f))),
  ...(values.labels ?? []).flatMap((dir) => {
    if (!existsSync(dir)) {
      console.error(`unread-names: no folder of labels at ${dir}`);
      process.exit(1);
    }
    return goldFiles(dir);
  }),
];

function goldFiles(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.gold.json'))
        .map((f) => join(dir, f))
    : [];
}

/** A gold name's parts: "Project oversight / governance (PMO)" -> Project oversight, governance, PMO. */
const partsOf = (name: string) =>
  name
    .split(/\s*\/\s*|\s*[()]\s*/)
    .map((part) => part.trim())
    .filter((part) => part.length >= 3);

/** Postings by name, compared in lower case; each name read as first written (acronyms match as written). */
const postingsByName = new Map<string, { written: string; postings: Set<string> }>();
for (const file of labelFiles) {
  const gold = JSON.parse(readFileSync(file, 'utf8')) as { concepts: { name: string }[] };
  for (const concept of gold.concepts) {
    for (const part of partsOf(concept.name)) {
      const key = part.toLowerCase();
      const known = postingsByName.get(key) ?? { written: part, postings: new Set<string>() };
      known.postings.add(basename(file, '.gold.json'));
      postingsByName.set(key, known);
    }
  }
}

const unread = [...postingsByName.values()]
  .filter(({ written, postings }) => postings.size >= minPostings && findConcepts(`Experience with ${written}.`).length === 0)
  .sort((a, b) => b.postings.size - a.postings.size || a.written.localeCompare(b.written));
console.log(`${labelFiles.length} labelled postings; names used by ${minPostings} or more that the analyzer reads as nothing: ${unread.length}`);
for (const { written, postings } of unread) console.log(`${String(postings.size).padStart(4)}  ${written.padEnd(40)} ${[...postings].slice(0, 6).join(' ')}`);
