// npm run corpus [-- --top N] [-- --min-df N] [-- --json] [-- --pool DIR] [-- DIR]: how the taxonomy meets the shared corpus
// (../shared): document frequency of every concept, surface and pattern over the corpus and unlabelled postings, and
// the frequent phrases of English postings that the taxonomy does not know. --json prints the full data instead.
// --pool counts a further folder of English postings gathered outside the project (never committed) as postings too.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { bundledLookup } from '../src/index';
import { attributionLookup, readPool, readSharedTexts, sourceDocuments, unknownPhrases, wholeNumberOption } from './corpus-lib';
import { scriptArgs } from './script-args';

const { values, positionals } = scriptArgs('npm run corpus [-- --top N] [-- --min-df N] [-- --json] [-- --pool DIR] [-- DIR]', {
  options: { top: { type: 'string' }, json: { type: 'boolean' }, pool: { type: 'string' }, 'min-df': { type: 'string' } },
  allowPositionals: true,
});
const wholeNumber = (name: string, value: string | undefined, fallback: number) => wholeNumberOption('corpus', name, value, fallback);
const top = wholeNumber('top', values.top, 40);
const minDf = wholeNumber('min-df', values['min-df'], 3);
const shared = positionals[0] ?? join(import.meta.dirname, '../../shared');
if (!existsSync(join(shared, 'corpus/postings'))) {
  console.error(`corpus: no shared corpus at ${shared} (it sits beside the project in CI)`);
  process.exit(1);
}

if (values.pool !== undefined && !existsSync(values.pool)) {
  console.error(`corpus: no posting pool at ${values.pool}`);
  process.exit(1);
}
const sharedTexts = readSharedTexts(shared);
const pool = values.pool === undefined ? [] : readPool(values.pool);
const postings = [...sharedTexts.postings, ...pool];
const seeds = sharedTexts.seeds;
const taxonomy = bundledLookup().taxonomy;
const attribution = attributionLookup(taxonomy);
const inPostings = sourceDocuments(postings, attribution);
const inSeeds = sourceDocuments(seeds, attribution);
const english = postings.filter((d) => d.lang === 'en');
const unknown = unknownPhrases(english, bundledLookup(), { minDf });

const sourceRows = attribution.sources.map((s, i) => ({
  conceptId: s.conceptId,
  ...(s.kind === 'surface' ? { kind: s.surfaceKind, surface: s.text } : { pattern: s.text }),
  df: inPostings[i].size,
  seeds: inSeeds[i].size,
  postings: [...inPostings[i]],
}));
const conceptPostings = new Map<string, Set<string>>(taxonomy.concepts.map((c) => [c.id, new Set()]));
for (const [i, s] of attribution.sources.entries()) for (const id of inPostings[i]) conceptPostings.get(s.conceptId)!.add(id);
const concepts = [...conceptPostings]
  .map(([id, docs]) => ({ id, category: taxonomy.byId.get(id)!.category, df: docs.size }))
  .sort((a, b) => b.df - a.df || (a.id < b.id ? -1 : 1));
const surfaces = sourceRows.filter((r) => 'surface' in r);
const patterns = sourceRows.filter((r) => 'pattern' in r);
const languages = Object.fromEntries([...new Set(postings.map((d) => d.lang))].sort().map((lang) => [lang, postings.filter((d) => d.lang === lang).length]));

if (values.json) {
  console.log(JSON.stringify({ postings: postings.length, languages, seeds: seeds.length, concepts, surfaces, patterns, unknown }, null, 1));
  process.exit(0);
}

const counts = [
  `postings ${postings.length} (${Object.entries(languages)
    .map(([l, n]) => `${l} ${n}`)
    .join(', ')}; corpus and eval/unlabelled${pool.length ? `, ${pool.length} of them from the pool` : ''}), seeds ${seeds.length}`,
  `concepts ${concepts.length}, ${concepts.filter((c) => c.df === 0).length} with DF 0`,
  `surfaces ${surfaces.length}, ${surfaces.filter((s) => s.df === 0).length} with DF 0 (${surfaces.filter((s) => s.df === 0 && s.seeds === 0).length} not in the seeds either)`,
  `patterns ${patterns.length}, ${patterns.filter((p) => p.df === 0).length} with DF 0 (${patterns.filter((p) => p.df === 0 && p.seeds === 0).length} not in the seeds either)`,
];
console.log(counts.join('\n'));
console.log(`\nConcepts by document frequency (top ${top})`);
for (const c of concepts.slice(0, top)) console.log(`  ${String(c.df).padStart(4)}  ${c.id} (${c.category})`);
console.log(`\nUnknown phrases of English postings (${english.length}), DF >= ${minDf} (top ${Math.min(top, unknown.length)} of ${unknown.length})`);
for (const u of unknown.slice(0, top)) console.log(`  ${String(u.df).padStart(4)}  ${u.phrase.padEnd(36)} ${u.example}`);
