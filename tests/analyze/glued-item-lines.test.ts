import { describe, expect, it } from 'vitest';
import { headingsOf, importancesOf } from './posting-reading';

describe('a heading at the start of a line of items a copy glued together', () => {
  // Our own text, as a board's copy leaves it: each heading lost the break after it, and its items are glued on its
  // line by numbers, bars, semicolons or dots (non-breaking spaces around some).
  const text = [
    'Delivery Manager',
    'Wingtip Logistics',
    'About us Wingtip runs forty warehouses for grocery chains.',
    'What you will do 1) Own the release plan of the warehouse systems 2) Run Kanban cadences with three teams 3) Report status to the operations leads',
    'Must have\u00a0\u00a01. Six years in delivery management\u00a0\u00a02. Hands-on with Azure DevOps\u00a0\u00a03. Strong negotiation skills',
    'Bonus points for SAFe experience; an ITIL 4 Foundation certificate; familiarity with Power BI',
    'Perks Home-office stipend; a learning budget; Hack Week twice a year',
  ].join('\n');
  const terms = importancesOf(text);

  it('reads each heading as a line of its own, led in by a word that ends no phrase or not', () => {
    expect(headingsOf(text)).toEqual(expect.arrayContaining(['What you will do', 'Must have', 'Bonus points for', 'Perks']));
  });

  it.each([
    ['status-reporting', 'mentioned'],
    ['azure-devops', 'required'],
    ['negotiation', 'required'],
    ['safe', 'preferred'],
    ['itil-certification', 'preferred'],
    ['power-bi', 'preferred'],
  ])('gives the items the heading their line opens with: %s is %s', (id, importance) => expect(terms.get(id)).toBe(importance));

  it('reads a heading in capitals before items glued by dashes, its words in capitals together', () => {
    const caps = [
      'Technical Project Manager',
      'Northwind Defense',
      'RESPONSIBILITIES - Serve as the technical lead for the task order - Track risks in the RAID log',
      'BASIC QUALIFICATIONS - Active Secret clearance - Experience with Jira',
      'PREFERRED QUALIFICATIONS - ITIL 4 Foundation - SAFe Agilist certification',
      'REQUIREMENTS AWS certification; Confluence; Smartsheet',
    ].join('\n');
    expect(headingsOf(caps)).toEqual([
      'Technical Project Manager',
      'Northwind Defense',
      'RESPONSIBILITIES',
      'BASIC QUALIFICATIONS',
      'PREFERRED QUALIFICATIONS',
      'REQUIREMENTS',
    ]);
    const weights = importancesOf(caps);
    expect([weights.get('jira'), weights.get('itil-certification'), weights.get('smartsheet')]).toEqual(['required', 'preferred', 'required']);
  });

  it('parts no items at a dash in prose or before a second heading in capitals', () => {
    const prose = [
      'Delivery Manager',
      'Contoso',
      'Diversity - Innovation - Caring - Global Collaboration - Winning Spirit',
      'JOB DESCRIPTION - MAIN DUTIES OF THE POST',
      '- Plan the releases',
    ].join('\n');
    expect(headingsOf(prose)).toEqual(['Delivery Manager', 'Contoso', 'JOB DESCRIPTION - MAIN DUTIES OF THE POST']);
  });

  it('leaves a line of one item or of prose whole, and an item its emoji marks', () => {
    const lines = [
      'Technical Program Manager',
      'Contoso',
      'Requirements',
      '➕ Experience with Snowflake or Databricks',
      '➕ Comfortable with SQL',
      'Experience with Jira and Confluence is what we ask of everyone here.',
    ].join('\n');
    expect(headingsOf(lines)).toEqual(['Technical Program Manager', 'Contoso', 'Requirements']);
  });
});

describe('a heading in Title Case at the start of a line of sentences', () => {
  // Our own text: each section a line, its heading glued to items written as sentences.
  const text = [
    'Principal Technical Program Manager',
    'Contoso Silicon',
    'Contoso Silicon · Santa Clara, California · Full Time',
    `The Opportunity We are looking for a Principal TPM to lead our next flagship SoC from architecture freeze to production. You will run the program across design verification, physical design, packaging, silicon validation, firmware and software, with twelve engineering leads in three countries. What You'll Do 1. Own the master program schedule from spec to tape-out, first silicon and mass production. 2. Drive tape-out readiness reviews and manage the critical path. 3. Maintain the program risk register and present monthly status to the executive staff.`,
    'Minimum Qualifications BS in Electrical Engineering or a related field. 12+ years in the semiconductor industry. Strong schedule management skills with MS Project or Primavera.',
    'Preferred Qualifications MS in Electrical Engineering. Familiarity with Jira for issue tracking. PMP or PgMP certification.',
  ].join('\n');
  const terms = importancesOf(text);

  it('reads the heading, and inside a long line the headings after it', () => {
    expect(headingsOf(text)).toEqual(expect.arrayContaining(['The Opportunity', "What You'll Do", 'Minimum Qualifications', 'Preferred Qualifications']));
  });

  it.each([
    ['risk-management', 'mentioned'],
    ['microsoft-project', 'required'],
    ['jira', 'preferred'],
    ['pmp', 'preferred'],
  ])('weighs %s as its section asks: %s', (id, importance) => expect(terms.get(id)).toBe(importance));

  it('reads no heading in a sentence that opens like one', () => {
    const prose = ['Release Manager', 'Contoso', 'Experience with Kubernetes is a must. We also value Terraform. Jira is our tracker.'].join('\n');
    expect(headingsOf(prose)).toEqual(['Release Manager', 'Contoso']);
  });
});

describe('a long line that lost its breaks among lines that kept theirs', () => {
  // Our own text: a board's lines above and below a body whose breaks all became spaces or nothing.
  const body = [
    'About the role Fabrikam is replacing its core ledger with a cloud platform, and we need a Technical Program Manager to own its delivery.',
    'Responsibilities Lead the migration roadmap, release sequencing and cutover rehearsals. Maintain the RAID log with the engineering leads.',
    'What you bring8+ years of technical program management in financial servicesStrong knowledge of SDLC',
    'Excellent stakeholder management skills Nice to have SAFe Program Consultant certificationExperience with Temenos core platforms',
    'Benefits 401(k) match · Tuition reimbursement',
  ].join(' ');
  const text = [
    'Senior Technical Program Manager',
    'Fabrikam Bank',
    'Fabrikam Bank · Charlotte, NC · Full-time',
    body,
    'Apply now',
    'Similar jobs',
    'Program Manager, Payments',
  ].join('\n');
  const terms = importancesOf(text);

  it('reads the headings inside it', () => {
    expect(headingsOf(text)).toEqual(expect.arrayContaining(['Responsibilities', 'What you bring', 'Nice to have', 'Benefits']));
  });

  it.each([
    ['raid-log', 'mentioned'],
    ['sdlc', 'required'],
    ['stakeholder-management', 'required'],
  ])('weighs %s as its section asks: %s', (id, importance) => expect(terms.get(id)).toBe(importance));

  it('leaves a long paragraph of prose whole, though a name in it looks glued ("HealthShare")', () => {
    const prose =
      'Information Services supports 28,000 caregivers with one electronic health record across the region, and our interfaces run through an InterSystems HealthShare integration engine. ' +
      'All work is governed by HIPAA, the HITECH Act, CMS Promoting Interoperability requirements and Joint Commission standards. ' +
      'Our data center and disaster recovery environment are being modernized, and the PMO delivers forty projects a year.';
    const page = ['IT Project Manager', 'Meridian Health', 'Meridian Health · Boise, ID', prose, 'Responsibilities', '- Lead clinic go-lives'].join('\n');
    expect(headingsOf(page)).toEqual(['IT Project Manager', 'Meridian Health', 'Responsibilities']);
  });
});
