// Pure helpers of `npm run corpus` and of the copied-alias guard (tests/taxonomy/copied-aliases.test.ts):
// read the shared postings, and say which surface or pattern of the taxonomy fires in which posting, with the
// product's own matcher, so word forms, context rules and negations count exactly as they do for a user.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { findHits } from '../src/analyze/match';
import { structurePosting } from '../src/analyze/sections';
import { compileTaxonomy, type Lookup } from '../src/taxonomy/compile';
import { surfacesOf, type Taxonomy } from '../src/taxonomy/load';
import type { AliasKind, Concept } from '../src/taxonomy/schema';
import { foldWord, normalizeTerm, tokenize, type Token } from '../src/text/normalize';

export interface Doc {
  /** `corpus/p0001`, `unlabelled/u01`, `seeds/000_…`, `eval/a01`. */
  id: string;
  lang: string;
  text: string;
  /** The employer, where the source names one. */
  company?: string;
}

export interface SharedTexts {
  /** The corpus postings and the unlabelled eval postings: what the taxonomy should generalize to. */
  postings: Doc[];
  /** The role descriptions of seeds/. */
  seeds: Doc[];
}

const readText = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');

/** A command-line option that must be a positive whole number: exits with a clear message otherwise. */
export function wholeNumberOption(tool: string, name: string, value: string | undefined, fallback: number): number {
  const n = Number(value ?? fallback);
  if (!Number.isInteger(n) || n < 1) {
    console.error(`${tool}: --${name} wants a positive whole number, not "${value}"`);
    process.exit(2);
  }
  return n;
}

/** Postings of the corpus (language from sources.json), the unlabelled eval postings (English) and the seeds. */
export function readSharedTexts(sharedDir: string): SharedTexts {
  const corpusDir = join(sharedDir, 'corpus/postings');
  const sourceOf = new Map(
    (JSON.parse(readText(join(sharedDir, 'corpus'), 'sources.json')) as { file: string; lang: string; company?: string }[]).map((s) => [s.file, s]),
  );
  const txtFiles = (dir: string) =>
    existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => f.endsWith('.txt'))
          .sort()
      : [];
  const docsOf = (dir: string, set: string, lang: (file: string) => string) =>
    txtFiles(dir).map((file) => ({
      id: `${set}/${file.replace(/\.txt$/, '')}`,
      lang: lang(file),
      text: readText(dir, file),
      company: sourceOf.get(file)?.company || undefined,
    }));
  return {
    postings: [
      ...docsOf(corpusDir, 'corpus', (f) => sourceOf.get(f)?.lang ?? 'unknown'),
      ...docsOf(join(sharedDir, 'eval/unlabelled'), 'unlabelled', () => 'en'),
    ],
    seeds: docsOf(join(sharedDir, 'seeds'), 'seeds', () => 'en'),
  };
}

/**
 * English postings gathered outside the project (one `.txt` a posting: title, company, text), to count how many
 * postings use a phrase beyond the shared corpus. They are never copied into the project; see `npm run corpus -- --pool`.
 */
export function readPool(dir: string): Doc[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => ({ id: `pool/${file.replace(/\.txt$/, '')}`, lang: 'en', text: readText(dir, file) }));
}

// The development fold only: the check fold (d*) is never read, so nothing can be tuned on it.
const DEV_POSTING = /^[ab]\d+\.txt$/;

/** The labelled development postings (a*, b*) of eval/postings. */
export function readDevPostings(sharedDir: string): Doc[] {
  const dir = join(sharedDir, 'eval/postings');
  return readdirSync(dir)
    .filter((f) => DEV_POSTING.test(f))
    .sort()
    .map((file) => ({ id: `eval/${file.replace(/\.txt$/, '')}`, lang: 'en', text: readText(dir, file) }));
}

/**
 * The same advert posted again counts once: a document most of whose lines (of 20+ characters) an earlier one
 * already had is a repost (the rule of scripts/derive-lexicons.ts). Maps each repost's id to the id of the
 * earlier document it repeats most; other documents are absent.
 */
export function repostsOf(docs: Doc[]): Map<string, string> {
  const firstWith = new Map<string, string>();
  const reposts = new Map<string, string>();
  for (const doc of docs) {
    const lines = [
      ...new Set(
        doc.text
          .split('\n')
          .map((l) => l.trim().toLowerCase())
          .filter((l) => l.length >= 20),
      ),
    ];
    const earlier = lines.flatMap((l) => firstWith.get(l) ?? []);
    if (lines.length && earlier.length / lines.length >= 0.6) {
      const votes = new Map<string, number>();
      for (const id of earlier) votes.set(id, (votes.get(id) ?? 0) + 1);
      const original = [...votes].sort((a, b) => b[1] - a[1])[0][0];
      reposts.set(doc.id, reposts.get(original) ?? original);
    }
    for (const l of lines) if (!firstWith.has(l)) firstWith.set(l, doc.id);
  }
  return reposts;
}

/** The adverts among some document ids: a repost counts as the document it repeats. */
export function advertsAmong(ids: Iterable<string>, reposts: Map<string, string>): Set<string> {
  return new Set([...ids].map((id) => reposts.get(id) ?? id));
}

/** One surface form (label or alias) or one pattern of a concept. */
export interface Source {
  conceptId: string;
  kind: 'surface' | 'pattern';
  /** For surfaces: label, acronym, expansion, variant or form. */
  surfaceKind?: AliasKind | 'label';
  text: string;
  /** Words of the surface (0 for patterns). */
  words: number;
}

export interface Attribution {
  sources: Source[];
  /** A lookup in which every source is a concept of its own, whose id is the source's index. */
  lookup: Lookup;
}

/**
 * Every surface and pattern as a concept of its own, compiled in one lookup: one pass of the product's
 * matcher over a text says which of them fired. The longest surface still wins over the shorter ones inside
 * it (as in the product, where "technical program management" hides "program management"), context rules
 * stay with their surface, and the words are the same, so word forms meet the same keys.
 */
export function attributionLookup(taxonomy: Taxonomy): Attribution {
  const sources: Source[] = [];
  const concepts: Concept[] = [];
  const add = (source: Source, concept: Omit<Concept, 'id' | 'category' | 'bullets'>, of: Concept) => {
    const id = String(sources.length);
    sources.push(source);
    concepts.push({ ...concept, id, category: of.category, bullets: of.bullets });
  };
  for (const c of taxonomy.concepts) {
    const acronyms = new Set(c.aliases?.acronym ?? []);
    for (const { text, kind } of surfacesOf(c)) {
      if (kind === 'label' && acronyms.has(text)) continue; // the label spelled as an acronym is that acronym
      const context = c.context?.filter((r) => normalizeTerm(r.surface) === normalizeTerm(text));
      const source: Source = { conceptId: c.id, kind: 'surface', surfaceKind: kind, text, words: tokenize(text).length };
      // A label of no words is no surface: the compiled concept holds the one alias only.
      if (kind === 'label') add(source, { label: text, context }, c);
      else add(source, { label: '', aliases: { [kind]: [text] }, context }, c);
    }
    for (const pattern of c.patterns ?? []) add({ conceptId: c.id, kind: 'pattern', text: pattern, words: 0 }, { label: '', patterns: [pattern] }, c);
  }
  const byId = new Map(concepts.map((c) => [c.id, c]));
  // Hand-written sources only: the frames derived from labels (src/taxonomy/deverbal-frames.ts) are no one's wording.
  return { sources, lookup: compileTaxonomy({ concepts, byId, narrower: new Map() }, { deverbalFrames: false }) };
}

/** For each source (by index), the ids of the documents it fires in. */
export function sourceDocuments(docs: Doc[], { sources, lookup }: Attribution): Set<string>[] {
  const found = sources.map(() => new Set<string>());
  for (const doc of docs) for (const hit of findHits(doc.text, lookup)) found[Number(hit.conceptId)].add(doc.id);
  return found;
}

// Function words, and words every posting uses about itself: a phrase of these only is no skill.
const STOP_WORDS = new Set(
  `a about above across after again all also am an and any are as at be because been before being below between both but by can could did do
  does doing down during each either etc for from further had has have having he her here his how i if in into is it its just may me might more
  most must my no nor not now of off on once only or other our out over own per plus same she should so some such than that the their them then
  there these they this those through to too under until up upon very via was we well were what when where which while who whom why will with
  within without would you your yours able ability strong excellent great good new including include e.g i.e ie eg use using used work working
  team teams role roles year years experience job position company candidate candidates opportunity opportunities people help make ensure day
  days time level skill skills knowledge understanding equivalent related relevant multiple various key one two three first best world every
  need needs looking join lead proven demonstrated successful success highly preferred required requirement requirements qualification
  qualifications responsibilities responsibility minimum basic ideal etc like across across based wide range year's including`
    .split(/\s+/)
    .filter(Boolean),
);

export interface UnknownPhrase {
  phrase: string;
  /** Documents it occurs in. */
  df: number;
  postings: string[];
  /** Employers among them (a posting that names none is its own). */
  employers: number;
  /** A few words around its first occurrence. */
  example: string;
}

const NOUN = new Set(['Noun', 'Acronym', 'ProperNoun']);
// Places, people and organizations: "San Francisco", an investor, a client. No skills.
const NAME = new Set(['Place', 'Person', 'Organization']);

/** Offsets of the words compromise tags as nouns, and of those it takes for names, over one text. */
function wordTags(text: string): { nouns: Set<number>; names: Set<number> } {
  const nouns = new Set<number>();
  const names = new Set<number>();
  const json = nlp(text).json({ offset: true, terms: { offset: true } }) as { terms: { tags: string[]; offset: { start: number } }[] }[];
  for (const sentence of json) {
    for (const { tags, offset } of sentence.terms) {
      if (tags.some((t) => NOUN.has(t)) && !tags.includes('Verb') && !tags.includes('Adjective')) nouns.add(offset.start);
      if (tags.some((t) => NAME.has(t))) names.add(offset.start);
    }
  }
  return { nouns, names };
}

// Lines that describe the employer, its benefits or the law, not the job.
const NOT_THE_JOB = new Set(['about', 'benefits', 'legal']);

/**
 * Phrases of 2-4 words that many postings use and the taxonomy does not know: n-grams inside runs of
 * content words, never across a sentence or comma, never through a word a taxonomy concept matched or a
 * name (a place, a person, an organization), never in a heading or in lines about the employer, its benefits or
 * the law; ending in a noun. A phrase inside a longer one as frequent
 * is dropped.
 */
export function unknownPhrases(docs: Doc[], lookup: Lookup, { minDf = 3, maxWords = 4 } = {}): UnknownPhrase[] {
  const grams = new Map<string, { forms: Map<string, number>; postings: Set<string>; employers: Set<string>; example: string }>();
  for (const doc of docs) {
    const employer = (doc.company || structurePosting(doc.text).company || doc.id).toLowerCase();
    const tokens = tokenize(doc.text, lookup.keyOf);
    const known = new Set<number>();
    for (const hit of findHits(doc.text, lookup, tokens)) for (const t of tokens) if (t.start >= hit.start && t.end <= hit.end) known.add(t.start);
    const skipped = structurePosting(doc.text).lines.filter((l) => l.weight === 'boilerplate' || l.heading || NOT_THE_JOB.has(l.section));
    const isSkipped = (t: Token) => skipped.some((l) => t.start >= l.start && t.end <= l.end);
    const { nouns, names } = wordTags(doc.text);
    const seen = new Set<string>();
    const count = (run: Token[]) => {
      for (let n = 2; n <= maxWords; n++) {
        for (let i = 0; i + n <= run.length; i++) {
          const words = run.slice(i, i + n);
          if (!nouns.has(words[n - 1].start)) continue;
          const key = words.map((t) => t.key).join(' ');
          if (seen.has(key)) continue;
          seen.add(key);
          const form = doc.text.slice(words[0].start, words[n - 1].end).replace(/\s+/g, ' ');
          const g = grams.get(key) ?? {
            forms: new Map<string, number>(),
            postings: new Set<string>(),
            employers: new Set<string>(),
            example: exampleAround(doc.text, words[0].start, words[n - 1].end),
          };
          g.forms.set(form.toLowerCase(), (g.forms.get(form.toLowerCase()) ?? 0) + 1);
          g.postings.add(doc.id);
          g.employers.add(employer);
          grams.set(key, g);
        }
      }
    };
    let run: Token[] = [];
    for (const t of tokens) {
      const stop = STOP_WORDS.has(foldWord(t.raw)) || t.raw.length < 2 || /^\d/.test(t.raw) || known.has(t.start) || names.has(t.start) || isSkipped(t);
      if (stop || t.breakBefore !== 'none') {
        count(run);
        run = [];
      }
      if (!stop) run.push(t);
    }
    count(run);
  }
  // One employer's postings repeat its own words ("our clients", its investors): two employers at least.
  const frequent = [...grams].filter(([, g]) => g.postings.size >= minDf && g.employers.size >= 2);
  const hidden = (key: string, df: number) => frequent.some(([other, g]) => other !== key && g.postings.size >= df && ` ${other} `.includes(` ${key} `));
  const bestForm = (forms: Map<string, number>) => [...forms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
  return frequent
    .filter(([key, g]) => !hidden(key, g.postings.size))
    .map(([, g]) => ({ phrase: bestForm(g.forms), df: g.postings.size, postings: [...g.postings].sort(), employers: g.employers.size, example: g.example }))
    .sort((a, b) => b.df - a.df || (a.phrase < b.phrase ? -1 : 1));
}

/** The phrase with up to 40 characters either side, cut at words, on one line. */
function exampleAround(text: string, start: number, end: number): string {
  const line = (s: string) => s.replace(/\s+/g, ' ');
  const before = line(text.slice(Math.max(0, start - 40), start)).replace(/^\S*\s/, '');
  const after = line(text.slice(end, end + 40)).replace(/\s\S*$/, '');
  return `…${before}${text.slice(start, end)}${after}…`;
}
