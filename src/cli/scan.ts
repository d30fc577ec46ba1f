// `tpm-lens scan DIR`: the market view over a folder of saved postings, the same aggregate as the extension's
// history page (src/analyze/market.ts).
import { type Dirent, readdirSync, realpathSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative, sep } from 'node:path';
import { parseArgs, styleText } from 'node:util';
import type { CoverageStatus } from '../analyze/analysis-schema';
import type { MarketConcept, MarketGap, MarketView } from '../analyze/market';
import { findConcepts, marketView } from '../index';
import { csvField } from '../text/csv';
import { InputError } from './read-input';
import { readResumeArg } from './read-resume-file';
import { isPostingFile, type ScannedFile, scanFile } from './scan-file';
import { scanInWorkers } from './scan-workers';

/** Exit code when some files could not be read: the view covers the others, and stderr lists each one. */
export const EXIT_SOME_FAILED = 3;
/**
 * From this many files on, worker threads. Each costs a start (the analyzer loaded anew; from the sources, tsx too:
 * up to ~0.45 s of CPU) against ~8 ms a posting: two pay back from about 120 files on an idle machine; 300 leaves
 * room for a busy one.
 */
export const WORKERS_FROM = 300;
/** The progress bar shows from this many files on, and only on a terminal. */
const PROGRESS_FROM = 50;
const TABLE_ROWS = 25;
/** Files left out of the view (not a posting, not in English) that the table names; more are counted only. */
const LEFT_OUT_LISTED = 5;

export interface ScanOptions {
  /** Worker threads; by default one per core for a large folder, none for a small one. */
  threads?: number;
}

export interface ScanStreams {
  /** Where progress and the unreadable files go. */
  stderr: { write(s: string): unknown; isTTY?: boolean };
  color?: boolean;
}

/** The one object `scan --json` prints: extend it, never break it. */
export interface ScanJson {
  schemaVersion: 1;
  /** Files read (English postings, and the texts left out with their reason in `files`). */
  postings: number;
  /** Files that could not be read. */
  failed: number;
  /** Postings in the market view: read, a posting, and in English. */
  counted: number;
  /** The market view's concepts, as src/analyze/market.ts defines them (share rounded). */
  concepts: MarketConcept[];
  /** With --resume: missing or partial concepts, the costliest first, with the bullet templates to fill. */
  topGaps?: Pick<MarketGap, 'id' | 'label' | 'weight' | 'postings' | 'required' | 'covered' | 'bullets'>[];
  /** With --resume: what the resume covers that few postings (or none) ask for. */
  rareStrengths?: Pick<MarketConcept, 'id' | 'label' | 'postings'>[];
  files: { path: string; title: string; company: string; language?: string; score?: number; skipped?: string; error?: string }[];
}

export const SCAN_USAGE = 'tpm-lens scan DIR [--resume FILE] [--json|--csv] [--top N]';

/** Runs `scan` with its arguments (after the word "scan"): what to print on stdout, and the exit code. */
export async function runScan(argv: string[], streams: ScanStreams, options: ScanOptions = {}): Promise<{ output: string; exitCode: number }> {
  const args = parseScanArgs(argv);
  const paths = listPostingFiles(args.dir);
  // The resume may sit among the postings: it is the resume, not one more posting.
  if (args.resume !== undefined) paths.files = paths.files.filter((path) => !sameFile(path, args.resume!));
  if (!paths.files.length && !paths.unreadable.length) throw new InputError(`scan ${args.dir}: no .txt, .md, .html or .pdf file in this folder or below it`);
  const resumeText = args.resume === undefined ? undefined : await readResumeArg(args.resume, '--resume');

  const progress = progressBar(paths.files.length, streams.stderr);
  const threads = options.threads ?? (paths.files.length >= WORKERS_FROM ? Math.min(availableParallelism(), 8) : 1);
  let scanned: ScannedFile[];
  try {
    if (threads > 1) scanned = await scanInWorkers(paths.files, resumeText, threads, progress.tick);
    else {
      scanned = [];
      for (const path of paths.files) {
        const file = await scanFile(path, resumeText);
        scanned.push(file);
        progress.tick();
      }
    }
  } finally {
    progress.end();
  }

  const files = [...scanned, ...paths.unreadable]
    .map((f) => ({ ...f, path: relative(args.dir, f.path).split(sep).join('/') }))
    .sort((a, b) => (a.path < b.path ? -1 : 1));
  const failed = files.filter((f) => f.error);
  for (const f of failed) streams.stderr.write(`tpm-lens scan: skipped ${f.path}: ${f.error}\n`);

  const read = files.filter((f) => !f.error);
  const view = marketView(
    read.map((f) => ({ terms: f.terms, job: { isPosting: f.isPosting, language: f.language } })),
    { top: args.top ?? 10, ...(resumeText ? { resumeConcepts: findConcepts(resumeText) } : {}) },
  );
  const exitCode = failed.length ? EXIT_SOME_FAILED : 0;
  const json = toJson(view, files, failed.length, args.top);
  if (args.format === 'json') return { output: JSON.stringify(json), exitCode };
  if (args.format === 'csv') return { output: toCsv(json), exitCode };
  return { output: toTable(json, view, args.dir, Boolean(streams.color), args.top ?? TABLE_ROWS), exitCode };
}

function sameFile(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}

interface ScanArgs {
  dir: string;
  resume?: string;
  format: 'table' | 'json' | 'csv';
  top?: number;
}

function parseScanArgs(argv: string[]): ScanArgs {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof SCAN_OPTIONS; allowPositionals: true; strict: true }>>;
  try {
    parsed = parseArgs({ args: argv, options: SCAN_OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    throw new InputError(`${(e as Error).message.split('\n')[0]} (tpm-lens --help shows the usage)`);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new InputError(`scan needs one folder: ${SCAN_USAGE}`);
  if (values.json && values.csv) throw new InputError('scan prints --json or --csv, not both');
  let top: number | undefined;
  if (values.top !== undefined) {
    top = Number(values.top);
    if (!Number.isInteger(top) || top < 1) throw new InputError(`--top ${values.top}: give a whole number of rows, 1 or more`);
  }
  return { dir: positionals[0], resume: values.resume, format: values.json ? 'json' : values.csv ? 'csv' : 'table', top };
}

const SCAN_OPTIONS = { resume: { type: 'string' }, json: { type: 'boolean' }, csv: { type: 'boolean' }, top: { type: 'string' } } as const;

/**
 * Every posting file under a folder, sorted, with the folders it could not open. Hidden files and folders
 * (".git", ".DS_Store") and symbolic links to folders are not entered: a folder is what the user sees in it.
 */
export function listPostingFiles(dir: string): { files: string[]; unreadable: ScannedFile[] } {
  let isFolder: boolean;
  try {
    isFolder = statSync(dir).isDirectory();
  } catch {
    throw new InputError(`scan ${dir}: no such folder`);
  }
  if (!isFolder) throw new InputError(`scan ${dir} is a file: give the folder that holds the postings`);
  const files: string[] = [];
  const unreadable: ScannedFile[] = [];
  const walk = (folder: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch (e) {
      unreadable.push({
        path: folder,
        title: '',
        company: '',
        error: `folder could not be opened (${(e as NodeJS.ErrnoException).code ?? 'error'})`,
        terms: [],
      });
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if ((entry.isFile() || entry.isSymbolicLink()) && isPostingFile(entry.name)) files.push(path);
    }
  };
  walk(dir);
  return { files: files.sort(), unreadable };
}

function toJson(view: MarketView, files: (ScannedFile & { path: string })[], failed: number, top: number | undefined): ScanJson {
  const concepts = top === undefined ? view.concepts : view.concepts.slice(0, top);
  return {
    schemaVersion: 1,
    postings: files.length - failed,
    failed,
    counted: view.postings,
    concepts: concepts.map((c) => ({
      id: c.id,
      label: c.label,
      category: c.category,
      postings: c.postings,
      required: c.required,
      preferred: c.preferred,
      mentioned: c.mentioned,
      share: round(c.share),
      ...(c.covered ? { covered: c.covered } : {}),
    })),
    ...(view.compared
      ? {
          topGaps: view.topGaps.map((g) => ({
            id: g.id,
            label: g.label,
            weight: round(g.weight),
            postings: g.postings,
            required: g.required,
            ...(g.covered ? { covered: g.covered } : {}),
            bullets: g.bullets,
          })),
          rareStrengths: view.rareStrengths.map((s) => ({ id: s.id, label: s.label, postings: s.postings })),
        }
      : {}),
    files: files.map((f) => ({
      path: f.path,
      title: f.title,
      company: f.company,
      ...(f.language ? { language: f.language } : {}),
      ...(f.score !== undefined ? { score: f.score } : {}),
      ...(f.skipped ? { skipped: f.skipped } : {}),
      ...(f.error ? { error: f.error } : {}),
    })),
  };
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/** One row per concept, for a spreadsheet. */
function toCsv(json: ScanJson): string {
  const header = ['id', 'label', 'category', 'postings', 'share', 'required', 'preferred', 'mentioned', 'covered'];
  const rows = json.concepts.map((c) =>
    [c.id, c.label, c.category, c.postings, c.share, c.required, c.preferred, c.mentioned, c.covered].map(csvField).join(','),
  );
  return [header.join(','), ...rows].join('\n');
}

function toTable(json: ScanJson, view: MarketView, dir: string, color: boolean, rows: number): string {
  const paint = (style: Parameters<typeof styleText>[0], s: string) => (color ? styleText(style, s) : s);
  const out: string[] = [];
  const left = json.postings - json.counted;
  out.push(
    paint('bold', `Market view of ${dir}`) +
      `: ${json.counted} posting${json.counted === 1 ? '' : 's'}` +
      (left ? paint('dim', ` (${left} more read but left out: not a posting, or not in English${left > LEFT_OUT_LISTED ? '; --json lists why' : ''})`) : '') +
      (json.failed ? paint('yellow', `; ${json.failed} file${json.failed === 1 ? '' : 's'} could not be read (listed above)`) : ''),
  );
  // A few are named with their reason; many (a folder of German adverts) would bury the table.
  if (left && left <= LEFT_OUT_LISTED) for (const f of json.files.filter((f) => f.skipped)) out.push(paint('dim', `  left out: ${f.path}: ${f.skipped}`));
  if (!view.concepts.length) return out.join('\n');
  const shown = view.concepts.slice(0, rows);
  const labelWidth = Math.min(40, Math.max(7, ...shown.map((c) => c.label.length)));
  const pad = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s.padEnd(n));
  const num = (s: string | number, n: number) => String(s).padStart(n);
  const statusMark: Record<CoverageStatus, string> = {
    covered: paint('green', '✓ covered'),
    partial: paint('yellow', '~ partial'),
    missing: paint('red', '✗ missing'),
  };
  out.push(
    '',
    paint(
      'bold',
      `${pad('Concept', labelWidth)}  ${pad('Category', 13)} ${num('Share', 5)} ${num('Postings', 8)} ${num('Req', 5)} ${num('Pref', 5)} ${num('Ment', 5)}`,
    ) + (view.compared ? paint('bold', '  Your resume') : ''),
  );
  for (const c of shown) {
    out.push(
      `${pad(c.label, labelWidth)}  ${pad(c.category, 13)} ${num(`${Math.round(c.share * 100)}%`, 5)} ${num(c.postings, 8)} ${num(c.required, 5)} ${num(c.preferred, 5)} ${num(c.mentioned, 5)}` +
        (c.covered ? `  ${statusMark[c.covered]}` : ''),
    );
  }
  if (view.concepts.length > shown.length)
    out.push(paint('dim', `… and ${view.concepts.length - shown.length} more concepts (--top N shows more, --csv or --json all)`));
  if (!view.compared) {
    out.push('', paint('dim', 'No resume given: add --resume FILE for your coverage, your top gaps and your rare strengths.'));
    return out.join('\n');
  }
  if (view.topGaps.length) {
    out.push(
      '',
      `${paint('bold', 'Your top gaps')}${paint('dim', ' (most often asked and missing or partial in your resume; fill the [brackets] with your own facts)')}`,
    );
    view.topGaps.forEach((g, i) => {
      out.push(
        `  ${i + 1}. ${g.label} ${paint('dim', `[${g.category}]`)}: named by ${g.postings} of ${view.postings} postings (${Math.round(g.share * 100)}%), required by ${g.required}; ${g.covered ?? 'missing'}`,
        ...g.bullets.map((b) => `     - ${b}`),
      );
    });
  }
  if (view.rareStrengths.length)
    out.push(
      '',
      `${paint('bold', 'What you have that few ask for')}: ${view.rareStrengths.map((s) => `${s.label} (${s.postings ? `${s.postings} of ${view.postings}` : 'none'})`).join(', ')}`,
    );
  return out.join('\n');
}

/** A one-line bar on a terminal's stderr, redrawn at most ten times a second; nothing elsewhere or for a few files. */
function progressBar(total: number, stderr: ScanStreams['stderr']) {
  if (!stderr.isTTY || total < PROGRESS_FROM) return { tick: () => {}, end: () => {} };
  const WIDTH = 30;
  let done = 0;
  let drawn = 0;
  const draw = () => {
    const full = Math.round((WIDTH * done) / total);
    stderr.write(`\r\x1b[Kscan [${'#'.repeat(full)}${'.'.repeat(WIDTH - full)}] ${done}/${total} files`);
    drawn = performance.now();
  };
  draw();
  return {
    tick: () => {
      done++;
      if (performance.now() - drawn >= 100 || done === total) draw();
    },
    end: () => stderr.write('\r\x1b[K'),
  };
}
