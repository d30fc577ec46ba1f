import { describe, expect, it } from 'vitest';
import { nameAfterSeparator } from '../../src/analyze/lists';
import { findConcepts } from '../../src/index';
import { tokenize } from '../../src/text/normalize';

const found = (text: string) => new Map(findConcepts(text).map((c) => [c.id, c.evidence]));

// Each row: a sentence, a concept, and whether a reader would say the sentence names it.
describe.each([
  // A head word shared by the items before it
  ['Own risk, issue and dependency management for the program.', 'risk-management', true],
  ['Own risk, issue and dependency management for the program.', 'issue-management', true],
  ['Drive release, incident and problem management.', 'incident-management', true],
  ['Experience in project and program management.', 'project-management', true],
  ['Strong risk/issue management', 'risk-management', true],
  ['Portfolio & program management experience', 'portfolio-management', true],
  // ... a surface whose rule looks only at its edges ("Program management", not before "office") as well
  ['Strong program and project management skills.', 'program-management', true],
  ['Program/portfolio management experience', 'program-management', true],
  ['Program and project management office support', 'program-management', false],
  ["Bachelor's or Master's degree in a technical field", 'masters-degree', true],
  ['PMP or PRINCE2 certification preferred', 'prince2-certification', true],
  ['Excellent communication and interpersonal skills', 'communication', true],
  ['Excellent communication, organization, and documentation skills', 'organizational-skills', true],
  // ... where the last of two items is a plain noun that names no concept with the head
  ['Drive capacity and cost planning with FinOps.', 'capacity-planning', true],
  ['Experience in product and process development.', 'product-development', true],
  // ... or where the last item, of several words, names a skill by itself ("conflict resolution skills" is no surface)
  ['Excellent leadership, negotiation and conflict resolution skills.', 'leadership', true],
  ['Leadership and conflict resolution skills.', 'leadership', true],
  // ... but not when the items are no modifiers of it
  ['Experience with Jira and Confluence administration.', 'jira', true], // two tools, each itself
  ['Experience with Jira and Confluence administration.', 'confluence', true],
  ['Time and attention to detail management', 'time-management', false],
  ['We value quality, and risk management is key.', 'quality-management', false],
  ['Report to customers and senior management.', 'customer-partner-management', false],
  ['Building and operating tooling for the fleet.', 'ci-cd', false],
  ['Build, test, and support pipelines.', 'ci-cd', false],
  ['Kanban, change management and coaching', 'kanban', true],
  ['Scrum, change management and coaching', 'scrum-management', false],
  ['Define the vision. Quality and change management follow.', 'vision-management', false],
  // An industry's head word shared by a list of industries, even where one item alone names a known industry
  ['Minimum 5 years in developer and creator ecosystems.', 'developer-ecosystems', true],
  // ... by a near-synonym of the head: "retail environment" is the retail sector
  ['Experience in a retail or franchise environment.', 'retail', true],
  ['Experience in a tech or software environment.', 'information-technology', true],
  ['Experience in a tech or software environment.', 'enterprise-software', true],
  // ... but not when most items name no industry, nor by "environment" for another head
  ['Projects across cloud, networking, compute, storage, and security environments.', 'cybersecurity-industry', false],
  ['Work with officials at the user agency and private sector.', 'consulting-it-services', false],
  // ... an item in capitals ("IT") or a hyphenated compound ("technology-driven") is one word of the list
  ['Five years of experience in IT or software-related projects.', 'information-technology', true],
  ['Lead cross-functional IT/OT projects in regulated plants.', 'information-technology', true],
  ['Experience in an industrial or technology-driven environment.', 'manufacturing', true],
  // ... and a ruled surface composes apart only where its rule looks at the phrase's edges
  ['Responsible for asset and material management across data centers.', 'financial-services', false],
  // ... nor where the last item names an activity with the head: the others are parties to it
  ['Collaborate with operations, security, and external vendors.', 'cybersecurity-industry', false],
  ['Client and stakeholder engagement across the program.', 'consulting-it-services', false],
  // "head of A, B and C"
  ['Responsible for the management of risks, issues and dependencies.', 'dependency-management', true],
  ['Responsible for the management of risks, issues and dependencies.', 'issue-management', true],
  ['Handles the application of project management methods.', 'project-management-software', false],
  // ... also where one concept alone ends in the action noun
  ['Lead the introduction of new products in the retail division.', 'new-product-introduction', true],
  // Two items sharing the first one's modifier ("project planning and execution": project execution)
  ['Experience with project planning and execution.', 'program-execution', true],
  ['Knowledge of data modeling and analysis', 'data-analysis', true],
  ['Background in systems administration or engineering', 'systems-engineering', true],
  // ... but not in a longer list, whose items stand alone, nor for an industry
  ['Skills: product management, operations, and security', 'application-security', false],
  ['Experience with healthcare technology and services', 'consulting-it-services', false],
  // A verb whose action noun the items share
  ['Manage scope, schedule, cost and quality across releases.', 'cost-management', true],
  ['Manage scope, schedule, cost and quality across releases.', 'quality-management', true],
  ['Managed vendors and contracts for the data platform.', 'contract-management', true],
  ['Manage complex programs end to end', 'program-management', true],
  ['You will manage your schedule freely.', 'project-scheduling', false],
  ['Manage document inventory for the archive', 'logistics-supply-chain', false],
  ['Managing Director, Product Design and Delivery', 'delivery-management', false],
  ['Build teams that own their services', 'team-building', true],
  ['Use the pilot data to tell a story to the customer.', 'storytelling', true],
  ['Sync daily with the build team', 'team-building', false],
  // ... not a lone adjective first: it describes the noun the list ends on
  ['Manage operational and tactical data projects.', 'operations-management', false],
  ['Manage operations and vendors for the plant.', 'operations-management', true],
])('%j', (text, id, expected) => {
  it(expected ? `names ${id}` : `does not name ${id}`, () => {
    expect(found(text).has(id)).toBe(expected);
  });
});

describe('list evidence', () => {
  it.each([
    ['Own release, incident and change management.', 'incident-management', 'incident and change management'],
    ['Drive release, incident and problem management.', 'incident-management', 'incident and problem management'],
    // A pattern that ran through the list ("Manage release, incident") gives way to the name the list composes.
    ['Manage release, incident and change management.', 'incident-management', 'incident and change management'],
    ['Responsible for the management of risks, issues and dependencies.', 'dependency-management', 'management of risks, issues and dependencies'],
    ['Manage scope, schedule, cost and quality.', 'cost-management', 'Manage scope, schedule, cost'],
    ['Experience with project planning and execution.', 'program-execution', 'project planning and execution'],
    // A name the second item spells alone keeps its own evidence.
    ['Proficient in MS Office and Visio', 'microsoft-visio', 'Visio'],
  ])('%j: %s shows %j', (text, id, evidence) => {
    expect(found(text).get(id)).toContain(evidence);
  });

  it('is the item alone when the span to the head would be a clause', () => {
    const text = 'Experience in quality, risk, issue, dependency, vendor, budget and change management.';
    const evidence = found(text).get('quality-management') ?? [];
    expect(evidence).toEqual(['quality']);
  });
});

// Compounds, CamelCase and versions: each row a text and the concept it names, or must not.
describe.each([
  ['Our services run as micro-services.', 'microservices', true],
  ['Our services run as micro services.', 'microservices', true],
  ['Dashboards in PowerBI', 'power-bi', true],
  ['Pipelines in Git Lab', 'gitlab', true],
  ['Tickets live in Service Now.', 'servicenow', true],
  ['Practices Dev Sec Ops daily', 'devsecops', true],
  ['Audited for SOC2 and ISO27001', 'soc-2', true],
  ['Hands-on Python3 and Java 17', 'python', true],
  ['Services on Node.js 20', 'nodejs', true],
  ['Web apps in Angular 15', 'angular', true],
  ['A typical work day starts at nine.', 'workday', false],
  ['Build data based decisions', 'databases', false],
  ['We roll up status to leadership', 'layer-2-blockchains', false],
  ['We aim higher every year', 'edtech', false],
  ["Our team's work is visible to all", 'collaboration', false],
])('%j', (text, id, expected) => {
  it(expected ? `names ${id}` : `does not name ${id}`, () => {
    expect(found(text).has(id)).toBe(expected);
  });
});

describe('nameAfterSeparator: where the next name of a list starts', () => {
  /** The raw words at which each name after the first one starts, walking from the list's first word. */
  const namesAfter = (text: string) => {
    const tokens = tokenize(text);
    const gapBefore = (k: number) => text.slice(tokens[k - 1].end, tokens[k].start);
    const starts: string[] = [];
    for (let k = nameAfterSeparator(tokens, gapBefore, 0); k >= 0; k = nameAfterSeparator(tokens, gapBefore, k)) starts.push(tokens[k].raw);
    return starts;
  };
  it.each([
    ['Jira, Asana, Trello', ['Asana', 'Trello']],
    ['Jira, Asana, and Trello', ['Asana', 'Trello']],
    ['Jira and Asana or Trello', ['Asana', 'Trello']],
    ['Jira, Asana and/or Trello', ['Asana', 'Trello']],
    ['Jira / Asana & Trello', ['Asana', 'Trello']],
    ['Jira tickets', []],
    ['Jira. Asana, Trello', []],
  ])('%j', (text, expected) => {
    expect(namesAfter(text)).toEqual(expected);
  });
});
