import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/parse-html';
import { extractPosting } from '../../src/extract';
import {
  companyFromPageTitle,
  companyInPageTitles,
  isJobBoard,
  JOB_BOARDS,
  readPageMeta,
  titleAfterEmployer,
  titleWithoutSite,
} from '../../src/extract/page-meta';

describe('companyFromPageTitle', () => {
  it.each([
    ['Release Manager at Contoso Labs', 'Release Manager', 'Contoso Labs'],
    ['Release Manager at Contoso Labs - Kubernetes - Job Board', 'Release Manager', 'Contoso Labs'],
    ['Release Manager @ Contoso Labs', 'Release Manager', 'Contoso Labs'],
    ['Release Manager bei Contoso GmbH', 'Release Manager', 'Contoso GmbH'],
    ['Contoso, LLC: Release Manager', 'Release Manager', 'Contoso, LLC'],
    ['Contoso - Release Manager', 'Release Manager', 'Contoso'],
    ['Contoso hiring Release Manager in Oslo, Norway | LinkedIn', 'Release Manager', 'Contoso'],
    ['Release Manager – Contoso', 'Release Manager', 'Contoso'],
    ['Release Manager | Oslo, Norway | Contoso', 'Release Manager', 'Contoso'],
    ['Release Manager | Job details | Contoso', 'Release Manager', 'Contoso'],
    ['Release Manager | Contoso | LinkedIn', 'Release Manager', 'Contoso'],
    ['Release Manager at Contoso in London [Remote], UK | Startup Jobs', 'Release Manager', 'Contoso'], // a board's place after the company
    ['Release Manager at Contoso in Austin, TX', 'Release Manager', 'Contoso'],
    ['Release Manager at Made in Oslo', 'Release Manager', 'Made in Oslo'], // no place a comma or "Remote" marks
    ['Release Manager - Job ID: 2841936 | Contoso', 'Release Manager', 'Contoso'], // the job's number in its field names no one
    ['Release Manager - Req #R-1742 | Contoso', 'Release Manager', 'Contoso'],
  ])('%s names %s of %s', (pageTitle, jobTitle, company) => expect(companyFromPageTitle(pageTitle, jobTitle)).toBe(company));

  it.each([
    ['Release Manager', 'Release Manager', 'the page title is the job title alone'],
    ['Release Manager - Remote', 'Release Manager', 'only a place follows'],
    ['Release Manager - Austin, TX - jobs.example.com', 'Release Manager', 'a place and a domain follow'],
    ['Careers | Contoso', 'Release Manager', 'the page title does not name the job'],
    ['Senior Release Manager and Release Manager Lead', 'Release Manager', 'no separator around the job title'],
    ['Release Manager - SEEK', 'Release Manager', 'only a job board follows'],
  ])('%s names no company of %s (%s)', (pageTitle, jobTitle) => expect(companyFromPageTitle(pageTitle, jobTitle)).toBe(''));
});

describe('readPageMeta', () => {
  const page = (head: string, body = '') => parseHtml(`<html><head>${head}</head><body>${body}<p>Text.</p></body></html>`);

  it('takes the heading that the page title names as the job title, and the rest as the company', () =>
    expect(readPageMeta(page('<meta property="og:title" content="Release Manager – Contoso">', '<h1>Release Manager</h1>'))).toEqual({
      title: 'Release Manager',
      titleIsHeading: true,
      siteName: '',
      titleCompany: 'Contoso',
    }));

  it("keeps a board's site name apart from the company its title names", () =>
    expect(
      readPageMeta(page('<title>Contoso: Release Manager</title><meta property="og:site_name" content="Remote Work Hub">', '<h1>Release Manager</h1>')),
    ).toMatchObject({ title: 'Release Manager', siteName: 'Remote Work Hub', titleCompany: 'Contoso' }));

  it('drops "Careers" from site and title names', () =>
    expect(
      readPageMeta(
        page('<title>Release Manager | Contoso Careers</title><meta property="og:site_name" content="Careers at Contoso">', '<h1>Release Manager</h1>'),
      ),
    ).toMatchObject({ siteName: 'Contoso', titleCompany: 'Contoso' }));

  it("takes a careers page's first h2 that names no section as the job title when the page title names only the site", () => {
    const careers = '<title>Careers - Contoso</title><meta property="og:site_name" content="Contoso">';
    expect(readPageMeta(page(careers, '<nav><h2>Menu</h2></nav><h2>Release Manager, Retail Systems</h2><h3>Responsibilities</h3>'))).toMatchObject({
      title: 'Release Manager, Retail Systems',
      titleIsHeading: true,
    });
    // a section's heading, a lead-in, a careers page's own heading: none is a job's title
    for (const h2 of ['Responsibilities', 'What we offer', 'Why join us?', 'Open positions'])
      expect(readPageMeta(page(careers, `<h2>${h2}</h2>`)), h2).toMatchObject({ title: 'Careers', titleIsHeading: false });
  });

  it('falls back on og:title when no heading is named by the page title', () =>
    expect(readPageMeta(page('<meta property="og:title" content="Release Manager">', '<h1>Open roles</h1>'))).toMatchObject({
      title: 'Release Manager',
      titleIsHeading: false,
      titleCompany: '',
    }));
});

describe('titleAfterEmployer', () => {
  it.each([
    ['Westbrook State University - IT Project Manager II', 'Westbrook State University', 'IT Project Manager II'],
    ['Contoso | Release Manager', 'Contoso', 'Release Manager'],
    ['Release Manager - Contoso', 'Contoso', 'Release Manager - Contoso'], // titleWithoutSite's part, not this one's
    ['Fabrikam Energie – Strom, Gas und Wärme', 'Contoso', 'Fabrikam Energie – Strom, Gas und Wärme'], // no employer named first
  ])('%s (employer %j) -> %s', (title, company, expected) => expect(titleAfterEmployer(title, company)).toBe(expected));

  it("reads the job's title on a page whose title names the employer first", () => {
    const html =
      '<html><head><title>Westbrook State University - IT Project Manager II</title><meta property="og:site_name" content="Westbrook State University"></head><body><main>' +
      '<p>Westbrook State University is seeking an IT Project Manager II to lead technology projects for 19,000 students.</p>' +
      '<h2>Responsibilities</h2><ul><li>Plan and manage IT projects from charter through closeout.</li><li>Lead project teams of staff and vendors.</li></ul>' +
      '<h2>Requirements</h2><ul><li>Five years of experience managing IT projects.</li><li>PMP certification preferred.</li></ul>' +
      '<p>Westbrook State University is an equal opportunity employer. Apply online with a resume and cover letter.</p></main>' +
      '<footer>© Westbrook State University</footer></body></html>';
    const posting = extractPosting(parseHtml(html), 'https://jobs.westbrook.edu/postings/2841');
    expect([posting.title, posting.company]).toEqual(['IT Project Manager II', 'Westbrook State University']);
  });
});

describe('titleWithoutSite', () => {
  it.each([
    ['Release Manager | Contoso', ['Contoso'], 'Release Manager'],
    ['Release Manager | Contoso Careers', [], 'Release Manager'],
    ['Release Manager | Careers at Contoso', [], 'Release Manager'],
    ['Release Manager - Jobs at Contoso', [], 'Release Manager'],
    ['Release Manager Job in Sydney NSW - SEEK', [], 'Release Manager'],
    ['Release Manager - Austin, TX - Indeed.com', [], 'Release Manager - Austin, TX'],
    ['Release Manager – contoso.example', [], 'Release Manager'],
    ['Release Manager | Contoso | LinkedIn', [], 'Release Manager'],
    ['Program Manager - Cloud | Contoso', ['Contoso'], 'Program Manager - Cloud'],
  ])('%s (site %j) is %s', (pageTitle, sites, want) => expect(titleWithoutSite(pageTitle, sites)).toBe(want));

  it.each([
    ['Program Manager - Cloud', [], 'the part after the dash names nothing known'],
    ['Release Manager | Payments', ['Contoso'], 'an unknown part after a bar, no board after it'],
    ['Contoso | Release Manager', ['Contoso'], 'the first part always stays'],
    ['Job in Sydney planning', [], 'no site was cut, so "in" stays'],
    ['Release Manager', ['Contoso'], 'nothing to cut'],
  ])('%s (site %j) stays as it is (%s)', (pageTitle, sites) => expect(titleWithoutSite(pageTitle, sites)).toBe(pageTitle));

  it('knows boards as whole names, and documents each with an example', () => {
    expect([isJobBoard('SEEK'), isJobBoard('linkedin'), isJobBoard('Seekers United'), isJobBoard('Contoso')]).toEqual([true, true, false, false]);
    // A board's site for a country ("SEEK Australia", og:site_name) is the board; a longer name that starts with one is not.
    expect([isJobBoard('SEEK Australia'), isJobBoard('Indeed UK'), isJobBoard('Dice Ventures Capital Partners Group')]).toEqual([true, true, false]);
    for (const board of JOB_BOARDS) expect(board.example.length, board.name).toBeGreaterThan(0);
  });
});

describe('readPageMeta cleans the page title it falls back on', () => {
  const page = (head: string, body = '') => parseHtml(`<html><head>${head}</head><body>${body}<p>Text.</p></body></html>`);

  it.each([
    ['<title>Release Manager | Contoso | LinkedIn</title>', { title: 'Release Manager', titleCompany: 'Contoso' }],
    ['<title>Release Manager - SEEK</title>', { title: 'Release Manager', titleCompany: '' }],
    [
      '<title>Release Manager | Fabrikam Careers</title><meta property="og:site_name" content="Fabrikam Careers">',
      { title: 'Release Manager', siteName: 'Fabrikam', titleCompany: 'Fabrikam' },
    ],
  ])('%s', (head, want) => expect(readPageMeta(page(head, '<h1>Open roles</h1>'))).toMatchObject(want));

  it("finds the company beside a job title that the page's data gives", () => {
    expect(companyInPageTitles(page('<title>Release Train Engineer at Contoso Logistics</title>'), 'Release Train Engineer')).toBe('Contoso Logistics');
    expect(companyInPageTitles(page('<title>Open roles</title>'), 'Release Train Engineer')).toBe('');
  });
});
