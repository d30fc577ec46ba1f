import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { asPendingSelection, pendingSelectionItem, takePendingSelection } from '../../src/storage/pending-selection';

const valid = { text: 'Technical Program Manager, Jira and Scrum', url: 'https://example.org/job', title: 'TPM', at: 1_000 };

describe('asPendingSelection (checked without zod, for the background script)', () => {
  it.each([
    ['a whole selection', valid, valid],
    ['an empty page title and address', { ...valid, url: '', title: '' }, { ...valid, url: '', title: '' }],
    ['extra fields, dropped', { ...valid, extra: 1 }, valid],
    ['empty text', { ...valid, text: '' }, undefined],
    ['text that is no string', { ...valid, text: 42 }, undefined],
    ['a missing url', { text: valid.text, title: valid.title, at: valid.at }, undefined],
    ['a time that is no number', { ...valid, at: '1000' }, undefined],
    ['a time that is no finite number', { ...valid, at: Number.NaN }, undefined],
    ['null', null, undefined],
    ['a string', 'Jira', undefined],
  ])('%s', (_, value, expected) => {
    expect(asPendingSelection(value)).toEqual(expected);
  });
});

describe('takePendingSelection', () => {
  beforeEach(() => fakeBrowser.reset());

  it('takes a fresh selection once', async () => {
    await pendingSelectionItem.setValue(valid);
    expect(await takePendingSelection(valid.at + 1_000)).toEqual(valid);
    expect(await takePendingSelection(valid.at + 1_000)).toBeUndefined();
  });

  it('discards a stale or malformed one', async () => {
    await pendingSelectionItem.setValue(valid);
    expect(await takePendingSelection(valid.at + 3 * 60 * 1000)).toBeUndefined();
    await pendingSelectionItem.setValue({ ...valid, text: '' });
    expect(await takePendingSelection(valid.at)).toBeUndefined();
    expect(await pendingSelectionItem.getValue()).toBeNull();
  });
});
