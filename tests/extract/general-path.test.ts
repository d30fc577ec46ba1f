import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/parse-html';
import { extractPosting } from '../../src/extract';
import { atsTenant, careersHostBrand, tenantBrand } from '../../src/extract/ats-hosts';
import { CHROME_HEADINGS, CHROME_NAMES, FRAME_NAMES, isChromeHeading, isNamedChrome, isNamedFrame, PROFILE_NAMES } from '../../src/extract/chrome-names';
import { isNamedCompany } from '../../src/extract/part-names';
import { composeText } from '../../src/extract/compose-text';
import { headerBlocks } from '../../src/extract/chrome-blocks';
import { isFactLine, isFactsLine, isPostedLine, withoutPageFrame } from '../../src/extract/page-frame';
import { namesPostingPart } from '../../src/extract/headed-posting';
import { hasJobCues } from '../../src/extract/job-cues';
import { isActionLabel } from '../../src/extract/page-actions';
import { logoName, shownCompany } from '../../src/extract/page-company';
import { companyFromPageTitle, readPageMeta, titleWithoutSite, withoutHiringSystem } from '../../src/extract/page-meta';
import { readabilityText } from '../../src/extract/readability-text';

// What reads a page of a board nobody wrote an adapter for: names of page parts, headings of appended sections, header
// lines, page titles, logos and hiring systems' addresses. tests/extract/fixtures.test.ts reads whole boards' pages.

const element = (attributes: string) => parseHtml(`<html><body><div ${attributes}>x</div></body></html>`).body.firstElementChild!;

describe('names of page parts', () => {
  it.each([
    ['data-automation="cookie-banner"', true],
    ['class="cookies-consent"', true],
    ['id="onetrust-banner-sdk"', true],
    ['id="similarJobs"', true],
    ['class="similar_jobs rail"', true],
    ['class="jv-social-share"', true],
    ['class="sharedaddy sd-sharing-enabled"', true],
    ['data-controller="cookie-consent"', true],
    ['class="breadcrumbtrail"', true],
    ['aria-label="Cookie notice"', true],
    ['class="shared-header"', false], // "share" is a whole word
    ['class="job-description"', false],
    ['class="company-description"', false],
    ['id="content"', false],
  ])('isNamedChrome(<div %s>) is %s', (attributes, want) => expect(isNamedChrome(element(attributes))).toBe(want));

  it.each([
    ['class="jv-job-detail-meta"', true],
    ['class="job-listing-meta meta"', true],
    ['class="job-tags"', false], // a job's tags may be its skills
    ['class="job-attributes-container"', true],
    ['data-automation="advertiser-name"', true],
    ['class="date-posted"', true],
    ['class="metadata-panel"', false],
    ['class="job-details"', false],
    ['class="company"', true],
    ['class="font-company-header text-2xl"', false], // a utility class styles with the company's font: no part's name
    ['class="bg-company-secondary rounded-xl"', false],
  ])('isNamedFrame(<div %s>) is %s', (attributes, want) => expect(isNamedFrame(element(attributes))).toBe(want));

  it.each([
    ['data-automation="advertiser-name"', true],
    ['class="company_logo"', true],
    ['class="jobs-unified-top-card__company-name"', true],
    ['class="company"', true],
    ['class="jobs-premium-company-insights"', false], // a panel about the company
    ['class="company-description"', false],
    ['aria-label="Show more about the company"', false], // words for people, not a part's name
  ])('isNamedCompany(<div %s>) is %s', (attributes, want) => expect(isNamedCompany(element(attributes))).toBe(want));

  it.each([
    ['Similar jobs', true],
    ['Other jobs at Litware Energy', true],
    ['Share this:', true],
    ['Ready to apply?', true],
    ['Employer questions', true],
    ['Apply for this position', true],
    ['Requirements', false],
    ['Company rating: 4.1 out of 5', true],
    ['Joel Test score: 9 out of 12', true],
    ['3.9 out of 5 stars', true],
    ['Step 1 of 3', false],
    ['24/7 support for our customers', false],
    ['Similar job families we hire for', false],
    ['Sharing knowledge across teams', false],
    ['More open positions', true], // other openings, however worded
    ['Latest vacancies at Contoso', true],
    ['Other opportunities', true],
    ['More roles in engineering', true],
    ['Open roles we are proud of', false],
    ['Other responsibilities', false],
    ['Meet the hiring team', true],
    ['Colleagues', true], // Teamtailor's cards of the team's people
  ])('isChromeHeading(%j) is %s', (heading, want) => expect(isChromeHeading(heading)).toBe(want));

  it('documents every name and heading with an example', () => {
    for (const n of [...CHROME_NAMES, ...FRAME_NAMES, ...PROFILE_NAMES]) expect(n.example.length, n.name).toBeGreaterThan(0);
    for (const h of CHROME_HEADINGS) expect(h.example.length, h.heading).toBeGreaterThan(0);
  });
});

describe('controls and header lines', () => {
  it.each([
    ['Back to Current Openings', true],
    ['← All open roles', true],
    ['See all jobs at Contoso', true],
    ['Quick apply', true],
    ['Report this job advert', true],
    ['Sign In', true], // the visitor's account on the board
    ['Register', true],
    ['Back to the roadmap', false],
    ['All hands on deck for launches', false],
  ])('isActionLabel(%j) is %s', (label, want) => expect(isActionLabel(label)).toBe(want));

  it.each([
    ['Posted 3d ago', true],
    ['Posted on Aug 24, 2023.', true],
    ['Date posted: 2026-10-02', true],
    ['Posted today', true],
    ['Posted roles are reviewed weekly by the hiring team.', false],
    ['Published research in peer-reviewed journals', false],
  ])('isPostedLine(%j) is %s', (line, want) => expect(isPostedLine(line)).toBe(want));

  it.each([
    ['Software Development · Salt Lake City, Utah', true],
    ['- Contract · Mid-Senior level', true],
    ['Engineering | Remote | Full-time', true],
    ['Jira · Confluence', true],
    ['We value calm work · and we ship often, so you will plan releases with care.', false],
    ['Salt Lake City, Utah', false],
  ])('isFactsLine(%j) is %s', (line, want) => expect(isFactsLine(line)).toBe(want));

  it.each([
    ['Primary Location: US-OH-Columbus', true],
    ['Schedule: Full-time', true],
    ['Primary Location : United States-Virginia-Chantilly', true], // a table's label cell, then ": value"
    ['Travel : Yes, 10 % of the Time', true],
    ['Job Posting : May 20, 2024, 9:14:06 AM', true],
    ['Security Clearance : Public Trust', true],
    ['Requirements: five years of program management in a regulated industry.', false],
    ['Note: we read every application.', false],
    ['Tools: Jira, Confluence', false], // the posting's own
    ['Certifications: PMP', false],
    ['You will plan releases', false],
  ])('isFactLine(%j) is %s', (line, want) => expect(isFactLine(line)).toBe(want));

  const sentence = 'You will run our releases.';
  it('drops two or more job facts under the body, not one line that may be the posting own', () => {
    expect(withoutPageFrame(`${sentence}\nPrimary Location: Columbus\nSchedule: Full-time`)).toBe(sentence);
    expect(withoutPageFrame(`${sentence}\nSalary: $90,000`)).toBe(`${sentence}\nSalary: $90,000`);
  });

  it('drops a list of short facts that opens the text, not the short items under a heading', () => {
    const facts = '- Bergen, Norway\n- Full-time, permanent\n- Application deadline: 15 April';
    expect(withoutPageFrame(`${facts}\n${sentence}`)).toBe(sentence);
    const asked = 'Requirements\n- Jira\n- Confluence';
    expect(withoutPageFrame(`${asked}\n${sentence}`)).toBe(`${asked}\n${sentence}`);
  });

  it('drops two or more facts set as label and value lines above the first sentence, not a heading over it', () => {
    const pairs = 'Job ID\n48213\nBusiness Area\nTechnology & Operations\nSchedule\nFull time\nPosting Date\n02/06/2025';
    expect(withoutPageFrame(`${pairs}\n${sentence}`)).toBe(sentence);
    expect(withoutPageFrame(`Role Summary\n${sentence}`)).toBe(`Role Summary\n${sentence}`);
    // One pair alone may be the posting's own.
    expect(withoutPageFrame(`Location\nBerlin\n${sentence}`)).toBe(`Location\nBerlin\n${sentence}`);
  });

  it('drops a page header above the body read by the page reader, and a trailing date', () => {
    const read = [
      'Job Description',
      'Release Manager - 2400123',
      'Contoso',
      'Posted 3d ago',
      'Engineering · Austin, Texas',
      sentence,
      'Posted on Aug 24, 2023.',
    ];
    expect(composeText('Release Manager', 'Contoso', withoutPageFrame(read.join('\n')), true)).toBe(`Release Manager\nContoso\n${sentence}`);
    // Facts-like lines after the first sentence are the posting's own.
    expect(withoutPageFrame(`${sentence}\nJira · Confluence\nScrum and Kanban`)).toBe(`${sentence}\nJira · Confluence\nScrum and Kanban`);
    // A description read from its own element keeps its lines.
    expect(composeText('Release Manager', 'Contoso', `Engineering · Austin, Texas\n${sentence}`)).toBe(
      `Release Manager\nContoso\nEngineering · Austin, Texas\n${sentence}`,
    );
  });

  it.each([
    ['Release Manager at Contoso - Engineering', `Release Manager\nContoso\n${sentence}`],
    ['Release Manager', `Release Manager\nContoso\n${sentence}`],
    [
      'Release Manager roles like this one are rare, and we hope you will apply.',
      `Release Manager\nContoso\n${sentence}\nRelease Manager roles like this one are rare, and we hope you will apply.`,
    ],
    ['Release notes', `Release Manager\nContoso\n${sentence}\nRelease notes`],
  ])("drops the page's title again at the foot of what the page reader read: %j", (foot, want) =>
    expect(composeText('Release Manager', 'Contoso', `${sentence}\n${foot}`, true)).toBe(want),
  );

  it.each([
    ['a recruiter card above the label', ['Meet the hiring team', 'Dana Reyes', 'Recruiter at Contoso', 'About the job', sentence], [sentence]],
    ['facts, then the label', ['Job details', 'Pay', '$90,000 a year', 'Job type', 'Full-time', 'Full job description', sentence], [sentence]],
    ['no label: the header lines stay', ['Meet the hiring team', 'Dana Reyes', sentence], ['Meet the hiring team', 'Dana Reyes', sentence]],
    [
      'a label after the first sentence is the posting own heading',
      [sentence, 'Job description', 'Scrum and Kanban'],
      [sentence, 'Job description', 'Scrum and Kanban'],
    ],
    ['no sentence at all: nothing is cut', ['Dana Reyes', 'About the job', 'Jira'], ['Dana Reyes', 'About the job', 'Jira']],
  ])("starts after a board's label for the description: %s", (_, read, want) => expect(withoutPageFrame(read.join('\n'))).toBe(want.join('\n')));
});

describe('job cues', () => {
  it.each([
    ['You will plan releases. Three years of release management. Benefits include dental cover and a 401(k).', true],
    ['About you: you bring four years of program management. Paid time off and a pension.', true],
    ['Our summer party was a blast. See the photos and our new office.', false],
    // A recruiter writes of the client in the third person, with no "you will" and no years.
    [
      "My client is a freight software firm and they're looking for a Release Train Engineer. What the role involves: PI planning. Hands-on experience with SAFe.",
      true,
    ],
    ['Error: the job you were looking for is no longer open. Apply for one of our current openings; you will find them below.', false],
  ])('hasJobCues(%j) is %s', (text, want) => expect(hasJobCues(text)).toBe(want));
});

describe('page titles', () => {
  it.each([
    ['Job Description - Release Manager (2400123)', [], 'Release Manager'],
    ['Release Manager (R-104233) | Contoso', ['Contoso'], 'Release Manager'],
    ['Release Manager (m/f/d)', [], 'Release Manager (m/f/d)'],
    ['Release Manager (Remote)', [], 'Release Manager (Remote)'],
    ['Description - Release Manager', [], 'Release Manager'],
    ['Career Opportunities: Release Manager (21034) ', [], 'Release Manager'], // SuccessFactors' careers pages, whatever the job
    ['Contoso: Release Manager', [], 'Contoso: Release Manager'], // an employer's name is no careers page's
  ])('titleWithoutSite(%j, %j) is %j', (pageTitle, sites, want) => expect(titleWithoutSite(pageTitle, sites)).toBe(want));

  it.each([
    ['Tailspin - Release Manager, Flight Software', '<h2>Release Manager, Flight Software</h2><h2>Requirements</h2>', 'Release Manager, Flight Software'],
    ['Release Manager | Contoso', '<h2>Contoso</h2>', 'Release Manager | Contoso'], // an h2 that is only a small part of the title
    ['LinkedIn', '<h1>Release Manager</h1>', 'Release Manager'], // a title that names only the site
    ['LinkedIn', '<h1>Release Manager</h1><h1>Jobs for you</h1>', 'LinkedIn'],
    ['Careers | Acme', '<h1>Release Manager</h1>', 'Release Manager'], // a careers site's page title, whatever the job
    ['Job Detail', '<h1>Release Manager</h1>', 'Release Manager'], // the page's box, whatever the job (SuccessFactors)
    ['Join Acme', '<h1>Release Manager</h1>', 'Release Manager'],
    ['Acme - Open positions', '<h1>Release Manager</h1>', 'Release Manager'],
    ['Careers | Acme', '<h1>Join our team</h1>', 'Careers | Acme'], // the heading is the careers page's too
    ['Release Manager - Careers', '<h1>Join our team</h1>', 'Release Manager'], // the page title names the job
    ['Job Description - Release Manager (2500217)', '<h1>Job Description</h1>', 'Release Manager'], // the box's label (Taleo)
  ])('readPageMeta(<title>%s</title>%s).title is %j', (pageTitle, body, want) =>
    expect(readPageMeta(parseHtml(`<html><head><title>${pageTitle}</title></head><body>${body}</body></html>`)).title).toBe(want),
  );

  it.each([
    ['Release Manager Job in Sydney NSW - SEEK', 'Release Manager', ''],
    ['Job Description - Release Manager (2400123)', 'Release Manager', ''],
    ['Contoso - Release Manager', 'Release Manager', 'Contoso'],
    ['Career Opportunities: Release Manager (2400123)', 'Release Manager', ''], // SuccessFactors' title on every employer's site
    ['Release Manager 1742846 - Northwind.com', 'Release Manager', ''], // the job's number, then the board's domain
    ['Careers: Release Manager', 'Release Manager', ''],
    ['Riverbend Careers - IT Project Manager', 'IT Project Manager', 'Riverbend'], // the employer's careers site, by its name
  ])('companyFromPageTitle(%j, %j) is %j', (pageTitle, jobTitle, want) => expect(companyFromPageTitle(pageTitle, jobTitle)).toBe(want));
});

describe('the company a page shows', () => {
  const page = (body: string) => parseHtml(`<html><body>${body}</body></html>`);
  it.each([
    ['<span data-automation="advertiser-name">Contoso Health</span>', 'Contoso Health'],
    ['<div class="company"><img class="company_logo" alt="Adatum Freight"><p>Website Adatum Freight</p><p>Trucks on time</p></div>', 'Adatum Freight'],
    ['<ul><li class="company">Fabrikam</li></ul><span class="company-name">Contoso</span>', 'Contoso'], // a list's items are other jobs'
    ['<section class="jobs-company"><h2>About the company</h2><p>Contoso</p></section>', ''], // more than a name
    ['<p>No company named here.</p>', ''],
    // The board's menu before the job's title names its own pages ("Company reviews"); the company shown beside the title is the job's.
    [
      '<header><a data-automation="company reviews" href="/companies">Companies</a></header><h1>Release Manager</h1><span data-automation="advertiser-name">Contoso</span>',
      'Contoso',
    ],
    ['<header><a data-automation="company reviews" href="/companies">Companies</a></header><h1>Release Manager</h1>', 'Companies'], // nothing after the title
  ])('shownCompany(%s) is %j', (body, want) => expect(shownCompany(page(body))).toBe(want));

  it.each([
    ['<header><a href="/"><img src="/a.png" alt="Northwind Logistics"></a></header>', 'Northwind Logistics'],
    ['<div class="brand"><img src="/a.png" alt="Contoso logo"></div>', 'Contoso'],
    ['<img src="/img/logo.svg" alt="Wingtip Games career site">', 'Wingtip Games'],
    ['<header><a href="/in/someone"><img src="/p.jpg" alt="Jane Doe"></a></header>', ''], // a person's photo
    ['<img src="/team.jpg" alt="Our team at the summer party">', ''],
    ['<header><a href="/"><img src="/images/nw-logo-blue.png" alt="nw logo here"></a></header>', ''], // a placeholder alt text
  ])('logoName(%s) is %j', (body, want) => expect(logoName(page(body))).toBe(want));

  it.each([
    ['https://acme.wd5.myworkdayjobs.com/en-US/External/job/1', 'acme', 'myworkdayjobs.com'],
    ['https://jobs.jobvite.com/acme/job/oAbC1', 'acme', 'jobs.jobvite.com'],
    ['https://apply.workable.com/acme/j/1A2B/', 'acme', 'apply.workable.com'],
    ['https://acme.jobs.personio.de/job/1', 'acme', 'jobs.personio.de'],
    ['https://careers-contoso.icims.com/jobs/27617/release-manager/job', 'contoso', 'icims.com'],
    ['https://jobs-fabrikam.icims.com/jobs/1/job', 'fabrikam', 'icims.com'],
    ['https://career8.successfactors.com/career?jobId=1&company=ContosoProd', 'Contoso', 'successfactors.com'],
    ['https://career2.successfactors.eu/career?company=FabrikamPROD&career_ns=job_listing', 'Fabrikam', 'successfactors.eu'],
    ['https://career8.successfactors.com/career?jobId=1', undefined, undefined], // no employer named
    ['https://www.bamboohr.com/careers', undefined, undefined],
    ['https://careers.acme.example/jobs/1', undefined, undefined],
    ['not a url', undefined, undefined],
  ])('atsTenant(%s) is %s on %s', (url, tenant, domain) => {
    const found = atsTenant(url);
    expect([found?.tenant, found?.host.domain]).toEqual([tenant, domain]);
  });

  it.each([
    ['Halverson Freight Systems - BambooHR', 'Halverson Freight Systems'],
    ['Acme Robotics | Workable', 'Acme Robotics'],
    ['Workday', 'Workday'], // the hiring system's own careers site
    ['Lever - Acme', 'Lever - Acme'], // only a name after the employer's
    ['Acme Robotics', 'Acme Robotics'],
  ])('withoutHiringSystem(%j) is %j', (name, want) => expect(withoutHiringSystem(name)).toBe(want));

  it.each([
    ['https://acme.bamboohr.com/careers/1', 'Join Acme today. Acme builds tools.', '', 'Acme'],
    ['https://acme.bamboohr.com/careers/1', 'Join Acme today.', 'Acme Robotics', ''], // the page's data names it: kept
    ['https://medtronic.wd1.myworkdayjobs.com/x/job/1', 'Medtronic is hiring.', 'IN2 COV - COV Engineering Services PL', 'Medtronic'],
    ['https://autodesk.wd1.myworkdayjobs.com/x/job/1', 'Autodesk makes software.', 'Autodesk Canada Co.', 'Autodesk'],
    ['https://woodgrove.wd1.myworkdayjobs.com/x/job/1', 'Woodgrove hires.', 'Woodgrove Bank', ''], // the brand and more
    ['https://acme.bamboohr.com/careers/1', 'Only the address says acme.', '', ''],
    ['https://sargentlundy.bamboohr.com/careers/1', 'Sargent & Lundy designs power plants.', '', 'Sargent & Lundy'], // words the address runs together
    ['https://careers.acme.example/jobs/1', 'Acme builds tools.', '', ''],
    ['https://career8.successfactors.com/career?company=ContosoProd', "At Contoso's labs we build. Contoso teams ship.", '', 'Contoso'], // "Prod" names the system
    ['https://career8.successfactors.com/career?company=WoodgrovesProd', "At Woodgrove's labs we build.", '', "Woodgrove's"], // the apostrophe the address cannot hold
  ])('tenantBrand(%s, %j, %j) is %j', (url, text, organization, want) => expect(tenantBrand(url, text, organization)).toBe(want));

  it.each([
    ['https://jobs.contoso.com/en-us/details/1/release-manager', 'Contoso builds phones. Join Contoso.', 'Contoso'],
    ['https://careers.contoso.co.uk/job/1', 'At Contoso we plan.', 'Contoso'],
    ['https://recruit.contosocorp.com/view.do?id=1', 'At Contoso we plan.', ''], // the text never writes the address's name
    ['https://www.contoso.com/careers/1', 'Contoso builds phones.', ''], // no careers host
    ['https://jobs.lever.co/contoso/1', 'Contoso builds phones.', ''], // a hiring system's (atsTenant reads it)
    ['https://jobs.eu.contoso.com/1', 'Contoso builds phones.', ''], // more than a name before the ending
    ['https://www.contoso.jobs/en/jobs/1', 'Contoso builds phones.', 'Contoso'], // a careers domain names the employer
    ['https://contoso.careers/job/1', 'At CONTOSO we build.', 'CONTOSO'],
  ])('careersHostBrand(%s, %j) is %j', (url, text, want) => expect(careersHostBrand(url, text)).toBe(want));
});

describe('forms in what the page reader reads', () => {
  const posting =
    '<h1>Release Manager</h1><p>You will run the release train for four product teams and keep the calendar honest across time zones.</p>' +
    '<p>We look for someone who has shipped software on a schedule, kept stakeholders informed and learned from incidents.</p>' +
    '<ul><li>Five years of release management experience</li><li>Jenkins and GitHub Actions</li></ul><p>Benefits: health cover and a learning budget for every person.</p>';
  it('keeps a form that wraps the whole page (as Taleo writes its pages)', () => {
    const text = readabilityText(parseHtml(`<html><body><form action="/jobdetail"><div>${posting}</div></form></body></html>`))?.text ?? '';
    expect(text).toContain('Jenkins and GitHub Actions');
  });
  it('keeps the line break of an empty paragraph between labels (readability drops the paragraph)', () => {
    const labels = '<strong>Title: Release Manager</strong><p><br></p><strong>Location: Remote</strong><p><br></p>';
    const text = readabilityText(parseHtml(`<html><body><article><span>${labels}</span>${posting}</article></body></html>`))?.text ?? '';
    expect(text).toContain('Title: Release Manager\nLocation: Remote');
  });
  it('leaves out an application form beside the posting', () => {
    const form =
      '<form><label>First name <input></label><label>Tell us about a release you are proud of and why it went well.<textarea></textarea></label></form>';
    const text = readabilityText(parseHtml(`<html><body><article>${posting}${form}</article></body></html>`))?.text ?? '';
    expect(text).toContain('Jenkins and GitHub Actions');
    expect(text).not.toContain('First name');
  });
});

describe("an accordion of the posting's parts", () => {
  const panel = (id: string, items: string) => `<div id="${id}" class="tab-content"><ul>${items}</ul></div>`;
  const items = (...texts: string[]) => texts.map((t) => `<li>${t}</li>`).join('');
  const page = parseHtml(`<html><body><main><h1>Technical Program Manager</h1>
<p>Halden Marine designs electric propulsion for ferries and workboats, and we now look for a program manager to lead a retrofit program.</p>
<div class="toggle"><div role="button" aria-controls="t1" aria-expanded="true"><a>Your responsibilities</a></div>
${panel('t1', items('Own the integrated master schedule across engineering and production', 'Run program reviews with the customer every month'))}
<div role="button" aria-controls="t2" aria-expanded="false"><a>What you bring</a></div>
${panel('t2', items('At least 7 years of technical program management in the maritime industry', 'Experience with Jira and MS Project'))}
<details><summary>Nice to have</summary><ul>${items('Knowledge of DNV class rules for battery-powered vessels and shore charging')}</ul></details></div>
<h2>More open positions</h2><ul><li><a href="/a">Electrical Engineer</a></li><li><a href="/b">Buyer</a></li></ul>
<h2>Send us your application</h2></main></body></html>`);
  const read = readabilityText(page);
  it('reads the label of a control that opens a panel as the heading of its part', () => {
    expect(read?.text).toContain('Your responsibilities\n- Own the integrated master schedule');
    expect(read?.text).toContain('What you bring\n- At least 7 years');
    expect(read?.text).toContain('Nice to have\n- Knowledge of DNV class rules');
  });
  it('leaves out other openings and a heading that ends the text with nothing under it', () => {
    expect(read?.text).not.toContain('Electrical Engineer');
    expect(read?.text.split('\n').pop()).toBe('- Knowledge of DNV class rules for battery-powered vessels and shore charging');
  });
});

describe('headings that title a part of a posting (what the page reader falls back on)', () => {
  it.each([
    ['Responsibilities', true],
    ['Qualifications', true],
    ['About the job', true],
    ["What you'll do", true],
    ['Nice to have', true],
    ['Ihre Aufgaben', true],
    ['About the company', false],
    ['Put your best foot forward with your application', false],
    ['Options', false],
    ['Similar jobs', false],
    ['Responsibilities of every member of our community under the code of conduct we all sign', false],
  ])('%s: %s', (heading, want) => expect(namesPostingPart(heading)).toBe(want));
});

describe("a job card's blocks above the description", () => {
  const sentence = 'You will run the delivery of our forecasting platform across four squads, from planning to release.';
  const description = `<section><p>${sentence}</p><p>${sentence}</p><ul><li>Jira</li></ul></section>`;
  const blocks = (html: string) =>
    headerBlocks(parseHtml(`<html><body><main>${html}</main></body></html>`).querySelector('main')!).map((el) => el.textContent?.trim());
  it.each([
    [
      'a place, a contract and tags before the description block',
      `<div><span>Leeds, UK</span></div><div>Permanent</div><div><span>HYBRID</span></div>${description}`,
      ['Leeds, UK', 'Permanent', 'HYBRID'],
    ],
    ['a heading and a labelled fact stay', `<h2>About the role</h2><div>Location: Remote</div>${description}`, []],
    [
      'lines before a paragraph among paragraphs are the posting own',
      `<p>Title: Release Manager</p><p>Payments team</p><p>${sentence}</p><p>${sentence}</p>`,
      [],
    ],
    [
      'a run of text with line breaks is never cut',
      `<p><span><strong>Title: Release Manager</strong><br><strong>Remote</strong><br>${sentence}<ul><li>${sentence}</li><li>${sentence}</li><li>Jira</li></ul></span></p>`,
      [],
    ],
  ])('%s', (_, html, want) => expect(blocks(html)).toEqual(want));
});

describe('class names the page reader misread', () => {
  // Readability marks a box down when its class says "hidden" or "scroll"; utility stylesheets write "overflow-hidden" on
  // any box that clips, a posting's own included. The text is this project's; the markup is a job page's usual shape.
  const intro =
    '<p>Northwind Freight, Lyon, France, on site, full time, posted 3 days ago.</p>' +
    '<p>Over 100 people, logistics, transport, freight, supply chain, warehousing.</p>' +
    '<p>Referrals, shortlists, alerts, saved searches, and more, all in your account.</p>' +
    '<p>Salary, benefits, location, schedule, team, and level, as the employer gave them.</p>';
  const description =
    '<strong>About the role:</strong> You will run the release calendar for six product teams, from planning to rollout.<br><br>' +
    'What you will do<br><ul><li>Plan quarterly releases with engineering, product and support.</li>' +
    '<li>Run the weekly go/no-go meeting and publish its decisions.</li><li>Track risks, dependencies and open defects to closure.</li></ul>' +
    'What we look for<br><ul><li>Five years of experience managing software releases.</li>' +
    '<li>Experience with Jira, Confluence and a CI/CD pipeline.</li><li>Clear writing for engineers and executives alike.</li></ul>' +
    'How to apply: send your resume and a short note on a release you are proud of.';
  const page = (classes: string) =>
    `<html><body><main><section><div class="top-card">${intro}</div></section>` +
    `<section><div class="${classes}">${description}</div></section></main></body></html>`;

  it('a description box with "overflow-hidden" in its classes is read as the posting', () => {
    const text = readabilityText(parseHtml(page('markup relative overflow-hidden')))?.text ?? '';
    expect(text).toContain('Run the weekly go/no-go meeting and publish its decisions.');
    expect(text).toContain('Five years of experience managing software releases.');
  });

  it('a heading named as a header ("jobSectionHeader") stays over its part', () => {
    const section = (heading: string, items: string[]) =>
      `<h3 class="jobSectionHeader"><b>${heading}</b></h3><ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`;
    const body =
      '<p>Fabrikam Energy runs the metering platform for two million homes, and its delivery office plans every release of it.</p>' +
      section('What your day will look like', [
        'Plan the quarterly release of the metering platform with six teams',
        'Chair the change advisory board, and keep its decisions on record',
      ]) +
      section('What we are looking for in you', [
        'Five years of experience managing releases of a regulated system',
        'Working knowledge of ITIL change management, Jira and Confluence',
      ]);
    const text = readabilityText(parseHtml(`<html><body><div id="jobDescriptionText">${body}</div></body></html>`))?.text ?? '';
    expect(text).toContain('What your day will look like\n- Plan the quarterly release');
    expect(text).toContain('What we are looking for in you\n- Five years of experience');
  });

  it('the same box reads the same with no layout classes', () => {
    const plain = readabilityText(parseHtml(page('markup relative')))?.text;
    expect(readabilityText(parseHtml(page('markup md:overflow-y-auto overflow-hidden scroll-smooth')))?.text).toBe(plain);
  });
});

describe('a posting whose parts are headings over lists', () => {
  // A careers page that sets each part of the posting in a box of its own: the employer's prose, the duties and the
  // requirements as a heading over a list, then the pay and the equal-opportunity statement. The reader took the last box
  // (the most prose) and the other box of prose, and left both lists out. The text is this project's; the markup is a
  // careers page's usual shape.
  const box = (inner: string) => `<div class="section page-centered">${inner}</div>`;
  const prose = (lines: string[]) => box(lines.map((line) => `<div>${line}</div>`).join(''));
  const list = (heading: string, items: string[]) =>
    box(`<div><h3>${heading}</h3><ul class="plain-list"><ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul></ul></div>`);
  const page =
    '<html><body><div class="content-wrapper"><div class="content"><div class="section-wrapper page-full-width">' +
    prose([
      'Tailspin Toys builds the planning software that studios, agencies, publishers and schools use every day, in forty countries, and we are growing our delivery team in Leeds, Lisbon and Toronto.',
      'Job Summary:',
      'This role is responsible for the release calendar of four product teams, from the first roadmap review to the last support ticket, and for the program plan that ties them together, with its risks, dependencies, milestones and budget.',
      'About the team:',
      'We work in small teams, close to the people who use what we build, with time each week for learning, writing and review, and we share what we learn, good or bad, with the rest of the company in open reviews each month.',
    ]) +
    list("What you'll do", [
      'Run the release train for four product teams',
      'Keep the program plan, its risks and its dependencies current',
      'Chair the weekly steering meeting with product and engineering leads',
    ]) +
    list("What you'll need", [
      'Five years of experience as a technical program manager',
      'Hands-on experience with Jira, Confluence and a CI/CD pipeline',
      'A PMP or an equivalent certification is a plus',
    ]) +
    prose([
      'This is a hybrid role, with two days a week in one of our studios, in Leeds, Lisbon or Toronto; the salary range is £60,000 to £75,000, with a bonus, a pension, private health cover and thirty days of leave.',
      'We are an equal opportunity employer and welcome applicants of every background, age, belief, disability, gender, nationality, race, religion and sexual orientation, and we make adjustments for anyone who needs them, at any stage.',
      'We consider a wide range of factors, including skills, experience, location and the market, when we set pay, and we publish our pay bands, our gender pay gap and our promotion rates, every year, on our website.',
    ]) +
    '</div></div></div></body></html>';

  it('keeps every part in order, each list item one line with its bullet', () => {
    const text = readabilityText(parseHtml(page))?.text ?? '';
    expect(text).toContain("What you'll do\n- Run the release train for four product teams\n");
    expect(text).toContain("What you'll need\n- Five years of experience as a technical program manager\n");
    expect(text.indexOf('Job Summary:')).toBeLessThan(text.indexOf("What you'll do"));
    expect(text.indexOf("What you'll need")).toBeLessThan(text.indexOf('This is a hybrid role'));
  });
});

describe("an employer's careers domain", () => {
  // "amazon.jobs": the page's title names the job's number beside it and the domain as its site; neither is the company.
  const paragraph = (words: string) => `<p>${words} ${'Contoso builds the logistics software that moves parcels across the region every day. '.repeat(3)}</p>`;
  const RESPONSIBILITIES = [
    'Plan and run the weekly release train',
    'Chair the go/no-go meeting before every release',
    'Track release health and report it to leadership',
    'Improve the release checklist with the engineering teams',
  ]
    .map((item) => `<li>${item}</li>`)
    .join('');
  const html = `<html><head><title>Release Manager - Job ID: 2841936 | Contoso.jobs</title><meta property="og:site_name" content="contoso.jobs"></head>
    <body><header><a href="/">Contoso Jobs</a></header><main><h1>Release Manager</h1><div>Job ID: 2841936</div>
    ${paragraph('Description')}<h2>Responsibilities</h2><ul>${RESPONSIBILITIES}</ul><h2>Basic Qualifications</h2><ul><li>5+ years of release management for web and mobile products</li><li>Experience with Jira and Confluence in a team of several squads</li><li>Strong written communication with engineering and product leaders</li></ul>
    ${paragraph('About us')}</main></body></html>`;
  it('names the employer as the page writes it', () => {
    const posting = extractPosting(parseHtml(html), 'https://www.contoso.jobs/en/jobs/2841936/release-manager');
    expect(posting.title).toBe('Release Manager');
    expect(posting.company).toBe('Contoso');
  });
});
