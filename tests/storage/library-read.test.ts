import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { storage } from 'wxt/utils/storage';
import { asCurrentLibrary, readLibrary } from '../../src/storage/library-read';
import { MAX_RESUME_NAME_CHARS } from '../../src/storage/limits';
import { loadLibrary, quarantineItem, resumesItem } from '../../src/storage/resumes';
import { DATA_VERSION } from '../../src/storage/versions';

const resume = { id: 'r1', name: 'Program manager', text: 'Jira, Scrum and stakeholder management.', source: 'paste', addedAt: '2026-01-01T00:00:00.000Z' };
const library = { resumes: [resume], defaultId: 'r1' };

describe('asCurrentLibrary: by hand only what zod would return unchanged', () => {
  it.each([
    ['a current, valid library', DATA_VERSION, library, library],
    ['nothing stored yet (current version)', DATA_VERSION, null, { resumes: [], defaultId: null }],
    ['no default', DATA_VERSION, { resumes: [resume], defaultId: null }, { resumes: [resume], defaultId: null }],
    ['extra keys, dropped as zod drops them', DATA_VERSION, { ...library, resumes: [{ ...resume, extra: 1 }] }, library],
    ['an older data version', 1, library, undefined],
    ['a newer data version', DATA_VERSION + 1, library, undefined],
    ['no version marker', null, library, undefined],
    ['a name zod would trim', DATA_VERSION, { ...library, resumes: [{ ...resume, name: ' Program manager ' }] }, undefined],
    ['a name too long', DATA_VERSION, { ...library, resumes: [{ ...resume, name: 'n'.repeat(MAX_RESUME_NAME_CHARS + 1) }] }, undefined],
    ['empty text', DATA_VERSION, { ...library, resumes: [{ ...resume, text: '' }] }, undefined],
    ['an unknown source', DATA_VERSION, { ...library, resumes: [{ ...resume, source: 'fax' }] }, undefined],
    ['a missing id', DATA_VERSION, { ...library, resumes: [{ ...resume, id: undefined }] }, undefined],
    ['a default id that is no string', DATA_VERSION, { ...library, defaultId: 3 }, undefined],
    ['resumes that are no list', DATA_VERSION, { resumes: 'r1', defaultId: null }, undefined],
    ['a string', DATA_VERSION, 'resumes', undefined],
  ])('%s', (_, version, raw, expected) => {
    expect(asCurrentLibrary(version, raw)).toEqual(expected);
  });
});

describe('readLibrary', () => {
  beforeEach(() => fakeBrowser.reset());

  it('returns what loadLibrary returns for current, valid data', async () => {
    await storage.setItem('local:dataVersion', DATA_VERSION);
    await resumesItem.setValue(library);
    expect(await readLibrary()).toEqual({ library: (await loadLibrary()).library });
  });

  it('leaves anything else to loadLibrary, which still sets a bad entry aside', async () => {
    await storage.setItem('local:dataVersion', DATA_VERSION);
    const bad = { ...resume, id: 'r2', source: 'fax' };
    await resumesItem.setValue({ resumes: [resume, bad], defaultId: 'r1' });
    expect((await readLibrary()).library).toEqual(library);
    expect(await quarantineItem.getValue()).toEqual([expect.objectContaining({ data: bad })]);
  });

  it('brings a fresh install to the current version through loadLibrary', async () => {
    expect((await readLibrary()).library).toEqual({ resumes: [], defaultId: null });
    expect(await storage.getItem('local:dataVersion')).toBe(DATA_VERSION);
  });
});
