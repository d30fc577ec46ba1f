import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/parse-html';
import { extractPosting } from '../../src/extract';
import { readMicrodata } from '../../src/extract/read-microdata';

const page = (body: string, head = '') => parseHtml(`<html><head>${head}</head><body>${body}</body></html>`);
const description = '<div itemprop="description"><p>Own the roadmap.</p><h3>Skills</h3><ul><li>Jira</li></ul></div>';
const expected = { title: 'TPM', company: 'Contoso', text: 'Own the roadmap.\nSkills\n- Jira', headings: ['Skills'], source: 'microdata' };

describe('readMicrodata', () => {
  it.each([
    [
      'an Organization item',
      '<span itemprop="hiringOrganization" itemscope itemtype="https://schema.org/Organization"><span itemprop="name">Contoso</span><span itemprop="description">Robots.</span></span>',
    ],
    ['a plain hiringOrganization', '<span itemprop="hiringOrganization">Contoso</span>'],
    ['a <meta> hiringOrganization', '<meta itemprop="hiringOrganization" content="Contoso">'],
  ])('reads a JobPosting with %s', (_, org) =>
    expect(readMicrodata(page(`<div itemscope itemtype="http://schema.org/JobPosting"><h1 itemprop="title">TPM</h1>${org}${description}</div>`))).toEqual(
      expected,
    ),
  );

  it('reads a type spelled in another case (schema.org/jobPosting)', () =>
    expect(
      readMicrodata(
        page(
          `<div itemscope itemtype="https://schema.org/jobPosting"><h1 itemprop="title">TPM</h1><span itemprop="hiringOrganization">Contoso</span>${description}</div>`,
        ),
      ),
    ).toEqual(expected));

  it('takes "name" for a title, and leaves out a nested item\'s own description and name', () => {
    const doc =
      page(`<div itemscope itemtype="https://schema.org/JobPosting"><div itemprop="hiringOrganization" itemscope itemtype="https://schema.org/Organization">
      <span itemprop="name">Contoso</span><p itemprop="description">We build robots.</p></div><h1 itemprop="name">TPM</h1>${description}</div>`);
    expect(readMicrodata(doc)).toEqual(expected);
  });

  it.each([
    ['no microdata', page('<h1>TPM</h1>')],
    [
      'other item types',
      page('<div itemscope itemtype="https://schema.org/Article"><h1 itemprop="name">News</h1><div itemprop="description">Text</div></div>'),
    ],
    ['a type that only ends like JobPosting', page('<div itemscope itemtype="https://example.org/NotAJobPosting"><h1 itemprop="title">TPM</h1></div>')],
    [
      'an empty JobPosting (properties outside its scope)',
      page('<div itemscope itemtype="http://schema.org/JobPosting"></div>', '<meta itemprop="title" content="Q&A site">'),
    ],
  ])('gives undefined for %s', (_, doc) => expect(readMicrodata(doc)).toBeUndefined());

  it('is the structured posting of a page without JSON-LD', () => {
    const doc =
      page(`<nav>Jobs home</nav><div itemscope itemtype="http://schema.org/JobPosting"><h1 itemprop="title">TPM</h1><span itemprop="hiringOrganization">Contoso</span>
      <div itemprop="description"><h3>Responsibilities</h3><ul><li>Run quarterly planning across platform teams, with 5+ years of experience.</li></ul></div></div>`);
    expect(extractPosting(doc, 'https://careers.contoso.example/jobs/1')).toMatchObject({ method: 'microdata', title: 'TPM', company: 'Contoso' });
  });
});
