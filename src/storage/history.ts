import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import { historyEntry, postingKey, type RecordedSource } from './history-entry';
import { historyEntrySchema, historyExportSchema, postingTextSchema, type HistoryEntry, type PostingText, type ResumeScore } from './history-schema';
import { loadSettings } from './settings';
import { assertWritable, ensureCurrentData, NewerDataError } from './versions';
import type { Analysis } from '../analyze/analysis-schema';

/**
 * The history of analyzed postings, in IndexedDB (it grows to thousands of entries, beyond what storage.local
 * is for), through `idb`: promises over IndexedDB's requests, with its transactions as they are.
 * Two stores: `postings` holds what the history page lists (small), `texts` the postings' text, read only to
 * analyze one again. What comes out is validated, never trusted; an entry that fails is left where it is and counted.
 */
export const HISTORY_DB = 'tpmkl-history';
/** IndexedDB's own version of the database's layout (stores and indexes), not the data version. */
const LAYOUT_VERSION = 1;

export interface HistoryDB extends DBSchema {
  postings: { key: string; value: unknown; indexes: { analyzedAt: string } };
  texts: { key: string; value: unknown };
}

let connection: { factory: IDBFactory; db: Promise<IDBPDatabase<HistoryDB>> } | undefined;

/** The open database; reopened when the page's IndexedDB changes (tests) or another page upgrades it. */
export function openHistoryDatabase(): Promise<IDBPDatabase<HistoryDB>> {
  if (connection?.factory === indexedDB) return connection.db;
  const db = openDB<HistoryDB>(HISTORY_DB, LAYOUT_VERSION, {
    upgrade(db) {
      const postings = db.createObjectStore('postings', { keyPath: 'key' });
      postings.createIndex('analyzedAt', 'analyzedAt');
      db.createObjectStore('texts', { keyPath: 'key' });
    },
    blocking() {
      connection = undefined; // a newer layout waits for this page: let it go
      void db.then((d) => d.close());
    },
  }).catch((e: unknown) => {
    connection = undefined;
    // A layout newer than this code: a newer version of the extension wrote it.
    if ((e as Error)?.name === 'VersionError') throw new NewerDataError();
    throw e;
  });
  connection = { factory: indexedDB, db };
  return db;
}

export interface HistoryList {
  entries: HistoryEntry[];
  /** Stored entries that failed validation: kept in place, not shown. */
  unreadable: number;
  /** Set when stored data is newer than this code: shown, not changed. */
  readOnly?: string;
}

/** Every readable entry, the latest first. */
export async function listHistory(): Promise<HistoryList> {
  const state = await ensureCurrentData();
  // Not through the date index: an entry without a date is not in it, and must still be counted.
  const raw = await (await openHistoryDatabase()).getAll('postings');
  const entries: HistoryEntry[] = [];
  let unreadable = 0;
  for (const value of raw) {
    const parsed = historyEntrySchema.safeParse(value);
    if (parsed.success) entries.push(parsed.data);
    else unreadable++;
  }
  entries.sort((a, b) => (a.analyzedAt < b.analyzedAt ? 1 : a.analyzedAt > b.analyzedAt ? -1 : 0));
  return { entries, unreadable, ...(state.readOnly ? { readOnly: state.message } : {}) };
}

/** The recorded entry of a posting (by postingKey), if it is there and readable. */
export async function historyEntryOf(key: string): Promise<HistoryEntry | undefined> {
  const parsed = historyEntrySchema.safeParse(await (await openHistoryDatabase()).get('postings', key));
  return parsed.success ? parsed.data : undefined;
}

/** A recorded posting's text, to analyze it again. */
export async function postingText(key: string): Promise<PostingText | undefined> {
  const parsed = postingTextSchema.safeParse(await (await openHistoryDatabase()).get('texts', key));
  return parsed.success ? parsed.data : undefined;
}

/**
 * Records an analysis the popup showed, with the posting's score against each saved resume: the same posting
 * (address, or text when it has none) updates its entry. Does nothing while history is off.
 */
export async function recordAnalysis(input: {
  source: RecordedSource;
  analysis: Analysis;
  scores: ResumeScore[];
  shownResumeId?: string;
  now?: string;
}): Promise<HistoryEntry | undefined> {
  if (!(await loadSettings()).historyEnabled) return undefined;
  await assertWritable();
  const db = await openHistoryDatabase();
  const key = postingKey({ url: input.analysis.job.url ?? input.source.url, text: input.source.text });
  const tx = db.transaction(['postings', 'texts'], 'readwrite');
  const previous = historyEntrySchema.safeParse(await tx.objectStore('postings').get(key));
  const { entry, text } = historyEntry({ ...input, now: input.now ?? new Date().toISOString() }, previous.success ? previous.data : undefined);
  await Promise.all([tx.objectStore('postings').put(entry), tx.objectStore('texts').put(text), tx.done]);
  return entry;
}

/** Adds a score against one more resume (or a newer one against the same resume) to a recorded posting. */
export async function addScore(key: string, score: ResumeScore): Promise<HistoryEntry | undefined> {
  await assertWritable();
  const tx = (await openHistoryDatabase()).transaction('postings', 'readwrite');
  const found = historyEntrySchema.safeParse(await tx.store.get(key));
  if (!found.success) return undefined;
  const entry = { ...found.data, scores: [score, ...found.data.scores.filter((s) => s.resumeId !== score.resumeId)] };
  await Promise.all([tx.store.put(entry), tx.done]);
  return entry;
}

export async function deleteHistoryEntries(keys: readonly string[]): Promise<void> {
  await assertWritable();
  const tx = (await openHistoryDatabase()).transaction(['postings', 'texts'], 'readwrite');
  await Promise.all([...keys.flatMap((k) => [tx.objectStore('postings').delete(k), tx.objectStore('texts').delete(k)]), tx.done]);
}

/** Empties the history ("Delete all my data"): allowed even read-only, since the user asks to lose it. */
export async function clearHistory(): Promise<void> {
  const tx = (await openHistoryDatabase()).transaction(['postings', 'texts'], 'readwrite');
  await Promise.all([tx.objectStore('postings').clear(), tx.objectStore('texts').clear(), tx.done]);
}

/** The history (or the entries of `keys`) as JSON, each entry with its posting's text: what import reads back. */
export async function exportHistory(keys?: readonly string[]): Promise<string> {
  const { entries } = await listHistory();
  const wanted = keys && new Set(keys);
  const texts = new Map<string, PostingText>();
  for (const raw of await (await openHistoryDatabase()).getAll('texts')) {
    const parsed = postingTextSchema.safeParse(raw);
    if (parsed.success) texts.set(parsed.data.key, parsed.data);
  }
  const withText = entries
    .filter((e) => !wanted || wanted.has(e.key))
    .map((e) => {
      const text = texts.get(e.key);
      return { ...e, posting: text ? { text: text.text, ...(text.sections ? { sections: text.sections } : {}) } : undefined };
    });
  return JSON.stringify({ app: 'tpm-keyword-lens', kind: 'history', version: 1, exportedAt: new Date().toISOString(), entries: withText }, null, 2);
}

export class HistoryImportError extends Error {}

/**
 * Reads an export back: an entry whose posting is already there is kept as stored when it is as recent or more,
 * else replaced; nothing is duplicated. Entries that fail validation are counted, not imported; a file that is
 * not an export changes nothing.
 */
export async function importHistory(json: string): Promise<{ added: number; updated: number; unchanged: number; invalid: number }> {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw new HistoryImportError('This file is not a TPM Keyword Lens history export (it is not JSON).');
  }
  const file = historyExportSchema.safeParse(data);
  if (!file.success) throw new HistoryImportError('This file is not a TPM Keyword Lens history export; nothing was imported.');
  await assertWritable();
  const tally = { added: 0, updated: 0, unchanged: 0, invalid: 0 };
  const tx = (await openHistoryDatabase()).transaction(['postings', 'texts'], 'readwrite');
  const writes: Promise<unknown>[] = [];
  for (const raw of file.data.entries) {
    const entry = historyEntrySchema.safeParse(raw);
    const posting = entry.success ? postingTextSchema.safeParse({ ...(raw as { posting?: object }).posting, key: entry.data.key }) : undefined;
    if (!entry.success || !posting?.success) {
      tally.invalid++;
      continue;
    }
    const stored = historyEntrySchema.safeParse(await tx.objectStore('postings').get(entry.data.key));
    if (stored.success && stored.data.analyzedAt >= entry.data.analyzedAt) {
      tally.unchanged++;
      continue;
    }
    tally[stored.success ? 'updated' : 'added']++;
    writes.push(tx.objectStore('postings').put(entry.data), tx.objectStore('texts').put(posting.data));
  }
  await Promise.all([...writes, tx.done]);
  return tally;
}
