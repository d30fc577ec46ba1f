import { storage } from 'wxt/utils/storage';
import { clearAnalysisCache } from './analysis-cache';
import { addResume, removeResume, salvageLibrary, setDefaultResume } from './library';
import { clearHistory } from './history';
import { backupSchema, quarantinedSchema, resumeSchema, type Backup, type Quarantined, type Resume, type ResumeLibrary } from './schema';
import { settingsItem } from './settings';
import { assertWritable, dataVersionItem, ensureCurrentData } from './versions';

/** Raw on purpose: what comes out of storage is validated by salvageLibrary, never trusted. */
export const resumesItem = storage.defineItem<unknown>('local:resumes', { fallback: null, version: 1 });
export const quarantineItem = storage.defineItem<unknown>('local:quarantine', { fallback: [] });

export class StorageError extends Error {}

const now = () => new Date().toISOString();

// Every change reads, then writes the whole library: one at a time, so two quick saves never lose one.
let pending: Promise<unknown> = Promise.resolve();
function exclusive<T>(change: () => Promise<T>): Promise<T> {
  const run = pending.then(change, change);
  pending = run.catch(() => undefined);
  return run;
}

async function readQuarantine(): Promise<Quarantined[]> {
  const raw = await quarantineItem.getValue();
  return Array.isArray(raw) ? raw.filter((q) => quarantinedSchema.safeParse(q).success) : [];
}

async function write(library: ResumeLibrary): Promise<ResumeLibrary> {
  await assertWritable();
  try {
    await resumesItem.setValue(library);
  } catch (e) {
    const quota = /quota/i.test(String((e as Error)?.message ?? e));
    throw new StorageError(
      quota
        ? 'Not enough browser storage to save this. Nothing was changed: delete an old resume or shorten this one, then try again.'
        : `Saving failed, nothing was changed: ${(e as Error)?.message ?? e}`,
    );
  }
  return library;
}

/**
 * The stored library; entries that fail validation are moved aside (and reported), never dropped. Where a newer
 * version wrote the data, `readOnly` says so and nothing is moved: what this code cannot read is only reported.
 */
export async function loadLibrary(): Promise<{ library: ResumeLibrary; quarantine: Quarantined[]; readOnly?: string }> {
  const state = await ensureCurrentData();
  const { library, quarantined } = salvageLibrary(await resumesItem.getValue(), now());
  let quarantine = await readQuarantine();
  if (state.readOnly) return { library, quarantine: [...quarantine, ...quarantined], readOnly: state.message };
  if (quarantined.length) {
    quarantine = [...quarantine, ...quarantined];
    await quarantineItem.setValue(quarantine);
    await write(library);
  }
  return { library, quarantine };
}

export async function saveResume(input: Pick<Resume, 'name' | 'text' | 'source'>): Promise<ResumeLibrary> {
  const parsed = resumeSchema.safeParse({ ...input, id: crypto.randomUUID(), addedAt: now() });
  if (!parsed.success) throw new StorageError(`This resume cannot be saved: ${parsed.error.issues[0].path.join('.')} ${parsed.error.issues[0].message}`);
  return exclusive(async () => write(addResume((await loadLibrary()).library, parsed.data)));
}

export const deleteResume = (id: string): Promise<ResumeLibrary> => exclusive(async () => write(removeResume((await loadLibrary()).library, id)));

/** Puts a deleted resume back as it was (the options page's Undo): same id, date and place, default again if it was. */
export const restoreResume = (resume: Resume, place: { index: number; wasDefault: boolean }): Promise<ResumeLibrary> =>
  exclusive(async () => {
    const { library } = await loadLibrary();
    const resumes = library.resumes.filter((r) => r.id !== resume.id);
    resumes.splice(Math.min(place.index, resumes.length), 0, resume);
    return write({ resumes, defaultId: place.wasDefault || !library.defaultId ? resume.id : library.defaultId });
  });

/** Changes a saved resume's name or text (the options page's editor), validated as a new one is. */
export const updateResume = (id: string, changes: Partial<Pick<Resume, 'name' | 'text'>>): Promise<ResumeLibrary> =>
  exclusive(async () => {
    const { library } = await loadLibrary();
    const old = library.resumes.find((r) => r.id === id);
    if (!old) throw new StorageError('This resume is no longer saved (it was deleted in another tab); nothing was changed.');
    const parsed = resumeSchema.safeParse({ ...old, ...changes });
    if (!parsed.success) throw new StorageError(`This resume cannot be saved: ${parsed.error.issues[0].path.join('.')} ${parsed.error.issues[0].message}`);
    return write({ ...library, resumes: library.resumes.map((r) => (r.id === id ? parsed.data : r)) });
  });

export const chooseDefaultResume = (id: string): Promise<ResumeLibrary> => exclusive(async () => write(setDefaultResume((await loadLibrary()).library, id)));

/** Everything the extension stored: resumes, set-aside entries, history, settings, the cached analyses, the version. */
export const deleteAllData = (): Promise<void> =>
  exclusive(async () => {
    await resumesItem.removeValue({ removeMeta: true });
    await quarantineItem.removeValue();
    await clearAnalysisCache(); // they quote the resumes' evidence
    await settingsItem.removeValue();
    await dataVersionItem.removeValue();
    await clearHistory(); // last: where IndexedDB fails, the rest is gone all the same, and the error says so
  });

export async function exportBackup(): Promise<string> {
  const { library, quarantine } = await loadLibrary();
  const backup: Backup = { app: 'tpm-keyword-lens', version: 1, exportedAt: now(), library, quarantine };
  return JSON.stringify(backup, null, 2);
}

/** Restores a backup next to what is stored; nothing is written unless the whole file is valid. */
export async function importBackup(json: string): Promise<{ added: number }> {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw new StorageError('This file is not a TPM Keyword Lens backup (it is not JSON).');
  }
  const backup = backupSchema.safeParse(data);
  if (!backup.success) throw new StorageError('This file is not a valid TPM Keyword Lens backup; nothing was imported.');
  await assertWritable();
  return exclusive(async () => {
    const loaded = await loadLibrary();
    const quarantine = loaded.quarantine;
    let library = loaded.library;
    const known = new Set(library.resumes.map((r) => r.id));
    const fresh = backup.data.library.resumes.filter((r) => !known.has(r.id));
    for (const r of fresh) library = addResume(library, r);
    if (!library.defaultId) library = { ...library, defaultId: backup.data.library.defaultId };
    // Entries set aside before the backup stay set aside, not lost.
    const seen = new Set(quarantine.map((q) => JSON.stringify(q)));
    const asideAgain = backup.data.quarantine.filter((q) => !seen.has(JSON.stringify(q)));
    if (asideAgain.length) await quarantineItem.setValue([...quarantine, ...asideAgain]);
    await write(library);
    return { added: fresh.length };
  });
}
