import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/parse-html';
import { companyFromPageTitle, readPageMeta } from '../../src/extract/page-meta';

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
  ])('%s names %s of %s', (pageTitle, jobTitle, company) => expect(companyFromPageTitle(pageTitle, jobTitle)).toBe(company));

  it.each([
    ['Release Manager', 'Release Manager', 'the page title is the job title alone'],
    ['Release Manager - Remote', 'Release Manager', 'only a place follows'],
    ['Release Manager - Austin, TX - jobs.example.com', 'Release Manager', 'a place and a domain follow'],
    ['Careers | Contoso', 'Release Manager', 'the page title does not name the job'],
    ['Senior Release Manager and Release Manager Lead', 'Release Manager', 'no separator around the job title'],
  ])('%s names no company of %s (%s)', (pageTitle, jobTitle) => expect(companyFromPageTitle(pageTitle, jobTitle)).toBe(''));
});

describe('readPageMeta', () => {
  const page = (head: string, body = '') => parseHtml(`<html><head>${head}</head><body>${body}<p>Text.</p></body></html>`);

  it('takes the heading that the page title names as the job title, and the rest as the company', () =>
    expect(readPageMeta(page('<meta property="og:title" content="Release Manager – Contoso">', '<h1>Release Manager</h1>')))
      .toEqual({ title: 'Release Manager', titleIsHeading: true, siteName: '', titleCompany: 'Contoso' }));

  it('keeps a board\'s site name apart from the company its title names', () =>
    expect(readPageMeta(page('<title>Contoso: Release Manager</title><meta property="og:site_name" content="Remote Work Hub">',
      '<h1>Release Manager</h1>'))).toMatchObject({ title: 'Release Manager', siteName: 'Remote Work Hub', titleCompany: 'Contoso' }));

  it('drops "Careers" from site and title names', () =>
    expect(readPageMeta(page('<title>Release Manager | Contoso Careers</title><meta property="og:site_name" content="Careers at Contoso">',
      '<h1>Release Manager</h1>'))).toMatchObject({ siteName: 'Contoso', titleCompany: 'Contoso' }));

  it('falls back on og:title when no heading is named by the page title', () =>
    expect(readPageMeta(page('<meta property="og:title" content="Release Manager">', '<h1>Open roles</h1>')))
      .toMatchObject({ title: 'Release Manager', titleIsHeading: false, titleCompany: '' }));
});
