import 'fake-indexeddb/auto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { resumeKeyOf } from '../../src/storage/fingerprint';
import { deleteHistoryEntries, listHistory, openHistoryDatabase, recordAnalysis } from '../../src/storage/history';
import { exportBackup, loadLibrary, saveResume } from '../../src/storage/resumes';
import { loadSettings, saveSettings } from '../../src/storage/settings';
import { DATA_VERSION, NewerDataError, storedDataVersion } from '../../src/storage/versions';
import { analyze } from '../../src/index';

// One folder of fixtures per declared data version (tests/fixtures/storage/v<N>/), each a stored shape that
// version wrote: whole, cut short, with entries set aside. `newer/` holds data from versions this code does not know.
const ROOT = 'tests/fixtures/storage';

interface Fixture {
  about: string;
  local: Record<string, unknown>;
  indexedDB?: { postings?: unknown[]; texts?: unknown[] };
  expect: {
    resumes: string[];
    defaultId?: string;
    quarantine: number;
    history: string[];
    unreadableHistory?: number;
    historyEnabled: boolean;
    readOnly?: boolean;
  };
}

const fixturesOf = (folder: string) =>
  readdirSync(`${ROOT}/${folder}`)
    .filter((f) => f.endsWith('.json'))
    .map((f) => [`${folder}/${f}`, JSON.parse(readFileSync(`${ROOT}/${folder}/${f}`, 'utf8')) as Fixture] as const);

const versions = Array.from({ length: DATA_VERSION }, (_, i) => i + 1);
const allFixtures = [...versions.flatMap((v) => (existsSync(`${ROOT}/v${v}`) ? fixturesOf(`v${v}`) : [])), ...fixturesOf('newer')];

async function seed(fixture: Fixture) {
  await fakeBrowser.storage.local.set(structuredClone(fixture.local));
  if (!fixture.indexedDB) return;
  const db = await openHistoryDatabase();
  for (const value of fixture.indexedDB.postings ?? []) await db.put('postings', value);
  for (const value of fixture.indexedDB.texts ?? []) await db.put('texts', value);
}

const posting = 'Technical Program Manager\nRequirements\n- 5+ years with Kubernetes and Jira\n- Scrum\nNice to have\n- PMP';

describe('stored data of every version', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    globalThis.indexedDB = new IDBFactory();
  });

  it.each(versions)('has fixtures for data version %i, which the code declares', (v) => {
    expect(existsSync(`${ROOT}/v${v}`), `add tests/fixtures/storage/v${v}/ with the shapes version ${v} stores`).toBe(true);
    expect(fixturesOf(`v${v}`).length).toBeGreaterThan(0);
  });

  it('has no fixture folder for a version the code does not declare (a version bump forgotten in versions.ts)', () => {
    const folders = readdirSync(ROOT).filter((f) => /^v\d+$/.test(f));
    expect(folders.sort()).toEqual(versions.map((v) => `v${v}`));
    for (const [name, f] of fixturesOf('newer')) expect(f.local.dataVersion, name).toBeGreaterThan(DATA_VERSION);
  });

  it.each(allFixtures)('%s: reads everything it holds, and loses nothing', async (_, fixture) => {
    await seed(fixture);
    const { library, quarantine, readOnly } = await loadLibrary();
    expect(library.resumes.map((r) => r.name)).toEqual(fixture.expect.resumes);
    if (fixture.expect.defaultId) expect(library.defaultId).toBe(fixture.expect.defaultId);
    expect(quarantine).toHaveLength(fixture.expect.quarantine);
    const history = await listHistory();
    expect(history.entries.map((e) => e.title)).toEqual(fixture.expect.history);
    expect(history.unreadable).toBe(fixture.expect.unreadableHistory ?? 0);
    expect((await loadSettings()).historyEnabled).toBe(fixture.expect.historyEnabled);
    expect(Boolean(readOnly)).toBe(Boolean(fixture.expect.readOnly));
    if (!fixture.expect.readOnly) {
      expect(await storedDataVersion()).toBe(DATA_VERSION);
      expect(JSON.parse(await exportBackup()).quarantine).toHaveLength(fixture.expect.quarantine);
    }
  });

  it.each(fixturesOf('v1'))('%s: migrates to the current version keeping every resume and every entry set aside', async (_, fixture) => {
    await seed(fixture);
    const before = structuredClone(fixture.local.quarantine ?? []) as unknown[];
    await loadLibrary();
    const stored = await fakeBrowser.storage.local.get(null);
    expect(stored.dataVersion).toBe(DATA_VERSION);
    // The quarantine holds what it held, plus any entry of a cut-short write, never less.
    expect((stored.quarantine as unknown[] | undefined)?.slice(0, before.length) ?? []).toEqual(before);
    // The migrated store records new analyses.
    await recordAnalysis({ source: { title: '', company: '', text: posting }, analysis: analyze(posting), scores: [] });
    expect((await listHistory()).entries).toHaveLength(1);
  });

  it('v2/full.json: a recorded score names the resume text it scored, as the popup computes it', async () => {
    await seed(fixturesOf('v2').find(([name]) => name === 'v2/full.json')![1]);
    const [resume] = (await loadLibrary()).library.resumes;
    const recorded = (await listHistory()).entries.find((e) => e.site === 'greenhouse');
    expect(recorded?.scores.find((s) => s.resumeId === resume.id)?.resumeKey).toBe(resumeKeyOf(resume));
  });

  it('keeps data from a newer version read-only: every write says why and changes nothing', async () => {
    const [[, fixture]] = fixturesOf('newer');
    await seed(fixture);
    const seeded = await fakeBrowser.storage.local.get(null);
    const { readOnly } = await loadLibrary();
    expect(readOnly).toMatch(/newer version of TPM Keyword Lens \(data version 3; this one knows up to 2\)/);
    await expect(saveResume({ name: 'A', text: 'Scrum', source: 'paste' })).rejects.toThrow(NewerDataError);
    await expect(saveSettings({ historyEnabled: false })).rejects.toThrow(/read-only/);
    await expect(recordAnalysis({ source: { title: '', company: '', text: posting }, analysis: analyze(posting), scores: [] })).rejects.toThrow(NewerDataError);
    await expect(deleteHistoryEntries(['x'])).rejects.toThrow(NewerDataError);
    expect(await fakeBrowser.storage.local.get(null)).toEqual(seeded);
    expect(await storedDataVersion()).toBe(3);
  });
});
