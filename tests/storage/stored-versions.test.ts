import { readdirSync, readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { exportBackup, loadLibrary } from '../../src/storage/resumes';

// One fixture per stored shape: every version the extension has written (v1 so far), a write cut short,
// and data from a newer version than this code. None may lose what it holds.
const fixture = (name: string) => JSON.parse(readFileSync(`tests/fixtures/storage/${name}.json`, 'utf8')) as Record<string, unknown>;
const seed = async (name: string) => fakeBrowser.storage.local.set(fixture(name));

describe('stored data of every version', () => {
  beforeEach(() => fakeBrowser.reset());

  it('has a fixture for every stored version the code declares', () => {
    const versions = readdirSync('tests/fixtures/storage').filter((f) => /^v\d+\.json$/.test(f));
    expect(versions).toEqual(['v1.json']); // a v2 schema adds tests/fixtures/storage/v2.json and a migration test here
  });

  it('reads v1 as it is', async () => {
    await seed('v1');
    const { library, quarantine } = await loadLibrary();
    expect(library.resumes.map((r) => r.name)).toEqual(['Cloud TPM', 'Agile delivery']);
    expect(library.defaultId).toBe('0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d');
    expect(quarantine).toEqual([]);
  });

  it('keeps the good entries of a half-written library and sets the broken one aside', async () => {
    await seed('half-written');
    const { library, quarantine } = await loadLibrary();
    expect(library.resumes.map((r) => r.name)).toEqual(['Cloud TPM']);
    expect(library.defaultId).toBe('7d3c1f0e-5b1a-4c2e-9a77-1f2f3b4c5d6e');
    expect(quarantine.map((q) => (q.data as { name: string }).name)).toEqual(['Interrupted']);
    expect(JSON.parse(await exportBackup()).quarantine).toHaveLength(1);
  });

  it('sets aside data from a newer version whole, instead of dropping or misreading it', async () => {
    await seed('newer-version');
    const { library, quarantine } = await loadLibrary();
    expect(library.resumes).toEqual([]);
    expect(quarantine).toHaveLength(1);
    expect(quarantine[0].data).toEqual(fixture('newer-version').resumes);
  });
});
