#!/usr/bin/env node
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { analyze, bundledTaxonomy } from '../index';
import type { Posting } from '../extract';
import { InputError, readTextFile } from './read-input';
import { readResumeArg } from './read-resume-file';
import { SCAN_WORKER_ARG } from './scan-worker-flag';
import { formatReport } from './report';
import { writeOutput } from './write-output';

const USAGE = `Usage:
  tpm-lens analyze --job FILE [--resume FILE] [--json]      (a resume may be .txt, .pdf or .docx)
  tpm-lens analyze --html FILE --url URL [--resume FILE] [--json]
  tpm-lens extract --html FILE --url URL [--json]
  tpm-lens taxonomy [--json]
  tpm-lens scan DIR [--resume FILE] [--json|--csv] [--top N]
      the market view over every .txt, .md, .html and .pdf posting under DIR; exit code 3 when some files
      could not be read (each is listed on stderr), 1 on bad input`;

/**
 * The posting in a saved page, or a one-line reason why there is none (exit code 1, as for any bad input: a page
 * without a posting gives nothing to analyze or print). The extractor and linkedom load here, only for a saved page.
 */
async function extractFromFile(file: unknown, url: unknown, command: string): Promise<Posting> {
  if (typeof file !== 'string' || typeof url !== 'string') throw new InputError(`${command} needs --html FILE and --url URL (tpm-lens --help shows the usage)`);
  if (!URL.canParse(url)) throw new InputError(`--url ${url} is not a URL (give the page's address, e.g. https://boards.greenhouse.io/acme/jobs/123)`);
  const { readSavedPage } = await import('./read-page');
  return readSavedPage(file, url, '--html', " (save the posting's own page, or paste its text into a file for --job)");
}

async function run(argv: string[]): Promise<string> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h') return USAGE;
  const parse = (options: ParseArgsConfig['options']) => {
    try {
      return parseArgs({ args: rest, options, strict: true, allowPositionals: false }).values as Record<string, string | boolean | undefined>;
    } catch (e) {
      throw new InputError(`${(e as Error).message.split('\n')[0]} (tpm-lens --help shows the usage)`);
    }
  };
  if (command === 'analyze') {
    const v = parse({ job: { type: 'string' }, html: { type: 'string' }, url: { type: 'string' }, resume: { type: 'string' }, json: { type: 'boolean' } });
    if (v.job !== undefined && v.html !== undefined) throw new InputError(`analyze takes --job FILE or --html FILE, not both`);
    if (typeof v.job !== 'string' && typeof v.html !== 'string')
      throw new InputError(`analyze needs --job FILE or --html FILE --url URL (tpm-lens --help shows the usage)`);
    let job: string | Posting;
    if (typeof v.job === 'string') job = readTextFile(v.job, '--job');
    else {
      job = await extractFromFile(v.html, v.url, 'analyze --html');
    }
    const resume = typeof v.resume === 'string' ? await readResumeArg(v.resume, '--resume') : undefined;
    const result = analyze(job, resume);
    return v.json ? JSON.stringify(result) : formatReport(result, Boolean(process.stdout.isTTY) && !process.env.NO_COLOR);
  }
  if (command === 'extract') {
    const v = parse({ html: { type: 'string' }, url: { type: 'string' }, json: { type: 'boolean' } });
    const { title, company, site, method, text, sections, url, notices } = await extractFromFile(v.html, v.url, 'extract');
    if (v.json)
      return JSON.stringify({
        title,
        company,
        site,
        method,
        text,
        ...(sections ? { sections } : {}),
        ...(url ? { url } : {}),
        ...(notices ? { notices } : {}),
      });
    const notes = (notices ?? []).map((notice) => `# Note: ${notice}\n`).join('');
    return `# ${title || '(untitled)'}${company ? ` at ${company}` : ''} [site: ${site}, method: ${method}, ${text.length} characters]\n${notes}${text}`;
  }
  if (command === 'scan') {
    const { runScan } = await import('./scan');
    const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
    const { output, exitCode } = await runScan(rest, { stderr: process.stderr, color });
    process.exitCode = exitCode;
    return output;
  }
  if (command === 'taxonomy') {
    const v = parse({ json: { type: 'boolean' } });
    const { concepts } = bundledTaxonomy();
    if (v.json) return JSON.stringify({ schemaVersion: 1, concepts });
    return concepts.map((c) => `${c.id}\t${c.category}\t${c.label}`).join('\n');
  }
  throw new InputError(`unknown command "${command}" (tpm-lens --help shows the usage)`);
}

/** Runs the command line: its output on stdout, or a one-line reason on stderr and the exit code. */
function main(): void {
  // A promise chain, not a top-level await: the CLI's bundle is a classic script (scripts/build-cli.ts).
  run(process.argv.slice(2)).then(
    (output) => {
      writeOutput(`${output}\n`);
    },
    (e) => {
      if (!(e instanceof InputError)) {
        process.stderr.write(`tpm-lens: internal error: ${(e as Error).message}\n`);
        process.exit(2);
      }
      process.stderr.write(`tpm-lens: ${e.message}\n`);
      process.exit(1);
    },
  );
}

// In a scan's worker thread the bundle serves the scan (scan-workers.ts) instead of reading a command line; the
// argument given anywhere else is one the command line does not know.
if (process.argv[2] === SCAN_WORKER_ARG) void import('./scan-workers').then((workers) => workers.serveScans() || main());
else main();
