import { describe, expect, it } from 'vitest';
import { headingsOf, importancesOf } from './posting-reading';

describe('lead-ins inside a posting that lost all its breaks', () => {
  // Our own text, every break a space and no list marks: each list is led in by a sentence that ends on a colon or an
  // ellipsis, right after the last item before it (no stop between them).
  const text =
    'Technical Program Manager\nFabrikam Energy\n' +
    [
      'Fabrikam builds grid software for utilities across Europe.',
      'In this role you will be doing… run the quarterly planning of the grid platform programs',
      'keep the program risk register current and report status to the leadership team every week',
      'What you will need to be successful in this role: five years of technical program management experience',
      'working knowledge of Jira and Confluence, with Agile/Lean experience',
      'fluent English And nice to have... experience with Kubernetes',
      'a PMP certification.',
      'It is a Plus if You Have… Experience writing SQL queries for reporting',
    ].join(' ');
  const terms = importancesOf(text);
  const headings = headingsOf(text);

  it.each([
    ['status-reporting', 'mentioned'],
    ['jira', 'required'],
    ['confluence', 'required'],
    ['kubernetes', 'preferred'],
    ['pmp', 'preferred'],
    ['sql', 'preferred'],
  ])('reads %s as %s', (id, importance) => expect(terms.get(id)).toBe(importance));

  it('takes the lead-in as a whole, from its first word', () => {
    expect(headings).toEqual(expect.arrayContaining(['What you will need to be successful in this role:', 'And nice to have...', 'It is a Plus if You Have…']));
  });

  it('reads no heading inside an item: after a word that ends no phrase, nor before a gerund and its object', () => {
    expect(headings.filter((h) => /Agile\/Lean|Experience writing/.test(h))).toEqual([]);
  });
});

describe('headings without a colon inside a posting that lost all its breaks', () => {
  // Our own text: a heading after an item that ends in a bracket, a one-word heading joined by hyphens, a sentence
  // opened by a word with a verb glued on, and a duty whose first words could head a section.
  const text =
    'Knowledge Program Manager\nTailspin Toys\n' +
    [
      'Tailspin makes toys for schools and libraries in twelve countries, and its sales teams answer hundreds of questions a week.',
      "We're looking for an experienced Program Manager to lead the knowledge base of the sales teams.",
      'What You Will Do Own Knowledge Management at Tailspin for the sales and support teams, from the first draft of an article',
      'to its yearly review. Keep the product pages, the answers to common questions and the training guides current.',
      'Work with product marketing on every launch so that each new toy has its pages on the day it ships.',
      'Run the content reviews with product marketing (twice a month)',
      'Requirements Five years of program management experience in a sales or support organization',
      'Nice-to-Haves Experience with Confluence and Notion.',
    ].join(' ');
  const headings = headingsOf(text);

  it('reads a heading after an item that ends in a bracket, and one word that joins a phrase by hyphens', () => {
    expect(headings).toEqual(expect.arrayContaining(['Requirements', 'Nice-to-Haves']));
    expect(importancesOf(text).get('confluence')).toBe('preferred');
  });

  it('reads no heading in a sentence that opens with a verb glued on ("We\'re looking for an experienced")', () => {
    expect(headings.filter((h) => h.startsWith('We'))).toEqual([]);
  });

  it('reads no second heading right after a heading: its first words are content', () => {
    expect(headings).toContain('What You Will Do');
    expect(headings.filter((h) => h.startsWith('Own'))).toEqual([]);
  });
});

describe('a heading that ends in a word in -ing, inside a run of items', () => {
  // Our own text: a bulleted posting flattened to one line, its headings between the last item of a list and the next mark.
  const text = [
    'Release Manager Proseware Inc',
    'Proseware makes scheduling software for dental practices and ships a release every two weeks.',
    "What you'll do • Run the release calendar for eight product teams • Chair the go/no-go meetings • Keep the release notes current",
    '• Tell the support team what changed in each release and when it reaches the practices • Plan the yearly freeze with finance',
    'What you bring • Five years of release management • Jira and Confluence • Written English good enough for customer notices',
    'Nice to have • Kubernetes',
  ].join(' ');

  it('reads "What you bring" as a heading: "bring" is no gerund that goes on with its object', () => {
    expect(headingsOf(text)).toContain('What you bring');
    expect(importancesOf(text).get('jira')).toBe('required');
    expect(importancesOf(text).get('kubernetes')).toBe('preferred');
  });
});

describe('a preference in brackets inside a run of items', () => {
  // Our own text: the items of a list run together, one of them closed by a preference in brackets.
  const text =
    'IT Project Manager\nLitware\nRequirements: A degree in computer science. Five years of project management experience ' +
    'Scrum Master background (nice to have) Expert with Jira and Confluence Good written communication skills';
  const terms = importancesOf(text);

  it('weighs the item it closes as preferred, and the items after it as the list does', () => {
    expect(terms.get('scrum-master')).toBe('preferred');
    expect(terms.get('jira')).toBe('required');
    expect(terms.get('confluence')).toBe('required');
  });

  it('and not the item before it, which a bracket of its own closes', () => {
    const tools =
      'Site Project Manager\nFourth Coffee Construction\nRequirements: Ten years of construction experience. Proficient ' +
      'user of MS Office (Word, Excel, Outlook) JD Edwards or another ERP system (an asset) Valid driver licence';
    const weights = importancesOf(tools);
    expect(weights.get('microsoft-excel')).toBe('required');
    expect(weights.get('jd-edwards')).toBe('preferred');
  });

  it('so does a preference in lowercase that ends its item; an adverb still weighs what follows it', () => {
    const weigh = (requirements: string) => importancesOf(`Portfolio Manager\nLitware\nRequirements: ${requirements}`);
    const closed = weigh('A degree in computer science or a technical discipline preferred Prior experience managing a large portfolio');
    expect(closed.get('portfolio-management')).toBe('required');
    expect(weigh('Working knowledge of SAP and ideally Kubernetes').get('kubernetes')).toBe('preferred');
  });
});

describe('a label whose cue a complement follows, inside a run of text', () => {
  // Our own text: a requirement heading with its complement ("for the position"), run on from the last duty.
  const text =
    'Security Project Manager\nWoodgrove Bank\nResponsibilities: Lead the rollout of the new identity platform across the ' +
    'branches. Write the project documents and keep them current for the audit team. Launch assessments and audits related ' +
    'to IT security Requirements for the position: Five years of experience as a security engineer, or similar. Knowledge of ' +
    'ISO 27001 and of risk analysis methods. Experience with Jira and Confluence. Good interpersonal skills and a calm ' +
    'manner under pressure, with clear written English for reports that go to the board.';

  it('heads what follows it: "Requirements for the position:"', () => {
    const headings = headingsOf(text);
    expect(headings).toContain('Requirements for the position:');
    expect(importancesOf(text).get('jira')).toBe('required');
  });

  it('and so does one whose words after the cue head the same kind: "Skills and experience required:"', () => {
    const other = text.replace('Requirements for the position:', 'Skills and experience required:');
    const headings = headingsOf(other);
    expect(headings).toContain('Skills and experience required:');
    expect(importancesOf(other).get('jira')).toBe('required');
  });
});

describe('labels and headings set in Markdown emphasis inside a posting that lost all its breaks', () => {
  // Our own text, as a scrape that kept Markdown gives it: bold labels with their colon inside the emphasis, and headings
  // without a colon set in underscores.
  const text =
    'Platform Program Manager\nAdventure Works\n' +
    [
      '**About the role:** Adventure Works runs the booking platform of four hundred outdoor centres, and you will lead its programs.',
      '**What you will do:** Lead the quarterly planning of the platform programs. Track dependencies and risks across teams.',
      'Report program status to the leadership team.',
      '**Requirements:** Five years of program management experience. Experience with Jira and Confluence.',
      '_Nice to have:_ Experience with SQL. A PMP certification.',
      '_Preferred Qualifications_ Experience with Kubernetes and Terraform.',
      '**Benefits:** Health, dental and vision cover for you and your family.',
    ].join(' ');
  const terms = importancesOf(text);
  const headings = headingsOf(text);

  it('reads each label from its emphasis mark, not from the sentence before it', () => {
    expect(headings).toEqual(expect.arrayContaining(['**Requirements:**', '_Nice to have:_', '_Preferred Qualifications_', '**Benefits:**']));
  });

  it.each([
    ['jira', 'required'],
    ['confluence', 'required'],
    ['sql', 'preferred'],
    ['pmp', 'preferred'],
    ['kubernetes', 'preferred'],
    ['terraform', 'preferred'],
  ])('reads %s as %s', (id, importance) => expect(terms.get(id)).toBe(importance));
});

describe('a lead-in after an item that ends in brackets, inside a run of text', () => {
  // Our own text: the last requirement closes a list in brackets, and the preferences' lead-in follows it.
  const text =
    'Site Project Manager\nFourth Coffee Construction\nQualifications: Ten years of construction experience, five of them ' +
    'leading shutdown projects. Proficient with scheduling software. Safety certifications (Fall Protection, Confined Space, ' +
    'Working at Heights) The following would be considered an asset: a PMP certification. Experience with Primavera P6. ' +
    'Knowledge of the local labour codes and of the collective agreements that apply on each site, with clear written ' +
    'English for the weekly reports that go to the client and to the operations manager of the region.';

  it('takes the lead-in from its first word, not from inside the brackets', () => {
    const headings = headingsOf(text);
    expect(headings).toContain('The following would be considered an asset:');
    expect(importancesOf(text).get('pmp')).toBe('preferred');
  });
});

describe("an item's own colon inside a run of text", () => {
  // Our own text: a duty that names a skill, then says what it means after a colon, in lowercase, run on from the duty
  // before it.
  const text =
    'Data Program Manager\nProseware Health\nResponsibilities: Lead the data platform programs from scope to delivery, with ' +
    'the product, clinical and engineering teams Embody strong communication skills: written, verbal and visual Keep the ' +
    'roadmap and the risk register of each program current, and report status to the leadership team every week. ' +
    'Requirements: Five years of program management experience. Experience with Jira and Confluence. Experience with ' +
    'healthcare data and with the privacy rules that govern it, and a calm manner under pressure with busy clinicians.';

  it('heads nothing: the duties after it stay duties', () => {
    const headings = headingsOf(text);
    expect(headings.filter((h) => h.includes('communication skills'))).toEqual([]);
    const terms = importancesOf(text);
    expect(terms.get('status-reporting')).toBe('mentioned');
    expect(terms.get('jira')).toBe('required');
  });
});

describe("a requirement's qualifier inside a run of text", () => {
  // Our own text: items that open with "Must have strong", whose next word is capitalized.
  const text =
    'Service Delivery Director\nContoso Health\nResponsibilities: Own the service delivery of the claims platform for our ' +
    'largest client and report status to its leadership every month Must have strong Delivery and Program Management ' +
    'experience in healthcare Must have strong Release Management experience with Jira and ServiceNow Build the yearly ' +
    'budget of the account with its finance team, and keep the risk register current for every program of the account. ' +
    'Meet the client every quarter to review the service levels, the open incidents and the plans for the year ahead.';

  it('ends no heading on it: "Must have strong" heads nothing', () => {
    const headings = headingsOf(text);
    expect(headings.filter((h) => h.startsWith('Must have'))).toEqual([]);
    // The duties after the items stay duties.
    expect(importancesOf(text).get('sla-management')).toBe('mentioned');
  });
});

describe('a heading after a number inside a run of text', () => {
  // Our own text: a pay field's amount, then the first heading, every break a space.
  const text =
    'Deployment Manager\nContoso Security\nLocation: United States Salary: 150000.0 About the Role Lead the deployment of ' +
    'our email security platform for enterprise customers. Develop project plans and manage scope, budget and schedule. ' +
    'Create status reports for customer project teams and their executives. Requirements Five years of project ' +
    'management experience with enterprise customers. Experience with Jira and Confluence. Preferred Qualifications ' +
    'Experience with Microsoft 365 Nice to have a PMP certification and clear written English for reports to executives.';

  it('reads the heading: the amount ends the field', () => {
    const headings = headingsOf(text);
    expect(headings).toContain('About the Role');
  });
});
