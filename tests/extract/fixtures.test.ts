import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/parse-html';
import { extractPosting } from '../../src/extract';
import { postingSchema } from '../../src/extract/posting-schema';
import { collapse } from './collapse';
import { pageFixtureNames, readPageFixture } from './page-fixtures';

const cases = pageFixtureNames();

describe.each(cases)('%s', (name) => {
  const { html, expected } = readPageFixture(name);
  const document = parseHtml(html);
  const posting = extractPosting(document, expected.url);

  it('follows the Posting schema and finds the site, method, title and company', () => {
    expect(postingSchema.safeParse(posting).success).toBe(true);
    expect({ site: posting.site, method: posting.method, title: posting.title, company: posting.company }).toEqual({
      site: expected.site,
      method: expected.method,
      title: expected.title,
      company: expected.company,
    });
  });

  it('starts with the title and the company, then the description, and ends where the posting ends', () => {
    if (expected.method === 'none') return expect(posting.text.length).toBeLessThan(300);
    const lines = posting.text.split('\n');
    expect(lines.slice(0, 2)).toEqual([expected.title, expected.company].filter(Boolean).concat(lines.slice(expected.company ? 2 : 1, 2)));
    const body = collapse(lines.slice(expected.company ? 2 : 1).join('\n'));
    expect(body.startsWith(collapse(expected.startsWith)), body.slice(0, 200)).toBe(true);
    if (expected.endsWith) expect(body.endsWith(collapse(expected.endsWith)), body.slice(-200)).toBe(true);
  });

  it('holds every expected phrase and none of the page chrome', () => {
    const text = collapse(posting.text);
    const missing = expected.mustContain.filter((p) => !text.includes(collapse(p)));
    const unwanted = expected.mustNotContain.filter((p) => text.includes(collapse(p)));
    expect({ missing, unwanted }).toEqual({ missing: [], unwanted: [] });
  });

  it('keeps list items and headings on their own lines, with no HTML left', () => {
    expect(posting.text).not.toMatch(/<\/?[a-z][a-z0-9]*[\s>/]|&(lt|gt|amp|nbsp|#\d+);/i);
    expect(posting.text).not.toMatch(/[\u200B-\u200D\uFEFF]|[ \t]{2,}/);
    if (expected.method !== 'none') expect(posting.text).toMatch(/^- \S/m);
  });

  it('carries the page address, and its headings as sections that rebuild the text line for line', () => {
    expect(posting.url).toBe(expected.url);
    if (!posting.sections) return;
    const rebuilt = posting.sections
      .flatMap((s) => [s.heading, s.text])
      .filter(Boolean)
      .join('\n');
    expect(rebuilt).toBe(posting.text);
    expect(posting.sections.filter((s) => s.heading).length).toBeGreaterThan(0);
  });

  it('leaves the page as it was', () => {
    expect(document.documentElement.outerHTML).toBe(parseHtml(html).documentElement.outerHTML);
  });
});
