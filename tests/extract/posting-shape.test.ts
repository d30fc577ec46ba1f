import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/parse-html';
import { extractPosting } from '../../src/extract';
import { postingSchema } from '../../src/extract/posting-schema';
import { asPosting } from '../../src/extract/posting-shape';
import { pageFixtureNames, readPageFixture } from './page-fixtures';

// The popup's hand check must never accept what zod's postingSchema would not return as it is, and must accept the
// extractor's own reads (else every open loads zod again).

const reads = pageFixtureNames().map((name) => {
  const { html, expected } = readPageFixture(name);
  return { name, posting: extractPosting(parseHtml(html), expected.url) };
});

describe('asPosting', () => {
  it.each(reads.map((r) => [r.name, r.posting] as const))('accepts the read of %s as postingSchema returns it', (_, posting) => {
    expect(asPosting(posting)).toEqual(postingSchema.parse(posting));
  });

  const valid = reads[0].posting;
  const odd: [string, unknown][] = [
    ['nothing', undefined],
    ['a string', 'Program Manager'],
    ['an array', [valid]],
    ['an unknown method', { ...valid, method: 'ocr' }],
    ['a missing title', { ...valid, title: undefined }],
    ['a number for a company', { ...valid, company: 7 }],
    ['a key the schema drops', { ...valid, html: '<p>' }],
    ['a section without text', { ...valid, sections: [{ heading: 'About' }] }],
    ['a section with a key more', { ...valid, sections: [{ heading: 'About', text: 'x', level: 2 }] }],
    ['notices that are no strings', { ...valid, notices: [1] }],
    ['a url that is no string', { ...valid, url: 12 }],
  ];
  it.each(odd)('leaves %s to postingSchema', (_, value) => {
    expect(asPosting(value)).toBeUndefined();
  });

  it('accepts an optional field left undefined, as postingSchema does', () => {
    const read = { ...valid, url: undefined, sections: undefined, notices: undefined };
    expect(postingSchema.safeParse(read).success).toBe(true);
    expect(asPosting(read)).toBe(read);
  });
});
