import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/parse-html';
import { extractPosting } from '../../src/extract';
import { POSTING_FIELDS, readAppState } from '../../src/extract/read-app-state';

const duties =
  '<h3>Responsibilities</h3><ul><li>Run quarterly planning across platform teams.</li><li>Own the RAID log and the release calendar.</li></ul>' +
  '<h3>Requirements</h3><ul><li>5+ years of experience in technical program management.</li><li>Jira and Confluence.</li></ul>';
const plainDuties =
  'Responsibilities\n- Run quarterly planning across platform teams.\n- Own the RAID log and the release calendar.\n' +
  'Requirements\n- 5+ years of experience in technical program management.\n- Jira and Confluence.';
const job = { jobTitle: 'Technical Program Manager', location: { name: 'Oslo, Norway' }, company: { name: 'Contoso' }, descriptionHtml: duties };
const page = (scripts: string, title = 'Technical Program Manager | Contoso', body = '<div id="root"></div>') =>
  parseHtml(`<html><head><title>${title}</title></head><body>${body}${scripts}</body></html>`);
const nextData = (value: unknown) => `<script id="__NEXT_DATA__" type="application/json">${JSON.stringify(value)}</script>`;
const inline = (js: string) => `<script>${js}</script>`;

describe('readAppState', () => {
  it.each([
    ['__NEXT_DATA__', nextData({ props: { pageProps: { job } } })],
    ['another application/json block', `<script type="application/json" data-target="job-view">${JSON.stringify({ data: { posting: job } })}</script>`],
    ['window.__INITIAL_STATE__ = {...}', inline(`window.__INITIAL_STATE__ = ${JSON.stringify({ jobs: { current: job } })};`)],
    ['window["__APOLLO_STATE__"] = {...}', inline(`window["__APOLLO_STATE__"] = ${JSON.stringify({ 'Job:1': { __typename: 'Job', ...job } })}; window.x = 1;`)],
    ['__NUXT__ = JSON.parse("...")', inline(`window.__NUXT__ = JSON.parse(${JSON.stringify(JSON.stringify({ data: [job] }))})`)],
    ["JSON.parse('...') in single quotes", inline(`window.__STATE__ = JSON.parse('${JSON.stringify({ data: [job] }).replace(/'/g, "\\'")}')`)],
    [
      'a JS literal with bare keys, undefined and !0',
      inline(
        `self.__PRELOADED_STATE__ = {page: {job: {jobTitle: "Technical Program Manager", remote: !0, salary: undefined, ` +
          `location: "Oslo, Norway", company: "Contoso", descriptionHtml: ${JSON.stringify(duties)}}}}`,
      ),
    ],
  ])('finds the posting in %s', (_, scripts) =>
    expect(readAppState(page(scripts))).toEqual({
      title: 'Technical Program Manager',
      company: 'Contoso',
      text: plainDuties,
      headings: ['Responsibilities', 'Requirements'],
      source: 'app-state',
    }),
  );

  it('reads plain-text descriptions, snake_case names, and the company a sibling object gives the same title', () => {
    const state = {
      view: { job_title: 'Technical Program Manager', job_description_text: plainDuties.replace(/^- /gm, '* ') },
      header: { jobTitle: 'Technical Program Manager', companyName: 'Contoso' },
    };
    expect(readAppState(page(nextData(state)))).toMatchObject({ title: 'Technical Program Manager', company: 'Contoso' });
  });

  it('puts an introduction, sections and a conclusion around the description, in that order', () => {
    const posting = {
      title: 'Technical Program Manager',
      content: '<p>You will run our platform programs and plan each quarter with engineering.</p>'.repeat(3),
      introduction: '<p>About Contoso: we build logistics software.</p>',
      conclusion: '<p>Contoso is an equal opportunity employer.</p>',
      lists: [{ text: 'Requirements', content: '<li>5+ years of experience.</li><li>Jira.</li>' }],
    };
    const read = readAppState(page(nextData({ props: { posting } })));
    expect(read?.text.split('\n')).toEqual([
      'About Contoso: we build logistics software.',
      ...Array(3).fill('You will run our platform programs and plan each quarter with engineering.'),
      'Requirements',
      '- 5+ years of experience.',
      '- Jira.',
      'Contoso is an equal opportunity employer.',
    ]);
    expect(read?.headings).toEqual(['Requirements']);
  });

  const said = '<p>You will run our platform programs and plan each quarter with engineering and finance.</p>';
  it.each([
    ['named parts, in order', { about: '<p>About Contoso: we build logistics software for ports.</p>', role: said.repeat(3) }, 4],
    ['the same text in two formats, read once', { html: said.repeat(3), text: 'You will run our platform programs.'.repeat(3) }, 3],
    ['a part without a space is no text', { id: 'job-42', role: said.repeat(3) }, 3],
  ])('reads a description kept as an object: %s', (_, description, lines) => {
    const posting = { title: 'Technical Program Manager', company: { name: 'Contoso' }, description, conclusion: '<p>Contoso offers benefits.</p>' };
    const read = readAppState(page(nextData({ props: { posting } })));
    expect(read?.text.split('\n').length).toBe(lines + 1);
  });

  it.each([
    [
      'a list of ranges with written bounds',
      {
        pay_ranges: [
          { title: 'Annual salary:', description: '<p>The range for this role is below.</p>', min: '$150,000', max: '$180,000', currency_type: 'USD' },
        ],
      },
      ['Annual salary:', 'The range for this role is below.', '$150,000 - $180,000 USD'],
    ],
    ['one range with numbers', { salaryRange: { min: 150000, max: 180000, currency: 'USD', interval: 'per-year-salary' } }, ['150,000 - 180,000 USD']],
    ['a range without bounds', { salaryRange: { currency: 'USD' } }, []],
    ['no range', { salary: 'competitive' }, []],
  ])('reads pay kept beside the description before the closing text: %s', (_, pay, lines) => {
    const posting = {
      title: 'Technical Program Manager',
      content: '<p>You will run our platform programs and plan each quarter with engineering.</p>'.repeat(3),
      conclusion: '<p>Contoso is an equal opportunity employer.</p>',
      company: { name: 'Contoso' },
      ...pay,
    };
    const read = readAppState(page(nextData({ props: { posting } })));
    expect(read?.text.split('\n').slice(3)).toEqual([...lines, 'Contoso is an equal opportunity employer.']);
  });

  it('reads a summary and the parts a state keeps in fields of their own, and not its footers as other jobs', () => {
    // React Router's hydration data on a careers site whose page title is "detail": the job, its parts, and footers of
    // {name, content} that look like postings without a place or employer.
    const jobsData = {
      postingTitle: 'Technical Program Manager',
      jobSummary: 'Contoso builds logistics software for ports on four continents and ships it every week.',
      description: '<p>You will run our platform programs and plan each quarter with engineering and finance.</p>'.repeat(3),
      responsibilities: 'Run quarterly planning\nOwn the RAID log',
      minimumQualifications: '5+ years of experience in technical program management\nJira',
      preferredQualifications: 'SAFe certification',
      locations: [{ name: 'Oslo' }],
      postingFooters: [
        { name: 'EEO Statement', content: '<p>Contoso is an equal opportunity employer and welcomes every applicant to every role we open.</p>'.repeat(3) },
        { name: 'Accessibility', content: '<p>Tell us what support you need at any step of the process and we will arrange it.</p>'.repeat(3) },
      ],
    };
    const state = `window.__staticRouterHydrationData = JSON.parse(${JSON.stringify(JSON.stringify({ loaderData: { jobDetails: { jobsData } } }))});`;
    const read = readAppState(page(inline(state), 'detail'));
    expect(read?.title).toBe('Technical Program Manager');
    expect(read?.text.split('\n')).toEqual([
      'Contoso builds logistics software for ports on four continents and ships it every week.',
      ...Array(3).fill('You will run our platform programs and plan each quarter with engineering and finance.'),
      'Responsibilities',
      '- Run quarterly planning', // a line of a plain-text part is an item, as the page lists it
      '- Own the RAID log',
      'Minimum Qualifications',
      '- 5+ years of experience in technical program management',
      '- Jira',
      'Preferred Qualifications',
      'SAFe certification',
    ]);
    expect(read?.headings).toEqual(['Responsibilities', 'Minimum Qualifications', 'Preferred Qualifications']);
  });

  it('takes the posting the page names over a longer one in a list of similar jobs', () => {
    const other = { ...job, jobTitle: 'Staff Data Engineer', descriptionHtml: duties + duties };
    expect(readAppState(page(nextData({ similar: [other], job }))))?.toMatchObject({ title: 'Technical Program Manager' });
  });

  it.each([
    ['no state at all', page('')],
    ['a state without a posting (config, translations)', page(inline('window.__APP_CONFIG__ = {"locale": "en", "title": "Careers", "features": {"x": true}}'))],
    [
      'a blog post: title and long content, but no job cues',
      page(nextData({ post: { title: 'How we ship', content: '<p>We moved our build to a monorepo and it went well. </p>'.repeat(10) } })),
    ],
    [
      'teasers on a list of jobs (descriptions too short)',
      page(nextData({ jobs: [{ title: 'TPM', location: 'Oslo', description: 'Run programs. Apply now, remote, full-time.' }] })),
    ],
    [
      'several postings that the page names none of (a list of jobs)',
      page(nextData({ jobs: [job, { ...job, jobTitle: 'Staff Data Engineer' }] }), 'Open roles | Contoso'),
    ],
    [
      'a title that is a URL or holds markup',
      page(nextData({ a: { ...job, jobTitle: 'https://contoso.example/jobs/1' }, b: { ...job, jobTitle: '<b>TPM</b>' } })),
    ],
    ['JSON that does not parse', page('<script type="application/json">{"job": {"title": "TPM", "description": </script>')],
    ['JSON-LD (read elsewhere)', page(`<script type="application/ld+json">${JSON.stringify({ props: { job } })}</script>`)],
    ['an external script', page('<script src="/app.js"></script>')],
  ])('gives undefined for %s', (_, doc) => expect(readAppState(doc)).toBeUndefined());

  it('stops at its depth bound instead of walking a state without end', () => {
    let deep: Record<string, unknown> = { job };
    for (let i = 0; i < 40; i++) deep = { child: deep };
    expect(readAppState(page(nextData(deep)))).toBeUndefined();
  });

  it('documents every field role with an example', () => {
    for (const field of POSTING_FIELDS) expect(field.names.length && field.example.length, field.role).toBeGreaterThan(0);
  });
});

describe('extractPosting with app state', () => {
  const longDuties = `${duties}<ul>${Array.from({ length: 8 }, (_, i) => `<li>Coordinate release train ${i + 1} across firmware and cloud teams.</li>`).join('')}</ul>`;
  const ld = (description: string) =>
    `<script type="application/ld+json">${JSON.stringify({ '@type': 'JobPosting', title: 'Technical Program Manager', description, hiringOrganization: { name: 'Contoso' } })}</script>`;

  it('reads a single-page app whose body is still empty, as structured data', () => {
    const p = extractPosting(
      page(nextData({ props: { job } }), 'Technical Program Manager | Contoso Careers', '<div id="__next"><p>Loading…</p></div>'),
      'https://careers.contoso.example/jobs/1',
    );
    expect({ method: p.method, title: p.title, company: p.company }).toEqual({ method: 'app-state', title: 'Technical Program Manager', company: 'Contoso' });
    expect(p.text).toContain('- Own the RAID log and the release calendar.');
  });

  it('prefers the state when JSON-LD holds only a summary of it, and JSON-LD when the state is no fuller', () => {
    const summary = '<p>Run platform programs at Contoso: planning, risks and releases, with engineering and product teams in Oslo.</p>';
    const fuller = extractPosting(page(ld(summary) + nextData({ job: { ...job, descriptionHtml: longDuties } })), 'https://careers.contoso.example/jobs/1');
    expect(fuller.text).toContain('Coordinate release train 8');
    const same = extractPosting(page(ld(longDuties) + nextData({ job: { ...job, descriptionHtml: duties } })), 'https://careers.contoso.example/jobs/1');
    expect(same.text).toContain('Coordinate release train 8');
  });

  it("leaves a site adapter's description before the state", () => {
    const body = `<div class="job__title"><h1>Technical Program Manager</h1></div><div class="job__description">${longDuties}</div>`;
    const p = extractPosting(
      page(nextData({ job: { ...job, descriptionHtml: '<p>Other text entirely, apply now, remote.</p>'.repeat(8) } }), 'Technical Program Manager', body),
      'https://job-boards.greenhouse.io/contoso/jobs/1',
    );
    expect(p.method).toBe('site');
    expect(p.text).not.toContain('Other text entirely');
  });
});
