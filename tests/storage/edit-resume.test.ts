import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { deleteResume, loadLibrary, restoreResume, saveResume, StorageError, updateResume } from '../../src/storage/resumes';
import { MAX_RESUME_NAME_CHARS } from '../../src/storage/schema';

const resume = { name: 'Cloud TPM', text: 'Led Kubernetes migrations with Jira.', source: 'paste' as const };

describe("the options page's undo and editor", () => {
  beforeEach(() => fakeBrowser.reset());

  it('puts a deleted resume back where it was, the default again', async () => {
    await saveResume(resume);
    await saveResume({ ...resume, name: 'Agile TPM' });
    const before = (await saveResume({ ...resume, name: 'Data TPM' })).resumes;
    const first = before[0];
    await deleteResume(first.id);
    expect((await loadLibrary()).library.defaultId).not.toBe(first.id);
    const after = await restoreResume(first, { index: 0, wasDefault: true });
    expect(after.resumes).toEqual(before);
    expect(after.defaultId).toBe(first.id);
  });

  it('restores a resume that was not the default without taking the default', async () => {
    const [first, second] = (await saveResume({ ...resume, name: 'Agile TPM' }).then(() => saveResume(resume))).resumes;
    await deleteResume(second.id);
    const after = await restoreResume(second, { index: 1, wasDefault: false });
    expect(after.resumes.map((r) => r.id)).toEqual([first.id, second.id]);
    expect(after.defaultId).toBe(first.id);
  });

  it("saves an edited name and text, keeping the resume's id, source and date", async () => {
    const [saved] = (await saveResume(resume)).resumes;
    const after = await updateResume(saved.id, { name: 'Cloud TPM, fixed', text: 'Led Kubernetes migrations\nwith Jira and Confluence.' });
    expect(after.resumes).toEqual([{ ...saved, name: 'Cloud TPM, fixed', text: 'Led Kubernetes migrations\nwith Jira and Confluence.' }]);
  });

  it.each([
    ['an empty text', { text: '   ' }],
    ['a name over the limit', { name: 'x'.repeat(MAX_RESUME_NAME_CHARS + 1) }],
  ])('refuses %s and changes nothing', async (_, changes) => {
    const [saved] = (await saveResume(resume)).resumes;
    await expect(updateResume(saved.id, changes)).rejects.toThrow(StorageError);
    expect((await loadLibrary()).library.resumes).toEqual([saved]);
  });

  it('says so when the resume was deleted meanwhile', async () => {
    await expect(updateResume('gone', { text: 'anything' })).rejects.toThrow(/no longer saved/);
  });
});
