import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { analyze } from '../../src/index';
import { openDB } from 'idb';
import { addScore, deleteHistoryEntries, exportHistory, HISTORY_DB, importHistory, listHistory, postingText, recordAnalysis } from '../../src/storage/history';
import { postingKey, resumeScore, scoreFor } from '../../src/storage/history-entry';
import { deleteAllData } from '../../src/storage/resumes';
import { saveSettings } from '../../src/storage/settings';
import { historyEntrySchema } from '../../src/storage/history-schema';
import { NewerDataError } from '../../src/storage/versions';

const cloud = { id: 'r-cloud', name: 'Cloud TPM', text: 'Technical Program Manager. Led Kubernetes migrations; ran Jira and Scrum ceremonies.' };
const agile = { id: 'r-agile', name: 'Agile delivery', text: 'Scrum Master. Facilitated sprint planning and retrospectives.' };
const text = 'Technical Program Manager\nRequirements\n- 5+ years with Kubernetes and Jira\n- Scrum\nNice to have\n- PMP certification';

/** What the popup records: the analysis against the shown resume, and a score against every saved resume. */
function record(source: { text: string; url?: string; title?: string }, now: string, resumes = [cloud, agile]) {
  const analyses = resumes.map((r) => [r, analyze(source.text, r.text)] as const);
  return recordAnalysis({
    source: { title: source.title ?? '', company: '', site: source.url ? 'generic' : undefined, ...source },
    analysis: analyses[0]?.[1] ?? analyze(source.text),
    scores: analyses.flatMap(([r, a]) => resumeScore(r, a) ?? []),
    shownResumeId: resumes[0]?.id,
    now,
  });
}

describe('history of analyzed postings (IndexedDB)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    globalThis.indexedDB = new IDBFactory();
  });

  it("stores each entry in the shape its schema declares, no more (an analysis term's spans stay out)", async () => {
    await record({ text, url: 'https://jobs.example.com/tpm/1' }, '2026-11-20T10:00:00.000Z');
    const db = await openDB(HISTORY_DB);
    const [stored] = await db.getAll('postings');
    db.close();
    expect(stored.terms.length).toBeGreaterThan(2);
    expect(stored).toEqual(historyEntrySchema.parse(stored));
  });

  it('records a posting with its terms, importance, evidence and a score per saved resume', async () => {
    await record({ text, url: 'https://jobs.example.com/tpm/1' }, '2026-11-20T10:00:00.000Z');
    const [entry] = (await listHistory()).entries;
    expect(entry.title).toBe('Technical Program Manager');
    expect(entry.terms.find((t) => t.id === 'kubernetes')?.job).toMatchObject({ importance: 'required', evidence: ['Kubernetes'] });
    expect(entry.scores.map((s) => s.resumeName)).toEqual(['Cloud TPM', 'Agile delivery']);
    expect(entry.scores[0].score).toBeGreaterThan(entry.scores[1].score);
    expect(entry.scores[0].statuses.kubernetes).toBe('covered');
    expect(scoreFor(entry)?.resumeId).toBe('r-cloud');
    expect((await postingText(entry.key))?.text).toBe(text);
  });

  it.each([
    ['the same address (another #anchor)', { url: 'https://jobs.example.com/tpm/1#apply', text: `${text}\n- Extra line` }, 1],
    ['the same text pasted again (other spaces and case)', { text: text.toUpperCase().replace(/\n/g, '\n\n  ') }, 1],
    ['another address', { url: 'https://jobs.example.com/tpm/2', text }, 2],
    ['another text without address', { text: `${text}\n- Terraform` }, 2],
  ])('%s: %s entries', async (_, second: { text: string; url?: string }, count) => {
    const first = second.url ? { text, url: 'https://jobs.example.com/tpm/1' } : { text };
    await record(first, '2026-11-20T10:00:00.000Z');
    await record(second, '2026-11-21T10:00:00.000Z');
    const { entries } = await listHistory();
    expect(entries).toHaveLength(count);
    expect(entries[0].analyzedAt).toBe('2026-11-21T10:00:00.000Z');
    if (count === 1) expect(entries[0].firstAnalyzedAt).toBe('2026-11-20T10:00:00.000Z');
  });

  it('keys by address where there is one, by text where there is none', () => {
    expect(postingKey({ url: 'https://a.example/jobs/1#x', text })).toBe('url:https://a.example/jobs/1');
    expect(postingKey({ url: 'chrome://newtab', text })).toMatch(/^text:/);
    expect(postingKey({ text: 'A  b' })).toBe(postingKey({ text: 'a b' }));
    expect(postingKey({ text: 'a b' })).not.toBe(postingKey({ text: 'a c' }));
  });

  it('keeps the earlier score of a resume not compared this time, and adds a re-analysis', async () => {
    await record({ text }, '2026-11-20T10:00:00.000Z');
    const entry = await record({ text }, '2026-11-21T10:00:00.000Z', [agile]);
    expect(entry?.scores.map((s) => s.resumeId).sort()).toEqual(['r-agile', 'r-cloud']);
    const again = await addScore(entry!.key, { ...resumeScore(cloud, analyze(text, cloud.text))!, score: 99 });
    expect(scoreFor(again!, 'r-cloud')?.score).toBe(99);
    expect(again?.scores).toHaveLength(2);
  });

  it('records nothing while history is off', async () => {
    await saveSettings({ historyEnabled: false });
    expect(await record({ text }, '2026-11-20T10:00:00.000Z')).toBeUndefined();
    expect((await listHistory()).entries).toEqual([]);
  });

  it('deletes one or many, and "Delete all my data" empties it', async () => {
    for (const n of [1, 2, 3]) await record({ text, url: `https://jobs.example.com/tpm/${n}` }, `2026-11-2${n}T10:00:00.000Z`);
    const keys = (await listHistory()).entries.map((e) => e.key);
    await deleteHistoryEntries([keys[0]]);
    expect((await listHistory()).entries).toHaveLength(2);
    await deleteHistoryEntries(keys.slice(1));
    expect((await listHistory()).entries).toEqual([]);
    await record({ text }, '2026-11-20T10:00:00.000Z');
    await deleteAllData();
    expect((await listHistory()).entries).toEqual([]);
    expect(await postingText(postingKey({ text }))).toBeUndefined();
  });

  it('imports its own export back without duplicates, newer entries winning', async () => {
    await record({ text, url: 'https://jobs.example.com/tpm/1' }, '2026-11-20T10:00:00.000Z');
    await record({ text: 'Release Manager\nRequirements\n- release management and change management' }, '2026-11-21T10:00:00.000Z');
    const exported = await exportHistory();
    expect(await importHistory(exported)).toEqual({ added: 0, updated: 0, unchanged: 2, invalid: 0 });
    await deleteAllData();
    expect(await importHistory(exported)).toEqual({ added: 2, updated: 0, unchanged: 0, invalid: 0 });
    const { entries } = await listHistory();
    expect(entries.map((e) => e.title)).toEqual(['Release Manager', 'Technical Program Manager']);
    expect((await postingText(entries[1].key))?.text).toBe(text);
    // A later analysis in the file replaces the stored one; a damaged entry is counted, not imported.
    const file = JSON.parse(exported);
    file.entries[1].analyzedAt = '2026-12-01T00:00:00.000Z';
    file.entries.push({ key: 'url:https://x.example/1', title: 42 });
    expect(await importHistory(JSON.stringify(file))).toEqual({ added: 0, updated: 1, unchanged: 1, invalid: 1 });
    expect((await listHistory()).entries).toHaveLength(2);
  });

  it('says a database laid out by a newer version is newer, instead of failing obscurely', async () => {
    (await openDB(HISTORY_DB, 7)).close();
    await expect(listHistory()).rejects.toThrow(NewerDataError);
    await expect(listHistory()).rejects.toThrow(/a newer data version; this one knows up to 2/);
  });

  it.each([
    ['not JSON', 'nope', /not JSON/],
    ['a resume backup', '{"app":"tpm-keyword-lens","version":1,"library":{}}', /not a TPM Keyword Lens history export/],
  ])('refuses a file that is %s, changing nothing', async (_, json, message) => {
    await record({ text }, '2026-11-20T10:00:00.000Z');
    await expect(importHistory(json)).rejects.toThrow(message);
    expect((await listHistory()).entries).toHaveLength(1);
  });
});
