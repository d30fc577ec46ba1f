// npm run lexicons: derives keywords/derived-technical.json and keywords/derived-tools.json from two well-kept
// lexicons (linguist-languages: programming languages; simple-icons: brand and product names), filtered by the
// shared corpus and by scripts/lexicon-review.json (the reviewed kinds, exclusions and context rules).
// Deterministic: the same lexicons, corpus and review give the same files. The lexicons are devDependencies:
// only this script reads them, the extension bundles the JSON it writes.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import nlp from 'compromise';
import { foldWord, normalizeTerm, rawForm, tokenize, type Token } from '../src/text/normalize';
import { findHits } from '../src/analyze/match';
import { compileTaxonomy } from '../src/taxonomy/compile';
import { findTaxonomyProblems, loadTaxonomy, parseKeywordFiles, surfacesOf } from '../src/taxonomy/load';
import type { Category, Concept, ContextRule } from '../src/taxonomy/schema';

const ROOT = join(import.meta.dirname, '..');
const CORPUS_DIRS = [join(ROOT, '../shared/corpus/postings'), join(ROOT, '../shared/eval/unlabelled')];
const OUTPUT: Partial<Record<Category, string>> = { technical: 'keywords/derived-technical.json', tool: 'keywords/derived-tools.json' };

interface Kind {
  category: Category;
  broader: string[];
  /** Templates with {label} for the name. */
  bullets: string[];
}
interface Review {
  minDocumentFrequency: number;
  kinds: Record<string, Kind>;
  keep: Record<string, string[]>;
  /** Kept names that are also common words, with the reason they stand without a context rule. */
  commonWords: Record<string, string>;
  /** Context rules by surface (label or alias of a kept name). */
  context: Record<string, Omit<ContextRule, 'surface'>>;
  exclude: Record<string, string>;
}
const review = JSON.parse(readFileSync(join(ROOT, 'scripts/lexicon-review.json'), 'utf8')) as Review;

// ---- the lexicons -------------------------------------------------------------------------------------------

interface LexiconName {
  label: string;
  aliases: string[];
  source: 'linguist' | 'simple-icons';
  /** linguist's type: programming, markup, data, prose. */
  type?: string;
}

interface LinguistLanguage {
  name: string;
  type: string;
  aliases?: string[];
}
interface SimpleIcon {
  title: string;
  aliases?: { aka?: string[]; dup?: { title: string }[]; loc?: Record<string, string>; old?: string[] };
}

const require = createRequire(import.meta.url);
// A variable specifier: linguist's literal types describe 800 languages, and only three fields are read here.
const linguistModule = 'linguist-languages';
const languages = Object.values((await import(linguistModule)) as Record<string, LinguistLanguage>).filter((l) => l?.name);
const icons = require('simple-icons/icons.json') as SimpleIcon[];
const LATIN = /^[\p{Script=Latin}\p{N}\p{P}\p{S}\s]+$/u;

const lexicon: LexiconName[] = [
  // Aliases of data and markup formats name files ("nginx configuration file"), not skills.
  ...languages.map((l): LexiconName => ({ label: l.name, aliases: l.type === 'programming' ? (l.aliases ?? []) : [], source: 'linguist', type: l.type })),
  ...icons.map(
    (i): LexiconName => ({
      label: i.title,
      aliases: [
        ...(i.aliases?.aka ?? []),
        ...(i.aliases?.old ?? []),
        ...(i.aliases?.dup ?? []).map((d) => d.title),
        ...Object.values(i.aliases?.loc ?? {}).filter((t) => LATIN.test(t)),
      ],
      source: 'simple-icons',
    }),
  ),
];

// ---- the hand-typed taxonomy: its surfaces win ----------------------------------------------------------------

const handTyped = readdirSync(join(ROOT, 'keywords'))
  .filter((f) => f.endsWith('.json') && !f.startsWith('derived-'))
  .map((f) => ({ name: `keywords/${f}`, data: JSON.parse(readFileSync(join(ROOT, 'keywords', f), 'utf8')) as unknown }));
const parsed = parseKeywordFiles(handTyped);
if (parsed.problems.length) throw new Error(parsed.problems.join('\n'));
const claimedBy = new Map<string, string>();
for (const c of parsed.concepts) for (const s of surfacesOf(c)) claimedBy.set(normalizeTerm(s.text), c.id);
const handTypedIds = new Set(parsed.concepts.map((c) => c.id));

// ---- the corpus --------------------------------------------------------------------------------------------

// Links and mail addresses name no tool: "...?ref=rss" or "name@company.net" would count otherwise.
const LINK = /\b(?:https?:\/\/|www\.)\S+|\S+@\S+\.\S+/g;

interface Doc {
  /** Word-key n-grams (1-4 words, inside a sentence) and their spellings as written. */
  keys: Set<string>;
  raws: Set<string>;
  /** Words written in lower case mid-sentence. */
  lowercase: Set<string>;
}
function readDoc(text: string): Doc {
  const tokens = tokenize(text);
  const doc: Doc = { keys: new Set(), raws: new Set(), lowercase: new Set() };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.breakBefore !== 'sentence' && /^\p{Ll}+$/u.test(t.raw)) doc.lowercase.add(foldWord(t.raw));
    for (let n = 1; n <= 4 && i + n <= tokens.length; n++) {
      const gram: Token[] = tokens.slice(i, i + n);
      if (n > 1 && gram[n - 1].breakBefore === 'sentence') break;
      doc.keys.add(gram.map((g) => g.key).join(' '));
      doc.raws.add(gram.map((g) => rawForm(g.raw)).join(' '));
    }
  }
  return doc;
}
const missing = CORPUS_DIRS.filter((d) => !existsSync(d));
if (missing.length) throw new Error(`lexicons: no corpus at ${missing.join(', ')} (it sits beside the project)`);
const texts = CORPUS_DIRS.flatMap((d) =>
  readdirSync(d)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(d, f), 'utf8')),
);
/**
 * The same advert posted again counts once: a posting most of whose lines (of 20+ characters) an earlier
 * posting already had is a repost, and would make one posting's words look like many postings' words.
 */
function withoutReposts(all: string[]): string[] {
  const seenLines = new Set<string>();
  return all.filter((text) => {
    const lines = [
      ...new Set(
        text
          .split('\n')
          .map((l) => l.trim().toLowerCase())
          .filter((l) => l.length >= 20),
      ),
    ];
    const repeated = lines.filter((l) => seenLines.has(l)).length;
    for (const l of lines) seenLines.add(l);
    return !lines.length || repeated / lines.length < 0.6;
  });
}
const postings = withoutReposts(texts).map((t) => t.replace(LINK, ' '));
const docs = postings.map(readDoc);

// Same rule as the matcher (src/taxonomy/compile.ts): a label spelled like an acronym matches only as spelled.
const looksLikeAcronym = (label: string) => tokenize(label).every((t) => /^\d+$/.test(t.raw) || (t.raw.match(/\p{Lu}/gu)?.length ?? 0) >= 2);
const spelled = (surface: string) =>
  tokenize(surface)
    .map((t) => rawForm(t.raw))
    .join(' ');

/** Postings naming any of the surfaces, each compared as the matcher would (case-sensitive ones as spelled). */
function documentFrequency(surfaces: { text: string; caseSensitive: boolean }[]): number {
  const probes = surfaces.map((s) =>
    s.caseSensitive ? { grams: 'raws' as const, text: spelled(s.text) } : { grams: 'keys' as const, text: normalizeTerm(s.text) },
  );
  return docs.filter((d) => probes.some((p) => d[p.grams].has(p.text))).length;
}

// ---- common words ------------------------------------------------------------------------------------------

const wordListPath = (await import('word-list')).default;
const englishWords = new Set(readFileSync(wordListPath, 'utf8').split('\n'));
const compromiseLexicon = (nlp.world() as unknown as { model: { one: { lexicon: Record<string, string | string[]> } } }).model.one.lexicon;
/** compromise also lists companies and places ("uber", "cloudflare"): those are names, not ordinary words. */
const isOrdinaryWord = (word: string) => {
  const tags = compromiseLexicon[word];
  return tags !== undefined && [tags].flat().some((t) => !/^(Organization|Place|Country|City|Region)$/.test(t));
};

/**
 * Why a one-word surface may be an ordinary word: an English word (compromise's lexicon or the word-list
 * package), or a word two corpus postings write in lower case mid-sentence (German "immer", French "vue").
 * Several words together ("Sumo Logic") are a name.
 */
function commonWordReason(surface: string): string | undefined {
  const words = tokenize(surface);
  if (words.length !== 1) return undefined;
  const word = foldWord(words[0].raw);
  if (isOrdinaryWord(word)) return `compromise knows "${word}" as ${[compromiseLexicon[word]].flat().join(', ')}`;
  if (englishWords.has(word)) return `"${word}" is an English word`;
  const lowercaseDocs = docs.filter((d) => d.lowercase.has(word)).length;
  if (lowercaseDocs >= 2) return `${lowercaseDocs} postings write "${word}" in lower case`;
  return undefined;
}

// ---- deriving ----------------------------------------------------------------------------------------------

const letters = (s: string) => s.replace(/[^\p{L}]/gu, '').length;

/** "Vue.js" -> "Vuejs", "Express.js" -> "Expressjs": skill lists often run the name and "js" together. */
const runTogetherJs = (name: string) => {
  const stem = name.match(/^(\p{L}+)\.js$/iu)?.[1];
  return stem ? [`${stem}js`] : [];
};

/** "Apache Flink" -> "Flink", "Vue.js" -> "Vue" and "Vuejs", "JUnit5" -> "JUnit": the forms postings write. */
function shortForms(label: string): string[] {
  const forms = [/^Apache\s+(.+)$/, /^(.+)\.js$/i].map((re) => label.match(re)?.[1]);
  const unversioned = label.match(/^(\p{L}+)\d+$/u)?.[1];
  return [...forms, ...runTogetherJs(label), unversioned && looksLikeAcronym(unversioned) ? unversioned : undefined].filter((f): f is string => !!f);
}

function kebab(label: string): string {
  return label
    .replace(/#/g, 'sharp')
    .replace(/\+/g, 'plus')
    .replace(/(^|\s)\./g, '$1dot')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const problems: string[] = [];
const usedContext = new Set<string>();
const usedCommon = new Set<string>();
const derived: (Concept & { kind: string; df: number })[] = [];
const derivedSurfaces = new Map<string, string>();
const byKey = new Map<string, LexiconName[]>();
for (const entry of lexicon) {
  const key = normalizeTerm(entry.label);
  if (key) byKey.set(key, [...(byKey.get(key) ?? []), entry]);
}

for (const name of Object.keys(review.exclude)) {
  if (Object.values(review.keep).some((names) => names.includes(name))) problems.push(`${name} is both kept and excluded`);
}

const kept = Object.entries(review.keep).flatMap(([kind, names]) => names.map((name) => ({ kind, name })));
for (const { kind, name } of kept.sort((a, b) => (kebab(a.name) < kebab(b.name) ? -1 : 1))) {
  const spec = review.kinds[kind];
  if (!spec) {
    problems.push(`${name}: unknown kind "${kind}"`);
    continue;
  }
  const entries = byKey.get(normalizeTerm(name)) ?? [];
  if (!entries.some((e) => e.label === name)) {
    problems.push(`${name}: no lexicon spells it so (${entries.map((e) => e.label).join(', ') || 'none has it'})`);
    continue;
  }
  const labelKey = normalizeTerm(name);
  if (claimedBy.has(labelKey)) {
    console.log(`  skipped ${name}: already in the taxonomy as ${claimedBy.get(labelKey)}`);
    continue;
  }
  const id = kebab(name);
  if (handTypedIds.has(id)) {
    problems.push(`${name}: id ${id} is a hand-typed concept's`);
    continue;
  }

  // The label's own case-sensitive match stays; a variant spelled like it matches any case, unless that
  // would make an ordinary word ("NET" stays as spelled).
  const labelCaseSensitive = looksLikeAcronym(name) || review.context[name]?.caseSensitive === true;
  const labelCommon = commonWordReason(name);
  if (labelCommon && !labelCaseSensitive && !review.context[name] && !review.commonWords[name]) {
    problems.push(`${name}: ${labelCommon}; give it a context rule or a reason in commonWords, or exclude it`);
  }
  if (review.commonWords[name]) usedCommon.add(name);

  const acronym: string[] = [];
  // "TensorFlow", "MATLAB": the label matches only as spelled; the same spelling as a variant matches any case.
  const variant: string[] = looksLikeAcronym(name) && !labelCommon ? [name] : [];
  const seen = new Set([labelKey]);
  const lexiconNames = entries.flatMap((e) => [e.label, ...e.aliases]);
  for (const alias of [...lexiconNames, ...shortForms(name), ...lexiconNames.flatMap(runTogetherJs)]) {
    const key = normalizeTerm(alias);
    if (!key || seen.has(key) || claimedBy.has(key) || derivedSurfaces.has(key)) continue;
    if (letters(alias) < 3 && !looksLikeAcronym(alias)) continue;
    if (letters(alias) < 2) continue;
    const asAcronym = looksLikeAcronym(alias) && alias.length <= 6;
    if (!asAcronym && !review.context[alias] && commonWordReason(alias)) continue;
    seen.add(key);
    (asAcronym ? acronym : variant).push(alias);
  }

  const context = [name, ...acronym, ...variant]
    .filter((s) => review.context[s])
    .map((s) => {
      usedContext.add(s);
      return { surface: s, ...review.context[s] };
    });
  const concept: Concept = {
    id,
    label: name,
    category: spec.category,
    ...(acronym.length || variant.length ? { aliases: { ...(acronym.length ? { acronym } : {}), ...(variant.length ? { variant } : {}) } } : {}),
    ...(context.length ? { context } : {}),
    ...(spec.broader.length ? { broader: spec.broader } : {}),
    bullets: spec.bullets.map((b) => b.replaceAll('{label}', name)),
  };
  for (const s of [name, ...acronym, ...variant]) derivedSurfaces.set(normalizeTerm(s), id);
  derived.push({ ...concept, kind, df: 0 });
}

// How many postings name each derived concept, found by the matcher itself over the whole taxonomy: context
// rules, negations and longer surfaces of other concepts ("American Express" is no Express) all count. The
// whole-set lint runs too: a problem that names a derived concept stops the script here (the hand-typed
// files' own problems are for their owners and the tests).
const derivedFiles = Object.entries(OUTPUT).map(([category, name]) => ({
  name,
  data: derived.filter((c) => c.category === category).map(({ kind: _k, df: _d, ...c }) => c),
}));
const whole = parseKeywordFiles([...handTyped, ...derivedFiles]);
const derivedIds = new Set(derived.map((c) => c.id));
const mentionsDerived = (problem: string) => [...problem.matchAll(/[a-z0-9]+(?:-[a-z0-9]+)*/g)].some((m) => derivedIds.has(m[0]));
problems.push(...[...whole.problems, ...findTaxonomyProblems(whole.files)].filter(mentionsDerived));
const lookup = compileTaxonomy(loadTaxonomy([...handTyped, ...derivedFiles], { wholeSetChecks: false }));
const dfOf = new Map<string, number>();
for (const text of postings) for (const id of new Set(findHits(text, lookup).map((h) => h.conceptId))) dfOf.set(id, (dfOf.get(id) ?? 0) + 1);
for (const c of derived) c.df = dfOf.get(c.id) ?? 0;
for (const s of Object.keys(review.context)) if (!usedContext.has(s)) problems.push(`context rule for "${s}", which no kept name has`);
for (const s of Object.keys(review.commonWords)) if (!usedCommon.has(s)) problems.push(`commonWords names "${s}", which is not kept`);

// ---- what the corpus names that the review has not seen ---------------------------------------------------

const reviewed = new Set([...kept.map((k) => normalizeTerm(k.name)), ...Object.keys(review.exclude).map(normalizeTerm)]);
const unreviewed = new Map<string, number>();
let skippedCommon = 0;
for (const [key, entries] of byKey) {
  if (reviewed.has(key) || claimedBy.has(key) || derivedSurfaces.has(key)) continue;
  const relevant = entries.filter((e) => e.source === 'simple-icons' || e.type === 'programming');
  if (!relevant.length) continue;
  const label = relevant[0].label;
  if (letters(label) < 3 && !looksLikeAcronym(label)) continue;
  const surfaces = [
    { text: label, caseSensitive: looksLikeAcronym(label) },
    ...relevant
      .flatMap((e) => e.aliases)
      .filter((a) => letters(a) >= 3 && !claimedBy.has(normalizeTerm(a)) && (looksLikeAcronym(a) || !commonWordReason(a)))
      .map((text) => ({ text, caseSensitive: looksLikeAcronym(text) })),
  ];
  const df = documentFrequency(surfaces);
  if (df < review.minDocumentFrequency) continue;
  if (!looksLikeAcronym(label) && commonWordReason(label)) {
    skippedCommon++;
    continue;
  }
  unreviewed.set(label, df);
}

// ---- report and write ---------------------------------------------------------------------------------------

console.log(`${docs.length} corpus postings; ${lexicon.length} lexicon names; DF threshold ${review.minDocumentFrequency}`);
console.log(`${skippedCommon} names the corpus names are common words and need no review`);
for (const c of derived) {
  const tier = c.df >= review.minDocumentFrequency ? 'corpus' : 'known ';
  console.log(
    `  ${tier} DF ${String(c.df).padStart(3)}  ${c.id.padEnd(24)} ${c.kind.padEnd(28)} ${[c.label, ...(c.aliases?.acronym ?? []), ...(c.aliases?.variant ?? [])].join(' | ')}`,
  );
}
if (unreviewed.size) {
  problems.push(
    `names ${review.minDocumentFrequency}+ corpus postings use that the review has not seen (keep or exclude them in scripts/lexicon-review.json):\n    ` +
      [...unreviewed]
        .sort((a, b) => b[1] - a[1])
        .map(([label, df]) => `${label} (${df})`)
        .join('\n    '),
  );
}
if (problems.length) {
  console.error(`lexicons: nothing written:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
for (const { name, data } of derivedFiles) {
  writeFileSync(join(ROOT, name), `${JSON.stringify(data, null, 2)}\n`);
  console.log(`wrote ${name}: ${data.length} concepts`);
}
