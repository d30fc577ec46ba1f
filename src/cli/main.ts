#!/usr/bin/env node
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { analyze, bundledTaxonomy } from '../index';
import { InputError, readTextFile } from './read-input';
import { formatReport } from './report';

const USAGE = `Usage:
  tpm-lens analyze --job FILE [--resume FILE] [--json]
  tpm-lens taxonomy [--json]`;

function run(argv: string[]): string {
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
    const v = parse({ job: { type: 'string' }, resume: { type: 'string' }, json: { type: 'boolean' } });
    if (typeof v.job !== 'string') throw new InputError(`analyze needs --job FILE (tpm-lens --help shows the usage)`);
    const job = readTextFile(v.job, '--job');
    const resume = typeof v.resume === 'string' ? readTextFile(v.resume, '--resume') : undefined;
    const result = analyze(job, resume);
    return v.json ? JSON.stringify(result) : formatReport(result, Boolean(process.stdout.isTTY) && !process.env.NO_COLOR);
  }
  if (command === 'taxonomy') {
    const v = parse({ json: { type: 'boolean' } });
    const { concepts } = bundledTaxonomy();
    if (v.json) return JSON.stringify({ schemaVersion: 1, concepts });
    return concepts.map((c) => `${c.id}\t${c.category}\t${c.label}`).join('\n');
  }
  throw new InputError(`unknown command "${command}" (tpm-lens --help shows the usage)`);
}

try {
  process.stdout.write(run(process.argv.slice(2)) + '\n');
} catch (e) {
  if (!(e instanceof InputError)) {
    process.stderr.write(`tpm-lens: internal error: ${(e as Error).message}\n`);
    process.exit(2);
  }
  process.stderr.write(`tpm-lens: ${e.message}\n`);
  process.exit(1);
}
