import { describe, expect, it } from 'vitest';
import { structurePosting } from '../../src/analyze/sections';
import { analyze } from '../../src/index';

// A posting copied without its line breaks (our own text): its headings, list items and words run together, as in
// scraped postings and pages whose list items carry no whitespace between them.
const GLUED =
  'Senior Technical Program Manager\nAcme Robotics\nAbout the roleYou will run cross-team programs for our warehouse robotics platform.' +
  'Responsibilities:Drive the release calendar across hardware and software teamsFacilitate planning meetingsand daily standups' +
  'Own the risk register and escalate blockers to leadershipRequirements:5+ years of technical program management experience' +
  'Vendor/Supplier ManagementWeb Operations and InfrastructureHands-on experience with JiraPreferred Qualifications:' +
  'Comfortable in a deadline driven environmentPMP certification is a plus';

describe('a posting that lost its line breaks and spaces', () => {
  const terms = new Map(analyze(GLUED).terms.map((t) => [t.id, t.job]));

  it.each([
    ['vendor-management', 'required', 'Vendor/Supplier Management'],
    ['pmp', 'preferred', 'PMP certification'],
    ['meeting-facilitation', 'mentioned', 'Facilitate planning meetings'],
    ['technical-program-management', 'required', 'technical program management'],
  ])('finds %s (%s) with verbatim evidence %j', (id, importance, evidence) => {
    expect(terms.get(id)?.importance).toBe(importance);
    expect(terms.get(id)?.evidence).toContain(evidence);
  });

  it('quotes no glued word as evidence', () => {
    const evidence = [...terms.values()].flatMap((job) => job.evidence);
    expect(evidence.filter((e) => /\p{Ll}{2}\p{Lu}|environmentPMP|meetingsand/u.test(e))).toEqual([]);
  });
});

// The same kind of posting whose breaks became spaces, opening with a board's field: the field's value is a few words,
// not the whole run of text after its label.
const SPACED =
  'Release Manager\nContoso Health\nLocation: Leeds, United Kingdom (hybrid) Responsibilities Plan the monthly release ' +
  'train for the patient portal and its mobile apps. Run the change advisory board and keep its decisions on record. ' +
  'Coordinate cutover plans with the infrastructure and support teams. Requirements Five years of release management ' +
  'experience. Hands-on experience with Jira and Confluence.';

describe('a posting whose breaks became spaces, opening with a field', () => {
  const terms = new Map(analyze(SPACED).terms.map((t) => [t.id, t.job]));

  it.each([['release-management'], ['change-control'], ['jira'], ['confluence']])('finds %s', (id) => {
    expect(terms.has(id)).toBe(true);
  });

  it('reads the field alone as a field: a short field line names no term', () => {
    const short = analyze('Release Manager\nContoso Health\nLocation: Leeds, Jira House\nResponsibilities\n- Plan the monthly release train.');
    expect(short.terms.map((t) => t.id)).not.toContain('jira');
  });
});

describe('pay as a field in text that lost its breaks', () => {
  // "Salary:" before an amount gives the pay, and heads nothing: the duties after it are no benefits.
  const text =
    'Deployment Manager\nContoso Security\nLocation: United StatesSalary: 150000.0About the RoleLead the deployment of our ' +
    'email security platform for enterprise customers.Develop project plans and manage scope, budget and schedule.' +
    'Create status reports for customer project teams and their executives.';
  it('reads the duties after it as the posting', () => {
    const terms = new Map(analyze(text).terms.map((t) => [t.id, t.job]));
    expect(terms.has('project-planning')).toBe(true);
    expect(terms.has('status-reporting')).toBe(true);
  });

  it.each([['USD 85000.0~100000.0'], ['EUR 60.000 - 70.000'], ['$120k']])('reads the pay "%s" as a field, with its breaks lost as spaces', (pay) => {
    const spaced =
      `Implementation Manager\nContoso Payroll\nLocation: United States Salary: ${pay} Contoso builds payroll software for restaurants. ` +
      'You will lead the teams that import client payroll data, develop project plans and create status reports for the customer. '.repeat(5);
    const terms = new Map(analyze(spaced).terms.map((t) => [t.id, t.job]));
    expect(terms.has('project-planning')).toBe(true);
    expect(terms.has('status-reporting')).toBe(true);
  });
});

describe('headings inside a posting that lost all its breaks', () => {
  // Our own text, every break a space and no list marks: its headings stand between two items.
  const text =
    'Technical Program Manager\nNorthwind Logistics\n' +
    [
      'About the Team The routing team builds the maps and schedules every driver uses.',
      'About the Role You will run the release programs of our routing platform across four engineering teams.',
      'Coordinate dependencies between the platform and mobile teams. Report program status to the leadership team.',
      'Keep the launch calendar, its milestones and its owners current for every team and partner.',
      'Minimum Qualifications Five years of technical program management experience. Experience with Jira and Confluence.',
      'Preferred Qualifications PMP certification. Experience with Kubernetes.',
      'Benefits Health, dental and vision cover for you and your family, and a yearly learning budget.',
    ].join(' ');
  const terms = new Map(analyze(text).terms.map((t) => [t.id, t.job.importance]));

  it.each([
    ['jira', 'required'],
    ['confluence', 'required'],
    ['pmp', 'preferred'],
    ['kubernetes', 'preferred'],
    ['dependency-management', 'mentioned'],
    ['status-reporting', 'mentioned'],
  ])('reads %s as %s', (id, importance) => expect(terms.get(id)).toBe(importance));

  it('takes the shortest heading, not the content after it', () => {
    const headings = structurePosting(text)
      .lines.filter((l) => l.heading)
      .map((l) => text.slice(l.start, l.end).trim());
    expect(headings).toEqual(expect.arrayContaining(['About the Team', 'Minimum Qualifications', 'Preferred Qualifications']));
    expect(headings.filter((h) => h.startsWith('About the Team '))).toEqual([]);
  });

  it('leaves a posting with its breaks as it was: a capitalized phrase inside its line heads nothing', () => {
    const withBreaks = text.replace(' Coordinate dependencies', '\nCoordinate dependencies').replace(' Benefits Health', '\n\nBenefits\n- Health');
    const lines = structurePosting(`${withBreaks}\nWe review every application.\nApply by 1 March.`).lines;
    expect(lines.filter((l) => l.heading).map((l) => withBreaks.slice(l.start, l.end))).not.toContain('Minimum Qualifications');
  });
});
