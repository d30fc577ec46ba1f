import { describe, expect, it } from 'vitest';
import { headingKind, isCompanyText, isRecruiterText, structurePosting } from '../../src/analyze/sections';
import { quotedMessageStart, withoutQuoteMarks } from '../../src/text/lines';

describe('headingKind', () => {
  it.each([
    ['Minimum qualifications', 'required'],
    ['Basic Qualifications:', 'required'],
    ['Plusses:', 'preferred'], // as recruiters spell "Pluses"
    ['Mandatory:', 'required'], // "Desired Candidate Profile / Mandatory: / Good to have:"
    ['Rated Requirements (point-rated)', 'preferred'], // a contract's scored criteria, beside the mandatory ones
    ["What you'll need", 'required'],
    ['What You’ll Bring', 'required'],
    ['You might be a fit if', 'required'],
    ['**Requirements**', 'required'],
    ['Job Requirements', 'required'],
    // a phase of the work named by its requirements heads duties, not what is asked
    ['Requirement Analysis:', 'other'],
    ['Requirements Gathering:', 'other'],
    ['Preferred qualifications', 'preferred'],
    ['Qualifications (Preferred)', 'preferred'], // a cue in brackets notes which list the heading names
    ['Advanced (preferred) qualifications', 'preferred'],
    ['Skills (nice to have)', 'preferred'],
    ['Nice to have:', 'preferred'],
    ['Bonus points', 'preferred'],
    ['The cherry on top!', 'preferred'], // a short exclamation that names a list heads it
    ['Nice to have!', 'preferred'],
    ['Helpful but not required', 'preferred'], // the conjunction joins a word to the cue, as a comma would
    ['Useful but not essential', 'preferred'],
    ['What you’ll do', 'responsibilities'],
    ['Key job responsibilities', 'responsibilities'], // words that only say which list it is
    ['Your key responsibilities', 'responsibilities'],
    ['Primary job duties', 'responsibilities'],
    ['Responsibilities', 'responsibilities'],
    ['About the role', 'responsibilities'],
    ['Benefits & perks', 'benefits'],
    ['Equal Opportunity Employer', 'legal'],
    ['About Acme', 'about'],
    ['HOW WE WORK', 'other'],
    ['Tools we use:', 'other'],
    ['To be successful in this role, you:', 'required'],
    ['THE SKILL SET', 'required'],
    ['Proficient user of:', 'required'],
    ['_Advanced knowledge and understanding of:_', 'required'],
    ['You are ready for your Transformation, if you …', 'required'],
    ['Your Responsibilities Will Include...', 'responsibilities'],
    ['You will get to..', 'responsibilities'], // two dots lead in as an ellipsis does
    ["You're likely a great candidate if you have..", 'required'],
    ['Some of the tasks you will be performing:', 'responsibilities'],
    ['Position Summary', 'responsibilities'],
    ['The following would be considered an asset:', 'preferred'],
    ['Why Work at Acme?', 'benefits'],
    ['WHAT´S IN FOR YOU', 'benefits'],
    ['Diversity & Inclusion', 'legal'],
    ['ABOUT US', 'about'],
    ['Company Description', 'about'],
    ['Life at Acme', 'about'],
    ['THE ACME STORY', 'about'],
    ['About This Role', 'responsibilities'],
    ['About this position:', 'responsibilities'],
    ['Staying Safe - Protect Yourself From Recruitment Fraud', 'legal'],
    ['Fraud alert', 'legal'],
  ])('%j is a %s heading', (line, kind) => expect(headingKind(line)).toBe(kind));

  it.each([
    ['- Experience with Jira'],
    ['OR equivalent experience'],
    ['You will own the roadmap for our platform and report to the VP.'],
    ['Python'],
    ['With Jira experience'],
    ['Are you ready?'],
    ['A degree is welcome but not required'], // a thing named before the cue: an item
    ['SQL helpful but not required'],
    ['Take on other responsibilities'], // an action before the cue: an item
    ['Strong communication skills'],
  ])('%j is not a heading', (line) => expect(headingKind(line)).toBeUndefined());
});

const weightOf = (text: string, phrase: string) => {
  const at = text.indexOf(phrase);
  return structurePosting(text).lines.find((l) => l.start <= at && at < l.end)?.weight;
};

describe('structurePosting', () => {
  const posting = [
    'Technical Program Manager',
    'Acme Corp',
    '',
    'What you will do',
    '- Drive the roadmap with Jira',
    '',
    'Requirements',
    '- 5+ years with Kubernetes; Terraform is a plus',
    '- Nice to have: Snowflake',
    '',
    'Preferred',
    '* PMP certification',
    '',
    'Benefits',
    'Medical, dental and a Zoom stipend',
    '',
    'Acme is an equal opportunity employer and uses Workday for hiring.',
  ].join('\n');

  it('reads title and company from the first lines', () => {
    expect(structurePosting(posting)).toMatchObject({ title: 'Technical Program Manager', company: 'Acme Corp' });
  });

  it('reads a title that names a fraud team as the title, not as a fraud notice', () => {
    expect(structurePosting('Risk Operations Analyst | Identity & Fraud\nCompany: Contoso\nYou will review flagged accounts.')).toMatchObject({
      title: 'Risk Operations Analyst | Identity & Fraud',
    });
  });

  it("reads a first line that names a role as the title, whatever heading word its project's name holds", () => {
    const text =
      'IT Project Manager III – Benefits Eligibility Modernization\nCommonwealth Office of Digital Services\n\nYou will manage the Medicaid eligibility project.';
    expect(structurePosting(text)).toMatchObject({ title: 'IT Project Manager III - Benefits Eligibility Modernization' });
    expect(weightOf(text, 'Medicaid')).not.toBe('boilerplate');
  });

  it('reads them from a posting written in capitals too', () => {
    expect(structurePosting(posting.toUpperCase())).toMatchObject({ title: 'TECHNICAL PROGRAM MANAGER', company: 'ACME CORP' });
  });

  it.each([
    ['Jira', 'mentioned'],
    ['Kubernetes', 'required'],
    ['Terraform', 'preferred'],
    ['Snowflake', 'preferred'],
    ['PMP', 'preferred'],
    ['Zoom', 'boilerplate'],
    ['Workday', 'boilerplate'],
  ])('weighs %s as %s', (phrase, weight) => expect(weightOf(posting, phrase)).toBe(weight));

  it('weighs inline cues: "an asset", "appreciated", "favored", and what follows "ideally"', () => {
    const text = [
      'Project Manager',
      'Acme Corp',
      'Requirements',
      '- Delivery of web projects for enterprise clients, ideally in an agency, and preferably with WordPress',
      '- JD Edwards (an asset)',
      '- PMP certifications are appreciated but not necessary',
      '- Technical degrees are favored.',
      '- PMP or CSM certifications highly valued.',
    ].join('\n');
    expect(weightOf(text, 'web projects')).toBe('required');
    expect(weightOf(text, 'WordPress')).toBe('preferred');
    expect(weightOf(text, 'JD Edwards')).toBe('preferred');
    expect(weightOf(text, 'PMP')).toBe('preferred');
    expect(weightOf(text, 'Technical degrees')).toBe('preferred');
    expect(weightOf(text, 'CSM')).toBe('preferred');
  });

  it('reads a company name ending in "Inc."', () => {
    expect(structurePosting('Senior Analyst\nOcean Associates, Inc.\nWe need an analyst.').company).toBe('Ocean Associates, Inc.');
  });

  it('finds requirements in a posting without headings', () => {
    const text = 'We need a TPM for our data platform.\nYou have 5+ years of experience with Airflow.\nYou will run planning with Asana.';
    expect(weightOf(text, 'Airflow')).toBe('required');
    expect(weightOf(text, 'Asana')).toBe('mentioned');
  });
});

describe('cues weigh only what they qualify', () => {
  const text = [
    'Technical Program Manager',
    'Acme Corp',
    'Location: Remote (US)',
    'Experience with Jira and Confluence',
    '•Scrum ceremonies with several teams',
    'Requirements',
    '- PMP certification required, CSM a plus',
    '- Cloud infrastructure (AWS preferred), Kubernetes and Terraform',
    '- Experience with Asana, Trello, and Smartsheet is a plus',
    '- Knowledge of SQL - Python preferred',
    '- Both waterfall and Kanban delivery — SAFe preferred',
    '- 5 – 7 years with Miro – Figma preferred',
    'Preferred',
    'Experience with Snowflake and dbt',
  ].join('\n');
  it.each([
    ['Jira', 'required'], // a requirement line under "Location: …", not a benefits section
    ['Scrum', 'mentioned'],
    ['PMP', 'required'],
    ['CSM', 'preferred'],
    ['AWS', 'preferred'],
    ['Kubernetes', 'required'],
    ['Asana', 'preferred'], // a cue at the end of a list covers the whole list
    // a spaced dash or an em dash parts a clause as a comma does
    ['SQL', 'required'],
    ['Python', 'preferred'],
    ['Kanban', 'required'],
    ['SAFe', 'preferred'],
    ['Miro', 'required'],
    ['Figma', 'preferred'],
    ['Snowflake', 'preferred'], // not a heading that switches back to required
  ])('%s is %s', (phrase, weight) => expect(weightOf(text, phrase)).toBe(weight));
});

describe('a formal job description: a title field, numbered headings in capitals, criteria marked essential', () => {
  const text = [
    'JOB DESCRIPTION',
    'Job Title: Technical Project Manager',
    'Location: Dubai',
    '',
    '1. JOB PURPOSE',
    'To lead technology projects.',
    '',
    '2. KEY ACCOUNTABILITIES',
    '2.1 Plan projects in Smartsheet.',
    '',
    '3. PERSON SPECIFICATION',
    'Certifications: PRINCE2 Practitioner (essential); PMP (desirable).',
    'Skills: Jira.',
  ].join('\n');
  it('takes the title from its field', () => expect(structurePosting(text).title).toBe('Technical Project Manager'));
  it.each([
    ['Smartsheet', 'mentioned'], // under "2. KEY ACCOUNTABILITIES"
    ['PRINCE2 Practitioner', 'required'], // under "3. PERSON SPECIFICATION", marked essential
    ['PMP', 'preferred'],
    ['Jira', 'required'],
  ])('%s is %s', (phrase, weight) => expect(weightOf(text, phrase)).toBe(weight));
  it.each([
    ['1. Plan the release with the teams', undefined], // a numbered item, not a heading
    ['3. PERSON SPECIFICATION', 'required'],
    ["You'll bring:", 'required'], // what the candidate brings, as "What you'll bring"
    ['You will need to:', 'responsibilities'], // duties go on "you will need to"
  ])('%j heads %s', (line, kind) => expect(headingKind(line)).toBe(kind));
  it('reads a criterion marked essential as required even in a list of duties', () => {
    const duties = 'Technical Program Manager\nAcme\n\nResponsibilities\n- Run releases\n- Scrum Master certification (essential)';
    expect(weightOf(duties, 'Scrum Master')).toBe('required');
  });
});

describe("a board's template headings", () => {
  const text = [
    'NPI Program Manager',
    'Acme',
    '',
    'Summary',
    'Imagine what you could build here.',
    '',
    'Key Qualifications',
    'Experience with Jira',
    '',
    'Description',
    'You will own the build plan in Smartsheet.',
    '',
    'Education & Experience',
    'BS in Mechanical Engineering or equivalent.',
    '',
    'Desired Candidate Profile',
    '- Must have Banking domain experience.',
    '- PMP certification is must. SAFe Agilist is an added advantage.',
    '- Exposure to Azure good to have.',
  ].join('\n');
  it.each([
    ['Jira', 'required'],
    ['Smartsheet', 'mentioned'], // under "Description", no longer the qualifications' list
    ['Mechanical Engineering', 'required'],
    ['Banking', 'required'], // said outright under a heading of what is desired
    ['PMP', 'required'],
    ['SAFe', 'preferred'],
    ['Azure', 'preferred'],
  ])('%s is %s', (phrase, weight) => expect(weightOf(text, phrase)).toBe(weight));
  it.each([
    ['Description', 'intro'],
    ['Summary', 'intro'],
    ['Education & Experience', 'required'],
    ['Education and Qualifications', 'required'],
    ['Education', undefined], // a benefit's heading as often
    ['About company', 'about'],
    ['Conditions of employment', 'required'],
    ['Other information', 'about'],
    ["What you'll actually do", 'responsibilities'],
  ])('%j heads %s', (line, kind) => expect(headingKind(line)).toBe(kind));
  it('keeps an item under preferred qualifications that says "as required" preferred', () => {
    const preferred = 'TPM\nAcme\n\nPreferred qualifications\n- Kanban boards, updated as required';
    expect(weightOf(preferred, 'Kanban')).toBe('preferred');
  });
});

describe('essential and asset qualifications (a public service posting)', () => {
  const text = [
    'IT Project Manager',
    'Agency',
    '',
    'ESSENTIAL QUALIFICATIONS',
    '',
    'Education:',
    'A degree in computer science.',
    '',
    'Experience:',
    'E1. Experience managing IT projects in Smartsheet.',
    '',
    'Certification:',
    'PMP certification.',
    '',
    'ASSET QUALIFICATIONS',
    'Experience with Kanban.',
  ].join('\n');
  it.each([
    ['Smartsheet', 'required'],
    ['PMP', 'required'], // "Certification:" ends as "Education:" did, after "Experience:", a heading of the section's kind
    ['Kanban', 'preferred'],
  ])('%s is %s', (phrase, weight) => expect(weightOf(text, phrase)).toBe(weight));
});

describe("the role's text after pay and under a heading of the work's environment", () => {
  const text = [
    'IT Project Manager',
    'Agency',
    'Ottawa',
    '$101,140 to $125,038 (salary under review)',
    '',
    'The office runs 40 projects in Smartsheet.',
    '',
    'Work environment',
    'The office oversees a portfolio of projects. As an IT Project Manager you will plan and close projects in Jira.',
    '',
    'Benefits',
    'As an Acme employee, you will enjoy a pension.',
  ].join('\n');
  it('reads a line of pay as no heading', () => expect(headingKind('$101,140 to $125,038 (salary under review)')).toBeUndefined());
  it.each([
    ['Smartsheet', 'mentioned'], // not under the pay line as if it headed benefits
    ['Jira', 'mentioned'], // the sentence that introduces the role starts the role's text
    ['pension', 'boilerplate'],
  ])('%s is %s', (phrase, weight) => expect(weightOf(text, phrase)).toBe(weight));
});

describe("a recruiter's shorthand", () => {
  const text = [
    'IT Project Manager',
    'Acme',
    '',
    'They need an experienced IT Project Manager.',
    '',
    'Must: 5+ yrs IT PM / Prince2 or PMP / proven SAP delivery (ideally IS-U) / stakeholder management',
    'Nice: smart metering / Agile / ITIL',
  ].join('\n');
  it.each([
    ['Prince2', 'required'],
    ['IS-U', 'preferred'], // "IS" in brackets is a name, not the filler word "is"
    ['stakeholder management', 'required'],
    ['ITIL', 'preferred'],
  ])('%s is %s', (phrase, weight) => expect(weightOf(text, phrase)).toBe(weight));
});

describe('a SEEK posting (Australia)', () => {
  const text = [
    'Technology Project Manager',
    'Acme Resources',
    '',
    'We are a highly regarded employer in the Pilbara, rolling out Jira across sites.',
    '',
    'To be successful, you will bring:',
    '- Proven budget management skills',
    '- PMP, PRINCE2 or equivalent certification (highly regarded)',
    '- Experience with Kanban is well regarded',
    '',
    "What's on offer",
    '- Employee share plan and Smartsheet training',
  ].join('\n');
  it.each([
    ['Jira', 'mentioned'], // praise of the employer prefers nothing
    ['budget management', 'required'],
    ['PRINCE2', 'preferred'],
    ['Kanban', 'preferred'],
    ['Smartsheet', 'boilerplate'],
  ])('%s is %s', (phrase, weight) => expect(weightOf(text, phrase)).toBe(weight));
});

describe('a preferred cue after a dummy subject weighs the list after it', () => {
  const text = [
    'Technical Program Manager',
    'Acme Corp',
    'About you',
    'You have ten years of delivery with Jira.',
    'It would be great if you also had experience of Kafka, Snowflake, or dbt.',
    'Knowledge of Terraform or Ansible would set you apart.',
    'Hands-on Rust will make you stand out.',
    'Experience with Kubernetes or Helm would also help.',
    'You would help teams adopt Scrum.',
  ].join('\n');
  it.each([
    ['Jira', 'required'],
    ['Kafka', 'preferred'],
    ['Snowflake', 'preferred'], // the list's later items too, not only the cue's comma part
    ['dbt', 'preferred'],
    ['Terraform', 'preferred'], // "would set you apart", as the heading "What sets you apart" says
    ['Rust', 'preferred'],
    ['Helm', 'preferred'], // "would also help" at its clause's end, as "would be helpful"
    ['Scrum', 'required'], // "You would help teams ...": a duty, under "About you" as the rest
  ])('%s is %s', (phrase, weight) => expect(weightOf(text, phrase)).toBe(weight));
});

describe('isCompanyText', () => {
  it.each([
    ['Acme is a leading provider of payroll software for restaurants.', ''],
    ['Founded in 2012, we make scheduling tools for clinics.', ''],
    ["We're a fast-growing fintech with offices in Lisbon and Austin.", ''],
    ['Our mission is to make freight cheaper and cleaner.', ''],
    ['With 4,000 employees in 30 countries, we keep growing.', ''],
    ['Acme has shipped scanners to grocers since 1999.', 'Acme'],
    ["Acme's platform routes a million parcels a day.", 'Acme Inc.'],
    // "responsible" alone is no sign of the role: the employer's responsible AI, not a duty
    ['As pioneers in speech AI, we set the standards for the responsible deployment of AI in hospitals.', ''],
    // the employer saying what it is doing
    ["We're innovating in the fast-paced world of live auctions.", ''],
    ['We are building the future of payments for small shops.', ''],
  ])('%j describes the employer', (line, company) => expect(isCompanyText(line, company)).toBe(true));

  it.each([
    ["We're looking for a TPM to join our fast-growing team.", ''],
    ['As a Program Manager at our leading bank, you will run quarterly planning.', ''],
    ['This role reports to our founders.', ''],
    ['As pioneers in speech AI, we need someone responsible for our release process.', ''],
    ['Drive the release plan with Jira and Confluence.', ''],
    ['Acme Cloud experience is required.', 'Acme'],
    ['Our purpose-built tooling is described in the handbook.', ''],
    ["We're hiring a Technical Program Manager for our fast-paced payments team.", ''],
    ['We are seeking a delivery lead who thrives in a fast-paced setting.', ''],
    // whom the employer wants, or what the hire would do, is the role
    ['We are moving our teams to one implementation methodology, and we want a project manager who can shape it.', ''],
    ["We'd like someone who has run a platform migration for our customers.", ''],
    ["Between planning cycles we run a portfolio review for our customers, and you'd prepare it.", ''],
  ])('%j does not', (line, company) => expect(isCompanyText(line, company)).toBe(false));
});

describe("a paragraph of the employer's that speaks of the role", () => {
  const text = [
    'Delivery Manager',
    'Acme Corp',
    '',
    'How we plan',
    '',
    'Acme plans in quarters. The leadership team sets a handful of company OKRs. Between cycles we run a portfolio review with our customers, and you would prepare it.',
    '',
    'Requirements',
    '- Jira',
  ].join('\n');
  const sectionOf = (posting: string, phrase: string) => structurePosting(posting).lines.find((l) => posting.slice(l.start, l.end).includes(phrase))?.section;

  it("is the role's where one of its sentences speaks of the role", () => {
    expect(sectionOf(text, 'company OKRs')).toBe('intro');
    expect(sectionOf(text, 'you would prepare')).toBe('intro');
  });

  it("is the employer's whole where no sentence speaks of the role", () => {
    const employers = text.replace('and you would prepare it', 'and our board reads it');
    expect(sectionOf(employers, 'company OKRs')).toBe('about');
  });

  it.each(['We want a world where every farmer is paid on time.', 'We would like to thank the investors who backed us.'])(
    '%j wants no person: no sign of the role',
    (line) => expect(isCompanyText(`${line} Our customers are banks.`, '')).toBe(true),
  );
});

describe('the employer describing itself', () => {
  const text = [
    'Technical Program Manager',
    'Acme Corp',
    'For over 20 years, Acme has been the leading provider of fintech software to credit unions.',
    'Our values: customers first, be bold, and continuous improvement every day.',
    "We're looking for a TPM to join our fast-growing team. You bring 5+ years of Agile delivery.",
    'Responsibilities',
    '- Run PI planning with Jira',
    'Requirements',
    '- 5+ years with Kubernetes',
    'Life at Acme',
    'We celebrate a growth mindset and continuous learning.',
    'About Acme',
    'Acme builds payments infrastructure for banks.',
  ].join('\n');
  it.each([
    ['fintech', 'mentioned'], // its domain still shows, but "20 years" is no requirement
    ['continuous improvement', 'boilerplate'], // values are no skill of the role
    ['Agile', 'required'], // a line that speaks of the role is the role's
    ['Jira', 'mentioned'],
    ['Kubernetes', 'required'],
    ['growth mindset', 'boilerplate'],
    ['payments', 'mentioned'],
  ])('%s weighs %s', (phrase, weight) => expect(weightOf(text, phrase)).toBe(weight));
});

describe("a paragraph between the employer's own, under no heading", () => {
  const text = [
    'Information Systems Project Manager',
    'Fabrikam',
    '',
    'At Fabrikam, we have helped finance teams for twenty years.',
    '',
    'Combining the expertise of a leader with the agile culture of Northwind, the merged group offers automation for budget approval.',
    '',
    'Our suite of products serves 4,000 companies in 40 countries.',
    '',
    'If you want to grow with a team that runs on Jira, join us.',
    '',
    'Responsibilities',
    '- Lead budget planning for the IT projects',
  ].join('\n');
  const sectionAt = (phrase: string) => structurePosting(text).lines.find((l) => l.start <= text.indexOf(phrase) && text.indexOf(phrase) < l.end)?.section;

  it('goes on about the employer', () => {
    expect(sectionAt('Combining the expertise')).toBe('about');
  });

  it("stays the posting's where it speaks of the role, or where the employer's text does not go on after it", () => {
    const role = text.replace('the merged group offers', 'this role owns');
    expect(structurePosting(role).lines.find((l) => role.slice(l.start, l.end).includes('Combining'))?.section).toBe('intro');
    expect(sectionAt('If you want to grow')).toBe('intro');
    expect(weightOf(text, 'budget planning')).toBe('mentioned');
  });
});

describe("the employer's pitch under a benefits heading", () => {
  const text = [
    'Technical Program Manager',
    'Acme Corp',
    'Responsibilities',
    '- Run PI planning with Jira',
    'Why work at Acme?',
    '- We are a seed-stage startup building a query engine on Apache Spark. This engine brings Rust to data teams.',
    '- Unlimited PTO and a home office budget',
    '- Our values: candor, care and continuous improvement.',
  ].join('\n');
  it.each([
    ['Apache Spark', 'mentioned'], // the employer describing itself names its technology, as under "About Acme"
    ['Rust', 'mentioned'], // the pitch goes on in the item's next sentence
    ['home office', 'boilerplate'], // a perk asks nothing
    ['continuous improvement', 'boilerplate'], // nor do its values
  ])('%s weighs %s', (phrase, weight) => expect(weightOf(text, phrase)).toBe(weight));
  it('files the pitch among the employer lines', () => {
    const { lines } = structurePosting(text);
    const pitch = lines.find((l) => text.slice(l.start, l.end).includes('Apache Spark'))!;
    expect(pitch.section).toBe('about');
  });
});

describe('what the employer does, with no heading over it', () => {
  const text = [
    'Scrum Master',
    'Acme Corp',
    'Acme is the leading maker of tamper-proof audit software for banks.',
    'Our software solution runs on Kubernetes and keeps a distributed ledger of every change.',
    'Ledgerly is the bank-wide reconciliation platform for trade capture and analytics.',
    "We're looking for a Scrum Master who knows Kubernetes well.",
    'The Scrum Master is a partner for the teams that run the platform.',
    'Requirements',
    '- 3+ years with Jira',
  ].join('\n');
  const sectionAt = (phrase: string) => structurePosting(text).lines.find((l) => l.start <= text.indexOf(phrase) && text.indexOf(phrase) < l.end)?.section;
  // Its products and technology are the employer's (only its industry counts, src/analyze/analyze.ts); the role's own line is the role's.
  it.each([
    ['tamper-proof', 'about'],
    ['distributed ledger', 'about'],
    ['trade capture', 'about'], // a product introduced by what it is for
    ['who knows Kubernetes', 'intro'],
    ['partner for the teams', 'intro'], // a person, not a product
    ['Jira', 'required'],
  ])('%s stands in %s', (phrase, section) => expect(sectionAt(phrase)).toBe(section));
});

describe('the employer describing itself under a heading over the whole posting', () => {
  const text = [
    'Technical Program Manager',
    'Acme Corp',
    'Job description',
    'Acme is a robotics company.',
    'We believe every warehouse deserves continuous improvement, and we empower our teams to stay curious.',
    'Are you a self-starter who can adapt quickly to change? Our customers are grocers across Europe.',
    "We're looking for a TPM who knows Kubernetes well.",
    'We believe in Agile delivery, and this role runs our PI planning.',
    '- Drive continuous delivery with Jira',
    'About this role',
    'Run risk management for the fleet.',
    'Overview',
    '- Our customers rely on your stakeholder management.',
  ].join('\n');
  const sectionAt = (phrase: string) => structurePosting(text).lines.find((l) => l.start <= text.indexOf(phrase) && text.indexOf(phrase) < l.end)?.section;
  it.each([
    ['continuous improvement', 'about'], // "We believe …" under "Job description": the employer's, as in an intro
    ['stay curious', 'about'],
    ['self-starter', 'responsibilities'], // a question put to the reader asks for the candidate
    ['Kubernetes', 'responsibilities'], // the posting speaks of the role: the employer's opening is over
    ['Agile delivery', 'responsibilities'],
    ['continuous delivery', 'responsibilities'],
    ['risk management', 'responsibilities'], // "About this role" is the role's, not an employer named "This"
    ['stakeholder management', 'responsibilities'], // a list item is the role's, under a body heading too
  ])('%s stands in %s', (phrase, section) => expect(sectionAt(phrase)).toBe(section));
});

describe("the employer or its unit opening a sentence about itself, after the role's paragraph", () => {
  const text = [
    'Technical Program Manager',
    'Acme Corp',
    'About the job',
    "As a TPM you'll run planning across five teams.",
    'The Payments Platform team builds the ledger behind every order on Kubernetes.',
    'We empower merchants with machine learning.',
    "We're the driving force behind fraud analytics.",
    'The Payments Platform team is looking for a TPM who knows Terraform.',
    'We are looking for Snowflake experience.',
    'Our platform team builds with Grafana.',
    'Responsibilities',
    '- We help product teams ship with Jira.',
  ].join('\n');
  const sectionAt = (phrase: string) => structurePosting(text).lines.find((l) => l.start <= text.indexOf(phrase) && text.indexOf(phrase) < l.end)?.section;
  it.each([
    ['Kubernetes', 'about'], // a unit named in capitals saying what it does
    ['machine learning', 'about'],
    ['fraud analytics', 'about'],
    ['Terraform', 'responsibilities'], // it speaks of the role
    ['Snowflake', 'responsibilities'],
    ['Grafana', 'responsibilities'], // no name in capitals: the role's own team, as likely as the employer
    ['Jira', 'about'], // "We help …" opens the employer's sentence even as a list item
  ])('%s stands in %s', (phrase, section) => expect(sectionAt(phrase)).toBe(section));
});

describe("the hire's own growth, offered by the employer", () => {
  const text = [
    'Technical Program Manager',
    'Acme Corp',
    'Responsibilities',
    "- Coach the engineers and drive your team's growth.",
    '- Keep the roadmap current.',
    'Join a team where your growth is backed by mentoring and continuous learning.',
  ].join('\n');
  it.each([
    ['Coach the engineers', 'mentioned'], // the team's growth is the role's work
    ['backed by mentoring', 'boilerplate'],
  ])('%s weighs %s', (phrase, weight) => expect(weightOf(text, phrase)).toBe(weight));
});

describe('staffing firms and their clients', () => {
  const text = [
    'Project Manager',
    'Acme Staffing',
    'Our client, a regional insurer, is modernizing its claims platform.',
    'Responsibilities',
    '- You will work with clients in banking and retail to plan releases.',
    '- Lead delivery for our client in the telecom sector.',
    '- Report status with Jira. Our recruiters place engineers across all industries, from pharmaceutical to manufacturing.',
    '- In business since 1985, Acme Staffing serves manufacturing firms nationwide.',
    'Requirements',
    '- Experience in manufacturing or a staffing agency is a plus.',
  ].join('\n');
  it.each([
    ['insurer', 'mentioned'], // the client's industry is the role's domain
    ['banking', 'mentioned'], // a role line that names its clients stays the role's
    ['telecom', 'mentioned'],
    ['Jira', 'mentioned'], // its own sentence, before the recruiter's pitch
    ['pharmaceutical', 'boilerplate'], // the staffing firm's own industries
    ['manufacturing firms', 'mentioned'],
    ['manufacturing or', 'preferred'], // a requirement that names staffing is still a requirement
  ])('%s weighs %s', (phrase, weight) => expect(weightOf(text, phrase)).toBe(weight));

  it("puts the firm's history among the employer's lines, not the role's", () => {
    const at = text.indexOf('In business since');
    expect(structurePosting(text).lines.find((l) => l.start <= at && at < l.end)?.section).toBe('about');
  });

  it.each([
    ['Our recruiters place engineers across all industries.', true],
    ['We fill technical roles across all industries.', true],
    ['You will work with clients in finance and insurance.', false],
    ['Your recruiter will guide you through the interviews.', false],
    ['Hire and onboard contractors for open positions on the team.', false],
    ['Manage staffing plans and vendor resourcing.', false],
  ])('%j is a recruiter selling its service: %s', (line, recruiter) => expect(isRecruiterText(line)).toBe(recruiter));
});

describe('headings dressed up', () => {
  it.each([
    ['🚀 What you’ll do', 'responsibilities'],
    ['✅ Requirements', 'required'],
    ['💡 Nice to have', 'preferred'],
    ['## What we look for', 'required'],
    ['**What we expect from you**', 'required'],
    ['__Your profile__', 'required'],
    ['What we need', 'required'],
    ['Who we are looking for', 'required'],
    ['Who we are', 'about'],
    ['Our values', 'about'],
    ['Why Acme?', 'benefits'],
    ['What sets you apart', 'preferred'],
    ['✔ Requirements', 'required'],
    ['▪ Requirements', 'required'],
  ])('%j is a %s heading', (line, kind) => expect(headingKind(line)).toBe(kind));

  it.each([
    ['✅ Jira'],
    ['🚀 We ship every week.'],
    ['- Requirements gathering with stakeholders'],
    ['Why this role?'],
    // "▪" and "✔" are list marks as much as emoji: an item after them is an item
    ['▪ Facilitate client requirement specification creation'],
    ['✔ Gather requirements with the client'],
    ['▪ Experience creating developer documentation and schematics'],
  ])('%j is not a heading', (line) => expect(headingKind(line)).toBeUndefined());
});

describe('a heading line that ends in a colon is one heading, however it is set', () => {
  // Its last words alone would make a label too ("RESPONSIBILITIES:", "Qualifications**:", "Requirements:").
  const weights = (heading: string) => {
    const text = `Program Manager\nAcme\nWe build tools.\n${heading}\n- Experience with Jira`;
    const { lines } = structurePosting(text);
    return lines.slice(3).map((l) => `${l.heading ? 'heading ' : ''}${l.section}/${l.weight}`);
  };
  it.each([
    ['YOUR RESPONSIBILITIES:', 'responsibilities', 'mentioned'],
    ['REQUIREMENTS FOR THE POSITION:', 'required', 'required'],
    ['**Preferred Qualifications**:', 'preferred', 'preferred'],
    ['_Preferred Qualifications_:', 'preferred', 'preferred'],
    ['IDEALLY, YOU HAVE:', 'preferred', 'preferred'],
    // duties and requirements alike: the heading weighs neither, the line's own cue does
    ['Tasks and Requirements:', 'other', 'required'],
  ])('%j heads %s, its item %s', (heading, section, weight) => {
    expect(weights(heading)).toEqual([`heading ${section}/mentioned`, `${section}/${weight}`]);
  });

  it('parts a label from the end of a sentence broken across lines (a wrapped line that opens with a capital)', () => {
    const text =
      'Program Manager\nAcme\nWe ship every week, and to join the team that makes it you will need our\nCore Skills Requirements:\n- Experience with Jira';
    const heading = structurePosting(text).lines.find((l) => l.heading && text.slice(l.start, l.end).includes('Requirements'));
    expect(text.slice(heading!.start, heading!.end)).toBe('Skills Requirements:');
  });

  it('still parts a label from the words before it on the same line', () => {
    expect(weights('We ship every week to thousands of clinics. Requirements:')).toEqual([
      'intro/mentioned',
      'heading required/mentioned',
      'required/required',
    ]);
  });
});

describe('a label that opens its line heads the lines after it', () => {
  const text = [
    'Program Director',
    'Acme Corp',
    'Years of Experience: 13-20 Years',
    'We build data platforms for hospitals with Snowflake.',
    'Qualifications & Experience: 20+ years of experience in IT and digital transformation.',
    'Experience implementing MLOps frameworks in production.',
    'Tasks:- Coordination of the release plan',
    '- Weekly status reports in Confluence',
    'Qualifikationen:- Abgeschlossenes Studium in Informatik',
    '- Kanban boards',
    '- Program Health: track KPIs in Tableau',
    'Rahmenbedingungen:- Vollzeit',
    '- Remote with Zoom',
  ].join('\n');
  it.each([
    ['Snowflake', 'mentioned'], // a board's field holds its value only
    ['MLOps', 'required'], // the paragraph after the label's own
    ['Confluence', 'mentioned'], // the next line label ends its reach
    ['Kanban', 'required'],
    ['Tableau', 'required'], // a list item's own label ends nothing
    ['Zoom', 'mentioned'],
  ])('%s weighs %s', (phrase, weight) => expect(weightOf(text, phrase)).toBe(weight));
});

describe('items and headings run together on one line', () => {
  const text = [
    'Project Manager',
    'Acme Corp',
    'Requirements: 5+ years in delivery · Jira · Confluence',
    'What you will do',
    'Plan releases • Run retros with Miro • Report to the CTO',
    'Preferred • Snowflake • dbt',
    'Benefits • Remote first • Zoom stipend',
    'We ship every week and measure what we ship. Bonus points • Kubernetes • Terraform',
  ].join('\n');
  it.each([
    ['Jira', 'required'], // the inline heading's kind reaches every item after it
    ['Confluence', 'required'],
    ['Miro', 'mentioned'],
    ['Snowflake', 'preferred'], // a heading followed by items on the same line
    ['dbt', 'preferred'],
    ['Zoom', 'boilerplate'],
    ['Kubernetes', 'preferred'], // the words after a paragraph's last stop head the items after them
    ['Terraform', 'preferred'],
  ])('%s weighs %s', (phrase, weight) => expect(weightOf(text, phrase)).toBe(weight));

  it('gives each item its own line', () => {
    const lines = structurePosting(text).lines.filter((l) => l.section === 'responsibilities' && !l.heading);
    expect(lines.map((l) => text.slice(l.start, l.end).trim())).toEqual(['Plan releases', '• Run retros with Miro', '• Report to the CTO']);
  });
});

describe('a preferred cue weighs what it qualifies', () => {
  const text = [
    'Program Manager',
    'Acme Corp',
    'Requirements',
    '- 5+ years in delivery, Tableau preferred, strong SQL',
    '- Release management experience preferably in retail, and Jira',
    '- Ideally, Kotlin and Swift',
    '- Experience with Asana, Trello, or Smartsheet is a strong plus',
    '- 10 plus years with SAP',
    '- C++ and Disney+ streaming know-how',
    '- Bachelor degree plus Scrum training',
    '- 8+ years of delivery, ideally in data center migration, cloud platforms, or healthcare, and strong Python',
    '- Erfahrung mit Regulatorik, idealerweise in den Bereichen DORA, MaRisk, BAIT oder vergleichbaren Regelwerken',
  ].join('\n');
  it.each([
    ['delivery', 'required'],
    ['Tableau', 'preferred'],
    ['SQL', 'required'], // the part after the cue's own part
    ['Release management', 'required'],
    ['retail', 'preferred'],
    ['Jira', 'required'], // "preferably" reaches the next comma, no further
    ['Kotlin', 'preferred'], // a cue that opens the clause qualifies all of it
    ['Swift', 'preferred'],
    ['Asana', 'preferred'], // a list that ends with the cue
    ['SAP', 'required'], // "plus" as a number of years, a language, a product or "and" is no cue
    ['C++', 'required'],
    ['Scrum', 'required'],
    ['data center', 'preferred'], // "ideally" reaches every item of the list it opens, to the item after "or"
    ['cloud platforms', 'preferred'],
    ['healthcare', 'preferred'],
    ['Python', 'required'], // and no further
    ['MaRisk', 'preferred'],
    ['BAIT', 'preferred'],
    ['Regulatorik', 'required'],
  ])('%s weighs %s', (phrase, weight) => expect(weightOf(text, phrase)).toBe(weight));
});

describe('the company line', () => {
  it.each([
    ['Company: Acme Robotics', 'Acme Robotics'],
    ['Employer: Acme Robotics', 'Acme Robotics'],
    ['Acme Robotics', 'Acme Robotics'],
    ['Company X Labs', 'Company X Labs'],
    // A board's line of the company and its place: the company comes first.
    ['Acme Robotics · Denver, CO', 'Acme Robotics'],
    ['Acme Robotics | Remote', 'Acme Robotics'],
    ['Location: Berlin', ''],
    ['URL: https://jobs.example.com/42', ''],
    ['Summary', ''], // a heading over the whole text, under the title
    ['Job Description:', ''],
  ])('%j names %j', (line, company) => expect(structurePosting(`Program Manager\n${line}\nWe need a program manager for our robots.`).company).toBe(company));

  it.each([
    ['after other fields', 'Program Manager\nLocation: Singapore\nCompany: Acme Robotics\nWe need a program manager.', 'Program Manager'],
    ['first, where the title was left out', 'Company: Acme Robotics\nLocation: Singapore\nWe need a program manager.', ''],
  ])('"Company: …" among the first lines names the employer %s, and is no title', (_, text, title) => {
    const structure = structurePosting(text);
    expect(structure.company).toBe('Acme Robotics');
    expect(structure.title).toBe(title);
  });

  it('reads no company from a "Company:" line past the first lines, nor from a sentence', () => {
    const late = 'Program Manager\nLocation: Singapore\nType: Full time\nTeam: Robots\nLevel: Senior\nCompany: Acme Robotics';
    expect(structurePosting(late).company).toBe('');
    const sentence = 'Program Manager\nLocation: Singapore\nCompany: we build the robots that sort parcels in forty warehouses';
    expect(structurePosting(sentence).company).toBe('');
  });
});

describe('German postings', () => {
  const text = [
    'Projektleiter SAP (m/w/d)',
    'Acme GmbH',
    'Ihre Aufgaben',
    '- Steuerung der Migration mit Jira',
    'Ihr Profil',
    '- Mehrjährige Erfahrung mit SAP S/4HANA',
    '- SAFe-Zertifizierung wünschenswert',
    'Wir bieten',
    '- Zuschuss zum Deutschlandticket und Zoom-Lizenz',
  ].join('\n');
  it.each([
    ['Jira', 'mentioned'],
    ['SAP S/4HANA', 'required'],
    ['SAFe', 'preferred'],
    ['Zoom', 'boilerplate'],
  ])('%s weighs %s', (phrase, weight) => expect(weightOf(text, phrase)).toBe(weight));
});

describe('a posting that lost its line breaks', () => {
  // One line, as job-board exports and pasted text often are: headings and items glued together.
  const text = [
    'Release Manager',
    '',
    'We run a payments platform for retailers. Primary Responsibilities:Coordinate monthly releases with ServiceNow' +
      'Maintain the rollback runbooks in ConfluenceReport release health weekly to the CTO Requirements' +
      'Five years of release management with Jenkins- Strong written communication- Working knowledge of Terraform' +
      'Job Location: Denver Desired:Experience with Octopus Deploy is a bonusBenefits:Medical and a Zoom stipend',
  ].join('\n');
  it.each([
    ['ServiceNow', 'mentioned'],
    ['Confluence', 'mentioned'],
    ['Jenkins', 'required'],
    ['Strong written communication', 'required'],
    ['Terraform', 'required'], // "Job Location:" after it is an inline label, not a heading
    ['Octopus Deploy', 'preferred'],
    ['Zoom', 'boilerplate'],
  ])('%s weighs %s', (phrase, weight) => expect(weightOf(text, phrase)).toBe(weight));

  it('finds its headings', () => {
    const headings = structurePosting(text).lines.filter((l) => l.heading && l.section !== 'title');
    expect(headings.map((l) => text.slice(l.start, l.end).trim())).toEqual(['Responsibilities:', 'Requirements', 'Desired:', 'Benefits:']);
  });
});

describe('a heading that lost its breaks but kept a space before its first line', () => {
  // Block elements joined with spaces: the heading runs into the sentence before it and the item after it.
  const text = [
    'Infrastructure Project Manager',
    '',
    'We run the data centers of a payments company and plan their moves with Smartsheet. Qualifications A minimum of ' +
      '7 years of infrastructure projects with Jira Strong conflict resolution skillsAdditional Qualifications 5+ years ' +
      'with Kanban in offshore teams Experience with Rally.The Company is an equal opportunity employer.',
  ].join('\n');
  it.each([
    ['Smartsheet', 'mentioned'],
    ['Jira', 'required'],
    ['Kanban', 'preferred'],
    ['Rally', 'preferred'],
  ])('%s weighs %s', (phrase, weight) => expect(weightOf(text, phrase)).toBe(weight));

  it('finds its headings', () => {
    const headings = structurePosting(text).lines.filter((l) => l.heading && l.section !== 'title');
    expect(headings.map((l) => text.slice(l.start, l.end).trim())).toEqual(['Qualifications', 'Additional Qualifications']);
  });
});

describe('a preference stated after its subject, and the same again for what follows', () => {
  const text = [
    'Program Manager',
    '',
    'Requirements',
    'Ten years of delivery; knowledge of ITIL, and ideally an ITIL certificate, is strongly preferred, as is experience with ServiceNow.',
    'Background in retail, banking or insurance would be a plus, as would exposure to Kubernetes, Terraform or Ansible.',
    'Experience with Jira is required, and Smartsheet is preferred.',
    'It would also be a bonus if you have run a data center move, understand Kubernetes, or have used Grafana.',
    'A college degree is required and a PMP certification is preferred.',
    'Experience with any of these tools is a strong plus: the Salesforce platform, Java microservices, AWS services.',
  ].join('\n');
  it.each([
    ['ITIL,', 'preferred'], // no subject of its own: "is strongly preferred" weighs the parts before it
    ['ServiceNow', 'preferred'], // "as is": the same preference
    ['retail', 'preferred'],
    ['Terraform', 'preferred'], // "as would" to the clause's end
    ['Jira', 'required'],
    ['Smartsheet', 'preferred'],
    ['understand Kubernetes', 'preferred'], // "It would also be a": a dummy subject, the cue weighs all that follows
    ['A college degree', 'required'], // two statements with a cue each, joined by "and" without a comma
    ['a PMP certification', 'preferred'],
    ['Java microservices', 'preferred'], // a cue and a colon: the list after it is what it weighs
    ['AWS services', 'preferred'],
  ])('%s weighs %s', (phrase, weight) => expect(weightOf(text, phrase)).toBe(weight));
});

describe('a lead-in that asks, in text that lost its breaks', () => {
  const text = [
    'Infrastructure Project Manager',
    '',
    'Position: Infrastructure Project ManagerLocation: Austin TXDuration: Full Time We are seeking a project manager to lead data center moves. Candidates must be familiar with the following:Consulting EnvironmentsVendor ManagementNetwork and Server Infrastructure (i.e., Firewalls, Storage etc.) This is a fast paced environment for a team player.',
    'Nice to have: scripting (Python, etc.) and Jira dashboards.',
  ].join('\n');
  it.each([
    ['Consulting Environments', 'required'], // the items glued on after "must be familiar with the following:"
    ['Vendor Management', 'required'],
    ['Network and Server Infrastructure', 'required'],
    ['lead data center moves', 'mentioned'], // the sentence before the lead-in
    ['a team player', 'mentioned'], // a stop inside a bracket, then a capital, ends the sentence the lead-in weighs
    ['Jira dashboards', 'preferred'], // "(Python, etc.) and": no capital, no new sentence
  ])('%s weighs %s', (phrase, weight) => expect(weightOf(text, phrase)).toBe(weight));
});

describe('selection criteria and the screening questions after them', () => {
  const text = [
    'Delivery Manager',
    '',
    'Selection criteria',
    '1. Demonstrated experience leading agile teams.',
    '2. Experience using Jira and Confluence.',
    '',
    'Employer questions',
    'Your application will include the following questions:',
    '- Which of the following frameworks have you used?',
    'Scrum, Kanban, SAFe, LeSS',
  ].join('\n');
  const lines = structurePosting(text).lines.map((l) => text.slice(l.start, l.end).trim());
  it('keeps a numbered item whole', () => expect(lines).toContain('1. Demonstrated experience leading agile teams.'));
  it("still parts a numbered item's clauses", () => {
    const item = 'Requirements\n4) Experience delivering on AWS or GCP; experience with Kubernetes is a plus';
    expect([weightOf(item, 'AWS'), weightOf(item, 'Kubernetes')]).toEqual(['required', 'preferred']);
  });
  it.each([
    ['Jira', 'required'],
    ['SAFe', 'boilerplate'], // a lead-in under the board's heading goes on with it
  ])('%s weighs %s', (phrase, weight) => expect(weightOf(text, phrase)).toBe(weight));
});

describe("a public employer's announcement", () => {
  const text = [
    'STATE OF NORTH CASCADIA',
    'OFFICE OF TECHNOLOGY SERVICES',
    'JOB ANNOUNCEMENT',
    'Position Title: Information Technology Project Manager III',
    'Working Title: Technical Program Manager',
    'Agency Overview:',
    'The Office runs cloud services for 42 state agencies on Azure.',
  ].join('\n');
  it('takes the title from the field that says so, not from the first line', () =>
    expect(structurePosting(text).title).toBe('Information Technology Project Manager III'));
  it("reads the agency's overview as the employer's", () => {
    const at = text.indexOf('Azure');
    expect(structurePosting(text).lines.find((l) => l.start <= at && at < l.end)?.section).toBe('about');
  });
});

describe('a whole job page pasted, and a company above its title', () => {
  it.each([
    [
      'Skip to main content\nLinkedIn\nSearch\nHome\nJobs\nMessaging\nHarborline Bank\nSenior Technical Program Manager - Payments\nCharlotte, NC · Reposted 3 days ago\nAbout the job\nWe are hiring a TPM to lead our payments program across teams.',
      'Senior Technical Program Manager - Payments',
      'Harborline Bank',
    ],
    [
      'Find jobs\nCompany reviews\nWhat\nit project manager\nWhere\nIT Project Manager - Warehouse Systems\nCrestway Freight\n3.6 out of 5 stars\nFull job description\nYou will lead the rollout of a new warehouse system.',
      'IT Project Manager - Warehouse Systems',
      'Crestway Freight',
    ],
    ['Acme Corp\nTechnical Program Manager\n\nAbout the role\nYou will run programs across our teams.', 'Technical Program Manager', 'Acme Corp'],
    ['Acme Games\nBack to jobs\nRelease Manager\nSeattle, WA\n\nAbout the role\nYou will run our releases.', 'Release Manager', 'Acme Games'],
    ['Technical Program Manager\nAcme Corp\n\nAbout the role\nYou will run programs across our teams.', 'Technical Program Manager', 'Acme Corp'],
  ])('%#: names the title and company', (text, title, company) => {
    const found = structurePosting(text);
    expect({ title: found.title, company: found.company }).toEqual({ title, company });
  });
  it("reads the page's menus as the board's", () => {
    const text = 'Skip to main content\nLinkedIn\nSearch\nHome\nJobs\nJira Align\nAcme Bank\nRelease Manager\nAbout the job\nYou will run releases.';
    expect(weightOf(text, 'Jira Align')).toBe('boilerplate');
  });
});

describe('a posting pasted in Markdown', () => {
  const text = [
    '# Technical Program Manager, Payments',
    '**Company:** Ledgerline (Series C, ~450 people)',
    '',
    '## Nice to have',
    '- PMP certification',
    '',
    '## How we work',
    '- Quarterly planning with Jira Align',
  ].join('\n');
  it('names the title and company without its marks or a note on the company', () => {
    const { title, company } = structurePosting(text);
    expect({ title, company }).toEqual({ title: 'Technical Program Manager, Payments', company: 'Ledgerline' });
  });
  it('ends a section at a Markdown heading of no known kind', () => {
    expect(headingKind('## How we work')).toBe('other');
    expect(weightOf(text, 'Jira Align')).toBe('mentioned');
  });
});

describe('an item labelled with its topic under a preferred heading', () => {
  const text = ['Bonus points', '- Data skills: SQL, Looker or Tableau for KPIs', '- Must have: a valid passport for travel to Toronto and PMP'].join('\n');
  it.each([
    ['Looker', 'preferred'], // "Data skills:" names the topic, not a requirement
    ['PMP', 'required'], // "Must have:" says it outright
  ])('%s weighs %s', (phrase, weight) => expect(weightOf(text, phrase)).toBe(weight));
});

describe('a table copied from a document, its cells apart by tabs', () => {
  const text = ['Requirements', 'Skill\tLevel', 'Risk management\tEssential', 'SAFe\tDesirable', 'Jira and Confluence\tDesirable'].join('\n');
  it('reads a row as a row, never as a heading', () => {
    expect(headingKind('SAFe\tDesirable')).toBeUndefined();
    expect(weightOf(text, 'SAFe')).toBe('preferred');
    expect(weightOf(text, 'Jira')).toBe('preferred');
  });
});

describe('list items run on by a space where the breaks were lost', () => {
  const text = [
    'Infrastructure Project Manager',
    '',
    'Requirements',
    'Seven years of infrastructure projects Experience with Smartsheet a plus Strong written and verbal communication ' +
      'skills with executives Knowledge of Terraform and the data center lifecycle Proficiency with Jira (Cloud) Ability ' +
      'to travel to our sites in Denver',
  ].join('\n');
  it.each([
    ['Smartsheet', 'preferred'],
    ['written and verbal communication', 'required'], // "a plus" weighs only the item it ends
    ['Terraform', 'required'],
    ['Jira', 'required'],
  ])('%s weighs %s', (phrase, weight) => expect(weightOf(text, phrase)).toBe(weight));
});

describe('a heading in Title Case among duties written as sentences', () => {
  // No blank line and no bullet parts it from the duties above; the stop that ends each duty does.
  const text = [
    'Program Manager',
    'Acme',
    'Main Responsibilities',
    'Lead the governance of a multi-stream program.',
    'Support decision-making with clear reporting.',
    'Technical and Functional Skills',
    'Solid understanding of ITIL and monitoring.',
    'Knowledge of DevOps practices.',
  ].join('\n');
  it.each([
    ['Solid understanding of ITIL', 'required'],
    ['Knowledge of DevOps', 'required'],
    ['Support decision-making', 'mentioned'],
  ])('%j weighs %s', (phrase, weight) => expect(weightOf(text, phrase)).toBe(weight));

  it('reads an item in Title Case after a sentence under a bullet as an item', () => {
    const bulleted = text.replace('Technical and Functional Skills', '- Strong Analytical Skills').replace(/\nSolid/, '\n- Solid');
    expect(weightOf(bulleted, 'Strong Analytical Skills')).toBe('mentioned');
  });
});

describe('list items without bullets are not headings', () => {
  it.each([
    ['ITIL-Kenntnisse von Vorteil'],
    ['Strong analytical and problem-solving skills'],
    ['Support with organisational tasks'],
    ['Ideally experience with Contentful and Shopify'],
    ['Zertifizierung als Scrum Master von Vorteil'],
    ['Must have prior disaster recovery project management experience'],
    ['Professional experience working with infrastructure teams'],
    ['Must travel to client sites'], // "Must" heads a section only alone
    ['Project Management experience'],
    ['Recommended by two former managers in writing'],
    ['posted about 1 month ago'], // a board's age of the posting, not "About" and a name
    ['PMP certification (preferred)'], // the bracketed cue notes what an item asks
    ['Apply now!'], // an exclamation that names no list
    ['Agile experience (nice to have)'],
  ])('%j is an item', (line) => expect(headingKind(line)).toBeUndefined());

  it.each([
    ['What will make you stand out', 'preferred'],
    ['Required skills', 'required'],
    ['Zusätzliche Kenntnisse (wünschenswert):', 'preferred'],
    ['**Technical Skills**', 'required'],
    ['Roles and Responsibilities', 'responsibilities'], // one word joined to the cue is the heading's second part
    ['Professional Skill Requirements', 'required'], // Title Case after a blank line: a heading, where an item is a sentence
    ['Eligibility and requirements', 'required'],
    ['Competencies (required proficiency for this grade)', 'required'], // a bracketed note is no item
    ['Key result areas', 'responsibilities'],
    ['How to apply', 'legal'],
    ['Our hiring process', 'legal'],
    ['Key selection criteria', 'required'],
    ['Highly regarded', 'preferred'],
    ['Employer questions', 'board'],
    ['Ähnliche Jobs', 'board'], // a German board's similar jobs
    ['What will I do?', 'responsibilities'], // a posting as the candidate's questions: "I" reads as "you"
    ['What do I need?', 'required'],
    ['What would be nice?', 'preferred'],
    ['What do you offer?', 'benefits'],
    ['How do I apply?', 'legal'],
    ['Agency Overview:', 'about'], // the employer's overview, not the role's
    ['About 3M', 'about'], // a name that opens with a number
    ['Preferably, in addition to the above:', 'preferred'],
    ['Company Overview', 'about'],
    ['Position Overview', 'responsibilities'],
    ['Overview', 'responsibilities'],
    ["I'm looking for someone who...", 'required'], // the hiring manager writing: "I" reads as "we"
    ['What I need from you', 'required'],
    ["You'd be working with me on...", 'responsibilities'],
    ["It'd be awesome if you...", 'preferred'], // a wish with a dummy subject, whatever its word of praise
    ['It would be fantastic if you also have', 'preferred'],
    ['In both roles you will:', 'responsibilities'],
    ['You should have', 'required'],
    ['What we value', 'about'], // the employer's values, as "What we stand for"
    ['Selection process details', 'legal'], // the employer's procedure
    ['In this role you will', 'responsibilities'], // a clause the list finishes, as with a colon
    ["Ideally you'll also have", 'preferred'],
    ["**We'd love to see**", 'preferred'], // a wish
    ["We'd love it if you've also", 'preferred'],
    ['As a TPM you will', 'other'],
    ['Examples of Duties', 'responsibilities'], // Title Case keeps its small words in lowercase
    ['Would be a plus', 'preferred'], // a copula before the cue names no thing
    ['It will also be an advantage:', 'preferred'],
    ["You'll need", 'required'], // what the role needs of the candidate
    ["You'll need to:", 'responsibilities'], // duties go on
    ["We'd love to hear from you if you", 'required'], // a condition its list states
    ['We’d love to hear from you if', 'required'],
  ])('%j still heads a %s section', (line, kind) => expect(headingKind(line)).toBe(kind));
});

describe('a line that ends on a condition', () => {
  it.each([['Please let us know if'], ['Tell us what if']])('%j heads nothing without a heading cue (a sentence broken across lines)', (line) =>
    expect(headingKind(line)).toBeUndefined(),
  );
});

describe('a clause a list finishes heads it', () => {
  it.each([
    ['Thank you'], // nothing left open
    ['help us grow. You will'], // a wrapped sentence's tail
    ['where you will'],
    ['AWS certification would be a plus'], // an item that names its thing before the cue
  ])('%j heads nothing', (line) => expect(headingKind(line)).toBeUndefined());
  const text = [
    'Implementation Project Manager',
    'Tallyworks',
    '',
    'Requirements',
    '- 3+ years managing SaaS implementations',
    '- Working knowledge of Salesforce',
    '',
    'Ideally you will also have',
    '- PMP certification',
    '- Experience with Terraform',
    '',
    '**Our team**',
    'We run the onboarding journey with our Solutions Architects.',
    '',
    'In this role you will',
    '- Run user acceptance testing',
  ].join('\n');
  it.each([
    ['Salesforce', 'required'],
    ['PMP', 'preferred'],
    ['Terraform', 'preferred'],
    ['user acceptance testing', 'mentioned'], // the duties, not the wishes above
  ])('%s weighs %s', (phrase, weight) => expect(weightOf(text, phrase)).toBe(weight));
});

it("reads a sentence on how to apply as the board's, whatever system it names", () => {
  const text = ['Project Manager', 'Acme', '', 'Additional information', 'Internal candidates should apply through Workday.'].join('\n');
  expect(weightOf(text, 'Workday')).toBe('boilerplate');
});

describe("a board's boxes pasted with the posting", () => {
  const text = [
    'Technical Program Manager - Digital Identity',
    'Wattle & Finch Insurance',
    'How you match',
    'Skills and credentials on your profile',
    'Change Management',
    '',
    '- Lead a multi-year identity modernisation program in the insurance industry',
    'About the role',
    'You will run the program with Scrum teams.',
    '',
    'Skills: Jira, Confluence, Cloud Computing, +8 more',
  ].join('\n');
  it.each([
    ['Cloud Computing', 'boilerplate'], // the board's chips, cut short: derived, not asked
    ['Change Management', 'boilerplate'], // the reader's profile, matched to the job
    ['insurance', 'mentioned'], // the posting goes on after the box's short lines
    ['Scrum', 'mentioned'],
  ])('%s weighs %s', (phrase, weight) => expect(weightOf(text, phrase)).toBe(weight));
});

describe('marks a posting defines in a legend', () => {
  const weights = (lines: string[], phrases: [string, string][]) =>
    it.each(phrases)('%s weighs %s', (phrase, weight) => expect(weightOf(['Technical Program Manager', 'Acme', '', ...lines].join('\n'), phrase)).toBe(weight));
  describe('a symbol', () =>
    weights(
      [
        'Qualifications',
        '★ = must-have. Other items are marked individually.',
        '★ 5+ years of program management',
        '- ★ Experience with Jira',
        '- Experience with Terraform (preferred)',
      ],
      [
        ['program management', 'required'],
        ['Jira', 'required'],
        ['Terraform', 'preferred'],
      ],
    ));
  describe('a letter in brackets after each criterion', () =>
    weights(
      [
        'Person specification',
        'Criteria are marked (E) Essential or (D) Desirable.',
        'Experience of agile delivery using Scrum\t(E)',
        'Experience of IPA gateway reviews and PRINCE2\t(D)',
      ],
      [
        ['Scrum', 'required'],
        ['PRINCE2', 'preferred'], // the heading above says nothing of it; the legend does
      ],
    ));
  describe("Markdown's task boxes", () =>
    weights(
      [
        '## Requirements',
        '> Checked boxes are must-haves. Unchecked boxes are nice-to-haves.',
        '- [x] Experience with Kubernetes',
        '- [ ] Experience with Terraform',
      ],
      [
        ['Kubernetes', 'required'],
        ['Terraform', 'preferred'],
      ],
    ));
  describe('no legend: a form whose fields marked * are required', () =>
    weights(['Requirements', 'Fields marked * are required.', '* Experience with Jira'], [['Jira', 'required']]));
});

describe("a skills matrix whose last column says each row's priority", () => {
  const text = [
    'IT Project Manager',
    'Quillstone Insurance',
    '',
    'The skills matrix below comes from the hiring scorecard.',
    'Skill | Level | Priority',
    'Jira | Advanced | Must',
    'SQL | Basic | Nice',
    'Azure DevOps | Basic | Nice',
    'Mainframe | Awareness | Info',
  ].join('\n');
  it.each([
    ['Jira', 'required'], // a row marked Must is asked, as one marked Nice is wanted
    ['SQL', 'preferred'],
    ['Azure DevOps', 'preferred'], // a row of the table, not a header of two columns "Basic | Nice"
    ['Mainframe', 'mentioned'],
  ])('%s weighs %s', (phrase, weight) => expect(weightOf(text, phrase)).toBe(weight));
});

describe('a mark of preference after an item, apart by a comma or a dash', () => {
  const text = [
    'Technical Program Manager',
    'Acme',
    '',
    'Qualifications',
    '- Agile delivery experience with Scrum - mandatory',
    '- Python scripting for quick data checks - nice to have',
    '- PMP or CSM certification, a plus',
    '- Background in robotics or drones, ideally',
    '- Jira required, Confluence a plus',
  ].join('\n');
  it.each([
    ['Scrum', 'required'],
    ['Python', 'preferred'], // the cue alone weighs the item before it
    ['PMP', 'preferred'],
    ['robotics', 'preferred'],
    ['Jira', 'required'], // a part that names its own thing keeps the cue to itself
    ['Confluence', 'preferred'],
  ])('%s weighs %s', (phrase, weight) => expect(weightOf(text, phrase)).toBe(weight));
});

describe('run-in headings in bold open paragraphs', () => {
  const text = [
    'Technical Program Manager, Identity',
    'Larchfield Software',
    '',
    '**The work.** You will run the risk register and the weekly program review.',
    '',
    '**You.** You have six years of experience managing technical programs. You are fluent in Jira.',
    '',
    "**Bonus.** It's a plus if you hold a CISSP. Experience with Terraform would help.",
    '',
    '**What we offer.** Fully paid health premiums and a learning budget for Scrum courses.',
  ].join('\n');
  it.each([
    ['risk register', 'mentioned'],
    ['Jira', 'required'],
    ['CISSP', 'preferred'],
    ['Terraform', 'preferred'], // the whole paragraph, not only the sentence with the cue
    ['Scrum', 'boilerplate'],
  ])('%s weighs %s', (phrase, weight) => expect(weightOf(text, phrase)).toBe(weight));
});

describe('a posting the hiring manager wrote in the first person', () => {
  const text = [
    "Hey - I'm hiring a TPM for ML Infrastructure at Parallax Labs",
    '',
    "A bit about me so you know who you'd be working with: I spent eight years as an SRE before moving into management.",
    '',
    "I'm looking for someone who...",
    '- Has run technical programs with dependencies between teams',
    '- Is comfortable with capacity planning',
    '',
    "You'd be working with me on...",
    '- Running our quarterly planning and keeping our OKRs honest',
    '',
    "It'd be awesome if you...",
    '- Can read Python well enough to follow a PR',
    '- Know FinOps practices',
    '',
    "Things I don't care about",
    "Certifications. I've worked with great TPMs who had a PMP and great ones who'd never heard of it.",
  ].join('\n');
  it.each([
    ['capacity planning', 'required'],
    ['OKRs', 'mentioned'],
    ['SRE', 'mentioned'], // the writer's own years, not asked of the reader
    ['Python', 'preferred'],
    // After the list and a blank line, a short line above a paragraph heads it: the PMP is no preference.
    ['PMP', 'mentioned'],
  ])('%s weighs %s', (phrase, weight) => expect(weightOf(text, phrase)).toBe(weight));
});

describe('a posting forwarded by e-mail', () => {
  const text = [
    'From: Priya Raman <priya@example.com>',
    'Subject: FW: FW: Technical Program Manager - Halvorsen Freight',
    '',
    'Dan, saw this and thought of your Kubernetes migration work. No pressure.',
    '',
    'On Tue, Mar 4, 2025 at 11:02 AM Jenna Okafor wrote:',
    '> Hi Marcus,',
    "> I'm partnering with Halvorsen on a search. Spec below.",
    '>',
    "> What we're looking for:",
    '> - Strong Jira skills',
    '> - Experience with ERP integrations',
  ].join('\n');
  it("takes the title from the subject, and reads the sender's note and the greeting as no part of the posting", () => {
    const unquoted = withoutQuoteMarks(text);
    const structure = structurePosting(unquoted, { quoteStart: quotedMessageStart(text) });
    expect(structure.title).toBe('Technical Program Manager - Halvorsen Freight');
    const lineOf = (phrase: string) => structure.lines.find((l) => unquoted.slice(l.start, l.end).includes(phrase));
    expect(lineOf('Kubernetes')?.weight).toBe('boilerplate');
    expect(lineOf('Hi Marcus')?.weight).toBe('boilerplate');
    expect(lineOf('Jira')?.weight).toBe('required');
  });
});

describe('an internal posting with a grade table, eligibility and how to apply', () => {
  const text = [
    'Technical Program Manager',
    'Halden Group',
    '',
    'Key result areas',
    '30% - Program planning: own the integrated plan and run PI planning',
    '',
    'Competencies (required proficiency for this grade)',
    'Risk management - Advanced',
    '',
    'Eligibility and requirements',
    '- Fluent English',
    '- Experience with Smartsheet',
    '',
    'Preferred',
    '- PMP certification',
    '',
    'How to apply',
    'Apply through the careers portal; the interview includes a short Jira exercise.',
  ].join('\n');
  it.each([
    ['PI planning', 'mentioned'],
    ['Risk management', 'required'],
    ['Smartsheet', 'required'],
    ['PMP', 'preferred'],
  ])('%s weighs %s', (phrase, weight) => expect(weightOf(text, phrase)).toBe(weight));
  it('reads nothing asked in how to apply', () => expect(weightOf(text, 'Jira')).toBe('boilerplate'));
});

describe('headings in German, French and Spanish postings', () => {
  it.each([
    ['Anforderungen:', 'required'], // one word alone, not only in "Muss-Anforderungen"
    ['Meine Qualifikation:', 'required'],
    ['Qualifikationen', 'required'],
    ['Kenntnisse:', 'required'],
    ['Technische Kompetenzen:', 'required'],
    ['Muss-Anforderungen', 'required'],
    ['Kann-Anforderungen', 'preferred'],
    ['Hauptaufgaben:', 'responsibilities'],
    ['Votre profil :', 'required'],
    ['¿Qué harás?', 'responsibilities'],
    ['¿Qué ofrecemos?', 'benefits'],
    ['Aufgaben und Anforderungen:', 'other'], // duties and requirements alike: each line's own cues weigh it
    ['Responsibilities & Requirements', 'other'],
    ['Skills and experience', 'required'],
  ])('%j is a %s heading', (line, kind) => expect(headingKind(line)).toBe(kind));

  it.each([
    ['Kenntnisse in Confluence und Jira'],
    ['Erfahrungen mit Jira'],
    ['Anforderungsmanagement und Dokumentation'],
    ['Fundierte Kenntnisse im Bereich Finance'],
  ])('%j is an item, not a heading', (line) => expect(headingKind(line)).toBeUndefined());

  it('weighs a list under a bare "Anforderungen" as required', () => {
    const text = ['Projektleiter (m/w/d)', 'Acme GmbH', 'Ihre Aufgaben', '- Steuerung mit Jira', 'Anforderungen', '- Sicherer Umgang mit Confluence'].join(
      '\n',
    );
    expect(weightOf(text, 'Jira')).toBe('mentioned');
    expect(weightOf(text, 'Confluence')).toBe('required');
  });
});

describe('sub-headings of no known kind under a heading', () => {
  const text = [
    'Implementation Lead',
    'Acme',
    '',
    'The ideal person for this role:',
    '',
    'Is...',
    '',
    '- Highly organized and an exceptional communicator',
    '',
    'Has…',
    '',
    '- Experience with Jira',
    '',
    'Bonus points for…',
    '',
    '- Experience with Salesforce',
    '',
    'Within a year:',
    '',
    '- Lead the rollout of Confluence',
    '',
    'Training:',
    '',
    '- Run workshops on Smartsheet',
  ].join('\n');
  const lineOf = (phrase: string) => structurePosting(text).lines.find((l) => text.slice(l.start, l.end).includes(phrase));

  it("go on with the heading's section, as do the sub-headings after them that end alike", () => {
    expect(lineOf('Is...')).toMatchObject({ section: 'required', heading: true });
    expect(weightOf(text, 'exceptional communicator')).toBe('required');
    expect(lineOf('Has…')).toMatchObject({ section: 'required', heading: true });
    expect(weightOf(text, 'Jira')).toBe('required');
  });

  it('end at a heading of a known kind, and do not begin after one whose body came first', () => {
    expect(weightOf(text, 'Salesforce')).toBe('preferred');
    // "Within a year:" follows a list item, not its heading: a section of its own, and so is its colon-ended sibling.
    expect(lineOf('Within a year:')?.section).toBe('other');
    expect(lineOf('Training:')?.section).toBe('other');
    expect(weightOf(text, 'Smartsheet')).toBe('mentioned');
  });
});

describe('a list that lost its marks', () => {
  const text = [
    'Technical Program Manager',
    'Acme',
    '',
    'Requirements:',
    '5+ years of program management experience',
    'PMP',
    'Experience with Jira',
    'WORKING CONDITIONS',
    'Travel to customer sites',
    '',
    'The following would be an asset:',
    'Certifications in:',
    'ITIL',
    'Scrum',
  ].join('\n');
  const lineOf = (phrase: string) => structurePosting(text).lines.find((l) => text.slice(l.start, l.end) === phrase);

  it('reads a word in capitals among its items as an item, and two words in capitals as a heading', () => {
    expect(lineOf('PMP')).toMatchObject({ section: 'required', heading: false, weight: 'required' });
    expect(lineOf('Experience with Jira')?.section).toBe('required');
    expect(lineOf('WORKING CONDITIONS')).toMatchObject({ section: 'other', heading: true });
    // After a blank line, a word in capitals alone still heads ("TEAM", "PERKS").
    expect(headingKind('PMP', false)).toBe('other');
    expect(headingKind('PMP', true)).toBeUndefined();
  });

  it('weighs its items as a marked list\'s, also one that says "hiring" or "in this role"', () => {
    const unmarked = 'Program Manager\nAcme\n\nRequirements:\n5+ years of program management\nExperience hiring and coaching Scrum Masters\nJira';
    expect(weightOf(unmarked, 'coaching Scrum Masters')).toBe('required');
    // A sentence of its own under the heading still describes the role.
    const sentence = 'Program Manager\nAcme\n\nRequirements:\n\nWe are hiring a program manager to coach our Scrum Masters.\n\nJira';
    expect(weightOf(sentence, 'coach our Scrum Masters')).toBe('mentioned');
  });

  it("reads a lead-in of no known kind right under a heading as part of that heading's section", () => {
    expect(lineOf('Certifications in:')).toMatchObject({ section: 'preferred', heading: true });
    expect(lineOf('ITIL')?.weight).toBe('preferred');
    expect(lineOf('Scrum')?.weight).toBe('preferred');
    // A blank line between changes nothing: nothing stands between the heading and its lead-in.
    const apart = text.replace('asset:\nCertifications', 'asset:\n\nCertifications');
    expect(structurePosting(apart).lines.find((l) => apart.slice(l.start, l.end) === 'Scrum')?.section).toBe('preferred');
    // A heading of no known kind after a body line still heads a section of its own.
    const afterItem = text.replace('asset:\nCertifications in:', 'asset:\nPMP\n\nCertifications in:');
    expect(structurePosting(afterItem).lines.find((l) => afterItem.slice(l.start, l.end) === 'Scrum')?.section).toBe('other');
  });
});

describe("a heading over the employer's text that ends with its legal suffix", () => {
  it.each(['About Acme, Inc.', 'About Acme Corp.', 'About Acme Ltd.'])('%j heads the about section', (line) => expect(headingKind(line)).toBe('about'));
  it.each(['Acme, Inc.', 'We are Acme Co.'])('%j heads nothing', (line) => expect(headingKind(line)).toBeUndefined());
});

describe('a paragraph after the items of a requirements list', () => {
  const text = [
    'Community Program Manager',
    'Acme',
    'Who you are',
    '- You keep calm when plans change',
    '- You write clearly for engineers and customers',
    'We are seeking a program manager to grow our developer community, run its Discord and GitHub spaces, and bring the feedback of builders to the teams that make our product every week.',
    '- Experience with Jira is a must',
  ].join('\n');
  it.each([
    ['Discord', 'mentioned'], // the posting goes on about the role: no longer the list
    ['write clearly', 'required'],
  ])('%s weighs %s', (phrase, weight) => expect(weightOf(text, phrase)).toBe(weight));

  it('reads it so where the list lost its marks (a PDF, a pasted text), when it introduces the role', () => {
    const unmarked = text.replace(/\n- /g, '\n');
    const sectionOf = (posting: string, phrase: string) => structurePosting(posting).lines.find((l) => posting.slice(l.start, l.end).includes(phrase))?.section;
    expect(sectionOf(unmarked, 'Discord')).toBe('other');
    expect(weightOf(unmarked, 'write clearly')).toBe('required');
    // A paragraph that does not introduce the role stays in the list it cannot be told apart from.
    const other = unmarked.replace('We are seeking a program manager to grow', 'Our program managers grow');
    expect(sectionOf(other, 'Discord')).toBe('required');
    // Set apart by a blank line from items that lost their marks, a paragraph that asks nothing is no longer the list.
    const apart = other.replace('\nOur program managers', '\n\nOur program managers');
    expect(sectionOf(apart, 'Discord')).not.toBe('required');
    expect(weightOf(apart, 'Discord')).toBe('mentioned');
    expect(weightOf(apart, 'write clearly')).toBe('required');
    // Items that are each a paragraph of their own are not known to be a list: the paragraph stays.
    const paragraphs = apart.replace('when plans change\n', 'when plans change\n\n');
    expect(sectionOf(paragraphs, 'Discord')).toBe('required');
  });

  it('keeps a long item that asks for something in the list', () => {
    const asks = text.replace('We are seeking', 'You must have experience as');
    expect(weightOf(asks, 'Discord')).toBe('required');
  });

  it("reads the employer's own paragraph there as the employer's", () => {
    const employer = text.replace(
      'We are seeking a program manager to grow our developer community, run its Discord',
      "We're a small team of designers and engineers building open tools for developer communities on Discord",
    );
    const line = structurePosting(employer).lines.find((l) => employer.slice(l.start, l.end).includes('Discord'));
    expect(line?.section).toBe('about');
  });
});

describe('a label that ends a list item', () => {
  // The page lost the break before the next heading: it ends the last item of the list above it.
  const text = [
    'Release Manager',
    'Acme',
    'You will:',
    '- Plan the monthly releases in ServiceNow',
    '- Keep the rollback runbooks in Confluence Must have skills:',
    '- Terraform and Jenkins',
    '- Five years of Scrum Experience Job Description:',
    '- Run the Kanban board',
    '- Requirements:',
    '- Weekly Kubernetes upgrades',
  ].join('\n');
  it.each([
    ['ServiceNow', 'mentioned'],
    ['Confluence', 'mentioned'], // the item before the label keeps its section
    ['Terraform', 'required'],
    ['Scrum', 'required'],
    ['Kanban', 'mentioned'], // "Experience Job Description:" heads the duties, not the requirements
    ['Kubernetes', 'mentioned'], // "- Requirements:" alone on its line is an item, as before, and heads nothing
  ])('%s weighs %s', (phrase, weight) => expect(weightOf(text, phrase)).toBe(weight));
});

describe('the employer named among the role sections', () => {
  const text = [
    'Implementation Consultant',
    'Company: Northwind Health',
    'Requirements',
    '- 5+ years of Jira administration',
    'Northwind Health is on a mission to bring machine learning to every clinic.',
    'Northwind Health is committed to information security; you will follow our security policies.',
    '- Northwind Health experience with Tableau is a plus',
  ].join('\n');
  it.each([
    ['Jira', 'required'],
    ['machine learning', 'mentioned'], // the employer's mission, not a requirement
    ['you will follow', 'required'], // a sentence that speaks of the role stays the role's
    ['Tableau', 'preferred'], // it asks of the candidate, whatever employer it names
  ])('%s weighs %s', (phrase, weight) => expect(weightOf(text, phrase)).toBe(weight));

  it('puts the mission among the employer lines', () => {
    const at = text.indexOf('machine learning');
    expect(structurePosting(text).lines.find((l) => l.start <= at && at < l.end)?.section).toBe('about');
  });
});

describe('legal and pay notices among the requirements', () => {
  const text = [
    'Program Manager',
    'Acme',
    'Requirements',
    '- Must be eligible for a security clearance',
    '- Report progress to the project sponsor weekly',
    '- This position does not provide visa sponsorship.',
    '- We welcome applications from people with disabilities.',
    '- This role is eligible for equity and a bonus.',
    'We are committed to building a team with a variety of backgrounds.',
    '- You are committed to building trust with every partner team',
  ].join('\n');
  it.each([
    ['security clearance', 'required'], // eligibility the role asks for
    ['project sponsor', 'required'], // a sponsor of the project, not of a visa
    ['visa sponsorship', 'boilerplate'],
    ['people with disabilities', 'boilerplate'],
    ['equity and a bonus', 'boilerplate'],
    ['building a team', 'boilerplate'], // the employer's commitment to diversity
    ['building trust', 'required'], // the candidate's
  ])('%s weighs %s', (phrase, weight) => expect(weightOf(text, phrase)).toBe(weight));
});

describe('a person specification in two columns, as text copied from a PDF keeps it', () => {
  const text = [
    'Implementation Project Manager',
    'Irwell Valley Trust',
    '',
    'PERSON SPECIFICATION',
    'Criteria         Essential                                 | Desirable',
    '-------------------------------------------------------------------------------',
    'Qualifications   Degree in a relevant subject or             PRINCE2 Practitioner or MSP',
    '                 equivalent experience                       certification',
    'Knowledge        Understanding of UK GDPR and the            Understanding of HL7 v2 and',
    '                 Data Protection Act 2018                    FHIR interoperability standards',
    '                 Risk and issue management                   Awareness of Smartsheet',
    '',
    'The Trust is committed to safeguarding. Informal enquiries to the Head of Digital Delivery, who uses Jira every day.',
  ].join('\n');
  it.each([
    ['PRINCE2 Practitioner', 'preferred'],
    ['UK GDPR', 'required'],
    ['HL7', 'preferred'],
    ['Risk and issue management', 'required'],
    ['Smartsheet', 'preferred'],
  ])('%s weighs as its column: %s', (phrase, weight) => expect(weightOf(text, phrase)).toBe(weight));
  it('ends at a line that runs across the column', () => expect(weightOf(text, 'Jira')).not.toBe('preferred'));

  it('reads a table whose one column says which a row is by that cell, not as two columns', () => {
    const table = [
      'Competencies',
      '| Competency                    | Level | Essential/Desirable |',
      '| Stakeholder management        | 3     | Essential           |',
      '| Cloud hosting (AWS or Azure)  | 2     | Desirable           |',
    ].join('\n');
    expect(weightOf(table, 'Stakeholder management')).toBe('required');
    expect(weightOf(table, 'AWS')).toBe('preferred');
  });
});

describe('a rule drawn across the text', () => {
  it('ends the part above it: what follows is no item of its list', () => {
    const text = ['Release Manager', 'Acme', '', 'Nice to have', '- Kubernetes', '', '---', '', 'Jenna Okafor', 'Cloud, Data & DevOps Recruitment'].join('\n');
    expect(weightOf(text, 'Kubernetes')).toBe('preferred');
    expect(weightOf(text, 'DevOps')).toBe('mentioned');
  });
  it('under a heading is its underline, which keeps the section', () => {
    const text = ['Release Manager', 'Acme', '', 'Requirements', '------------', '- Experience with Jira', '- Kubernetes'].join('\n');
    expect(weightOf(text, 'Jira')).toBe('required');
    expect(weightOf(text, 'Kubernetes')).toBe('required');
  });
  it("after the lists, lets the employer's text below it be the employer's", () => {
    const text = [
      'Performance Engineer',
      'Netflix',
      '',
      'Requirements',
      '- Experience with capacity engineering in a public cloud',
      '*********************',
      'Inclusion is a Netflix value and we strive to host a meaningful interview experience for all candidates.',
      'We are an equal-opportunity employer and celebrate diversity. We approach diversity and inclusion seriously and thoughtfully.',
    ].join('\n');
    expect(structurePosting(text).lines.find((l) => text.slice(l.start, l.end).includes('diversity and inclusion'))?.section).toBe('about');
  });
});

describe('a requirement said outright at its clause end, under a duties heading', () => {
  const text = [
    'Technical Project Manager',
    'Acme',
    'Job Description:',
    '- Coordinate releases with QA and the Scrum Masters.',
    '- Understanding of microservices and Kafka based event streaming is required.',
    '- CAB approval is required before each Terraform change.',
  ].join('\n');
  it.each([
    ['Kafka', 'required'],
    ['Scrum', 'mentioned'],
    ['Terraform', 'mentioned'], // "is required" that does not end its clause says what a duty needs
  ])('%s is %s', (phrase, weight) => expect(weightOf(text, phrase)).toBe(weight));
});

describe('lines that open with the same emoji one after another are list items', () => {
  const text = [
    'IT Project Manager',
    'Acme',
    '🎯 MUST HAVE:',
    '⭐ PMP certification',
    '⭐ Strong MS Project or Smartsheet skills',
    '✨ NICE TO HAVE:',
    '🔹 Power BI dashboards',
    '🔹 Change management / OCM experience',
    '🔹 Tableau reports',
  ].join('\n');
  it.each([
    ['Smartsheet', 'required'], // an item, though "… skills" would head a list alone
    ['Power BI', 'preferred'],
    ['Tableau', 'preferred'], // "… experience" above it heads nothing
  ])('%s is %s', (phrase, weight) => expect(weightOf(text, phrase)).toBe(weight));

  it('still reads an emoji that leads one line alone as a heading', () => {
    const kinds = structurePosting(text)
      .lines.filter((l) => l.heading)
      .map((l) => text.slice(l.start, l.end));
    expect(kinds).toEqual(expect.arrayContaining(['🎯 MUST HAVE:', '✨ NICE TO HAVE:']));
    expect(kinds).not.toContain('⭐ Strong MS Project or Smartsheet skills');
  });
});
