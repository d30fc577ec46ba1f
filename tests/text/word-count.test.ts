import { describe, expect, it } from 'vitest';
import { isWhiteSpace, singleSpaced, wordCount } from '../../src/text/word-count';

describe('wordCount', () => {
  it('takes as white space exactly what \\s matches, over the whole BMP', () => {
    for (let c = 0; c <= 0xffff; c++) expect(isWhiteSpace(c), c.toString(16)).toBe(/\s/.test(String.fromCharCode(c)));
  });

  it.each([
    ['', 0],
    ['   ', 0],
    ['Jira', 1],
    ['  Stakeholder  management\tand\nJira ', 4],
    ['a\u00A0b\u2003c\u3000d\uFEFFe', 5],
    ['no-break-hyphen words', 2],
    ['emoji 🚀 counts as a word', 6],
    ['\u200Bzero width is no space', 5],
  ])('counts %j as split(/\\s+/) does: %i', (text, count) => {
    expect(wordCount(text)).toBe(count);
    expect(wordCount(text)).toBe(text.split(/\s+/).filter(Boolean).length);
  });

  it('counts a slice in place', () => {
    const text = 'Senior TPM, Payments: own the roadmap';
    expect(wordCount(text, 12, 21)).toBe(wordCount(text.slice(12, 21)));
    expect(wordCount(text, 5, 5)).toBe(0);
  });
});

describe('singleSpaced', () => {
  it.each(['', ' ', 'Jira', 'Jira Confluence', ' Jira ', 'Jira  Confluence', 'Jira\tConfluence', 'a\u00A0b', 'a \nb', 'a\u3000 b', 'ends with two  '])(
    'spaces %j as replace(/\\s+/g, " ") does',
    (text) => {
      expect(singleSpaced(text)).toBe(text.replace(/\s+/g, ' '));
    },
  );
});
