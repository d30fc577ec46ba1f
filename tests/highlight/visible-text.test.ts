import { describe, expect, it } from 'vitest';
import { locate, type VisibleText } from '../../src/highlight/visible-text';

// locate() reads only the visible text's flat string; the DOM side (readVisibleText) runs in the e2e test.
const page = (flat: string): VisibleText => ({ flat, range: () => undefined });
const found = (flat: string, at: [number, number] | undefined) => (at ? flat.slice(...at) : undefined);

const POSTING = 'Release Manager\nAcme\nRequirements\n- Jira and Confluence every day\n- Advanced Jira administration';
const span = (words: string, nth = 0) => {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = POSTING.indexOf(words, at + 1);
  return [at, at + words.length] as const;
};

describe('locate: a posting span in the page text', () => {
  it.each([
    [
      'the right occurrence, by its line',
      'Jira boards in the header\nRequirements\nJira and Confluence every day\nAdvanced Jira administration',
      'Jira',
      1,
      'Advanced Jira administration',
    ],
    ['a list item without its "- "', 'Nav\nJira and Confluence every day', 'Confluence', 0, 'Jira and Confluence every day'],
    ['whitespace that differs', 'Advanced  Jira\nadministration', 'Jira', 1, null],
    ['by its words where the page words its line otherwise', 'Our stack: Jira, Slack', 'Jira', 0, null],
  ])('%s', (_, flat, words, nth, line) => {
    const [start, end] = span(words, nth);
    const at = locate(page(flat), POSTING, start, end);
    expect(found(flat, at)).toBe(words);
    if (line) expect(flat.slice(at![0] - line.indexOf(words), at![0] - line.indexOf(words) + line.length)).toBe(line);
  });

  it.each([
    ['a page that does not show it', 'Apply now. Benefits and perks.'],
    ['only inside another word', 'Our Jiras and wikis'],
  ])('finds nothing in %s', (_, flat) => {
    const [start, end] = span('Jira');
    expect(locate(page(flat), POSTING, start, end)).toBeUndefined();
  });
});
