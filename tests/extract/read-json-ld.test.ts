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
    ['a JobPosting named by its address', JSON.stringify({ ...job, '@type': 'http://schema.org/JobPosting' })],
    ['a JobPosting named with a prefix', JSON.stringify({ ...job, '@type': 'schema:JobPosting' })],
    ['a JobPosting in another case', JSON.stringify({ ...job, '@type': 'jobPosting' })],
    ['a JobPosting typed without the @', JSON.stringify({ ...job, '@type': undefined, type: 'JobPosting' })],
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
    ['a type that only ends like one', page(JSON.stringify({ ...job, '@type': 'NotAJobPosting' }))],
    ['broken JSON only', page('{{{ not json')],
    ['an empty script', page('')],
    ['JSON null', page('null')],
  ])('gives undefined for %s', (_, doc) => expect(readJsonLd(doc)).toBeUndefined());

  it('takes the company from a string or an array, and decodes entities in the title', () =>
    expect(readJsonLd(page(JSON.stringify({ ...job, title: 'TPM, R&amp;D', hiringOrganization: [{ name: 'Acme &amp; Co' }] })))).toMatchObject({
      title: 'TPM, R&D',
      company: 'Acme & Co',
    }));

  it('takes the company from the @graph node that hiringOrganization refers to by @id', () =>
    expect(
      readJsonLd(
        page(
          JSON.stringify({
            '@context': 'https://schema.org',
            '@graph': [
              { ...job, hiringOrganization: { '@id': 'https://acme.example/#org' } },
              { '@type': 'Organization', '@id': 'https://acme.example/#org', name: 'Acme' },
            ],
          }),
        ),
      ),
    ).toEqual(expected));

  it("adds the posting's parts that the description leaves out, each under its heading, and no part twice", () =>
    expect(
      readJsonLd(
        page(
          JSON.stringify({
            ...job,
            qualifications: 'Three years of release management.',
            responsibilities: '<p>Own the roadmap.</p>', // the description holds it already
            experienceRequirements: 'Mid-Level', // a level, not the posting's words
            jobBenefits: 'Free snacks', // the employer's perks, shown apart from the job
          }),
        ),
      ),
    ).toEqual({
      ...expected,
      text: `${expected.text}\nQualifications\nThree years of release management.`,
      headings: ['Skills', 'Qualifications'],
      description: expected.text,
    }));

  it.each([
    ['https://jobs.example.com/1234/tpm/', 'https://jobs.example.com/1234/tpm/', expected.text], // the board's link to the page itself
    ['https://privacy.example.com/jobs/', 'https://jobs.example.com/1234/tpm/', `${expected.text}\nhttps://privacy.example.com/jobs/`], // another page: the posting's own
    ['https://jobs.example.com/1234/tpm/', '', `${expected.text}\nhttps://jobs.example.com/1234/tpm/`], // no address to compare with
  ])('a last line %s on the page %j', (link, url, text) =>
    expect(readJsonLd(page(JSON.stringify({ ...job, description: `${job.description}<br><br> ${link}` })), url)?.text).toBe(text),
  );

  it.each([
    ['TPM, Acme', 'TPM'],
    ['TPM | Acme', 'TPM'],
    ['TPM at Acme', 'TPM at Acme'], // as the page's heading shows it
    ['Acme', 'Acme'],
  ])('the title %j of a posting by Acme is %j', (title, want) => expect(readJsonLd(page(JSON.stringify({ ...job, title })))?.title).toBe(want));
});
