import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/parse-html';
import { readJsonLd } from '../../src/extract/read-json-ld';

const page = (...scripts: string[]) =>
  parseHtml(`<html><head>${scripts.map((s) => `<script type="application/ld+json">${s}</script>`).join('')}</head><body></body></html>`);
const job = {
  '@type': 'JobPosting',
  title: 'TPM',
  description: '<p>Own the roadmap.</p><h3>Skills</h3><ul><li>Jira</li></ul>',
  hiringOrganization: { '@type': 'Organization', name: 'Acme' },
};
const expected = { title: 'TPM', company: 'Acme', text: 'Own the roadmap.\nSkills\n- Jira', headings: ['Skills'] };

describe('readJsonLd', () => {
  it.each([
    ['a JobPosting', JSON.stringify(job)],
    ['a JobPosting in an array', JSON.stringify([{ '@type': 'WebSite' }, job])],
    ['a JobPosting in @graph', JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': 'Organization' }, job] })],
    ['a JobPosting with several types', JSON.stringify({ ...job, '@type': ['Thing', 'JobPosting'] })],
    [
      'raw newlines and trailing commas',
      `{"@type": "JobPosting", "title": "TPM", "description": "<p>Own the roadmap.</p>\n<h3>Skills</h3><ul><li>Jira</li></ul>",
      "hiringOrganization": {"name": "Acme",},}`,
    ],
    ['an HTML comment around the JSON', `<!-- ${JSON.stringify(job)} -->`],
  ])('reads %s', (_, json) => expect(readJsonLd(page(json))).toEqual(expected));

  it('skips JSON-LD that does not parse and reads the next block', () =>
    expect(readJsonLd(page('{"@type": "JobPosting", "title": ', JSON.stringify(job)))).toEqual(expected));

  it.each([
    ['no JSON-LD', page()],
    ['only other types', page(JSON.stringify({ '@type': 'NewsArticle', headline: 'x' }))],
    ['broken JSON only', page('{{{ not json')],
    ['an empty script', page('')],
    ['JSON null', page('null')],
  ])('gives undefined for %s', (_, doc) => expect(readJsonLd(doc)).toBeUndefined());

  it('takes the company from a string or an array, and decodes entities in the title', () =>
    expect(readJsonLd(page(JSON.stringify({ ...job, title: 'TPM, R&amp;D', hiringOrganization: [{ name: 'Acme &amp; Co' }] })))).toMatchObject({
      title: 'TPM, R&D',
      company: 'Acme & Co',
    }));
});
