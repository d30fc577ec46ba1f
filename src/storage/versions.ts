import { storage } from 'wxt/utils/storage';

/**
 * The version of everything the extension stores, as one number. Each version's stored shapes have fixtures in
 * tests/fixtures/storage/v<N>/ (a test fails when a declared version has none).
 *
 * 1. `local:resumes` (the library), `local:quarantine` (entries that failed validation); `local:resumes$` may
 *    hold `{ v: 1 }`.
 * 2. Adds `local:dataVersion` (this number), `local:settings` (history on or off), and the history of analyzed
 *    postings in IndexedDB (database `tpmkl-history`, history.ts). Resumes and quarantine are as in 1.
 */
export const DATA_VERSION = 2;

export const dataVersionItem = storage.defineItem<unknown>('local:dataVersion', { fallback: null });

/** Thrown by every write while the stored data is newer than this code: writing could lose what it does not know. */
export class NewerDataError extends Error {
  /** `stored`: the newer data version, where known (a history database laid out by a newer version does not say). */
  constructor(readonly stored?: number) {
    super(
      `Your saved data was written by a newer version of TPM Keyword Lens (${stored ? `data version ${stored}` : 'a newer data version'}; this one knows up to ${DATA_VERSION}). ` +
        'It is shown read-only and nothing is changed: update the extension to edit it.',
    );
  }
}

/** The version the stored data is at: its marker, else 1 where version 1's data is there, else none (a fresh install). */
export async function storedDataVersion(): Promise<number | undefined> {
  const marker = await dataVersionItem.getValue();
  if (typeof marker === 'number' && Number.isInteger(marker) && marker > 0) return marker;
  // Version 1 wrote no marker of its own; WXT's item meta says 1 where present, and a newer WXT-versioned library more.
  const meta = (await storage.getMeta<{ v?: unknown }>('local:resumes')) ?? {};
  if (typeof meta.v === 'number' && meta.v > 1) return meta.v;
  const [resumes, quarantine] = await Promise.all([storage.getItem('local:resumes'), storage.getItem('local:quarantine')]);
  return resumes != null || quarantine != null || meta.v === 1 ? 1 : undefined;
}

/**
 * Each step from the version before it; a step must keep everything the earlier version stored.
 * 2: resumes and set-aside entries stay exactly as they are; the history store starts empty (IndexedDB creates it
 * on first use) and history is on, as the settings' default says.
 */
const MIGRATIONS: Record<number, () => Promise<void>> = {
  2: async () => undefined,
};

let upgrading: Promise<void> | undefined;

/**
 * Brings stored data to DATA_VERSION (once per page; later calls only check), or says it is read-only because
 * a newer version wrote it. Every read of stored data goes through here first, every write through assertWritable().
 */
export async function ensureCurrentData(): Promise<{ readOnly: false } | { readOnly: true; stored: number; message: string }> {
  const stored = await storedDataVersion();
  if (stored !== undefined && stored > DATA_VERSION) return { readOnly: true, stored, message: new NewerDataError(stored).message };
  if (stored === DATA_VERSION) return { readOnly: false };
  upgrading ??= (async () => {
    for (let v = (stored ?? DATA_VERSION) + 1; v <= DATA_VERSION; v++) await MIGRATIONS[v]();
    await dataVersionItem.setValue(DATA_VERSION);
  })().finally(() => {
    upgrading = undefined;
  });
  await upgrading;
  return { readOnly: false };
}

/** Throws NewerDataError (with its message for the user) where the stored data is newer than this code. */
export async function assertWritable(): Promise<void> {
  const state = await ensureCurrentData();
  if (state.readOnly) throw new NewerDataError(state.stored);
}
