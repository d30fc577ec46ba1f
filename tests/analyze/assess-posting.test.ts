import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cutText, MAX_TEXT_CHARS } from '../../src/analyze/limits';
import { analyze } from '../../src/index';

const posting = readFileSync('samples/posting.txt', 'utf8');
const article =
  'City council approves new bike lanes\nThe city council voted on Tuesday to add twelve miles of protected bike lanes downtown, a plan debated for three years. ' +
  'Supporters said the lanes will make commuting safer, while shop owners worried about losing parking along Main Street. Construction starts in the spring ' +
  'and lasts about eight months, the transportation department said. The mayor will publish a map of the routes next week and invite comments from residents.';
const results = [
  'Jobs for you',
  'Senior Technical Program Manager',
  'Acme · Seattle',
  'Data Engineer',
  'Globex · Remote',
  'Program Manager, Cloud',
  'Initech',
  'Software Engineer II',
  'IT Project Manager',
  'Scrum Master',
  'Release Manager',
  'Product Designer',
]
  .join('\n')
  .concat('\nJira, Confluence and Agile teams. '.repeat(8));

describe('does it look like a job posting?', () => {
  it.each([
    ['an empty page', '', /no text/],
    ['a few words', 'Careers at Acme. Join us!', /too little text/],
    ['a news article', article, /does not look like a job posting/],
    ['a list of search results', results, /list of jobs/],
  ])('%s: no, and says why', (_, text, reason) => {
    const a = analyze(text);
    expect(a.job.isPosting).toBe(false);
    expect(a.job.notPostingReason).toMatch(reason);
    expect(a.notices?.[0]).toBe(a.job.notPostingReason);
  });

  it('a real posting: yes', () => {
    expect(analyze(posting).job).toMatchObject({ isPosting: true, truncated: false });
  });
});

describe('huge input', () => {
  it('is cut before a heading, within the limit, and the analysis says so', () => {
    const huge = `${posting}\n`.repeat(Math.ceil((MAX_TEXT_CHARS * 1.5) / posting.length));
    const { text, truncated } = cutText(huge);
    expect(truncated).toBe(true);
    expect(text.length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
    expect(huge.startsWith(text)).toBe(true);
    expect(huge.slice(text.length + 1).split('\n')[0]).toMatch(
      /^(What you'll do|Minimum qualifications|Preferred qualifications|Benefits|About|Senior|Northwind)/,
    );
    const a = analyze(huge);
    expect(a.job.truncated).toBe(true);
    expect(a.notices?.join(' ')).toMatch(/very long: only its first [\d,]+ characters/);
  });

  it('leaves normal text alone', () => {
    expect(cutText(posting)).toEqual({ text: posting, truncated: false });
  });
});
