import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/parse-html';
import { extractPosting } from '../../src/extract';
import { postingSchema } from '../../src/extract/posting-schema';

const bullets = (n: number) =>
  Array.from({ length: n }, (_, i) => `<li>Coordinate release train number ${i + 1} across firmware, cloud and QA teams.</li>`).join('');
const ldScript = (description: string, title = 'Technical Program Manager') =>
  `<script type="application/ld+json">${JSON.stringify({ '@type': 'JobPosting', title, description, hiringOrganization: { name: 'Acme' } })}</script>`;
const greenhousePage = (domItems: number, ld = '') =>
  parseHtml(`<html><head><title>Job Application for Technical Program Manager at Acme</title>${ld}</head>
<body><div class="job__title"><h1>Technical Program Manager</h1></div><div class="job__description"><ul>${bullets(domItems)}</ul></div></body></html>`);
const url = 'https://job-boards.greenhouse.io/acme/jobs/1';

describe('extractPosting', () => {
  it('prefers the site adapter when it has enough text, even with JSON-LD present', () => {
    const p = extractPosting(greenhousePage(10, ldScript(`<ul>${bullets(3)}</ul>`)), url);
    expect(p).toMatchObject({ method: 'site', site: 'greenhouse', title: 'Technical Program Manager', company: 'Acme' });
    expect(p.text).toContain('release train number 10');
  });

  it('uses JSON-LD when the page shows too little of the description', () => {
    const p = extractPosting(greenhousePage(1, ldScript(`<ul>${bullets(12)}</ul>`)), url);
    expect(p.method).toBe('json-ld');
    expect(p.text).toContain('release train number 12');
  });

  it('reads the page when its JSON-LD description is only a summary of what the page shows', () => {
    const intro = '<p>Acme builds warehouse robots that logistics teams run on four continents, in hardware and software.</p>';
    const page = parseHtml(`<html><head><title>Technical Program Manager at Acme - Job Board</title>${ldScript(intro)}</head>
<body><nav><a href="/jobs">Jobs</a></nav><main><h1>Technical Program Manager</h1><div class="description">${intro}<h2>Requirements</h2><ul>${bullets(6)}</ul></div></main></body></html>`);
    const p = extractPosting(page, 'https://jobs.example.org/view/1');
    expect({ method: p.method, title: p.title, company: p.company }).toEqual({ method: 'readability', title: 'Technical Program Manager', company: 'Acme' });
    expect(p.text).toContain('- Coordinate release train number 6 across firmware, cloud and QA teams.');
  });

  it('reads the page when its JSON-LD is a summary written apart from the text', () => {
    const summary =
      'Acme is seeking a Technical Program Manager to coordinate warehouse robot releases across firmware, cloud and QA teams on four continents.';
    const body =
      '<p>Acme builds warehouse robots that logistics teams run on four continents.</p><h2>What you will do</h2>' +
      `<ul>${bullets(5)}</ul><h2>Requirements</h2><ul><li>5+ years of technical program management experience</li><li>Experience with Jira and Confluence</li></ul>`;
    const page = parseHtml(`<html><head><title>Technical Program Manager at Acme</title>${ldScript(summary)}</head>
<body><nav><a href="/jobs">Jobs</a></nav><main><h1>Technical Program Manager</h1><div class="description">${body}</div></main></body></html>`);
    const p = extractPosting(page, 'https://jobs.example.org/view/3');
    expect(p.method).toBe('readability');
    expect(p.text).toContain('Experience with Jira and Confluence');
  });

  describe('a page on a platform that hosts the employer under its own subdomain', () => {
    const hosted = (siteName: string, pageTitle: string) =>
      parseHtml(`<html><head><title>${pageTitle}</title><meta property="og:site_name" content="${siteName}"></head>
<body><main><h1>IT Project Manager</h1><p>Larchmont Learning builds language courses for companies across Europe.</p>
<h2>Responsibilities</h2><ul>${bullets(4)}</ul><h2>Requirements</h2><ul><li>5+ years of IT project management experience</li>
<li>Experience with Jira and Confluence</li></ul><h2>Benefits</h2><p>Remote work and a learning budget.</p></main></body></html>`);
    it.each([
      ['Larchmont Learning on Notion', 'IT Project Manager | Notion', 'https://larchmont.notion.site/IT-Project-Manager', 'Larchmont Learning'],
      ['Notion', 'IT Project Manager | Notion', 'https://larchmont.notion.site/IT-Project-Manager', 'Larchmont'], // the address's name, as the text writes it
      ['Larchmont', 'IT Project Manager | Larchmont', 'https://eu.larchmont.com/jobs/it-project-manager', 'Larchmont'], // the employer's own domain
      ['Larchmont', 'IT Project Manager | Larchmont', 'https://about.larchmont.com/jobs/it-project-manager', 'Larchmont'], // a part of its site
    ])('site %j, title %j on %s names %j', (siteName, pageTitle, address, company) =>
      expect(extractPosting(hosted(siteName, pageTitle), address).company).toBe(company),
    );
  });

  it('keeps a JSON-LD description that the page does not show more of', () => {
    const page = parseHtml(`<html><head>${ldScript(`<ul>${bullets(6)}</ul>`)}</head><body><h1>Technical Program Manager</h1><p>Loading…</p></body></html>`);
    expect(extractPosting(page, 'https://jobs.example.org/view/2').method).toBe('json-ld');
  });

  it('ignores JSON-LD for another job (a single-page board that kept the previous posting)', () => {
    const p = extractPosting(greenhousePage(1, ldScript(`<ul>${bullets(12)}</ul>`, 'Staff Data Scientist')), url);
    expect(p.method).toBe('site');
    expect(p.text).not.toContain('number 12');
  });

  it('uses a long enough selection first, keeping its lines, with the title and company above it', () => {
    const selection = `Responsibilities\n  • Run   PI planning\u200B for four teams\n\n${'Drive the program roadmap with engineering leads. '.repeat(5)}`;
    const p = extractPosting(greenhousePage(10), url, { selection });
    expect(p.method).toBe('selection');
    expect(p.text.split('\n').slice(0, 4)).toEqual(['Technical Program Manager', 'Acme', 'Responsibilities', '• Run PI planning for four teams']);
  });

  it('ignores a short selection', () => expect(extractPosting(greenhousePage(10), url, { selection: 'Jira' }).method).toBe('site'));

  it.each([
    ['an empty document', () => parseHtml('')],
    ['a bare fragment', () => parseHtml('<p>hello</p>')],
    ['a page with only a script', () => parseHtml('<html><body><script>1</script></body></html>')],
  ])('returns method none for %s, without throwing', (_, doc) => {
    const p = extractPosting(doc(), 'https://example.com/');
    expect(postingSchema.safeParse(p).success).toBe(true);
    expect(p).toMatchObject({ method: 'none', site: 'generic', text: '' });
  });

  it('does not throw on a URL that does not parse', () => expect(extractPosting(greenhousePage(10), 'not a url')).toMatchObject({ site: 'generic' }));

  it('never throws, even on a document whose methods fail', () => {
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('boom');
        },
      },
    ) as unknown as Document;
    expect(extractPosting(hostile, url)).toMatchObject({ method: 'none', text: '' });
  });
});
