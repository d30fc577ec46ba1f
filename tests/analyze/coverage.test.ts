import { describe, expect, it } from 'vitest';
import { analysisSchema } from '../../src/analyze/analysis-schema';
import { coverageOf, inheritDemonstrated, showersToCover } from '../../src/analyze/coverage';
import { listedOnly } from '../../src/analyze/listed-only';
import { analyze, bundledTaxonomy, findConcepts } from '../../src/index';

// Honest coverage (issue 9): covered by the concept itself, a narrower one, or what shows it (two behaviours for a
// soft skill, one way of doing it for a practice); a broader or merely related concept earns partial credit.
const asked = [
  'Requirements',
  '- Excellent communication skills',
  '- Agile methods, and SAFe',
  '- Resource allocation and KPIs',
  '- Jira',
  '- Terraform',
  "- Bachelor's degree or equivalent experience",
].join('\n');

const taxonomy = bundledTaxonomy();
const resumeOf = (...ids: string[]) => ({ concepts: new Map(ids.map((id) => [id, { strength: 'demonstrated' as const }])) });

describe('coverageOf', () => {
  it.each([
    // [asked concept, concepts the resume names, status, related]
    ['communication', ['communication'], 'covered', []],
    ['agile', ['scrum'], 'covered', ['scrum']], // narrower
    ['agile', ['sprint-planning'], 'covered', ['sprint-planning']], // narrower at depth two
    ['communication', ['status-reporting', 'steering-committee'], 'covered', ['status-reporting', 'steering-committee']], // soft skill, two showers
    ['resource-allocation', ['capacity-planning'], 'covered', ['capacity-planning']], // a practice, one way of doing it
    ['kpis', ['earned-value-management'], 'covered', ['earned-value-management']],
    ['equivalent-experience', ['bachelors-degree'], 'covered', ['bachelors-degree']],
    ['technical-degree', ['computer-science-degree'], 'covered', ['computer-science-degree']], // a technical field
    ['technical-degree', ['engineering-degree'], 'covered', ['engineering-degree']],
    ['technical-degree', ['business-degree'], 'partial', ['business-degree']], // a sibling, no technical field
    ['technical-acumen', ['software-architecture', 'code-review'], 'covered', ['code-review', 'software-architecture']], // engineering work, twice
    // negative rows
    ['communication', ['status-reporting'], 'partial', ['status-reporting']], // a soft skill shown once
    ['communication', ['status-reporting', 'dashboard-reporting'], 'partial', ['dashboard-reporting', 'status-reporting']], // one shower, twice over
    ['safe', ['agile'], 'partial', ['agile']], // broader only
    ['scrum', ['kanban'], 'partial', ['kanban']], // a sibling of the same kind
    ['terraform', ['kubernetes'], 'missing', []], // siblings under a hub prove nothing
    ['earned-value-management', ['kpis'], 'missing', []], // showing runs one way
    ['jira', [], 'missing', []],
    ['agile', ['jira'], 'missing', []], // a tool is no kind of method: Jira boards run waterfall plans too
    ['project-management', ['microsoft-project'], 'missing', []], // nor of a practice
    ['software-engineering', ['python'], 'missing', []], // a language is what the work is written in, not a kind of it
    ['data-engineering', ['data-science'], 'missing', []], // a neighbour, not a kind
    ['data-engineering', ['sql'], 'missing', []], // nor is a database and its query language: every developer uses them
    ['software-engineering', ['xml-json'], 'missing', []], // nor is a data format software engineers exchange
    ['devops', ['automation'], 'missing', []], // automating a workflow or an internal tool is no DevOps
    ['lessons-learned', ['retrospectives'], 'covered', ['retrospectives']], // a retrospective is agile's lessons-learned session
    ['scripting', ['python'], 'covered', ['python']], // Python is a scripting language
    ['software-deployment', ['ci-cd'], 'covered', ['ci-cd']], // a deployment pipeline is how software is deployed
    ['data-analytics', ['data-analysis'], 'covered', ['data-analysis']], // analysing data is how analytics is done
    ['process-design', ['process-mapping'], 'covered', ['process-mapping']], // mapping a process flow is how it is designed
    ['production-systems', ['site-reliability-engineering'], 'covered', ['site-reliability-engineering']], // SRE runs production systems
    ['compute-infrastructure', ['aws-ec2'], 'covered', ['aws-ec2']], // EC2 instances are servers
    ['technical-acumen', ['python', 'r-language'], 'partial', ['python', 'r-language']], // two languages are one area, programming
  ])('%s, resume with %j: %s', (id, ids, status, related) => {
    expect(coverageOf(id, resumeOf(...ids), taxonomy)).toMatchObject({ status, related });
  });

  it('asks two showers of a soft skill and one of anything else', () => {
    expect([showersToCover('soft-skill'), showersToCover('practice'), showersToCover('education'), showersToCover(undefined)]).toEqual([2, 1, 1, 1]);
  });

  it.each([
    // a narrow soft skill (a kind of communication) is one behaviour: one way of doing it shows it
    ['client-communication', ['customer-partner-management'], 'covered', ['customer-partner-management']],
    ['client-communication', ['technical-support'], 'covered', ['technical-support']],
    // a broad one still asks two: stakeholder management alone is not all of interpersonal skills
    ['interpersonal-skills', ['stakeholder-management'], 'partial', ['stakeholder-management']],
  ])('%s, resume with %j: %s by its showers', (id, ids, status, related) => {
    expect(coverageOf(id, resumeOf(...(ids as string[])), taxonomy)).toMatchObject({ status, related });
  });

  it.each([
    // [language of the resume, asked concept, status]
    ['en', 'english-proficiency', 'covered'],
    ['de', 'german-proficiency', 'covered'],
    ['de', 'english-proficiency', 'missing'],
    ['en', 'german-proficiency', 'missing'],
    [undefined, 'english-proficiency', 'missing'], // too short to tell
  ])('a resume written in %s: %s is %s', (language, id, status) => {
    expect(coverageOf(id, { concepts: new Map(), language: () => language }, taxonomy).status).toBe(status);
  });

  it('says how what covers a term is shown: demonstrated wins over listed', () => {
    const concepts = new Map([
      ['scrum', { strength: 'listed' as const }],
      ['kanban', { strength: 'demonstrated' as const }],
    ]);
    expect(coverageOf('agile', { concepts }, taxonomy)).toMatchObject({ status: 'covered', strength: 'demonstrated' });
    expect(coverageOf('scrum', { concepts }, taxonomy)).toMatchObject({ status: 'covered', strength: 'listed' });
    expect(coverageOf('safe', { concepts }, taxonomy).strength).toBeUndefined(); // partial: nothing covers it
  });
});

describe('inheritDemonstrated', () => {
  it.each([
    // [concepts with their strength, concept, strength after]
    [{ agile: 'listed', scrum: 'demonstrated' }, 'agile', 'demonstrated'], // a narrower one shown
    [{ agile: 'listed', 'sprint-planning': 'demonstrated' }, 'agile', 'demonstrated'], // at depth two
    [{ 'cloud-computing': 'listed', aws: 'demonstrated' }, 'cloud-computing', 'demonstrated'],
    // negative rows
    [{ agile: 'demonstrated', scrum: 'listed' }, 'scrum', 'listed'], // a broader one shown proves nothing narrower
    [{ agile: 'listed', jira: 'demonstrated' }, 'agile', 'listed'], // Jira used in a bullet is no Agile shown
    [{ agile: 'listed', kanban: 'listed' }, 'agile', 'listed'], // narrower, but only listed
    [{ scrum: 'listed', kanban: 'demonstrated' }, 'scrum', 'listed'], // a sibling
  ] as const)('%j: %s is %s', (strengths, id, strength) => {
    const found = new Map(Object.entries(strengths).map(([k, v]) => [k, { strength: v as 'listed' | 'demonstrated' }]));
    inheritDemonstrated(found, taxonomy);
    expect(found.get(id)?.strength).toBe(strength);
  });
});

// A resume of our own: a summary and a skills list that name things, experience bullets that show others.
const resume = [
  'ALEX RIVERA',
  'Technical Program Manager',
  '',
  'SUMMARY',
  'Program manager with nine years of delivery across payments and logistics platforms, known for calm planning and clear writing.',
  '',
  'SKILLS',
  'Agile, Kanban, capacity planning, Terraform, Jira',
  '',
  'EXPERIENCE',
  'Senior Program Manager | Harborline Payments | 2020 - present',
  '• Ran Scrum ceremonies for three squads and cut carry-over by a third.',
  '• Built dashboards for the release train and presented them to the steering committee each month.',
  '• Reported earned value to finance for a $5M migration.',
  '',
  'EDUCATION',
  'B.S., Information Systems, 2015',
].join('\n');

describe('coverage of a posting by a resume', () => {
  const analysis = analyze(asked, resume);
  const term = (id: string) => analysis.terms.find((t) => t.id === id)!;

  it('follows the public contract', () => expect(() => analysisSchema.parse(analysis)).not.toThrow());

  it.each([
    // [term, status, strength of what covers it, listed only?]
    ['communication', 'covered', 'demonstrated', false], // dashboards + steering committee
    ['agile', 'covered', 'demonstrated', false], // listed, and Scrum shown in a bullet
    ['resource-allocation', 'covered', 'listed', true], // capacity planning, in the skills only
    ['kpis', 'covered', 'demonstrated', false], // earned value, in a bullet
    ['terraform', 'covered', 'listed', true],
    ['equivalent-experience', 'covered', 'demonstrated', false], // a degree, and program work in bullets
    ['safe', 'partial', undefined, false],
  ] as const)('%s is %s, shown as %s (listed only: %s)', (id, status, strength, listed) => {
    expect(term(id).status).toBe(status);
    expect(term(id).resume?.strength).toBe(strength);
    expect(listedOnly(term(id))).toBe(listed);
  });

  it('keeps the count and evidence to what the resume itself says of the concept', () => {
    expect(term('resource-allocation').resume).toMatchObject({ count: 0, evidence: [] });
    expect(term('agile').resume?.evidence).toEqual(['Agile']);
  });

  it('lifts a listed concept to demonstrated where a narrower one is in a bullet', () => {
    const strength = Object.fromEntries(findConcepts(resume).map((c) => [c.id, c.strength]));
    expect(strength).toMatchObject({ agile: 'demonstrated', scrum: 'demonstrated', kanban: 'listed', jira: 'listed' });
  });
});
