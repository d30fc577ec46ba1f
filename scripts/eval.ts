// npm run eval [-- --fold dev|corpus|fresh|check] [-- DIR]: scores the analyzer on ../shared/eval with the rule in its README.
// npm run eval -- --labels DIR [--texts DIR]: scores postings labelled outside the project (ID.gold.json in the labels
// folder, ID.txt in the texts folder, the labels' own by default) as one more fold, 'extra', with its misses.
// --flattened reads every posting as text whose line breaks became spaces (flattened()), as scrapes and some pages give it;
// --wrapped as text broken at a column (wrapped()), as a PDF, an e-mail or a text export gives it; --restyled as other
// writers set it (POSTING_STYLES: other list marks or none, headings in capitals, markdown, bold...), figures per style.
// The dev fold (a*, b* postings, the resumes and pairs) is for tuning: its misses are printed. The check fold
// (d* postings) is for measuring only: its figures are printed, never its misses, so nobody tunes on it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, findConcepts } from '../src/index';
import { structurePosting } from '../src/analyze/sections';
import { finds, namedAsTerm, namesIt, type GoldConcept, type ReportedTerm } from './eval-score';
import { POSTING_STYLES } from './eval-styles';
import { CORPUS_LABELS, DEV_ID, FRESH_LABELS } from './label-folds';
import { scriptArgs } from './script-args';

const FOLDS = { dev: DEV_ID, corpus: /^p\d/, fresh: /^u\d/, check: /^d\d/, extra: /./ } as const;
type Fold = keyof typeof FOLDS;
/** Where each fold's labels and texts are; dev and check sit together in the shared set. */
const SOURCES = (dir: string): Record<Fold, { labels: string; texts: string }> => ({
  extra: { labels: values.labels ?? '', texts: values.texts ?? values.labels ?? '' },
  dev: { labels: join(dir, 'postings'), texts: join(dir, 'postings') },
  check: { labels: join(dir, 'postings'), texts: join(dir, 'postings') },
  corpus: { labels: CORPUS_LABELS, texts: join(dir, '../corpus/postings') },
  fresh: { labels: FRESH_LABELS, texts: join(dir, 'unlabelled') },
});

const { values, positionals } = scriptArgs(
  'npm run eval [-- --fold dev|corpus|fresh|check] [-- --flattened | --wrapped | --restyled] [-- DIR]  |  npm run eval -- --labels DIR [--texts DIR]',
  {
    options: {
      fold: { type: 'string' },
      labels: { type: 'string' },
      texts: { type: 'string' },
      flattened: { type: 'boolean' },
      wrapped: { type: 'boolean' },
      restyled: { type: 'boolean' },
    },
    allowPositionals: true,
  },
);
const folds: Fold[] =
  values.labels !== undefined
    ? ['extra']
    : values.fold === undefined
      ? ['dev', 'corpus', 'fresh', 'check']
      : values.fold in FOLDS && values.fold !== 'extra'
        ? [values.fold as Fold]
        : [];
for (const folder of [values.labels, values.texts])
  if (folder !== undefined && !existsSync(folder)) {
    console.error(`eval: no folder ${folder}`);
    process.exit(1);
  }
if (!folds.length) {
  console.error(`eval: unknown fold "${values.fold}" (use dev, corpus, fresh or check)`);
  process.exit(2);
}
const dir = positionals[0] ?? join(import.meta.dirname, '../../shared/eval');
if (!existsSync(dir)) {
  console.error(`eval: no evaluation set at ${dir} (it sits beside the project in CI)`);
  process.exit(1);
}
const read = (p: string) => readFileSync(join(dir, p), 'utf8');
const json = <T>(p: string) => JSON.parse(read(p)) as T;
const pct = (n: number, d: number) => (d ? (n / d).toFixed(3) : '  n/a');
/** A shared file's fold by its id; every file of the --labels folder is the extra fold's. */
const foldOf = (id: string, fold: Fold) => (fold === 'extra' ? 'extra' : (Object.keys(FOLDS) as Fold[]).find((f) => FOLDS[f].test(id)));

interface Tally {
  gold: number;
  found: number;
  reported: number;
  precise: number;
}
const tally = (): Tally => ({ gold: 0, found: 0, reported: 0, precise: 0 });

interface PostingFigures {
  postings: number;
  all: Tally;
  byCategory: Map<string, Tally>;
  /** Gold concepts found, by their gold importance (required, preferred, mentioned). */
  byImportance: Map<string, Tally>;
  /** Trap hits by the category of the term that made them. */
  trapsByCategory: Map<string, number>;
  /** Gold concepts found, by the section of the line where a surface of theirs first sits ('unplaced': none found). */
  byPlace: Map<string, Tally>;
  importanceRight: number;
  importanceFound: number;
  trapHits: number;
  misses: string[];
  unlabelled: string[];
  wrongImportance: string[];
  traps: string[];
  /**
   * The same figures with the named requirements outside the taxonomy (otherKeywords with a kind) counted as
   * reported terms of their category (eval-score.ts namedAsTerm), and each such name with its verdict.
   */
  withNamed?: PostingFigures;
  namedRows: string[];
}

/** How the published text is read: as published, or rewritten by --flattened or --wrapped. */
const readAs = (published: string, gold: Gold) => (values.flattened ? flattened(published) : values.wrapped ? wrapped(published, gold) : published);

function scorePostings(fold: Fold, reading: (published: string, gold: Gold) => string = readAs): PostingFigures {
  const f = figures();
  const withNamed = figures();
  f.withNamed = withNamed;
  const { labels, texts } = SOURCES(dir)[fold];
  const files = existsSync(labels)
    ? readdirSync(labels)
        .filter((n) => n.endsWith('.gold.json') && foldOf(n, fold) === fold)
        .sort()
    : [];
  for (const file of files) {
    const gold = JSON.parse(readFileSync(join(labels, file), 'utf8')) as Gold;
    const published = readFileSync(join(texts, `${gold.id}.txt`), 'utf8');
    const text = reading(published, gold);
    const analysis = analyze(text);
    const terms: ReportedTerm[] = analysis.terms.map((t) => ({ ...t, importance: t.job.importance, evidence: t.job.evidence, spans: t.job.spans }));
    const named = analysis.otherKeywords.flatMap((k) => namedAsTerm(k) ?? []);
    scorePosting(f, gold, text, terms);
    scorePosting(withNamed, gold, text, [...terms, ...named]);
    // Never the check fold's names: it is measured, not read.
    if (fold !== 'check')
      for (const t of named) {
        const hit = gold.concepts.find((g) => finds(t, g, text));
        const trap = gold.traps.some((tr) => reportsTrap(t, tr));
        f.namedRows.push(`${gold.id}  ${hit ? '✓' : trap ? 'TRAP' : '✗'} ${t.category.padEnd(13)} ${t.label}${hit ? `  = ${hit.name}` : ''}`);
      }
  }
  return f;
}

type Gold = { id: string; truncated: boolean; concepts: GoldConcept[]; traps: { text: string }[] };

/**
 * A posting as a scrape or a page's text content may give it: its title and company lines, then the rest on one line,
 * each break a space and no list marker (a list item's bullet is no character of the page's text). The gold spans stay
 * in the text: none crosses a line.
 */
export const flattened = (text: string) => {
  const [title = '', company = '', ...rest] = text.split(/\r?\n/);
  const body = rest.map((line) => line.replace(/^\s*[-*•]\s+/, '').trim()).filter(Boolean);
  return [title, company, body.join(' ')].join('\n');
};

/** The column a plain-text export or an e-mail wraps at. */
const WRAP_COLUMN = 76;

/**
 * A posting as a PDF, an e-mail or a text export gives it: every line past WRAP_COLUMN characters broken at its last
 * space before the column, title and company lines kept. A break never falls inside a gold surface, so the spans
 * stay in the text (a surface longer than the column leaves its line longer).
 */
export const wrapped = (text: string, gold: Gold) => {
  const lower = text.toLowerCase();
  const surfaces = gold.concepts.flatMap((g) =>
    (g.surface ?? []).flatMap((surface) => {
      const spans: [number, number][] = [];
      const needle = surface.toLowerCase();
      for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) spans.push([at, at + needle.length]);
      return spans;
    }),
  );
  const inSurface = (at: number) => surfaces.some(([from, to]) => from <= at && at < to);
  const chars = text.split('');
  let lineStart = 0;
  for (const [k, line] of text.split('\n').entries()) {
    let column = 0;
    let lastSpace = -1;
    for (let at = lineStart; k >= 2 && at < lineStart + line.length; at++) {
      column++;
      if (chars[at] === ' ' && !inSurface(at)) lastSpace = at;
      if (column > WRAP_COLUMN && lastSpace >= 0) {
        chars[lastSpace] = '\n';
        column = at - lastSpace;
        lastSpace = -1;
      }
    }
    lineStart += line.length + 1;
  }
  return chars.join('');
};

/** A trap hit: an evidence span of the term equal to the trap's text (the README's scoring rule). */
const reportsTrap = (term: ReportedTerm, trap: { text: string }) => term.evidence.some((e) => e.trim().toLowerCase() === trap.text.trim().toLowerCase());

function figures(): PostingFigures {
  return {
    postings: 0,
    all: tally(),
    byCategory: new Map(),
    byImportance: new Map(),
    trapsByCategory: new Map(),
    byPlace: new Map(),
    importanceRight: 0,
    importanceFound: 0,
    trapHits: 0,
    misses: [],
    unlabelled: [],
    wrongImportance: [],
    traps: [],
    namedRows: [],
  };
}

/** Adds one posting's figures: its gold concepts against the terms reported. */
function scorePosting(f: PostingFigures, gold: Gold, text: string, terms: ReportedTerm[]) {
  const cat = (c: string) => {
    if (!f.byCategory.has(c)) f.byCategory.set(c, tally());
    return f.byCategory.get(c)!;
  };
  f.postings++;
  const { lines } = structurePosting(text);
  for (const g of gold.concepts) {
    f.all.gold++;
    cat(g.category).gold++;
    const finding = terms.filter((t) => finds(t, g, text));
    const importance = g.importance ?? 'unstated';
    const byImportance = f.byImportance.get(importance) ?? tally();
    f.byImportance.set(importance, byImportance);
    byImportance.gold++;
    if (finding.length) byImportance.found++;
    const place = placeOf(g, text, lines);
    const byPlace = f.byPlace.get(place) ?? tally();
    f.byPlace.set(place, byPlace);
    byPlace.gold++;
    if (finding.length) byPlace.found++;
    if (!finding.length) {
      f.misses.push(`${gold.id}  ${g.category.padEnd(13)} ${g.name}  ← ${JSON.stringify(g.surface)}`);
      continue;
    }
    f.all.found++;
    cat(g.category).found++;
    if (!gold.truncated) {
      f.importanceFound++;
      if (finding.some((t) => t.importance === g.importance)) f.importanceRight++;
      else f.wrongImportance.push(`${gold.id}  ${g.name}: gold ${g.importance}, reported ${finding.map((t) => t.importance).join('/')}`);
    }
  }
  for (const t of terms) {
    f.all.reported++;
    cat(t.category).reported++;
    if (gold.concepts.some((g) => finds(t, g, text))) {
      f.all.precise++;
      cat(t.category).precise++;
    } else f.unlabelled.push(`${gold.id}  ${t.category.padEnd(13)} ${t.label}  ← ${JSON.stringify(t.evidence.slice(0, 3))}`);
  }
  for (const trap of gold.traps) {
    const hit = terms.find((t) => reportsTrap(t, trap));
    if (hit) {
      f.trapHits++;
      f.trapsByCategory.set(hit.category, (f.trapsByCategory.get(hit.category) ?? 0) + 1);
      f.traps.push(`${gold.id}  "${trap.text}" reported as ${hit.label}`);
    }
  }
}

/**
 * Where a gold concept sits, by the analyzer's own sectioning: the section of the line holding the first of its
 * surfaces in the text, and 'boilerplate' where that line never counts as a requirement (employer, benefits, legal).
 */
function placeOf(g: GoldConcept, text: string, lines: ReturnType<typeof structurePosting>['lines']): string {
  const lower = text.toLowerCase();
  const starts = (g.surface ?? []).map((s) => lower.indexOf(s.toLowerCase())).filter((i) => i >= 0);
  if (!starts.length) return 'unplaced';
  const at = Math.min(...starts);
  const line = lines.find((l) => l.start <= at && at < l.end);
  if (!line) return 'unplaced';
  return line.weight === 'boilerplate' ? `${line.section}(boilerplate)` : line.section;
}

/** Resumes and posting+resume pairs belong to the dev fold. */
function scoreResumesAndPairs() {
  const resumes = tally();
  const resumeMisses: string[] = [];
  let strengthRight = 0;
  let strengthFound = 0;
  const wrongStrength: string[] = [];
  for (const file of readdirSync(join(dir, 'resumes'))
    .filter((n) => n.endsWith('.gold.json'))
    .sort()) {
    const gold = json<{ id: string; concepts: (GoldConcept & { strength?: string })[] }>(`resumes/${file}`);
    const text = read(`resumes/${gold.id}.txt`);
    const terms = findConcepts(text);
    for (const g of gold.concepts) {
      resumes.gold++;
      const finding = terms.filter((t) => finds(t, g, text));
      if (!finding.length) {
        resumeMisses.push(`${gold.id}  ${g.category.padEnd(13)} ${g.name}  ← ${JSON.stringify(g.evidence)}`);
        continue;
      }
      resumes.found++;
      if (!g.strength) continue;
      strengthFound++;
      // The term that is the concept (by name) speaks for it; otherwise any overlapping one.
      const own = finding.filter((t) => namesIt(t, g));
      const judged = own.length ? own : finding;
      if (judged.some((t) => t.strength === g.strength)) strengthRight++;
      else wrongStrength.push(`${gold.id}  ${g.name}: gold ${g.strength}, reported ${judged.map((t) => `${t.id} ${t.strength}`).join('/')}`);
    }
  }

  let verdicts = 0;
  let verdictsRight = 0;
  let firstTermRight = 0;
  const wrongVerdicts: string[] = [];
  for (const pair of json<{ job: string; resume: string; covered: string[]; partial?: string[]; missing: string[] }[]>('pairs.json')) {
    const gold = json<{ concepts: GoldConcept[] }>(`postings/${pair.job}.gold.json`);
    const text = read(`postings/${pair.job}.txt`);
    const analysis = analyze(text, read(`resumes/${pair.resume}.txt`));
    for (const name of [...pair.covered, ...(pair.partial ?? []), ...pair.missing]) {
      const g = gold.concepts.find((c) => c.name === name);
      if (!g) continue;
      // The posting term that is this concept (label, id or alias equal to its name or a surface) carries its
      // verdict; only when none is, the first term whose evidence overlaps the concept's surface does.
      const finding = analysis.terms.filter((t) => finds({ ...t, evidence: t.job.evidence, spans: t.job.spans }, g, text));
      const term = finding.find((t) => namesIt(t, g)) ?? finding[0];
      if (!term) continue;
      verdicts++;
      const expected = pair.covered.includes(name);
      if ((finding[0].status === 'covered') === expected) firstTermRight++;
      if ((term.status === 'covered') === expected) verdictsRight++;
      else wrongVerdicts.push(`${pair.job}+${pair.resume}  ${name}: gold ${expected ? 'covered' : 'not covered'}, reported ${term.status}`);
    }
  }
  return { resumes, resumeMisses, strengthRight, strengthFound, wrongStrength, verdicts, verdictsRight, firstTermRight, wrongVerdicts };
}

const section = (title: string, rows: string[]) => rows.length && console.log(`\n${title} (${rows.length})\n  ${rows.join('\n  ')}`);

if (values.restyled) {
  // Figures only, one line a style and fold: which form of a posting costs what.
  const line = (f: PostingFigures) =>
    `${pct(f.all.found, f.all.gold)} / ${pct(f.all.precise, f.all.reported)} / ${pct(f.importanceRight, f.importanceFound)} / ${f.trapHits}`;
  const header = folds.map((fold) => fold.padEnd(30)).join('');
  console.log(`Postings restyled (recall / precision / importance / trap hits)\n${''.padEnd(26)}${header}`);
  const asPublished = folds.map((fold) => line(scorePostings(fold, (published) => published)).padEnd(30)).join('');
  console.log(`${'as published'.padEnd(26)}${asPublished}`);
  for (const style of POSTING_STYLES) {
    const figures = folds.map((fold) => line(scorePostings(fold, (published) => style.restyle(published))).padEnd(30)).join('');
    console.log(`${style.name.padEnd(26)}${figures}`);
  }
  process.exit(0);
}

const results = new Map(folds.map((fold) => [fold, scorePostings(fold)]));
const dev = folds.includes('dev') ? scoreResumesAndPairs() : undefined;

for (const fold of ['dev', 'corpus', 'fresh', 'extra'] as const) {
  const f = results.get(fold);
  if (!f) continue;
  section(`Missed gold concepts (${fold})`, f.misses);
  section(`Reported without a gold label (${fold})`, f.unlabelled);
  section(`Wrong importance (${fold})`, f.wrongImportance);
  section(`Trap hits (${fold})`, f.traps);
  section(`Named requirements outside the taxonomy (${fold}: ✓ finds a gold concept, ✗ unlabelled, TRAP)`, f.namedRows);
}
if (dev) {
  section('Resume concepts missed', dev.resumeMisses);
  section('Wrong resume strength', dev.wrongStrength);
  section('Wrong pair verdicts', dev.wrongVerdicts);
}

for (const [fold, f] of results) {
  if (!f.postings) continue;
  const reading = values.flattened
    ? ', read with their line breaks as spaces (--flattened)'
    : values.wrapped
      ? `, read broken at column ${WRAP_COLUMN} (--wrapped)`
      : '';
  console.log(`\n== ${fold} fold: ${f.postings} postings${reading}${fold === 'check' ? ' (figures only: never tune on its misses)' : ''}`);
  console.log('Per category          recall   precision   (gold / reported)');
  for (const [c, t] of [...f.byCategory].sort())
    console.log(`  ${c.padEnd(18)}  ${pct(t.found, t.gold)}    ${pct(t.precise, t.reported)}       (${t.gold} / ${t.reported})`);
  console.log(`${fold} posting recall           ${pct(f.all.found, f.all.gold)}  (${f.all.found}/${f.all.gold})`);
  console.log(`${fold} precision (lower bound)  ${pct(f.all.precise, f.all.reported)}  (${f.all.precise}/${f.all.reported})`);
  console.log(`${fold} importance accuracy      ${pct(f.importanceRight, f.importanceFound)}  (${f.importanceRight}/${f.importanceFound}, complete postings)`);
  console.log(`${fold} trap hits                ${f.trapHits}  (${f.postings ? ((f.trapHits / f.postings) * 10).toFixed(1) : 'n/a'} per 10 postings)`);
  // Figures that say where misses and false hits lie without naming one (safe to print for the check fold).
  const recallByImportance = [...f.byImportance].sort().map(([importance, t]) => `${importance} ${pct(t.found, t.gold)} (${t.found}/${t.gold})`);
  console.log(`${fold} recall by gold importance: ${recallByImportance.join('   ')}`);
  const recallByPlace = [...f.byPlace].sort().map(([place, t]) => `${place} ${pct(t.found, t.gold)} (${t.found}/${t.gold})`);
  console.log(`${fold} recall by the section a gold concept first sits in: ${recallByPlace.join('   ')}`);
  const trapsByCategory = [...f.trapsByCategory].sort().map(([category, n]) => `${category} ${n}`);
  if (trapsByCategory.length) console.log(`${fold} trap hits by reported category: ${trapsByCategory.join('   ')}`);
  const w = f.withNamed;
  if (w) {
    const named = (c: string) => {
      const t = w.byCategory.get(c);
      return t ? `${c} ${pct(t.found, t.gold)}/${pct(t.precise, t.reported)}` : '';
    };
    console.log(`With named requirements outside the taxonomy (otherKeywords with a kind, counted as terms):`);
    console.log(`  ${['compliance', 'certification', 'tool'].map(named).filter(Boolean).join('   ')}   (recall/precision)`);
    console.log(`${fold} +named posting recall    ${pct(w.all.found, w.all.gold)}  (${w.all.found}/${w.all.gold})`);
    console.log(`${fold} +named precision         ${pct(w.all.precise, w.all.reported)}  (${w.all.precise}/${w.all.reported})`);
    console.log(`${fold} +named importance        ${pct(w.importanceRight, w.importanceFound)}  (${w.importanceRight}/${w.importanceFound})`);
    console.log(`${fold} +named trap hits         ${w.trapHits}`);
  }
  if (fold === 'dev' && dev) {
    console.log(`dev resume recall            ${pct(dev.resumes.found, dev.resumes.gold)}  (${dev.resumes.found}/${dev.resumes.gold})`);
    console.log(
      `dev resume strength accuracy ${pct(dev.strengthRight, dev.strengthFound)}  (${dev.strengthRight}/${dev.strengthFound}, demonstrated vs listed)`,
    );
    console.log(`dev pair verdict accuracy    ${pct(dev.verdictsRight, dev.verdicts)}  (${dev.verdictsRight}/${dev.verdicts})`);
    console.log(`  (first overlapping term instead of the concept's own term: ${pct(dev.firstTermRight, dev.verdicts)})`);
  }
}
if (results.has('dev') && results.has('check')) {
  const recall = (f: PostingFigures) => (f.all.gold ? f.all.found / f.all.gold : 0);
  console.log(`\ndev - check recall gap       ${(recall(results.get('dev')!) - recall(results.get('check')!)).toFixed(3)}`);
}
