import { describe, expect, it } from 'vitest';
import { findHits } from '../../src/analyze/match';
import { findConcepts } from '../../src/index';
import { compileTaxonomy } from '../../src/taxonomy/compile';
import type { Concept } from '../../src/taxonomy/schema';

const ids = (text: string) =>
  findConcepts(text)
    .map((c) => c.id)
    .sort();

/** One test per row: whether the text names the concept. */
const findsRows = (title: string, rows: [string, string, boolean][]) =>
  describe.each(rows)(title, (text, id, expected) => {
    it(expected ? `finds ${id}` : `does not find ${id}`, () => {
      expect(ids(text).includes(id)).toBe(expected);
    });
  });

// Each row: a text, a concept, and whether the text names it. Negative rows pin the false hits users hate.
findsRows('%j', [
  ['Project Management Professional (PMP) required', 'pmp', true],
  ['PMP certified', 'pmp', true],
  ['Tracked work in ADO and Azure DevOps boards', 'azure-devops', true],
  ['We use Go, Python and Java for backend services', 'golang', true],
  ['Golang experience is a plus', 'golang', true],
  ['You will go to the customer site', 'golang', false],
  ['Go-to-market planning with sales', 'golang', false],
  ['Ready to go live in March', 'golang', false],
  ['Experience with SAFe (Scaled Agile Framework)', 'safe', true],
  ['Ran PI planning in a SAFe release train', 'safe', true],
  // A camel-case name is no acronym: its case may differ; an acronym's may not.
  ['Tickets live in Servicenow', 'servicenow', true],
  ['Code reviews on Github', 'github', true],
  ['We use less process than you think', 'less', false],
  ['Scaled with LeSS across four teams', 'less', true],
  // An acronym written with the letter of a small word of its expansion in lower case (Statement of Work, Bill of
  // Materials), and no other letter: "Sow" and "sOW" are no such spelling.
  ['Maintain SoWs, BoMs and test results', 'contract-management', true],
  ['Maintain SoWs, BoMs and test results', 'bill-of-materials', true],
  ['Working knowledge of PMBoK', 'pmbok', true],
  ['Sow the seeds of a new practice', 'contract-management', false],
  ['Draft the sOW with the vendor', 'contract-management', false],
  ['Keep our users safe and secure', 'safe', false],
  ['A safe and inclusive workplace', 'safe', false],
  ['Advanced Microsoft Excel skills', 'microsoft-excel', true],
  ['Built dashboards in Excel and Power BI', 'microsoft-excel', true],
  ['You excel at prioritization', 'microsoft-excel', false],
  ['Teams that excel in ambiguity', 'microsoft-excel', false],
  ['Collaborate in Microsoft Teams and Slack', 'microsoft-teams', true],
  ['Work with engineering teams across the org', 'microsoft-teams', false],
  ['Communicate in Slack and Zoom', 'slack', true],
  ['Cut slack from the schedule', 'slack', false],
  ['Statistics in R and Python', 'r-language', true],
  ['R&D teams', 'r-language', false],
  ['Programming in C and C++', 'c-language', true],
  ['Managed stakeholders across 6 teams', 'stakeholder-management', true],
  ['Strong stakeholder management', 'stakeholder-management', true],
  ['Requirements gathering with stakeholders', 'stakeholder-management', false],
  ['Using JavaScript and TypeScript', 'javascript', true],
  ['JS, React and Node', 'javascript', true],
  ['Lead go/no-go reviews', 'go-no-go-decisions', true],
  // A list in a pattern's gap counts as one word: the verb reaches its last item or the words after the list.
  ['Track project milestones, budgets, dependencies, and risks', 'risk-management', true],
  ['Communicate program status, trade-offs, and roadmap to senior leadership', 'executive-communication', true],
  // ... within twelve words.
  // (Not "... and risks": a bare "risks" beside budgets and milestones names risk management of its own.)
  ['Track the plans, budgets, milestones, resources, vendors, contracts, invoices, reports, audits, approvals, payments and defects', 'defect-tracking', false],
  ['Track the plans, budgets, milestones and defects', 'defect-tracking', true],
  // A slot that writes a noun in -ing meets words in -ing and plurals that close a list item, not the verb's forms.
  ['Schedule weekly meetings with the vendor', 'meeting-facilitation', true],
  ['Manage vendors (SOWs, scheduling, deliverables) and ensure work meets agreed requirements', 'meeting-facilitation', false],
  ['Ensure schedule, risk, and quality targets are met', 'meeting-facilitation', false],
  ['Lead Expert Solution Train Engineer', 'training-and-enablement', false],
  ['Produce the metrics, reports, and charters', 'dashboard-reporting', true],
  // A verb's object written as a noun with its plural meets no word in -ing of its key: that is the verb's form.
  ['Own risk registers for card issuing launches', 'issue-management', false],
  ['Own and resolve issues across teams', 'issue-management', true],
  // A slash or an ampersand between two words stands for a surface's "and".
  ['Finance/Accounting experience', 'finance-accounting', true],
  ['Finance & Accounting experience', 'finance-accounting', true],
  ['Logging/monitoring experience', 'observability', true],
  ['Finance or Accounting experience', 'finance-accounting', false],
  // A security risk assessment is no threat model (it is a security risk, and a risk assessment).
  ['Run threat modeling for new services', 'threat-modeling', true],
  ['Coordinate security risk assessments with the CISO', 'threat-modeling', false],
  ['Coordinate security risk assessments with the CISO', 'information-security', true],
  // An article between a verb and its object where the pattern writes none ("develop|prepare schedule")...
  ['Develop the schedule for the program', 'project-scheduling', true],
  ['Prepare a schedule of the migration waves', 'project-scheduling', true],
  // ... but not after a function word, nor where the pattern writes its own articles ("present a|weekly? report").
  ['At present the report is on hold', 'presentation-skills', false],
  // A word in -ing that ends a name before a comma or a dash is that name's noun, no verb opening a pattern.
  ['Run sprint planning, manage the release calendar', 'project-planning', false],
  ['Run sprint planning - manage the release calendar', 'project-planning', false],
  ['Run sprint planning, manage the release calendar', 'release-management', true],
  // A spaced dash parts clauses as a comma does: a verb's object stays on its side of it.
  ['Facilitate the sessions - workshops are run by HR', 'workshop-facilitation', false],
  ['Facilitate the sessions—workshops are run by HR', 'workshop-facilitation', false],
  ['Facilitate workshops with data-driven teams', 'workshop-facilitation', true],
  // After a possessive, "own" says whose: no verb.
  ['Use SQL to pull your own delivery metrics', 'delivery-management', false],
  ['Own delivery of the payments platform', 'delivery-management', true],
  // A fixed compound opened by a verb's form names a thing: a track record tracks nothing...
  ['Track record of improving data reliability, availability, or cost', 'cost-management', false],
  ['Track record working with security and compliance teams', 'security-operations', false],
  // ... but a pattern that spells the compound still reads it.
  ['Proven track record of delivering complex programs', 'results-orientation', true],
  // A language said to be a plus, however strong a plus.
  ['Business-fluent English; German is a strong plus', 'german-proficiency', true],
  ['Dutch is a big advantage for this team', 'dutch-proficiency', true],
  ['Our German customers are a big part of the plus side', 'german-proficiency', false],
  // A verb with its particle is another verb: what a platform runs on powers it.
  ['Our platform runs on our own Ledgerline event store and a set of services', 'meeting-facilitation', false],
  ['You will run the quarterly planning events', 'meeting-facilitation', true],
  // A pattern's gap leaves no bracket it did not open; one it holds whole is passed over.
  ['Obligations such as the Telecommunications (Security) Act must be reflected in the design.', 'security-architecture', false],
  ['Review security (and privacy) design decisions.', 'security-architecture', true],
  // A pattern whose last word opens another concept's proper name ends inside that name.
  ["Manage POA&Ms, and support the agency's Risk Management Framework (RMF) process.", 'risk-management', false],
  ["Manage POA&Ms, and support the agency's risk reviews.", 'risk-management', true],
  ['Coach agile teams and Product Owners on Agile practices.', 'agile-coaching', true], // "Agile" alone is a name
]);

describe('evidence', () => {
  it('holds exact spans of the input, whatever the Unicode', () => {
    const text = 'Led\u00A0Kubernetes migrations; managed Ji\u200Bra and “Confluence” spaces.';
    for (const c of findConcepts(text)) for (const e of c.evidence) expect(text).toContain(e);
    expect(ids(text)).toEqual(expect.arrayContaining(['confluence', 'jira', 'kubernetes']));
  });
});

// A pattern's span that ends inside the concept's own name cut the name in half: the name is the evidence.
describe.each([
  ['Own release planning alongside the product owner.', 'release-management', 'release planning'],
  ['Manage vendors, including contract negotiation with them.', 'contract-management', 'contract negotiation'],
  ['Own the programme budget, resource planning and risk management.', 'resource-management', 'resource planning'],
])('%j', (text, id, evidence) => {
  it(`gives ${id} the evidence ${JSON.stringify(evidence)}`, () => {
    expect(findConcepts(text).find((c) => c.id === id)?.evidence).toEqual([evidence]);
  });
});

// The concept's own names that the pattern's span held before it gave way stay its evidence.
it('keeps a name the pattern held when the pattern gives way to a later one', () => {
  const text = 'Prepared SOW and change requests, and participated in contract renewal.';
  expect(findConcepts(text).find((c) => c.id === 'contract-management')?.evidence).toEqual(['SOW', 'contract renewal']);
});

// ".Net", ".net": a word glued to the dot that opens it is the dotted name however it is cased; "net" alone is no .NET.
describe.each([
  ['Experience in Java / .Net based application development', true],
  ['Stack: C#, .net core, SQL Server', true],
  ['Experience with .NET and Azure', true],
  ['Net revenue grew. The end.Net gain', false],
])('%j', (text, expected) => {
  it(expected ? 'finds .NET' : 'does not find .NET', () => {
    expect(ids(text).includes('dotnet')).toBe(expected);
  });
});

// A name spelled as an ordinary word, once the text names it beside its trade's words, is that name wherever the text
// writes it again as spelled; its rule's other conditions still hold ("Go to market").
describe('one sense of a name per text', () => {
  const spans = (text: string, id: string) =>
    findConcepts(text)
      .find((c) => c.id === id)
      ?.spans.map((s) => text.slice(s.start, s.end)) ?? [];
  const resume = 'Skills: Python | Go | Notion | Jira\n- Built a Go-based routing service\n- Kept a decision log in Notion\n- Planned the Go to market launch';
  it('counts the name again where the text writes it again', () => {
    expect(spans(resume, 'golang')).toEqual(['Go', 'Go']);
    expect(spans(resume, 'notion')).toEqual(['Notion', 'Notion']);
    expect(findConcepts(resume).find((c) => c.id === 'golang')?.strength).toBe('demonstrated'); // shown in a bullet
  });
  it('reads the name nowhere the text has not named it so', () => {
    expect(ids('- Built a Go-based routing service\n- Kept a decision log in Notion')).not.toEqual(expect.arrayContaining(['golang']));
    expect(ids('- Built a Go-based routing service\n- Kept a decision log in Notion')).not.toEqual(expect.arrayContaining(['notion']));
  });
});

// A name spelled as an ordinary word whose rule's trade words are absent: a tool named beside it in its list vouches.
findsRows('a tool beside it in its list: %j', [
  ['Familiarity with Firebase Crashlytics or Sentry is a plus.', 'sentry', true],
  ['Our mobile apps report to Firebase and Sentry.', 'sentry', true],
  // its list names no tool: the word keeps its everyday sense
  ['We value focus, Linear thinking and courage.', 'linear', false],
  ['The Sentry, Harbor and Beacon teams own the gateway.', 'sentry', false],
  // a name its rule keeps from opening a sentence opens a bullet beside another name of its kind
  ['- React and TypeScript experience', 'react', true],
  ['- Word and Excel skills', 'microsoft-word', true],
  ['- Lean and Six Sigma experience', 'lean', true],
  // a credential named for the method vouches as the method itself does
  ['- Lean or Six Sigma Green Belt', 'lean', true],
  ['Linear or Jira for the backlog.', 'linear', true],
  // beside no found name, or beside a word of another sense, the sentence start keeps it out
  ['Word and deed must agree.', 'microsoft-word', false],
  ['React and adapt to change quickly.', 'react', false],
]);

// A pattern's words are whole words: none starts or ends inside a name whose parts run together.
findsRows('a pattern beside a run-together name: %j', [
  ['Use LaunchDarkly feature flags for rollouts.', 'launch-management', false],
  ['Use LaunchDarkly feature flags for rollouts.', 'launchdarkly', true],
  ['Launch new features every sprint.', 'launch-management', true],
  // words glued where a space was lost stay words
  ['Experience coordinating thedependencies between teams.', 'dependency-management', true],
]);

// Text written all in capitals: a case-exact name compares case-insensitively there, its other conditions hold.
findsRows('%j', [
  ['SKILLS: JIRA, ASANA, EXCEL, SAFE AGILE', 'asana', true],
  ['SKILLS: JIRA, ASANA, EXCEL, SAFE AGILE', 'microsoft-excel', true],
  ['SKILLS: JIRA, ASANA, EXCEL, SAFE AGILE', 'safe', true],
  ['WE BUILD BACKEND SERVICES IN GO AND PYTHON', 'golang', true],
  ['TOOLS: TEAMS, SLACK AND ZOOM', 'microsoft-teams', true],
  ['PMP AND SOC 2 REQUIRED FOR THIS ROLE', 'pmp', true],
  ['PMP AND SOC 2 REQUIRED FOR THIS ROLE', 'soc-2', true],
  // the rule's other conditions still hold
  ['YOU WILL EXCEL AT PRIORITIZATION', 'microsoft-excel', false],
  ['WE GO TO MARKET TOGETHER', 'golang', false],
  ['CUT SLACK TIME FROM THE PLAN', 'slack', false],
  ['WE WORK WITH ENGINEERING TEAMS', 'microsoft-teams', false],
  // a function word stays one, and capitals show no name written apart
  ['SPEND LESS TIME IN MEETINGS', 'less', false],
  ['A TYPICAL WORK DAY STARTS AT NINE', 'workday', false],
  // fewer than three words, or a lowercase word in the line: the case still tells
  ['Pace: SLACK', 'slack', false],
  ['Keep the team SAFE and calm', 'safe', false],
  ['You will excel at planning', 'microsoft-excel', false],
  ['A safe environment for everyone', 'safe', false],
]);

/** A lookup of the given concepts only, so a row shows what the matcher does with their rules. */
function lookupOf(...concepts: Concept[]) {
  return compileTaxonomy({ concepts, byId: new Map(concepts.map((c) => [c.id, c])), narrower: new Map() });
}
const concept = (id: string, variants: string[], context: Concept['context']): Concept => ({
  id,
  label: `zz ${id} zz`,
  category: 'technical',
  aliases: { variant: variants },
  context,
  bullets: [],
});

// A context rule restricts its surface however the text or the taxonomy spells it: written as one word or two,
// with a hyphen or a space, the compound meets the same rule.
describe.each(['datacenter', 'data center', 'Data-Centers'])('a rule on %j', (ruled) => {
  const lookup = lookupOf(concept('data-centers', ['data center', 'datacenter'], [{ surface: ruled, notBefore: ['lease'] }]));
  it.each([
    ['Our data center hosts the ledger.', true],
    ['Our datacenter hosts the ledger.', true],
    ['Our data-center team is on call.', true],
    ['Two Data Centers in Europe', true],
    ['The data center lease ends in May.', false],
    ['The datacenter lease ends in May.', false],
    ['The data-center lease ends in May.', false],
    ['Their Datacenter lease ends in May.', false],
    // the word a rule keeps away is the name's own phrase only where no separator parts them
    ['Sites: data center, lease office, campus.', true],
    ['Site: data center; lease terms apply.', true],
  ])('%j: %s', (text, expected) => {
    expect(findHits(text, lookup).length > 0).toBe(expected);
  });
});

describe('a case-exact rule on a compound', () => {
  // Only one spelling is listed; the others reach it by joining or splitting the words, and keep its case.
  const lookup = lookupOf(concept('zip-line', ['zip line'], [{ surface: 'ZipLine', caseSensitive: true }]));
  it.each([
    ['Plans live in ZipLine.', true],
    ['Plans live in Zip Line.', true],
    ['Plans live in Zip-Line.', true],
    ['We rode a zip line.', false],
    ['We rode a zipline.', false],
    ['PLANS LIVE IN ZIPLINE NOW', true],
  ])('%j: %s', (text, expected) => {
    expect(findHits(text, lookup).length > 0).toBe(expected);
  });
});

describe('a case-exact rule on a lowercase surface', () => {
  // Lowercase says "the common noun, not a team or a product named with capitals"; a capital that only opens a
  // sentence or a list item says nothing.
  const lookup = lookupOf(concept('integrations', ['integrations'], [{ surface: 'integrations', caseSensitive: true }]));
  it.each([
    ['We build integrations with partners.', true],
    ['Integrations with partners and vendors', true],
    ['Skills: Integrations, APIs', true],
    ['She leads our Integrations group.', false],
    ['Work with the Partner Integrations team.', false],
    // a line in Title Case parted by a comma or a dash (a title and its area, skills so written): capitals mark no name
    ['Technical Program Manager, Integrations', true],
    ['APIs, Webhooks and Integrations', true],
    ['Partner Integrations team leads are in Berlin.', false],
    ['Partner Integrations', false], // a short heading, no list
  ])('%j: %s', (text, expected) => {
    expect(findHits(text, lookup).length > 0).toBe(expected);
  });
});

// A block of names one a line is one list (issue 9): the names beside a context-dependent one are its context.
describe('context-dependent names listed one a line', () => {
  it("finds Ruby and Rust in a resume's languages block", () => {
    const found = ids('Languages\n  - Golang\n  - Python\n  - Ruby\n  - Rust\n\nTools\n- Terraform\n- Docker');
    expect(found).toEqual(expect.arrayContaining(['golang', 'python', 'ruby', 'rust']));
  });
  it("finds them in a posting's tech stack", () => {
    expect(ids('Our stack:\n• Java\n• Ruby\n• PostgreSQL\n\nYou will ship weekly.')).toContain('ruby');
  });
  it('leaves gems, a colour or a single line alone', () => {
    expect(ids('Our gems\n- Ruby\n- Sapphire\n- Emerald')).not.toContain('ruby');
    expect(ids('Colours\nRust\nOchre\nTeal')).not.toContain('rust');
    expect(ids('Python\n\nRuby')).not.toContain('ruby');
  });
});

describe('a pattern slot of modifiers (~)', () => {
  // Up to three words that describe the noun after them, in one phrase; a plural, a possessive, a comma or a
  // joining word ends the phrase, so the slot never reaches another noun's phrase.
  const lookup = lookupOf({ ...concept('many-projects', [], undefined), patterns: ['multiple|several ~ project|projects'] });
  it.each([
    ['Manage multiple projects.', true],
    ['Manage multiple interdependent projects.', true],
    ['Lead multiple card-related projects.', true],
    ['Deliver multiple IT projects.', true],
    ['Lead multiple simultaneous large-scale projects.', true],
    ['Work with multiple teams on projects.', false],
    ['Support multiple teams deliver projects.', false],
    ["Review several teams' projects.", false],
    ['Coordinate multiple vendors, projects and budgets.', false],
    ['Juggle multiple and often competing projects.', false],
  ])('%j: %s', (text, expected) => {
    expect(findHits(text, lookup).length > 0).toBe(expected);
  });
});

describe('a surface whose capital word spells a function word', () => {
  // "IT" lowercased is "it": "its security" and "It's designed" name no IT; the surface's other words match in any case.
  const lookup = lookupOf(concept('it-security', ['IT security'], undefined));
  it.each([
    ['Lead IT security projects.', true],
    ['Lead IT Security projects.', true],
    ["Review IT's security posture.", true],
    ['SKILLS: IT SECURITY, NETWORKS', true],
    ['Governance, Risk and It Security', true], // a line in Title Case parted by a comma
    ['The company protects its security.', false],
    ['Make it security-first.', false],
    ['It security is everyone’s job.', false],
  ])('%j: %s', (text, expected) => {
    expect(findHits(text, lookup).length > 0).toBe(expected);
  });
});
