import { describe, expect, it } from 'vitest';
import { analyze, findConcepts } from '../../src/index';

const ids = (text: string) => findConcepts(text).map((c) => c.id);

// A term named only to be negated, or as a goal, is not claimed: in postings and in resumes alike.
describe('negations and goals', () => {
  it.each([
    ['PMP not required.', 'pmp'],
    ['PMP certification is not required.', 'pmp'],
    ['No PMP needed for this role.', 'pmp'],
    ['Preparing for the PMP exam (target: next year).', 'pmp'],
    ['Working towards the PMP and the CSM.', 'pmp'],
    ['Currently pursuing PMP certification.', 'pmp'],
    ['Now transitioning into technical program management.', 'technical-program-management'],
    ['CSM (in progress)', 'csm'],
    ['Certified ScrumMaster (CSM) - in progress', 'csm'],
    ['Project Management Professional (PMP), in progress', 'pmp'],
    ['PMP - in progress', 'pmp'],
    ['Studying for the PMP.', 'pmp'],
    ["Pursuing a Master's degree in computer science.", 'masters-degree'],
    ['No prior Jira experience needed.', 'jira'],
    // "Not" as a contraction says it.
    ["A background in software engineering isn't required.", 'software-engineering'],
    ['Jira experience isn’t necessary.', 'jira'],
    ["You don't need a PMP to apply.", 'pmp'],
    ['Prior SAFe experience is not essential.', 'safe'],
    ["We don't build flashy prototypes.", 'prototyping'],
    ["You won't need a PMP to apply.", 'pmp'],
    // ... and "be" may stand between the "not" and what it denies.
    ['A PMP will not be required.', 'pmp'],
    ["Jira experience won't be needed.", 'jira'],
    // ... and a need denied reaches past its verb.
    ["You don't need to write code, but CI/CD should be familiar.", 'programming'],
    ['No need to know SQL for this role.', 'sql'],
  ])('%s does not claim %s', (text, id) => expect(ids(text)).not.toContain(id));

  it.each([
    ['PMP is a plus but not required.', 'pmp'],
    ['PMP preferred, not required.', 'pmp'],
    ['PMP certification is not required, but appreciated.', 'pmp'], // the sentence turns round
    ['PMP not mandatory but a plus.', 'pmp'],
    ['A PMP will be required.', 'pmp'],
    ['You will need to write SQL.', 'sql'],
    ['Must not be hindered by ambiguity.', 'navigating-ambiguity'],
    ['PMP certified since 2018; no gaps in delivery.', 'pmp'],
    ['Certified ScrumMaster (CSM), in 2019', 'csm'],
    ['Certified ScrumMaster (CSM) in progressive delivery teams', 'csm'],
    ['Partner with technical and non-technical stakeholders.', 'stakeholder-management'],
    ['Working with Jira and Confluence daily.', 'jira'],
    ['Passed the PMP exam while pursuing a new role.', 'pmp'],
    ['No travel required, and Jira expertise is a must.', 'jira'],
    ['Tools including but not limited to Jira and Confluence.', 'jira'],
    ['Led five teams transitioning to SAFe and Kanban.', 'safe'],
    ['Mentored aspiring program managers in Agile delivery.', 'agile-delivery'],
    ['We are hoping to find someone with deep Jira expertise.', 'jira'],
    ['Not only Jira: we also use Azure DevOps.', 'jira'],
    ['Experience with, not just exposure to, Kubernetes.', 'kubernetes'],
    ["Don't worry about a PMP: strong Jira skills matter more.", 'jira'],
    // a credential's goal takes away only a credential: what else the work prepares for or works toward is the work
    ['Prepare for the SOC 2 audit with the security team.', 'soc-2'],
    ['Prepare for the ISO 27001 certification audit.', 'iso-27001'],
    ['Help teams prepare for the GDS assessment.', 'gds-service-standard'],
    ['We are working towards ISO 27001 certification.', 'iso-27001'],
    ['Prepare for PI Planning with the release train.', 'pi-planning'],
    ['Working toward continuous delivery across the platform.', 'ci-cd'],
  ])('%s still claims %s', (text, id) => expect(ids(text)).toContain(id));

  it('weighs a requirement denied and then asked for after all as preferred', () => {
    const a = analyze('Requirements\n- 5+ years of program management\n- PMP certification is not required, but appreciated.\n- Jira');
    expect(a.terms.find((t) => t.id === 'pmp')?.job.importance).toBe('preferred');
  });

  it('weighs a requirement denied with a contraction and then asked for after all as preferred', () => {
    const a = analyze("Requirements\n- 5+ years of program management\n- A PMP isn't required, but it helps.\n- Jira");
    expect(a.terms.find((t) => t.id === 'pmp')?.job.importance).toBe('preferred');
  });

  it('keeps a negated requirement out of the posting terms', () => {
    const a = analyze('Requirements\n- 5+ years of program management\n- PMP not required\n- Jira');
    expect(a.terms.map((t) => t.id)).not.toContain('pmp');
    expect(a.terms.map((t) => t.id)).toContain('jira');
  });
});
