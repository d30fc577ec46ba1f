import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { salvageLibrary } from '../../src/storage/library';
import {
  chooseDefaultResume,
  deleteAllData,
  deleteResume,
  exportBackup,
  importBackup,
  loadLibrary,
  quarantineItem,
  resumesItem,
  saveResume,
  StorageError,
} from '../../src/storage/resumes';

const resume = { name: 'Cloud TPM', text: 'Led Kubernetes migrations with Jira.', source: 'paste' as const };

describe('resume storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('saves resumes, makes the first the default, and deletes one', async () => {
    const first = await saveResume(resume);
    const second = await saveResume({ ...resume, name: 'Agile TPM' });
    expect(second.resumes.map((r) => r.name)).toEqual(['Cloud TPM', 'Agile TPM']);
    expect(second.defaultId).toBe(first.resumes[0].id);
    await chooseDefaultResume(second.resumes[1].id);
    const after = await deleteResume(second.resumes[1].id);
    expect(after).toEqual({ resumes: [first.resumes[0]], defaultId: first.resumes[0].id });
  });

  it('refuses an empty resume with a message, and stores nothing', async () => {
    await expect(saveResume({ ...resume, text: '   ' })).rejects.toThrow(StorageError);
    expect((await loadLibrary()).library.resumes).toEqual([]);
  });

  it('sets invalid stored entries aside, keeps the valid ones, and can export both', async () => {
    const good = (await saveResume(resume)).resumes[0];
    await resumesItem.setValue({ resumes: [good, { id: 'x', name: '', text: 42 }], defaultId: 'x' });
    const { library, quarantine } = await loadLibrary();
    expect(library).toEqual({ resumes: [good], defaultId: good.id });
    expect(quarantine).toHaveLength(1);
    expect(quarantine[0].data).toEqual({ id: 'x', name: '', text: 42 });
    expect(JSON.parse(await exportBackup()).quarantine).toHaveLength(1);
    expect(await quarantineItem.getValue()).toHaveLength(1); // persisted, not only reported
  });

  it('keeps unreadable data whole instead of dropping it', () => {
    const { library, quarantined } = salvageLibrary('garbage', 'now');
    expect(library.resumes).toEqual([]);
    expect(quarantined).toEqual([{ at: 'now', reason: 'stored resumes are not in a known format', data: 'garbage' }]);
  });

  it('round-trips a backup, and rejects a file that is not one without touching storage', async () => {
    await saveResume(resume);
    const backup = await exportBackup();
    await deleteAllData();
    expect((await loadLibrary()).library.resumes).toEqual([]);
    expect(await importBackup(backup)).toEqual({ added: 1 });
    await expect(importBackup('{"app":"other"}')).rejects.toThrow(/not a valid TPM Keyword Lens backup/);
    await expect(importBackup('not json')).rejects.toThrow(/not JSON/);
    expect((await loadLibrary()).library.resumes.map((r) => r.name)).toEqual(['Cloud TPM']);
  });

  it('keeps every resume when several saves run at once', async () => {
    await Promise.all(['A', 'B', 'C'].map((name) => saveResume({ ...resume, name })));
    expect((await loadLibrary()).library.resumes.map((r) => r.name).sort()).toEqual(['A', 'B', 'C']);
  });

  it('restores set-aside entries from a backup too', async () => {
    await resumesItem.setValue({ resumes: [{ id: 'x', name: '', text: 42 }], defaultId: null });
    await loadLibrary();
    const backup = await exportBackup();
    await deleteAllData();
    await importBackup(backup);
    expect((await loadLibrary()).quarantine.map((q) => q.data)).toEqual([{ id: 'x', name: '', text: 42 }]);
  });

  it('reports a full storage quota clearly and leaves the previous data intact', async () => {
    await saveResume(resume);
    const before = await resumesItem.getValue();
    const local = fakeBrowser.storage.local;
    const set = local.set.bind(local);
    local.set = async () => {
      throw new Error('QUOTA_BYTES quota exceeded');
    };
    try {
      await expect(saveResume({ ...resume, name: 'Big one' })).rejects.toThrow(/Not enough browser storage/);
    } finally {
      local.set = set;
    }
    expect(await resumesItem.getValue()).toEqual(before);
  });
});
