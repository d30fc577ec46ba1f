import { describe, expect, it } from 'vitest';
import { EVERYDAY_ADJECTIVES, TRAIT_WORDS } from '../../src/analyze/everyday-adjectives';
import { analyze } from '../../src/index';

const posting = (line: string, title = 'Implementation Consultant') => `${title}\nAcme\n\nResponsibilities\n- ${line}\n- Keep the roadmap current.`;
const termOf = (text: string, id: string) => analyze(text).terms.find((t) => t.id === id);

describe('everyday adjectives among traits', () => {
  it.each([
    // an item of a list of traits is the trait
    ['The consultant will be diligent, customer focused, agile, transparent and a strong communicator.', 'agile', false],
    ['We want someone curious, agile and humble.', 'agile', false],
    ['Stay nimble, lean and scrappy as we grow.', 'lean', false],
    ['We need an agile, hands-on TPM who can turn developer pain into progress.', 'agile', false],
    ['The ideal hire is open-minded, agile.', 'agile', false], // a hyphenated trait is one word
    // said of someone, with a clause or a phrase of its own after it
    ['Be nimble and agile when priorities shift.', 'agile', false],
    ['Stay curious and agile in the face of change.', 'agile', false],
    // ... or before a person it describes ("problem solver", "thinker"); another noun names the method
    ['You should be an analytical and agile problem solver.', 'agile', false],
    ['Bring an analytical and agile mindset to the teams.', 'agile', true],
    // the method, in a list of methods, before a noun, or beside an adjective of a way of working
    ['Run delivery with Agile, Lean and Kanban.', 'agile', true],
    ['Thrive in a fast-paced, agile environment.', 'agile', true],
    ['Drive agile, iterative delivery across three teams.', 'agile', true],
    ['Experience with agile and waterfall methods.', 'agile', true],
    ['Be transparent about risks; coach teams in Agile.', 'agile', true],
    ['Be curious and agile at scale.', 'agile-at-scale', true],
  ])('%j: %s counted %s', (line, id, counted) => {
    expect(termOf(posting(line), id) !== undefined).toBe(counted);
  });

  it('keeps its words as data with an example that reads as a trait', () => {
    for (const { word, example } of EVERYDAY_ADJECTIVES) {
      expect(example.toLowerCase()).toContain(word);
      expect(
        TRAIT_WORDS.some((t) => example.toLowerCase().includes(t)),
        example,
      ).toBe(true);
    }
    expect(new Set(TRAIT_WORDS).size).toBe(TRAIT_WORDS.length);
  });
});

describe("the posting's own title", () => {
  it.each([
    // the body names the concept: the title's words are no evidence of it
    ['IT Project Manager', '8 years of project management practice.', 'project-management', ['project management']],
    [
      'Senior Program Manager',
      'Work closely with the Program Manager of each region; program management experience.',
      'program-management',
      ['program management'],
    ],
    // only the title names it: it stays found by the title
    ['Technical Program Manager, Networks', 'Coordinate releases with the network teams.', 'technical-program-management', ['Technical Program Manager']],
  ])('%j over %j: %s evidence %j', (title, line, id, evidence) => {
    const text = posting(line, title);
    const term = termOf(text, id);
    expect(term?.job.evidence).toEqual(evidence);
    const titleEnd = title.length;
    const onlyTitle = !evidence.some((e) => line.includes(e));
    // a span in the title is kept only when the body says nothing of the concept
    expect(term!.job.spans!.some((s) => s.start < titleEnd)).toBe(onlyTitle);
    expect(term!.job.count).toBe(term!.job.spans!.length);
  });
});

describe('the title said again in a line that asks nothing', () => {
  const text = (intro: string, asks: string) => `Senior Program Manager\nAcme\n\n${intro}\n\nRequirements\n- ${asks}`;
  it.each([
    // the role introduced by its title gives way to what the requirements say
    ['We are looking for a Senior Program Manager to join us.', '5 years of program management.', ['program management']],
    ['As a Program Manager you will lead our launches.', '5 years of program management.', ['program management']],
    // other program managers are colleagues, not the title said again: they stay as the role-name check left them
    ['You will work beside other program managers.', '5 years of program management.', ['program management']],
    // asked for in the requirements, the title's words are evidence
    ['We are looking for a Senior Program Manager to join us.', 'Experience as a Program Manager in retail.', ['Program Manager']],
    // said only as the title, it stays
    ['We are looking for a Senior Program Manager to join us.', 'Jira and Confluence.', ['Program Manager']],
  ])('%j then %j: evidence %j', (intro, asks, evidence) => {
    expect(termOf(text(intro, asks), 'program-management')?.job.evidence).toEqual(evidence);
  });
});

describe("a recruiter's greeting", () => {
  it.each([
    ['Hope you are doing well!I have got your profile on a job board/data base and wanted to check your interest.', 'databases', false],
    ['I hope this email finds you well, I saw your profile on a data base of consultants.', 'databases', false],
    ['Design the data base schema for the billing service.', 'databases', true],
  ])('%j: %s counted %s', (line, id, counted) => {
    expect(termOf(`Project Manager\n\n${line}\n\nRequirements\n- 5 years of project management.`, id) !== undefined).toBe(counted);
  });
});

describe("the employer's standing: awards, rankings and where its people come from", () => {
  const about = (line: string) => `Operations Specialist\nAcme\n\nAbout Acme\n${line}\n\nRequirements\n- 3 years of project management.`;
  it.each([
    ["Acme has been named to LinkedIn's Top U.S. Startups for three years, as well as the Forbes Cloud 100.", 'startups', false],
    ['The Acme team comprises leaders from leading financial services and fintech companies.', 'fintech', false],
    ['Our founders are alumni of large payments companies.', 'payments', false],
    // what the employer does names its trade (a domain stays "mentioned")
    ['Acme builds payments software for small shops.', 'payments', true],
    ['We are a fintech serving small businesses in the U.S. and Canada.', 'fintech', true],
    // the rules it works under are the role's too (mentioned); its own ways of working are not asked
    ['Our payments platform is PCI DSS compliant and serves clinics under HIPAA.', 'hipaa', true],
    ['Our payments platform is PCI DSS compliant and serves clinics under HIPAA.', 'pci-dss', true],
    ['Our ISO 9001 certified quality system covers every plant.', 'iso-9001', true],
    ['We run our own vendor management platform for retailers.', 'vendor-management', false],
  ])('%j: %s counted %s', (line, id, counted) => {
    expect(termOf(about(line), id) !== undefined).toBe(counted);
  });

  it('reads initials ("U.S.") as no end of a sentence, and a stop after a word as one', () => {
    // the award's sentence goes on past "U.S.": its list is the employer's; the next sentence is the role's
    const text = about('Acme was named among the Top U.S. Startups in fintech. Experience in fintech is a plus.');
    expect(termOf(text, 'fintech')?.job.evidence).toEqual(['fintech']);
    expect(termOf(text, 'fintech')?.job.count).toBe(1);
  });
});

describe("a job board's own matter copied with the posting", () => {
  const page = (tail: string) => `Technical Program Manager\nAcme\n\nRequirements\n- 5 years of technical program management.\n\n${tail}`;
  const ids = (tail: string) => analyze(page(tail)).terms.map((t) => t.id);
  it.each([
    // a field label alone on its line files the posting by the short value on the next line
    ['Seniority level\nMid-Senior level\nJob function\nProject Management and Information Technology', 'project-management', false],
    ['Industries:\nSoftware Development', 'software-engineering', false],
    // a field names a unit, not the technology of the role (the employer's own text may)
    ['Department: Machine Learning Platform', 'machine-learning', false],
    ['Job function\nCloud Infrastructure', 'cloud-computing', false],
    // the job's function files it; only a field of the employer's industry names a domain
    ['Job function\nProject Management and Information Technology', 'information-technology', false],
    ['Category: Information Technology', 'information-technology', false],
    ['Role Category: Project & Program Management', 'project-management', false],
    // whom the role reports to: a title and the unit it heads
    ['Reports to: VP Software Engineering. Work location: remote.', 'software-engineering', false],
    ['Reports to: Director, Risk Management', 'risk-management', false],
    // other jobs, alerts and referral prompts
    ['Similar jobs\nSenior Project Manager, Cloud Infrastructure\nScrum Master - Agile Delivery', 'scrum-master', false],
    ['Get notified about new Scrum Master jobs in Austin, TX.', 'scrum-master', false],
    // a label's value that is a sentence is the posting's text, and a heading of the posting's own stays one
    ['Location\nYou will travel to client sites to lead Scrum ceremonies.', 'scrum', true],
    ['Related experience\n- Scrum Master for two teams', 'scrum-master', true],
  ])('%j: %s counted %s', (tail, id, counted) => {
    expect(ids(tail).includes(id)).toBe(counted);
  });

  it("reads a board's fields in a row under the title, apart by bars, each as a field", () => {
    const fields = 'Location: Remote (US) or Hartford, CT | Job Family: Program Management | Req #: 71455';
    const text = `Program Manager, Claims Platform Modernization\n\nEvergreen Mutual Health\n\n${fields}\n\nAt Evergreen Mutual Health, we make health care simpler.\n\nRequired Qualifications\n- 5 years of program management in health care.`;
    const from = text.indexOf(fields);
    const inFields = analyze(text)
      .terms.flatMap((t) => t.job.spans ?? [])
      .filter((s) => s.start >= from && s.start < from + fields.length);
    expect(inFields).toEqual([]);
  });

  it('keeps the industry a field names, as the employer text does', () => {
    const term = analyze(page('Industries\nFinancial Services')).terms.find((t) => t.id === 'financial-services');
    expect(term?.job.importance).toBe('mentioned');
  });
});

describe('the employer saying how it works, after the role is described', () => {
  const text = (line: string) => `Technical Program Manager\nAcme Labs\n\nResponsibilities\n- Run the quarterly planning cycle.\n\n${line}`;
  it.each([
    // the employer, by its name, or its pride: its own ways, not what the role asks
    ['At Acme Labs, we prioritize clarity over speed and feedback over polish.', 'prioritization', false],
    ['At Acme Labs, we embrace change and move fast.', 'adaptability', false],
    ['We pride ourselves on shipping on time and on budget.', 'budget-management', false],
    // its technology still counts as mentioned, and the role's own lines as asked
    ['At Acme Labs, we run everything on Kubernetes.', 'kubernetes', true],
    ['At Acme Labs, you will prioritize the backlog with product owners.', 'prioritization', true],
    ['At Acme Labs, we expect 5 years of budget management.', 'budget-management', true],
  ])('%j: %s counted %s', (line, id, counted) => {
    expect(analyze(text(line)).terms.some((t) => t.id === id)).toBe(counted);
  });
});
