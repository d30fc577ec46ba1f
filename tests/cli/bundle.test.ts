import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshBundle } from '../../bin/fresh-bundle.js';
import { buildCli } from '../../scripts/build-cli';
import { parseHtml } from '../../src/cli/parse-html';
import { runScan, WORKERS_FROM } from '../../src/cli/scan';
import { extractPosting } from '../../src/extract';
import { analyze, bundledTaxonomy } from '../../src/index';
import { compiledLookup } from '../../src/taxonomy/compiled-lookup';
import { OUTPUT_ROOM } from './run-cli';

// The CLI's bundle (npm run build:cli), built once into a scratch folder and run as bin/tpm-lens.js runs it. The
// folder is inside the project, so that the packages the bundle loads on demand resolve from node_modules.
mkdirSync('node_modules/.cache', { recursive: true });
const outdir = mkdtempSync(join('node_modules/.cache', 'tpm-lens-bundle-'));
afterAll(() => rmSync(outdir, { recursive: true, force: true }));
let inputs: string[] = [];
beforeAll(async () => {
  inputs = await buildCli(outdir);
}, 60_000);

/**
 * Runs the bundle as bin/tpm-lens.js does: through run-bundle.js, with the code cache the build wrote. CommonJS, as
 * the bin: the scan's worker threads inherit the process's flags, and under --input-type=module their CommonJS
 * start-up code would read as an ES module.
 */
const RUN_BUNDLE = `require(${JSON.stringify(resolve('bin/run-bundle.js'))}).runBundle(process.argv[1]);`;
const bundled = (...args: string[]) => {
  const r = spawnSync(process.execPath, ['-e', RUN_BUNDLE, resolve(outdir, 'tpm-lens.cjs'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    maxBuffer: OUTPUT_ROOM,
  });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
};
/** A run's JSON; a run that failed says how (exit code, signal, stderr) instead of a bare JSON.parse error. */
const jsonOf = (r: ReturnType<typeof bundled>) => {
  expect({ code: r.code, signal: r.signal, stderr: r.stderr.slice(0, 2000) }).toEqual({ code: 0, signal: null, stderr: '' });
  return JSON.parse(r.stdout);
};

describe('the CLI bundle', () => {
  it('gives the same analysis JSON as the sources', () => {
    const r = bundled('analyze', '--job', 'samples/posting.txt', '--resume', 'samples/resume.txt', '--json');
    const expected = analyze(readFileSync('samples/posting.txt', 'utf8'), readFileSync('samples/resume.txt', 'utf8'));
    expect(jsonOf(r)).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it('reads a posting in another language as the sources do (franc loads on first use in the bundle)', () => {
    const file = join(outdir, 'german.txt');
    const german = `Projektleiter Softwareentwicklung (m/w/d)\n${'Wir suchen eine erfahrene Projektleitung für unsere Abteilung in München. Sie planen und steuern mehrere Projekte gleichzeitig und berichten an die Geschäftsführung. '.repeat(3)}`;
    writeFileSync(file, german);
    const r = bundled('analyze', '--job', file, '--json');
    expect(jsonOf(r).job.language).toBe('de');
    expect(jsonOf(r)).toEqual(JSON.parse(JSON.stringify(analyze(german))));
  });

  it('extracts a saved page and lists the taxonomy as the sources do', () => {
    const page = 'tests/fixtures/pages/greenhouse/boards-legacy.html';
    const url = 'https://boards.greenhouse.io/acme/jobs/1';
    const extracted = jsonOf(bundled('extract', '--html', page, '--url', url, '--json'));
    const posting = extractPosting(parseHtml(readFileSync(page, 'utf8')), url);
    expect(extracted).toMatchObject({ title: posting.title, company: posting.company, method: posting.method, text: posting.text });
    expect(jsonOf(bundled('taxonomy', '--json')).concepts).toEqual(JSON.parse(JSON.stringify(bundledTaxonomy().concepts)));
  });

  it('scans a folder large enough for worker threads as the sources do in one thread', async () => {
    const dir = join(outdir, 'postings');
    mkdirSync(dir);
    const sample = readFileSync('samples/posting.txt', 'utf8');
    for (let i = 0; i < WORKERS_FROM; i++) writeFileSync(join(dir, `${String(i).padStart(3, '0')}.txt`), `${sample}\nReference ${i}\n`);
    const inThreads = jsonOf(bundled('scan', dir, '--resume', 'samples/resume.txt', '--json'));
    const { output } = await runScan([dir, '--resume', 'samples/resume.txt', '--json'], { stderr: { write: () => true } }, { threads: 1 });
    expect(inThreads.postings).toBe(WORKERS_FROM);
    expect(inThreads).toEqual(JSON.parse(output));
  }, 60_000);

  it('ends quietly when the reader of its output stops early (a pipe into head)', () => {
    const command = `"${process.execPath}" -e '${RUN_BUNDLE}' "${resolve(outdir, 'tpm-lens.cjs')}" taxonomy --json | head -c 10`;
    const r = spawnSync('sh', ['-c', command], { encoding: 'utf8' });
    expect({ stdout: r.stdout, stderr: r.stderr }).toEqual({ stdout: '{"schemaVe', stderr: '' });
  });

  it('refuses bad input the same way: one line, exit 1', () => {
    const r = bundled('analyze', '--job', join(outdir, 'missing.txt'));
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('starts from the code cache the build wrote (V8 refuses one written under other flags)', () => {
    const report = `import { runBundle } from ${JSON.stringify(pathToFileURL(resolve('bin/run-bundle.js')).href)}; const { cacheUsed } = runBundle(process.argv[1]); process.stderr.write(cacheUsed ? 'cache used' : 'cache refused');`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', report, resolve(outdir, 'tpm-lens.cjs'), '--help'], { encoding: 'utf8' });
    expect(r.stderr).toBe('cache used');
  });

  it('runs alike with its code cache, with a cache V8 refuses, and with a cache older than the bundle', () => {
    const sample = ['analyze', '--job', 'samples/posting.txt', '--resume', 'samples/resume.txt', '--json'];
    const cache = join(outdir, 'tpm-lens.cjs.cache');
    const expected = JSON.stringify(analyze(readFileSync('samples/posting.txt', 'utf8'), readFileSync('samples/resume.txt', 'utf8')));
    const saved = readFileSync(cache);
    expect(saved.length).toBeGreaterThan(10_000);
    try {
      expect(bundled(...sample).stdout.trim()).toBe(expected);
      writeFileSync(cache, Buffer.from('not a code cache'));
      expect(bundled(...sample)).toMatchObject({ code: 0, stdout: `${expected}\n`, stderr: '' });
      writeFileSync(cache, saved);
      utimesSync(cache, 1_000_000, 1_000_000);
      expect(bundled(...sample)).toMatchObject({ code: 0, stdout: `${expected}\n`, stderr: '' });
    } finally {
      writeFileSync(cache, saved);
    }
  });

  it('reads the compiled lookup from its file: a JSON line, then the long strings it gives the lengths of', () => {
    const file = readFileSync(join(outdir, 'lookup.data'), 'latin1');
    expect(file).toMatch(/^[\x00-\x7f]*$/);
    const head = file.indexOf('\n');
    const { $raw, ...data } = JSON.parse(file.slice(0, head));
    let at = head + 1;
    const cut = (length: number) => file.slice(at, (at += length));
    for (const [field, length] of $raw as [string, number | number[]][]) data[field] = typeof length === 'number' ? cut(length) : length.map(cut);
    expect(at).toBe(file.length);
    // The concepts' JSON has its characters beyond ASCII as escapes: the same values once parsed.
    const parsed = (d: typeof compiledLookup) => ({
      ...d,
      concepts: d.concepts.map((c) => JSON.parse(c)),
    });
    expect(parsed(data)).toEqual(parsed(compiledLookup));
  });

  it('lists the source files it holds', () => {
    expect(inputs).toEqual(expect.arrayContaining(['src/cli/main.ts', 'src/analyze/analyze.ts', 'src/taxonomy/compiled-lookup.ts']));
    expect(inputs.some((f) => f.includes('node_modules'))).toBe(false);
  });
});

describe('bin/tpm-lens.js runs the bundle only while it is fresh', () => {
  const root = `${mkdtempSync(join(tmpdir(), 'tpm-lens-root-'))}/`;
  mkdirSync(`${root}dist/cli`, { recursive: true });
  mkdirSync(`${root}src`);
  const at = (file: string, seconds: number) => utimesSync(root + file, seconds, seconds);
  const setUp = (sourceTime: number) => {
    writeFileSync(`${root}dist/cli/tpm-lens.cjs`, '');
    writeFileSync(`${root}dist/cli/inputs.json`, JSON.stringify(['src/a.ts', 'src/b.ts']));
    writeFileSync(`${root}src/a.ts`, '');
    writeFileSync(`${root}src/b.ts`, '');
    at('dist/cli/tpm-lens.cjs', 2_000_000);
    at('src/a.ts', 1_000_000);
    at('src/b.ts', sourceTime);
  };

  it.each([
    ['every source older than the bundle', 1_000_000, true],
    ['a source edited after the build', 3_000_000, false],
  ])('%s: %s', (_, sourceTime, fresh) => {
    setUp(sourceTime);
    expect(freshBundle(root)).toBe(fresh ? `${root}dist/cli/tpm-lens.cjs` : undefined);
  });

  it('is not fresh when a source it was built from is gone, or there is no bundle', () => {
    setUp(1_000_000);
    writeFileSync(`${root}dist/cli/inputs.json`, JSON.stringify(['src/a.ts', 'src/gone.ts']));
    expect(freshBundle(root)).toBeUndefined();
    expect(freshBundle(`${root}nowhere/`)).toBeUndefined();
  });
});
