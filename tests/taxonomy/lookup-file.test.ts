import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FETCHED_LOOKUP_MODULE, lookupAsset, lookupFileGzipped } from '../../scripts/lookup-asset';
import { createAnalyzer } from '../../src/analyze/analyze';
import { analyze } from '../../src/index';
import { compiledLookup } from '../../src/taxonomy/compiled-lookup';
import { lookupFromData, type LookupData, packedAt, packNumbers } from '../../src/taxonomy/lookup-data';
import { lookupFileOf, lookupFromFile } from '../../src/taxonomy/lookup-file';

// The compiled lookup as the extension's pages read it (src/taxonomy/lookup-file.ts, written by scripts/lookup-asset.ts).

/** The concepts' JSON may differ in escapes only: compared parsed. */
const parsed = (d: LookupData) => ({
  ...d,
  concepts: d.concepts.map((c) => JSON.parse(c)),
});

const file = lookupFileOf(compiledLookup);

describe('the lookup file', () => {
  it('is ASCII text: a JSON line, then the long strings it gives the lengths of', () => {
    expect(file).toMatch(/^[\x00-\x7f]*$/);
    const head = JSON.parse(file.slice(0, file.indexOf('\n')));
    expect(head.$raw.map(([field]: [string]) => field)).toEqual(expect.arrayContaining(['concepts', 'patterns', 'trieKeys', 'wordsOfJoined', 'adjectives']));
    // Two thirds of the file and more are written as they are, not as JSON strings.
    expect(file.length - file.indexOf('\n')).toBeGreaterThan((2 / 3) * file.length);
  });

  it('reads back the compiled lookup', () => {
    expect(parsed(lookupFromFile(file))).toEqual(parsed(compiledLookup));
  });

  it('gives the same analysis as the generated module', () => {
    const fromFile = lookupFromData(lookupFromFile(file));
    const text = readFileSync('samples/posting.txt', 'utf8');
    const resume = readFileSync('samples/resume.txt', 'utf8');
    // The analyzer of the file's lookup, beside the bundled one (the generated module's).
    expect(createAnalyzer(fromFile)(text, resume)).toEqual(analyze(text, resume));
  });

  it('keeps a string beyond ASCII in its JSON line, escaped', () => {
    const data = { ...compiledLookup, adjectives: 'naïve\nbasic', versioned: ['c++'] };
    const written = lookupFileOf(data);
    expect(written).toMatch(/^[\x00-\x7f]*$/);
    expect(lookupFromFile(written).adjectives).toBe('naïve\nbasic');
    expect(lookupFromFile(written).versioned).toEqual(['c++']);
  });

  it.each([
    ['cut short', file.slice(0, -1), /holds \d+ characters where its first line describes \d+/],
    ['run on', `${file}x`, /holds \d+ characters where its first line describes \d+/],
    ['without its list of strings', '{"heads":[]}\n', /no list of its strings/],
    ['not a lookup file', '<!doctype html>', /JSON/],
  ])('refuses a file %s', (_, bad, message) => {
    expect(() => lookupFromFile(bad)).toThrow(message);
  });
});

describe('scripts/lookup-asset.ts (the extension build)', () => {
  const emitted: { fileName: string; source: Uint8Array }[] = [];
  const plugin = lookupAsset();
  const emitFile = (f: { fileName: string; source: Uint8Array }) => {
    emitted.push(f);
    return f.fileName;
  };
  const load = (id: string) => plugin.load.call({ emitFile }, id);

  it('writes the lookup file and makes the generated module await it', () => {
    expect(load('/repo/src/taxonomy/compiled-lookup.ts')).toBe(FETCHED_LOOKUP_MODULE);
    expect(FETCHED_LOOKUP_MODULE).toContain('export const compiledLookup = await fetchLookup();');
    expect(emitted.map((f) => f.fileName)).toEqual(['lookup.data.gz']);
    expect(gunzipSync(emitted[0].source).toString('latin1')).toBe(file);
  });

  it('leaves every other module alone', () => {
    emitted.length = 0;
    for (const id of ['/repo/src/taxonomy/lookup-data.ts', '/repo/src/taxonomy/compiled-lookup.json', '/repo/src/index.ts']) expect(load(id), id).toBeNull();
    expect(emitted).toEqual([]);
  });
});

describe('packed number columns (lookup-data.ts)', () => {
  it.each([
    ['small numbers', [0, 1, 5, 63]],
    ['numbers of two digits', [0, 64, 4095, 7]],
    ['numbers of three digits', [7638, 0, 262_143]],
    ['an empty column', []],
  ])('reads back %s', (_, values) => {
    const packed = packNumbers(values, 'a column');
    expect(packed).toMatch(/^[1-9][?-~]*$/);
    expect(values.map((_, i) => packedAt(packed, i))).toEqual(values);
  });

  it.each([
    ['a negative number', [3, -1]],
    ['a fraction', [1.5]],
  ])('refuses %s', (_, values) => {
    expect(() => packNumbers(values, 'a column')).toThrow('a column: ');
  });
});

describe('fetchLookup (src/taxonomy/fetched-lookup.ts)', () => {
  afterEach(() => vi.unstubAllGlobals());
  // Gzipped once: level 9 over the 2.6 MB file is the slow part of these tests.
  const gzipped = lookupFileGzipped();
  // A fresh module each time: it keeps the one fetch of its page.
  const freshModule = async () => {
    vi.resetModules();
    return import('../../src/taxonomy/fetched-lookup');
  };

  it('inflates the gzipped file the build writes into the same lookup data', async () => {
    const { fetchLookup, LOOKUP_FILE } = await freshModule();
    const fetched = vi.fn(async () => new Response(gzipped));
    vi.stubGlobal('fetch', fetched);
    expect(parsed(await fetchLookup())).toEqual(parsed(compiledLookup));
    expect(fetched).toHaveBeenCalledWith(`/${LOOKUP_FILE}`);
  });

  it('reads the same data where the file arrives in many small pieces', async () => {
    const { fetchLookup } = await freshModule();
    const pieces = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let at = 0; at < gzipped.length; at += 4096) controller.enqueue(gzipped.slice(at, at + 4096));
        controller.close();
      },
    });
    vi.stubGlobal('fetch', async () => new Response(pieces));
    expect(parsed(await fetchLookup())).toEqual(parsed(compiledLookup));
  });

  it('says to reinstall where the file is missing, and fetches again on the next call', async () => {
    const { fetchLookup } = await freshModule();
    vi.stubGlobal('fetch', async () => new Response('', { status: 404 }));
    await expect(fetchLookup()).rejects.toThrow(/404 lookup\.data\.gz\): reinstall the extension/);
    vi.stubGlobal('fetch', async () => new Response(gzipped));
    expect((await fetchLookup()).conceptIds).toBe(compiledLookup.conceptIds);
  });
});
