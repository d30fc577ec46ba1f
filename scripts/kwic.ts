// npm run kwic [-- --concept ID] [-- --surface WORD] [-- --words N] [-- --max N] [-- DIR]: a keyword-in-context
// audit of what the analyzer counts in every text the project may read (the corpus and unlabelled postings, the
// development postings and resumes, the seeds; never the check fold). Each hit is shown with the words around it,
// grouped by concept and by the words that matched, so a surface that names another sense ("safe" the adjective,
// "Go" the verb, a team's or the employer's name) shows as a column of wrong contexts. By default only hits of
// one word (and acronyms) are listed: the surfaces most often ambiguous. --suspects lists only the hits that look
// like another sense, each with its reason, and the groups by how many such hits they have. --pool DIR reads a
// further folder of English postings gathered outside the project (never committed) as postings too.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROLE_NOUNS } from '../src/analyze/role-names';
import { isCompanyText } from '../src/analyze/sections';
import { analyze, bundledTaxonomy, findConcepts } from '../src/index';
import { tokenize } from '../src/text/normalize';
import { type Doc, readDevPostings, readPool, readSharedTexts, wholeNumberOption } from './corpus-lib';
import { scriptArgs } from './script-args';

const { values, positionals } = scriptArgs('npm run kwic [-- --concept ID] [-- --surface WORD] [-- --words N] [-- --max N] [-- --pool DIR] [-- DIR]', {
  options: {
    concept: { type: 'string' },
    surface: { type: 'string' },
    words: { type: 'string' },
    max: { type: 'string' },
    'min-df': { type: 'string' },
    suspects: { type: 'boolean' },
    pool: { type: 'string' },
  },
  allowPositionals: true,
});
const number = (name: string, value: string | undefined, fallback: number) => wholeNumberOption('kwic', name, value, fallback);
const maxWords = number('words', values.words, 1);
const maxLines = number('max', values.max, 12);
const minDf = number('min-df', values['min-df'], 1);
const shared = positionals[0] ?? join(import.meta.dirname, '../../shared');
if (!existsSync(join(shared, 'corpus/postings'))) {
  console.error(`kwic: no shared corpus at ${shared} (it sits beside the project in CI)`);
  process.exit(1);
}
if (values.pool !== undefined && !existsSync(values.pool)) {
  console.error(`kwic: no posting pool at ${values.pool}`);
  process.exit(1);
}

/** The development resumes (eval/resumes), read as resumes are: every concept they name. */
function readResumes(sharedDir: string): Doc[] {
  const dir = join(sharedDir, 'eval/resumes');
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => /^r\d+\.txt$/.test(f))
        .sort()
        .map((f) => ({ id: `resume/${f.replace(/\.txt$/, '')}`, lang: 'en', text: readFileSync(join(dir, f), 'utf8') }))
    : [];
}

interface Occurrence {
  doc: string;
  importance: string;
  context: string;
  /** Why the hit may name another sense, if it looks so. */
  suspect?: string;
}

const taxonomy = bundledTaxonomy();
const roleNouns = new Set(ROLE_NOUNS.flatMap((n) => n.words));
/** Categories of product names: written in lowercase, one of their names is often the everyday word ("word", "teams"). */
const NAMED = new Set(['tool']);
/**
 * Signs that a hit names something else than the skill: a name written in lowercase (the everyday word: "agile",
 * "word", "teams"), a name that runs on to a role noun (a team's or a role's name), the employer's own thing ("our
 * AI-driven platform"), a sentence about the employer. Heuristics for a reader to judge, not rules of the product.
 */
function suspicion(text: string, id: string, start: number, end: number): string | undefined {
  const span = text.slice(start, end);
  const concept = taxonomy.byId.get(id);
  if (concept && NAMED.has(concept.category) && /\p{Lu}/u.test(concept.label) && !/\s/.test(span) && span === span.toLowerCase()) return 'a name in lowercase';
  const after = text.slice(end, end + 60).match(/^(?:[\s-]+\p{Lu}[\p{L}&-]*){0,3}\s+(\p{L}+)/u);
  if (after && roleNouns.has(after[1].toLowerCase())) return `before "${after[1]}"`;
  if (/\b(our|its|their)\s+(?:[\p{L}-]+\s+)?$/iu.test(text.slice(Math.max(0, start - 30), start))) return 'after "our"';
  const from = Math.max(text.lastIndexOf('\n', start), text.lastIndexOf('. ', start)) + 1;
  const stop = text.slice(end).search(/\n|\.\s/);
  if (isCompanyText(text.slice(from, stop < 0 ? text.length : end + stop))) return 'in a sentence about the employer';
  return undefined;
}

const sharedTexts = readSharedTexts(shared);
const postings = [...sharedTexts.postings, ...(values.pool === undefined ? [] : readPool(values.pool))];
const seeds = sharedTexts.seeds;
const groups = new Map<string, { concept: string; surface: string; docs: Set<string>; occurrences: Occurrence[] }>();
const wanted = (id: string, span: string) =>
  (!values.concept || id === values.concept) && (!values.surface || span.toLowerCase() === values.surface.toLowerCase()) && tokenize(span).length <= maxWords;

function record(doc: Doc, id: string, importance: string, start: number, end: number) {
  const span = doc.text.slice(start, end);
  if (!wanted(id, span)) return;
  const suspect = values.suspects ? suspicion(doc.text, id, start, end) : undefined;
  if (values.suspects && !suspect) return;
  const key = `${id}\u0000${span.toLowerCase()}`;
  const group = groups.get(key) ?? { concept: id, surface: span.toLowerCase(), docs: new Set(), occurrences: [] };
  group.docs.add(doc.id);
  group.occurrences.push({ doc: doc.id, importance, context: contextOf(doc.text, start, end), ...(suspect ? { suspect } : {}) });
  groups.set(key, group);
}

for (const doc of [...postings, ...readDevPostings(shared), ...seeds]) {
  for (const term of analyze(doc.text).terms) for (const s of term.job.spans ?? []) record(doc, term.id, term.job.importance, s.start, s.end);
}
for (const doc of readResumes(shared)) for (const c of findConcepts(doc.text)) for (const s of c.spans) record(doc, c.id, c.strength, s.start, s.end);

/** Sixty characters either side of a hit, on one line, the hit in brackets. */
function contextOf(text: string, start: number, end: number): string {
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  return `${flat(text.slice(Math.max(0, start - 60), start)).padStart(60)}[${flat(text.slice(start, end))}]${flat(text.slice(end, end + 60))}`;
}

const sorted = [...groups.values()].filter((g) => g.docs.size >= minDf).sort((a, b) => b.docs.size - a.docs.size || (a.concept < b.concept ? -1 : 1));
for (const g of sorted) {
  console.log(`\n== ${g.concept} "${g.surface}"  DF ${g.docs.size}, ${g.occurrences.length} hits`);
  for (const o of g.occurrences.slice(0, maxLines))
    console.log(`  ${o.doc.padEnd(28)} ${o.importance.slice(0, 4).padEnd(4)} ${o.context}${o.suspect ? `  <- ${o.suspect}` : ''}`);
  if (g.occurrences.length > maxLines) console.log(`  … ${g.occurrences.length - maxLines} more (--max)`);
}
console.log(`\n${sorted.length} groups (concept and matched words) of up to ${maxWords} word(s)${values.suspects ? ', suspect hits only' : ''}`);
