import { describe, expect, it } from 'vitest';
import { analysisSchema } from '../../src/analyze/analysis-schema';
import { resumeHeading } from '../../src/analyze/resume-sections';
import { analyze, findConcepts } from '../../src/index';

describe('resumeHeading', () => {
  it.each([
    ['PROFESSIONAL SUMMARY', 'summary'],
    ['Profile', 'summary'],
    ['CORE SKILLS', 'skills'],
    ['Technical Skills:', 'skills'],
    ['AREAS OF EXPERTISE', 'skills'],
    ['PROFESSIONAL EXPERIENCE', 'experience'],
    ['Work History', 'experience'],
    ['EDUCATION', 'education'],
    ['Certifications', 'certifications'],
    ['Licenses & Certifications', 'certifications'],
  ])('%s opens %s', (line, kind) => expect(resumeHeading(line)).toBe(kind));

  it.each(['- Led the skills matrix rollout', 'Senior Technical Program Manager | Northwind', 'Managed experience design projects for 3 years'])(
    '%s is content',
    (line) => expect(resumeHeading(line)).toBeUndefined(),
  );
});

const resume = `JANE DOE
SUMMARY
Program manager who builds clear roadmaps.
SKILLS
Jira, Kubernetes, Tableau
EXPERIENCE
Technical Program Manager | Acme
- Ran PI Planning for 6 Scrum teams and tracked dependencies in Jira.
CERTIFICATIONS
PMP, 2019`;

describe('resume strength', () => {
  const strength = Object.fromEntries(findConcepts(resume).map((c) => [c.id, c.strength]));
  it('is demonstrated in an experience bullet or job title', () => {
    expect(strength).toMatchObject({
      jira: 'demonstrated',
      'pi-planning': 'demonstrated',
      scrum: 'demonstrated',
      'technical-program-management': 'demonstrated',
    });
  });
  it('is listed when only a summary, skills or certifications line names it', () => {
    expect(strength).toMatchObject({ kubernetes: 'listed', tableau: 'listed', pmp: 'listed', 'roadmap-planning': 'listed' });
  });
  it('reaches the analysis additively, for concepts the resume names', () => {
    const a = analyze('Requirements\n- Jira\n- Kubernetes\n- SOC 2', resume);
    expect(() => analysisSchema.parse(a)).not.toThrow();
    const byId = Object.fromEntries(a.terms.map((t) => [t.id, t.resume]));
    expect(byId.jira).toMatchObject({ strength: 'demonstrated' });
    expect(byId.kubernetes).toMatchObject({ strength: 'listed' });
    expect(byId['soc-2']).toEqual({ count: 0, evidence: [] });
  });
  it('treats a bullet of a text without headings as demonstrated and a short list as listed', () => {
    const s = Object.fromEntries(findConcepts('Jira, Confluence, Tableau\n- Migrated 40 services to Kubernetes with 4 teams').map((c) => [c.id, c.strength]));
    expect(s).toMatchObject({ jira: 'listed', kubernetes: 'demonstrated' });
  });
  it('ends a skills list at an unknown heading, so the bullets under it count as shown', () => {
    const text =
      'Jane Doe\nSkills\nJira, AWS, Scrum, Tableau\nSelected Engagements\n- Ran Kanban and Jira boards for the ops team\nExperience & Projects\n- Built AWS landing zones';
    const s = Object.fromEntries(findConcepts(text).map((c) => [c.id, c.strength]));
    expect(s).toMatchObject({ tableau: 'listed', kanban: 'demonstrated', jira: 'demonstrated', aws: 'demonstrated' });
  });
});
