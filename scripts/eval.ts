// npm run eval: scores the analyzer on ../shared/eval with the rule in its README.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, findConcepts } from '../src/index';
import { finds, namesIt, type GoldConcept, type ReportedTerm } from './eval-score';

const dir = process.argv[2] ?? join(import.meta.dirname, '../../shared/eval');
if (!existsSync(dir)) {
  console.error(`eval: no evaluation set at ${dir} (it sits beside the project in CI)`);
  process.exit(1);
}
const read = (p: string) => readFileSync(join(dir, p), 'utf8');
const json = <T>(p: string) => JSON.parse(read(p)) as T;
const pct = (n: number, d: number) => (d ? (n / d).toFixed(3) : '  n/a');

interface Tally {
  gold: number;
  found: number;
  reported: number;
  precise: number;
}
const tally = (): Tally => ({ gold: 0, found: 0, reported: 0, precise: 0 });
const byCategory = new Map<string, Tally>();
const cat = (c: string) => byCategory.get(c) ?? (byCategory.set(c, tally()), byCategory.get(c)!);

const postings = tally();
let importanceRight = 0;
let importanceFound = 0;
let trapHits = 0;
const misses: string[] = [];
const unlabelled: string[] = [];
const wrongImportance: string[] = [];
const traps: string[] = [];

for (const file of readdirSync(join(dir, 'postings')).filter((f) => f.endsWith('.gold.json')).sort()) {
  const gold = json<{ id: string; truncated: boolean; concepts: GoldConcept[]; traps: { text: string }[] }>(`postings/${file}`);
  const text = read(`postings/${gold.id}.txt`);
  const terms: ReportedTerm[] = analyze(text).terms.map((t) => ({ ...t, importance: t.job.importance, evidence: t.job.evidence }));
  for (const g of gold.concepts) {
    postings.gold++;
    cat(g.category).gold++;
    const finding = terms.filter((t) => finds(t, g, text));
    if (!finding.length) {
      misses.push(`${gold.id}  ${g.category.padEnd(13)} ${g.name}  ← ${JSON.stringify(g.surface)}`);
      continue;
    }
    postings.found++;
    cat(g.category).found++;
    if (!gold.truncated) {
      importanceFound++;
      if (finding.some((t) => t.importance === g.importance)) importanceRight++;
      else wrongImportance.push(`${gold.id}  ${g.name}: gold ${g.importance}, reported ${finding.map((t) => t.importance).join('/')}`);
    }
  }
  for (const t of terms) {
    postings.reported++;
    cat(t.category).reported++;
    if (gold.concepts.some((g) => finds(t, g, text))) {
      postings.precise++;
      cat(t.category).precise++;
    } else unlabelled.push(`${gold.id}  ${t.category.padEnd(13)} ${t.label}  ← ${JSON.stringify(t.evidence.slice(0, 3))}`);
  }
  for (const trap of gold.traps) {
    const hit = terms.find((t) => t.evidence.some((e) => e.trim().toLowerCase() === trap.text.trim().toLowerCase()));
    if (hit) {
      trapHits++;
      traps.push(`${gold.id}  "${trap.text}" reported as ${hit.label}`);
    }
  }
}

const resumes = tally();
const resumeMisses: string[] = [];
let strengthRight = 0;
let strengthFound = 0;
const wrongStrength: string[] = [];
for (const file of readdirSync(join(dir, 'resumes')).filter((f) => f.endsWith('.gold.json')).sort()) {
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
    const finding = analysis.terms.filter((t) => finds({ ...t, evidence: t.job.evidence }, g, text));
    const term = finding.find((t) => namesIt(t, g)) ?? finding[0];
    if (!term) continue;
    verdicts++;
    const expected = pair.covered.includes(name);
    if ((finding[0].status === 'covered') === expected) firstTermRight++;
    if ((term.status === 'covered') === expected) verdictsRight++;
    else wrongVerdicts.push(`${pair.job}+${pair.resume}  ${name}: gold ${expected ? 'covered' : 'not covered'}, reported ${term.status}`);
  }
}

const section = (title: string, rows: string[]) => rows.length && console.log(`\n${title} (${rows.length})\n  ${rows.join('\n  ')}`);
section('Missed gold concepts', misses);
section('Reported without a gold label', unlabelled);
section('Wrong importance', wrongImportance);
section('Trap hits', traps);
section('Resume concepts missed', resumeMisses);
section('Wrong resume strength', wrongStrength);
section('Wrong pair verdicts', wrongVerdicts);

console.log('\nPer category          recall   precision   (gold / reported)');
for (const [c, t] of [...byCategory].sort()) console.log(`  ${c.padEnd(18)}  ${pct(t.found, t.gold)}    ${pct(t.precise, t.reported)}       (${t.gold} / ${t.reported})`);
console.log('\nOverall');
console.log(`  posting recall           ${pct(postings.found, postings.gold)}  (${postings.found}/${postings.gold})`);
console.log(`  precision (lower bound)  ${pct(postings.precise, postings.reported)}  (${postings.precise}/${postings.reported})`);
console.log(`  importance accuracy      ${pct(importanceRight, importanceFound)}  (${importanceRight}/${importanceFound}, complete postings)`);
console.log(`  trap hits                ${trapHits}`);
console.log(`  resume recall            ${pct(resumes.found, resumes.gold)}  (${resumes.found}/${resumes.gold})`);
console.log(`  resume strength accuracy ${pct(strengthRight, strengthFound)}  (${strengthRight}/${strengthFound}, demonstrated vs listed)`);
console.log(`  pair verdict accuracy    ${pct(verdictsRight, verdicts)}  (${verdictsRight}/${verdicts})`);
console.log(`    (first overlapping term instead of the concept's own term: ${pct(firstTermRight, verdicts)})`);
