// npx tsx scripts/job-cue-df.ts [--try "LANG:phrase"]... [SHARED]: the document frequency of every phrase of
// src/extract/job-cues.ts (how many postings of the phrase's language say it: ../shared/corpus; in English also the
// unlabelled and development postings and the saved job pages), so a phrase is kept for what many postings say, never
// for one. Prints each phrase, its DF and a mark where it is below 2, then the candidates that wait for more
// postings (Spanish: the corpus holds one). --try measures a phrase before it is added, in the same syntax ("aufgaben*",
// "# years of"). tests/extract/job-cues.test.ts checks the same figures (DF >= 2) where ../shared is present.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHtml } from '../src/cli/parse-html';
import { extractPosting } from '../src/extract';
import { type CueLanguage, cuePattern, JOB_CUES } from '../src/extract/job-cues';
import { pageNames, readPage } from './eval-pages';
import { scriptArgs } from './script-args';

export const defaultSharedDir = join(import.meta.dirname, '../../shared');

/** The least document frequency a phrase needs in the postings of its language. */
export const MIN_CUE_DF = 2;

/**
 * Phrases postings in a language say, measured but not used: their language has too few postings in the corpus for a
 * DF of 2 (one Spanish posting). They join JOB_CUES when the corpus holds more.
 */
export const WAITING_CANDIDATES: Record<string, readonly string[]> = {
  es: ['responsabilidades', 'requisitos', 'qué ofrecemos', 'ofrecemos', 'experiencia', '# años de experiencia', 'teletrabajo', 'jornada completa', 'salario'],
};

export interface CueFrequency {
  kind: string;
  language: string;
  phrase: string;
  /** Postings of the language that say the phrase. */
  df: number;
  /** Postings of the language in the corpus. */
  of: number;
}

/**
 * The postings the project may read, by language: the corpus (sources.json's lang) and, in English, eval/unlabelled,
 * the development fold (a*, b*; never the check fold) and the posting text of the saved job pages (eval/pages).
 */
export function postingsByLanguage(sharedDir = defaultSharedDir): Map<string, string[]> {
  const byLanguage = new Map<string, string[]>();
  const add = (lang: string, text: string) => byLanguage.set(lang, [...(byLanguage.get(lang) ?? []), text]);
  const corpus = join(sharedDir, 'corpus');
  const sources = JSON.parse(readFileSync(join(corpus, 'sources.json'), 'utf8')) as { file: string; lang: string }[];
  for (const { file, lang } of sources) if (existsSync(join(corpus, 'postings', file))) add(lang, readFileSync(join(corpus, 'postings', file), 'utf8'));
  const textsIn = (dir: string, name: RegExp) =>
    (existsSync(dir) ? readdirSync(dir).filter((f) => name.test(f)) : []).map((f) => readFileSync(join(dir, f), 'utf8'));
  for (const text of [...textsIn(join(sharedDir, 'eval/unlabelled'), /^u\d+\.txt$/), ...textsIn(join(sharedDir, 'eval/postings'), /^[ab]\d+\.txt$/)])
    add('en', text);
  const pages = join(sharedDir, 'eval/pages');
  if (existsSync(pages))
    for (const name of pageNames(pages)) {
      const { label, html } = readPage(pages, name);
      add('en', extractPosting(parseHtml(html), label.url).text);
    }
  return byLanguage;
}

const frequency = (texts: readonly string[], kind: string, language: string, phrase: string): CueFrequency => {
  const pattern = cuePattern([phrase]);
  return { kind, language, phrase, df: texts.filter((t) => pattern.test(t)).length, of: texts.length };
};

/** The DF of every phrase of JOB_CUES in the corpus postings of its language. */
export function jobCueFrequencies(byLanguage: Map<string, string[]>): CueFrequency[] {
  return JOB_CUES.flatMap((cue) =>
    Object.entries(cue.phrases).flatMap(([language, phrases]) =>
      (phrases ?? []).map((phrase) => frequency(byLanguage.get(language as CueLanguage) ?? [], cue.kind, language, phrase)),
    ),
  );
}

function main() {
  const { values, positionals } = scriptArgs('npx tsx scripts/job-cue-df.ts [--try "LANG:phrase"]... [SHARED]', {
    options: { try: { type: 'string', multiple: true } },
    allowPositionals: true,
  });
  const byLanguage = postingsByLanguage(positionals[0] ?? defaultSharedDir);
  const row = (f: CueFrequency) => `${f.df < MIN_CUE_DF ? '!' : ' '} ${f.language}  ${String(f.df).padStart(3)}/${f.of}  ${f.kind.padEnd(18)} ${f.phrase}`;
  const kept = jobCueFrequencies(byLanguage);
  console.log(`job cues: ${kept.length} phrases; "!" marks a DF below ${MIN_CUE_DF}`);
  for (const f of kept) console.log(row(f));
  console.log('\nwaiting candidates (not used):');
  for (const [language, phrases] of Object.entries(WAITING_CANDIDATES))
    for (const phrase of phrases) console.log(row(frequency(byLanguage.get(language) ?? [], 'candidate', language, phrase)));
  // --try "de:was wir bieten" --try "fr:ce que nous offrons": the language, a colon, the phrase.
  const tries = values.try ?? [];
  if (tries.length) console.log('\ntried:');
  for (const tried of tries) {
    const [language, phrase] = [tried.slice(0, tried.indexOf(':')), tried.slice(tried.indexOf(':') + 1)];
    console.log(row(frequency(byLanguage.get(language) ?? [], 'tried', language, phrase)));
  }
  const below = kept.filter((f) => f.df < MIN_CUE_DF);
  if (below.length) process.exitCode = 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
