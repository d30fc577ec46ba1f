// npx tsx scripts/practice-phrase-study.ts [--finder noun-phrase|known-modifier|verb-object] [--rows]
//
// Measures, before anyone builds it, what an open-vocabulary practice finder would add to the analyzer: phrases
// that the taxonomy does not know, whose head word names a practice ("dispute management", "expenditure
// tracking"), reported as terms of their own. Over the folds we may read (dev: ../shared/eval a*, b*; corpus: the
// labels in tests/fixtures/corpus-gold; never the check fold), each candidate phrase is one of:
//   gain   its evidence overlaps the surface of a gold concept that the analyzer misses today (recall rises);
//   dup    it overlaps only gold concepts found today (no harm to precision, but a second term for one thing);
//   false  it overlaps no gold concept (precision falls).
// Head words come from the labels, not from a hand list: the last word of every gold practice name that two
// postings or more use. A head is worth building only where its precision, (gain + dup) / all, is 0.8 or more
// over two postings or more; the summary says what those heads would gain.
//
// Finders:
//   noun-phrase     one or two content words before a head word ("capacity forecasting"), in the duty and
//                   qualification lines; not inside a taxonomy hit (an alias, or part of a longer known
//                   concept), not the name of a role or team, not where a reported term already stands, not led by
//                   a word that opens its clause (mostly an imperative verb: "Develop reports") or describes
//                   ("successful delivery").
//   known-modifier  the same, where every modifier is a word that some practice surface of the taxonomy has
//                   before its head ("risk", "capacity"): a known modifier with a known head.
//   verb-object     a verb whose action noun is a head ("manage deviations" -> deviation management), the
//                   verbs as the taxonomy compiles them (Lookup.headsOfVerb), an object of up to three content
//                   words that ends its phrase, where no reported term stands.
//
// What it found (2026-12-01, dev + corpus: 93 postings, 183 gold practices missed): no finder reaches 0.8 over all
// its heads. noun-phrase: 59 gains, 66 dup, 110 false (0.53); known-modifier: 24 / 25 / 35 (0.58); verb-object:
// 35 / 41 / 87 (0.47). The heads that pass the rule are picked on the same data and few (noun-phrase 17 gains, 4
// false; known-modifier 10 / 0; verb-object 2 / 0), and `--rows` shows most of those gains to be chance overlaps
// ("standards set", "data set"), or two near-identical postings. The false ones are mostly practice-like
// compounds that the labels do not count ("engineering management", "program tracking", "task definition"): on a
// posting nobody has read, such a finder adds about as many unlabelled terms as found ones. The practices missed
// are clauses ("Identify potential project pitfalls") and paraphrases ("financial monitoring") more than
// unknown compounds. Of the 357 gold concepts missed (all categories), the matcher hits only 18 and drops them
// (sections, employer, role names): the rest it never reads. Three matcher mechanisms were also tried and
// measured with `npm run eval` (dev, corpus), none kept:
//   - a modifier shared over coordinated heads ("risk identification and mitigation" -> risk mitigation, the
//     mirror of lists.ts's shared head): dev unchanged, corpus recall unchanged, precision 2504/2630 ->
//     2507/2637 (four new unlabelled terms, one a list of departments: "product management, operations");
//   - a modifier with a word between it and its head ("budget variance tracking" -> budget tracking): dev +1
//     concept, corpus +1, six new terms of which two wrong ("user training support" as technical support);
//   - "<action noun> of <object>" for action nouns that end a single concept's surface ("mitigation of
//     risks"): two new hits in 180 postings.
//
// The decisive experiment (2026-12-01, commit 8a35c13 has its code: src/analyze/practice-phrases.ts behind
// AnalyzerOptions.openPractices, and `npm run eval -- --open-practices`). As our labels could not decide, the
// check fold's figures did, once, by a rule fixed before the run: keep the finder only if check recall rises by
// 0.015 or more, check precision stays >= 0.925 and check traps do not rise. The finder: one or two nouns before
// one of 27 action-noun heads (management, coordination, oversight, readiness, analysis...; heads that are an
// alias on their own, such as planning or governance, left out), ending the phrase, on duty and qualification
// lines; no adjective, -ed/-ly word or duty verb as modifier, nor a duty's opening verb; never a phrase that meets
// a taxonomy hit, names a role or team, or the employer. Figures, off -> on, on one snapshot of the tree:
//   dev     recall 328 -> 332 / 353 (0.929 -> 0.941), precision 341/359 -> 349/369 (0.950 -> 0.946), importance
//           0.946, traps 0 -> 0, pair verdicts 208/220 -> 209/221, resume recall 0.990 unchanged
//   corpus  recall 2431 -> 2445 / 2763 (0.880 -> 0.885), precision 2504/2629 -> 2525/2661 (0.952 -> 0.949),
//           importance 0.904 -> 0.905, traps 14 -> 14
//   check   recall 360 -> 362 / 466 (0.773 -> 0.777), precision 365/390 -> 367/393 (0.936 -> 0.934), importance
//           0.917, traps 5 -> 5
// +0.004 recall on check: dropped. It reported 0.5 phrases a posting on dev, 0.39 on the corpus fold and 0.3 on
// check (3 phrases, 2 of them labelled): the unseen postings' missed practices are seldom "<noun> <action noun>"
// compounds that the taxonomy lacks. A looser finder (every last word of 2+ practice surfaces as a head, by its
// word key; measured on dev and corpus only, never on check) gives corpus recall 0.880 -> 0.897 but precision
// 0.952 -> 0.930 (141 phrases, 73 labelled), traps 14 -> 15, dev 0.929 -> 0.943 / 0.950 -> 0.934: at the check
// fold's ~1.7 such phrases a posting, the check precision floor of 0.925 would need about 0.68 of them labelled.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { keywordLines } from '../src/analyze/other-keywords';
import { MODIFIERS, NOT_SKILL_WORDS } from '../src/analyze/other-keywords-words';
import { isFunctionWord } from '../src/analyze/lists';
import { findHits } from '../src/analyze/match';
import { createRoleNameCheck } from '../src/analyze/role-names';
import { structurePosting } from '../src/analyze/sections';
import { spanAt } from '../src/analyze/spans';
import { analyze, bundledLookup } from '../src/index';
import { ADJECTIVE_ENDING } from '../src/taxonomy/lookup';
import { surfacesOf } from '../src/taxonomy/taxonomy';
import { foldWord, looseName, tokenize, type Token } from '../src/text/normalize';
import { finds, type GoldConcept, type ReportedTerm } from './eval-score';
import { CORPUS_LABELS } from './label-folds';
import { scriptArgs } from './script-args';

const FINDERS = ['noun-phrase', 'known-modifier', 'verb-object'] as const;
type Finder = (typeof FINDERS)[number];
const { values } = scriptArgs('npx tsx scripts/practice-phrase-study.ts [--finder noun-phrase|known-modifier|verb-object] [--rows]', {
  options: { finder: { type: 'string', default: 'noun-phrase' }, rows: { type: 'boolean', default: false } },
});
const finder = values.finder as Finder;
if (!FINDERS.includes(finder)) {
  console.error(`practice-phrase-study: unknown finder "${values.finder}" (use ${FINDERS.join(', ')})`);
  process.exit(2);
}

const EVAL = join(import.meta.dirname, '../../shared/eval');
const CORPUS_TEXTS = join(import.meta.dirname, '../../shared/corpus/postings');
if (!existsSync(EVAL) || !existsSync(CORPUS_TEXTS)) {
  console.error('practice-phrase-study: ../shared/eval and ../shared/corpus are needed (they sit beside the project in CI)');
  process.exit(1);
}

interface Gold {
  id: string;
  concepts: GoldConcept[];
}
/** The postings we may read with their labels: the dev fold (a*, b*) and the corpus fold. Never the check fold (d*). */
const postings = [
  ...readdirSync(join(EVAL, 'postings'))
    .filter((n) => /^[ab]\d+\.gold\.json$/.test(n))
    .map((n) => ({ label: join(EVAL, 'postings', n), text: join(EVAL, 'postings', n.replace('.gold.json', '.txt')) })),
  ...readdirSync(CORPUS_LABELS)
    .filter((n) => /^p\d+\.gold\.json$/.test(n))
    .map((n) => ({ label: join(CORPUS_LABELS, n), text: join(CORPUS_TEXTS, n.replace('.gold.json', '.txt')) })),
]
  .sort((a, b) => (a.label < b.label ? -1 : 1))
  .map((p) => ({ gold: JSON.parse(readFileSync(p.label, 'utf8')) as Gold, text: readFileSync(p.text, 'utf8') }));

const lookup = bundledLookup();

/** Head words from the labels: the last word of gold practice names that two postings or more use. */
function headsFromLabels(): Map<string, string> {
  const postingsOf = new Map<string, Set<string>>();
  for (const { gold } of postings)
    for (const c of gold.concepts) {
      if (c.category !== 'practice') continue;
      const last = looseName(c.name).split(/\s+/).at(-1);
      if (last) postingsOf.set(last, (postingsOf.get(last) ?? new Set()).add(gold.id));
    }
  return new Map([...postingsOf].filter(([, ids]) => ids.size >= 2).map(([word]) => [lookup.keyOf(word), word]));
}
const HEADS = headsFromLabels();

/** Words before a practice head in the taxonomy's own practice surfaces ("risk" of "risk management"). */
const KNOWN_MODIFIERS = new Set<string>();
for (const concept of lookup.taxonomy.byId.values())
  if (concept.category === 'practice')
    for (const surface of surfacesOf(concept)) for (const word of surface.text.split(/[\s-]+/).slice(0, -1)) KNOWN_MODIFIERS.add(lookup.keyOf(word));

const NOT_CONTENT = new Set(
  [
    ...NOT_SKILL_WORDS.flatMap((kind) => kind.words),
    ...MODIFIERS,
    ...'able strong excellent good including include using use used work working team teams role roles year years experience job position company people help make ensure day days time level skills skill knowledge understanding related relevant multiple various key other every need needs record'.split(
      ' ',
    ),
  ].map(foldWord),
);
const isContent = (t: Token | undefined) => {
  if (!t) return false;
  const word = foldWord(t.raw);
  return word.length > 1 && !/^\d/.test(word) && !isFunctionWord(word) && !NOT_CONTENT.has(word) && !/ly$/.test(word);
};
const describes = (t: Token) => lookup.isAdjective(t.raw) || ADJECTIVE_ENDING.test(foldWord(t.raw));
/** Two words of one phrase: a space or a hyphen between them, nothing else. */
const joins = (text: string, tokens: Token[], k: number) =>
  k > 0 && tokens[k].breakBefore === 'none' && /^(?:\s+|-)$/.test(text.slice(tokens[k - 1].end, tokens[k].start));
/** A word that opens its bullet, line or clause: in a duty line, mostly an imperative verb ("Develop reports"). */
const opensClause = (text: string, tokens: Token[], k: number) =>
  k === 0 || tokens[k].breakBefore !== 'none' || /[.:;,(•*-]\s*$/.test(text.slice(tokens[k - 1].end, tokens[k].start));
const DETERMINERS = new Set(['a', 'an', 'the', 'our', 'their', 'its', 'all', 'any', 'multiple', 'several']);

interface Candidate {
  head: string;
  from: number;
  to: number;
}

/** The candidate phrases of one posting, as token ranges, by the chosen finder. */
function candidates(text: string, tokens: Token[], asks: (start: number) => boolean): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 1; i < tokens.length; i++) {
    if (!asks(tokens[i].start)) continue;
    if (finder === 'verb-object') {
      const heads = lookup.headsOfVerb.get(tokens[i - 1].key)?.filter((h) => HEADS.has(h));
      if (!heads?.length || !asks(tokens[i - 1].start)) continue;
      let from = i;
      while (from < tokens.length && joins(text, tokens, from) && DETERMINERS.has(foldWord(tokens[from].raw))) from++;
      let to = from;
      while (to + 1 < tokens.length && to - from < 2 && joins(text, tokens, to + 1) && isContent(tokens[to + 1])) to++;
      const runsOn = to + 1 < tokens.length && joins(text, tokens, to + 1) && isContent(tokens[to + 1]);
      if (from < tokens.length && joins(text, tokens, from) && isContent(tokens[from]) && !runsOn && !describes(tokens[to]))
        out.push({ head: HEADS.get(heads[0])!, from: i - 1, to });
      continue;
    }
    const head = HEADS.get(tokens[i].key);
    if (!head) continue;
    let from = i;
    while (from > 0 && i - from < 2 && joins(text, tokens, from) && isContent(tokens[from - 1])) from--;
    if (from === i || opensClause(text, tokens, from) || describes(tokens[from])) continue;
    if (finder === 'known-modifier' && !tokens.slice(from, i).every((t) => KNOWN_MODIFIERS.has(t.key))) continue;
    out.push({ head, from, to: i });
  }
  return out;
}

type Kind = 'gain' | 'dup' | 'false';
interface Row {
  kind: Kind;
  head: string;
  posting: string;
  phrase: string;
  gold: string[];
}
const rows: Row[] = [];
let missedToday = 0;
for (const { gold, text } of postings) {
  const analysis = analyze(text);
  const reported: ReportedTerm[] = analysis.terms.map((t) => ({ ...t, importance: t.job.importance, evidence: t.job.evidence }));
  const foundToday = new Set(gold.concepts.filter((g) => reported.some((t) => finds(t, g, text))).map((g) => g.name));
  missedToday += gold.concepts.filter((g) => g.category === 'practice' && !foundToday.has(g.name)).length;
  const tokens = tokenize(text, lookup.keyOf);
  const hits = findHits(text, lookup, tokens);
  const counted = analysis.terms.flatMap((t) => t.job.spans ?? []);
  const structure = structurePosting(text);
  const asksLine = keywordLines(structure.lines);
  const namesARole = createRoleNameCheck(tokens, analysis.job.title, text);
  const seen = new Set<string>();
  for (const c of candidates(text, tokens, (start) => asksLine(spanAt(structure.lines, start)))) {
    const start = tokens[c.from].start;
    const end = tokens[c.to].end;
    if (hits.some((h) => h.start <= start && h.end >= end)) continue; // an alias, or a part of a longer known concept
    if (counted.some((s) => s.start < end && start < s.end)) continue; // a reported term stands there
    if (namesARole({ conceptId: 'phrase', start, end, via: 'surface' }, 'practice')) continue;
    const key = tokens
      .slice(c.from, c.to + 1)
      .map((t) => t.key)
      .join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    const phrase = text.slice(start, end);
    const term: ReportedTerm = { id: `phrase:${key.replace(/\s+/g, '-')}`, label: phrase, category: 'practice', aliases: [], evidence: [phrase] };
    const matched = gold.concepts.filter((g) => finds(term, g, text));
    const kind: Kind = matched.some((g) => !foundToday.has(g.name)) ? 'gain' : matched.length ? 'dup' : 'false';
    rows.push({ kind, head: c.head, posting: gold.id, phrase, gold: matched.map((g) => g.name) });
  }
}

const tally = (of: Row[]) => {
  const count = (kind: Kind) => of.filter((r) => r.kind === kind).length;
  const precision = of.length ? (count('gain') + count('dup')) / of.length : 0;
  return { gain: count('gain'), dup: count('dup'), false: count('false'), precision, postings: new Set(of.map((r) => r.posting)).size };
};
const byHead = new Map<string, Row[]>();
for (const r of rows) byHead.set(r.head, [...(byHead.get(r.head) ?? []), r]);

console.log(
  `finder ${finder}: ${postings.length} postings (dev and corpus folds), ${missedToday} gold practices missed today, ${HEADS.size} head words from the labels`,
);
console.log('head                 gain   dup  false  precision  postings');
const line = (name: string, t: ReturnType<typeof tally>) =>
  `${name.padEnd(18)} ${String(t.gain).padStart(6)} ${String(t.dup).padStart(5)} ${String(t.false).padStart(6)}  ${t.precision.toFixed(2).padStart(9)}  ${String(t.postings).padStart(8)}`;
for (const [head, of] of [...byHead].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1))) console.log(line(head, tally(of)));
console.log(line('all heads', tally(rows)));
const kept = [...byHead].filter(([, of]) => tally(of).precision >= 0.8 && tally(of).postings >= 2);
console.log(line('kept heads', tally(kept.flatMap(([, of]) => of))), ` (precision >= 0.8 over >= 2 postings: ${kept.map(([h]) => h).join(', ') || 'none'})`);
if (values.rows)
  for (const r of rows)
    console.log(
      `${r.kind.padEnd(5)} ${r.posting.padEnd(6)} ${r.head.padEnd(16)} ${JSON.stringify(r.phrase)}${r.gold.length ? `  ~ ${r.gold.join(' | ')}` : ''}`,
    );
