import { describe, expect, it } from 'vitest';
import { compareKey } from '../../src/text/basics';

describe('compareKey', () => {
  it.each([
    ['Share this:', 'share this'],
    ['  Other jobs at   Contoso  ', 'other jobs at contoso'],
    ['N/A', 'n a'],
    ['Con\u200Bfidential', 'confidential'],
    ['Descripción del puesto', 'descripción del puesto'],
    ['C++ / Go', 'c go'],
    ['', ''],
  ])('%j -> %j (punctuation as spaces)', (text, key) => expect(compareKey(text)).toBe(key));

  it.each([
    ['Job description:', 'job description'],
    ['  Full job   description : ', 'full job description'],
    ['C++ developer', 'c++ developer'],
    ['Job description - remote', 'job description - remote'],
    ['Note: apply today', 'note: apply today'],
  ])('%j -> %j (only a closing colon dropped)', (text, key) => expect(compareKey(text, { punctuation: 'colon' })).toBe(key));
});
