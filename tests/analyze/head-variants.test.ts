import { describe, expect, it } from 'vitest';
import { analyze, findConcepts } from '../../src/index';
import { HEAD_GROUPS } from '../../src/analyze/head-variants';

const evidenceOf = (text: string, id: string) => findConcepts(text).find((c) => c.id === id)?.evidence ?? [];

// Each row: a sentence, a concept, the words that should name it (or none), as a reader would say.
describe.each([
  // A near-synonymous head after a modifier the taxonomy pairs with another head of the group
  ['Experience with distributed applications at scale.', 'distributed-systems', 'distributed applications'],
  ['Own the application design for the billing service.', 'software-architecture', 'application design'],
  ['Manage projects for physical security systems such as cameras.', 'security-infrastructure', 'security systems'],
  // ... not "solutions", a sales word: "scalable solutions" are no scalable systems
  ['Deliver scalable solutions for clients.', 'scalability', undefined],
  // ... not a modifier the taxonomy never pairs with the group
  ['Support the sales systems of the region.', 'enterprise-it', undefined],
  // An industry's head: environment, space, sector... stand for one another after an industry's modifier
  ['Experience in an academic or publishing environment.', 'media-streaming', 'publishing environment'],
  ['Five years managing technical projects in the Space Sector.', 'aerospace', 'Space Sector'],
  ['Channel sales roles in the business technology market.', 'information-technology', 'technology market'],
  // ... where the head ends its noun phrase: environment monitoring is no software industry
  ['Aware of hardware and software environment monitoring benefits.', 'enterprise-software', undefined],
  // ... and not "domain": "security domain knowledge" is a field of knowledge, no security industry
  ['Programs that require security domain knowledge.', 'cybersecurity-industry', undefined],
  // ... nor where the sentence rules it out
  ['Knowledge of distributed applications is not required.', 'distributed-systems', undefined],
  // A grasp of a field: depth, understanding stand for acumen after the field the taxonomy names
  ['This role requires technical depth in system architecture.', 'technical-acumen', 'technical depth'],
  ['Leverage business understanding to shape the roadmap.', 'business-acumen', 'business understanding'],
  // ... not knowledge, which asks for what is known ('technical knowledge of networks')
  ['Apply technical knowledge in a fast-moving environment.', 'technical-acumen', undefined],
  ['Leverage business knowledge to shape the roadmap.', 'business-acumen', undefined],
  // ... where the head ends its phrase: a depth gauge is no acumen
  ['Plan the technical depth gauge rollout to the vendor.', 'technical-acumen', undefined],
  // ... and a surface of its own keeps its rule: "Technical Expertise" counts only as written in lowercase
  ['Technical Expertise', 'technical-acumen', undefined],
  ['Deep technical knowledge is not required.', 'technical-acumen', undefined],
  // Managing a thing: oversight, engagement, administration, governance after the thing stand for its management
  ['Drive vendor engagement for the data center builds.', 'vendor-management', 'vendor engagement'],
  // ... though a pattern's span holds its first word ("Manage vendor" of 'manage .. vendors')
  ['Manage vendor engagement for the new sites.', 'vendor-management', 'vendor engagement'],
  // ... and a pattern's span of the concept that holds the whole compound counts it once ('vendor .. performance')
  ['Review vendor engagement and performance each quarter.', 'vendor-management', 'vendor engagement and performance'],
  ['Own performance oversight for the support teams.', 'performance-management', 'performance oversight'],
  ['Own stakeholder coordination for the launch.', 'stakeholder-management', 'stakeholder coordination'],
  // ... a surface of its own keeps its concept ("cost management", "stakeholder engagement")
  ['Lead cost management for the program.', 'cost-management', 'cost management'],
  // ... where the head ends its phrase: "performance oversight model" is about a model (a vendor's would still name
  // vendor management: bare "vendor" does)
  ['Define the performance oversight model.', 'performance-management', undefined],
])('%s', (text, id, words) => {
  it(words ? `names ${id} by "${words}"` : `does not name ${id}`, () => {
    expect(evidenceOf(text, id)).toEqual(words ? [words] : []);
  });
});

describe('head variants', () => {
  it('leave the name of a team alone, as its surface would', () => {
    const posting = 'Technical Program Manager\nAcme\n\nWhat you will do:\n- Partner with the Distributed Applications team on releases.\n';
    expect(analyze(posting).terms.map((t) => t.id)).not.toContain('distributed-systems');
  });

  it('group heads that a posting may swap, each head in one group', () => {
    const heads = HEAD_GROUPS.flatMap((g) => g.heads);
    expect(new Set(heads).size).toBe(heads.length);
    for (const group of HEAD_GROUPS) expect(group.example).toMatch(/=/);
  });
});
