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
    // Built from section nouns and modifiers (src/analyze/resume-headings.ts): the head noun decides.
    ['SUMMARY OF QUALIFICATIONS', 'summary'],
    ['Experience Summary', 'summary'],
    ['Skills and Certifications', 'skills'],
    ['Education & Certifications', 'education'],
    ['Key Achievements', 'experience'],
    ['Volunteer Work', 'experience'],
    ['CAREER', 'experience'],
    ['Top Skills', 'skills'], // a LinkedIn profile saved as PDF
    ['Honors-Awards', 'other'],
    ['Contact', 'other'],
    ['Career Summary', 'summary'],
    ['Professional Certifications', 'certifications'],
    ['Trainings', 'education'],
    ['Tech Stack', 'skills'],
    ['Languages', 'skills'],
    ['Awards & Honors', 'other'],
    ['Scholarships and Awards', 'other'],
    ['Academic Background', 'education'],
    ['Professional Experience (continued)', 'experience'],
    ['CLOUD & DEVOPS SKILLS', 'skills'], // an unknown qualifier, in capitals
    ['Program Management Experience:', 'experience'], // or with a colon
    // Decorated and letter-spaced, as PDF templates print them.
    ['◆ EXPERIENCE', 'experience'],
    ['EXPERIENCE —', 'experience'],
    ['E X P E R I E N C E', 'experience'],
    ['P R O F E S S I O N A L   S U M M A R Y', 'summary'],
    ['Digital skills', 'skills'], // a Europass CV's skill groups
    ['Organisational / managerial skills', 'skills'],
    ['IT skills', 'skills'],
  ])('%s opens %s', (line, kind) => expect(resumeHeading(line)).toBe(kind));

  it.each([
    '- Led the skills matrix rollout',
    'Senior Technical Program Manager | Northwind',
    'Managed experience design projects for 3 years',
    // Skill items in Title Case are no headings, though they end in a section noun or are made of modifiers.
    'Customer Experience',
    'Cloud Platforms',
    'Cloud & DevOps Skills',
    'Program Management',
    'Leadership',
    'Director, Customer Experience',
    '• Skills',
    'Project Management Professional', // a certification's name
    'HEAD OF TRAINING', // a job title in capitals
    'DIRECTOR OF ENGINEERING PROJECTS',
    'Project Management',
    'Led training for 40 engineers',
  ])('%s is content', (line) => expect(resumeHeading(line)).toBeUndefined());
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
  it('reads an untitled summary above the first heading as listed, a bullet there as shown', () => {
    const text =
      'Jane Doe\nProgram manager who plans cloud programs and keeps Tableau reports for every steering group.\n- Moved 40 services to AWS in six months.\nExperience\n- Ran Jira for 3 teams';
    const s = Object.fromEntries(findConcepts(text).map((c) => [c.id, c.strength]));
    expect(s).toMatchObject({ tableau: 'listed', aws: 'demonstrated', jira: 'demonstrated' });
  });
  it('starts experience at a job line with dates where no heading says so', () => {
    const untitled = [
      'JORDAN BLAKE',
      'Program manager who keeps Tableau reports for every steering group and plans with Jira.',
      'Program Manager, Finch Robotics, 2018 - Present',
      'Moved forty services to AWS with four teams',
      'WHERE I HAVE WORKED BEFORE',
      'Project Lead, Otter Labs, Jan 2014 – Dec 2017',
      'Ran Kanban for the support team',
      'SKILLS',
      'Terraform, Smartsheet',
      'EDUCATION',
      'B.S. Computer Science, 2010 - 2014',
    ].join('\n');
    const s = Object.fromEntries(findConcepts(untitled).map((c) => [c.id, c.strength]));
    expect(s).toMatchObject({ tableau: 'listed', jira: 'listed', aws: 'demonstrated', kanban: 'demonstrated', terraform: 'listed' });
    expect(s['computer-science-degree']).toBe('listed');
  });
  it.each([
    // [unknown heading after a skills list, the line under it, strength]
    ['\nOpen Source', '• Jira', 'listed'],
    ['\nOpen Source', '– Risk management', 'listed'],
    ['\nOpen Source', '• Risk management and Jira', 'listed'],
    ['\nOpen Source', '• Tracked Jira weekly', 'demonstrated'], // short, but a sentence: a past verb
    ['\nOpen Source', '• Ran the Jira rollout.', 'demonstrated'], // or a full stop
    ['\nOpen Source', '• Jira, Confluence, Tableau.', 'listed'], // a list, full stop or not
    ['\nOpen Source', '• Built the Jira workflow for four teams', 'demonstrated'],
    ['\nOpen Source', 'Jira, Confluence, Tableau', 'listed'],
    ['\nOpen Source', 'Governance: Jira, Change Management, Vendor Management', 'listed'], // a label and its list
    ['\nOpen Source', 'Rolled out Jira to the finance and legal teams over one quarter', 'demonstrated'],
    ['OPEN SOURCE', '• Built the Jira workflow for four teams', 'demonstrated'], // capitals: a heading without a blank line
    ['Open Source:', '• Built the Jira workflow for four teams', 'demonstrated'],
    // A Title Case line inside the list, with no blank line before it, is a label or a wrapped item: still the list.
    ['Open Source', '• Built the Jira workflow for four teams', 'listed'],
    ['ART Sync)', 'Rolled out Jira to the finance and legal teams over one quarter', 'listed'],
  ])('after a skills list, %j then %j: %s', (heading, line, strength) => {
    const s = Object.fromEntries(findConcepts(`Skills\nTableau\n${heading}\n${line}`).map((c) => [c.id, c.strength]));
    expect(s[line.includes('Jira') ? 'jira' : 'risk-management']).toBe(strength);
  });
  it('ends a skills list at an unknown heading, so the bullets under it count as shown', () => {
    const text =
      'Jane Doe\nSkills\nJira, AWS, Scrum, Tableau\nSelected Engagements\n- Ran Kanban and Jira boards for the ops team\nExperience & Projects\n- Built AWS landing zones';
    const s = Object.fromEntries(findConcepts(text).map((c) => [c.id, c.strength]));
    expect(s).toMatchObject({ tableau: 'listed', kanban: 'demonstrated', jira: 'demonstrated', aws: 'demonstrated' });
  });
});

// Layouts seen in resumes nobody had tuned on (issue 9): a template's closing part of labelled lists, school names
// in capitals with their place and years on the lines below, and an award's years. The texts are written here.
describe('resume strength on parts that are no experience', () => {
  const strengthsOf = (text: string) => Object.fromEntries(findConcepts(text).map((c) => [c.id, c.strength]));
  const additional = [
    'PAT QUINN',
    'PROFESSIONAL EXPERIENCE',
    'Technical Program Manager',
    '• Ran the Kubernetes migration for nine services across three data centers',
    'ADDITIONAL INFORMATION',
    '• Program Management: Work Breakdown Structures, Resource Planning, Smartsheet, Confluence',
    '• Technical Skills: Python, Terraform, Amazon Web Services (AWS), Tableau',
    '• Volunteer: Taught Python and Tableau basics to 40 high-school students every summer',
    '• Owned the SOC 2 program: mapped 85 controls, ran access reviews',
  ].join('\n');
  it('reads a bullet that is a Title Case label and its list as listed, however long', () => {
    expect(strengthsOf(additional)).toMatchObject({
      smartsheet: 'listed',
      confluence: 'listed',
      terraform: 'listed',
      aws: 'listed',
      kubernetes: 'demonstrated',
    });
  });
  it('keeps a bullet that is a sentence after its colon, or whose words before the colon are no label, as shown', () => {
    expect(strengthsOf(additional)).toMatchObject({ python: 'demonstrated', 'soc-2': 'demonstrated' });
  });
  it('reads a school written in capitals, with its place and years below, as part of education', () => {
    const text = [
      'EXPERIENCE',
      'Project Manager, Finch Robotics, 2018 - Present',
      '- Ran Scrum for two teams',
      '',
      'EDUCATION',
      '',
      'NORTHBRIDGE STATE UNIVERSITY',
      'Portland, OR',
      '2008–2012',
      'Bachelor of Science in Computer Science',
      '',
      'Harbor Data Academy',
      'Certificate in Data Analytics, 2016',
    ].join('\n');
    expect(strengthsOf(text)).toMatchObject({ 'computer-science-degree': 'listed', 'data-analytics': 'listed', scrum: 'demonstrated' });
  });
  it('still ends education at an unknown heading whose bullets show', () => {
    const text = 'EDUCATION\nB.S. Computer Science, 2012\n\nOpen Source\n- Built the Terraform modules for a CNCF project in 2021';
    expect(strengthsOf(text).terraform).toBe('demonstrated');
  });
  it("reads a British CV's qualifications after the jobs, and its trainings, as listed", () => {
    const text = [
      'Career history',
      'Programme Manager, 2019 – present',
      '• Ran the Jira rollout for 12 teams',
      '',
      'Qualifications',
      'PRINCE2 Practitioner (AXELOS), 2010',
      'ITIL 4 Foundation, 2020',
      '',
      'Trainings',
      '2019 SAFe 4 Agilist',
    ].join('\n');
    expect(strengthsOf(text)).toMatchObject({
      jira: 'demonstrated',
      'prince2-practitioner': 'listed',
      'itil-certification': 'listed',
      'safe-agilist': 'listed',
    });
  });
  it("reads a two-column design's sidebar headings among the jobs as no end of them", () => {
    const text = [
      'SKILLS',
      'E X P E R I E N C E',
      'Program Planning',
      'Senior Program Manager',
      'Halden Home | Manchester | Jan 2021 – Present',
      '▪ Built the integrated master schedule in Smartsheet across firmware and cloud teams.',
      'TOOLS',
      'Confluence',
      'LANGUAGES',
      'English (native)',
      'Program Manager',
      'Vela Mobility | Coventry | Mar 2018 – Dec 2020',
      'French (conversational)',
      '▪ Introduced Kanban for the firmware team and Jira dashboards for defect tracking.',
    ].join('\n');
    expect(strengthsOf(text)).toMatchObject({ smartsheet: 'demonstrated', confluence: 'listed', kanban: 'demonstrated', jira: 'demonstrated' });
  });
  it("reads a Europass CV's skill groups after its jobs as listed, each bullet a claim and no deed", () => {
    const text = [
      'WORK EXPERIENCE',
      '01/2019 – Present',
      'Delivery Manager',
      '▪ Introduced Kanban flow metrics for three squads',
      'PERSONAL SKILLS',
      'Organisational / managerial skills',
      '▪ conflict resolution and negotiation with suppliers',
      'Digital skills',
      '▪ Jira, Confluence, Miro, Azure DevOps, MS Project',
      '▪ good command of SQL and Power BI',
    ].join('\n');
    expect(strengthsOf(text)).toMatchObject({ kanban: 'demonstrated', negotiation: 'listed', confluence: 'listed', sql: 'listed' });
  });
  it("reads a job's wrapped sentence among a flattened sidebar's skills as shown, the skills alone as listed", () => {
    const text = [
      'PROFESSIONAL EXPERIENCE',
      'Vireo Telecom | London | Sep 2020 – Present',
      'SKILLS',
      '• Cut failed changes from 11% to 2.5% by adding automated quality gates',
      'Release Management',
      'to GitLab CI/CD pipelines and a go/no-go checklist signed off at the change board.',
      'Stakeholder Management',
      'Ansible',
    ].join('\n');
    expect(strengthsOf(text)).toMatchObject({ gitlab: 'demonstrated', ansible: 'listed', 'stakeholder-management': 'listed' });
  });
  it("starts the jobs at a job's dated line under the sidebar's list, where the jobs' heading ran beside an item", () => {
    const text = [
      'SKILLS PROFILE',
      'Project Planning IT project manager with 11 years delivering ERP programmes.',
      'Supplier Management EXPERIENCE',
      'Agile / Scrum Halcyon Retail Group | Mar 2020 – Present | Manchester',
      'Smartsheet • Managed a £3.4M budget with monthly forecasts to the steering',
      'ServiceNow committee; ran the supplier tender and negotiated SLAs.',
    ].join('\n');
    expect(strengthsOf(text)).toMatchObject({ 'budget-management': 'demonstrated', 'project-planning': 'listed' });
  });
  it('lists what a labelled line files under a list section, wherever it stands; a highlight of the job stays shown', () => {
    const text = [
      'EXPERIENCE',
      'Ironbridge Defense Systems — Sr TPM | 2020–pres | Atlanta',
      '- Led 4-team SAFe ART; PI planning x10; 30% faster releases.',
      'Skills: Kanban · Jira',
      'Highlights: Migrated CI/CD to GitLab and Ansible in 7 months.',
      'CERTS: PMP | CSM | Security+',
      "EDU: BS Ind. Eng., Georgia Tech '11",
    ].join('\n');
    expect(strengthsOf(text)).toMatchObject({ safe: 'demonstrated', kanban: 'listed', jira: 'listed', gitlab: 'demonstrated', pmp: 'listed', csm: 'listed' });
  });
  it('reads a list of items apart by middle dots or code marks under a list heading after the jobs as listed, not as a sentence', () => {
    const text = [
      '## Experience',
      '### Quillstack — Senior TPM (2021–present)',
      '- Coordinated the Terraform module consolidation across 6 platform teams.',
      '## Tech',
      '`Terraform` `Kubernetes` `Helm` `ArgoCD` `Prometheus` `Grafana` `Go` `Python`',
      '## Languages',
      'Polish (native) · English (C2) · German (B1, improving)',
    ].join('\n');
    expect(strengthsOf(text)).toMatchObject({ terraform: 'demonstrated', helm: 'listed', prometheus: 'listed', 'english-proficiency': 'listed' });
  });
  it("starts no job at the years a summary's sentence names", () => {
    const text = ['Summary', 'Delivery lead for retail platforms, 2015 – present, across ERP, payments and store systems; I ran Jira for nine squads.'].join(
      '\n',
    );
    expect(strengthsOf(text)).toMatchObject({ jira: 'listed' });
  });
  it('starts no job at the years of an award under a heading we know', () => {
    const text = 'Experience\n- Ran Jira for 3 teams\nScholarships and Awards\nKubernetes Community Award, 2019 - 2020';
    expect(strengthsOf(text)).toMatchObject({ jira: 'demonstrated', kubernetes: 'listed' });
  });
});
