import { describe, expect, it } from 'vitest';
import { ACTING_GROUPS, ROLE_NOUNS } from '../../src/analyze/role-names';
import { analyze } from '../../src/index';

const posting = (line: string, title = 'Technical Program Manager') => `${title}\nAcme\n\nResponsibilities\n- ${line}\n- Keep the roadmap current.`;
const asks = (line: string, id: string, title?: string) => analyze(posting(line, title)).terms.some((t) => t.id === id);

describe('names of roles, teams and units in a posting', () => {
  it.each([
    // a practice or a technical area right before a team or role noun names whom, not what
    ['The Release Management group owns the calendar.', 'release-management', false],
    ['Align with the Risk Management office on controls.', 'risk-management', false],
    ['Coordinate with our Data Engineering team on the schema.', 'data-engineering', false],
    ['Partner with the Compliance team and the Quality Assurance department.', 'quality-assurance', false],
    ['You will work with Product Owners as well as UX team members.', 'ux-design', false], // "as well as" is no "as the role"
    // an executive's title runs into its unit with no "of" ("Vice President Vehicle Software")
    ['You report to the Vice President Vehicle Software and own the platform program.', 'vehicle-electronics', false],
    ['Deep vehicle software experience across ECUs and the platform program.', 'vehicle-electronics', true],
    // a phrasing whose verb is a word of a title written in capitals ("lead .. sessions" in "Lead Business Analyst")
    ['Support our Lead Business Analyst with requirements sessions.', 'meeting-facilitation', false],
    ['Keep the pipeline healthy with the Build Engineering team.', 'team-building', false], // the team noun in lowercase
    ['Lead requirements sessions with the business analysts.', 'meeting-facilitation', true],
    // a title's "Lead" opens no verb's pattern, so the right one after it stays ("chairing meetings")
    ['Act as deputy to the Team Lead when needed, chairing meetings and making decisions.', 'meeting-facilitation', true],
    ['Plan And Lead Release Meetings', 'meeting-facilitation', true], // a line in Title Case: "Lead" is its verb
    ['Hire and Build teams that own their services.', 'team-building', true], // one capitalized word: no name
    ['You will Coordinate Release Management activities.', 'release-management', true], // no role noun ends the name
    // a plural group before an -ing word and its object: the group acts ("teams building tools")
    ['Partner with product teams building AI features.', 'team-building', false],
    ['Support engineering teams building the next payments platform.', 'team-building', false],
    // a unit the role runs does the role's own work ("Lead the release management function"); one it works with does not
    ['Lead the release management function across the company.', 'release-management', true],
    ['Build out our Data Engineering team from three to ten people.', 'data-engineering', true],
    ['Partner with the Data Engineering team on the schema.', 'data-engineering', false],
    ['Lead the Release Management group in its weekly go/no-go.', 'release-management', true],
    ['Drive team building and morale across three sites.', 'team-building', true],
    ['Plan team building offsites for the squads.', 'team-building', true],
    // a pattern whose words are items of a list of teams ("security and privacy") names the teams
    ['Collaborate with the Security, Privacy and Compliance teams on launch reviews.', 'data-privacy', false],
    ['Collaborate with Security and Privacy teams on launch reviews.', 'data-privacy', false],
    ['Run the security and privacy reviews of each launch.', 'data-privacy', true],
    // a pattern whose last word runs on into a person's title, or follows one, ends inside the title ("escalate .. risk")
    ['Escalate blockers to the Chief Risk Officer.', 'risk-management', false],
    ['Escalate to the Head of Risk when a launch slips.', 'risk-management', false],
    ['Escalate risks to the Steering Committee.', 'risk-management', true],
    ['Identify risk owners and track their mitigations.', 'risk-management', true], // the risks' owners, in lowercase
    // a role the taxonomy names as a whole, held by someone else
    ['Report to the Program Manager for the payments area.', 'program-management', false],
    ['Work with Product Managers and Scrum Masters to plan quarters.', 'scrum-master', false],
    // a role the role works under: "under the direction|supervision|responsibility of" its holder
    ['Work under the direction of a Senior Project Manager on site surveys.', 'project-management', false],
    ['Under the direct responsibility of the Program Manager, you will run the ground segment.', 'program-management', false],
    ['Take responsibility for the program and grow as a Program Manager of large programs.', 'program-management', true],
    // a role named in a list of other people is one of them
    ['Stakeholders such as the Data Scientist, Scrum Master and Engineer review each release.', 'scrum-master', false],
    ['Each Engineer or Scrum Master reviews the release.', 'scrum-master', false],
    // the candidate's own roles, one after another
    ['Some background as a developer, tester or Scrum Master.', 'scrum-master', true],
    // a phrasing (not a name) after "Head of" or "reports to" names a unit too; a verb after "reports to" does not
    ['This role reports to the Head of Product and Delivery Management.', 'product-management', false],
    ['Develop reports to track issues, risks and overall status.', 'risk-management', true],
    // the same words as skills
    ['Drive risk management for the program.', 'risk-management', true],
    ['Experience in data engineering.', 'data-engineering', true],
    // the candidate's own role or team does the work of the role
    ['Experience as a Scrum Master for two teams.', 'scrum-master', true],
    // a sentence that introduces the role by its name asks for nothing by it
    ['As a Scrum Master at Acme, you will coach two teams.', 'scrum-master', false],
    ['Some background as a Scrum Master helps.', 'scrum-master', true],
    ['Join the Release Management team.', 'release-management', true],
    ['Our Data Engineering team is hiring a program lead.', 'data-engineering', true],
    // tools, methods and domains before a team noun still say how or where the work is done
    ['Coach Agile teams on planning.', 'agile', true],
    ['Build complex Excel functions.', 'microsoft-excel', true],
    ['Support government departments with digital services.', 'government', true],
    // an industry written as a name, owned by the employer ("the", "our"), a unit it heads or an item of a list
    // of teams, is one of its units; written as the trade it stays an industry
    ['Partner closely with the Payments team on launches.', 'payments', false],
    // a surface that ends in a team noun ("platform teams"), in the singular and written as a name, is one unit
    ['Improve our pipelines together with the Platform team.', 'platform-engineering', false],
    ['Move the workloads, working with the platform team on the rollout.', 'platform-engineering', false],
    ['Experience working with platform teams.', 'platform-engineering', true],
    ['Build out our platform team and its roadmap.', 'platform-engineering', true],
    ['You will report to the Head of Manufacturing.', 'manufacturing', false],
    ['Work closely with Engineering, Supply Chain and Legal on the rollout.', 'logistics-supply-chain', false],
    ['Experience in payments or healthcare is a plus.', 'payments', true],
    ['Ship software for a B2B organization.', 'b2b', true],
    ['Lead programs with healthcare teams across the region.', 'healthcare', true],
    // a name that runs on to a role noun names that role or team, however many of its words are capitalized
    ['Build programs that support Cloud Customer Engineers and Solutions Architects.', 'cloud-computing', false],
    ['Align with Data Engineering Platform leads on the schema.', 'data-engineering', false],
    // "and" inside such a name joins two of its capitalized words; in lowercase it still parts two skills
    ['Ensure the Infrastructure and Application teams sign off each change.', 'infrastructure', false],
    ['Share the plan with the Hardware Systems and Infrastructure organization.', 'hardware', false],
    ['Lead infrastructure and application projects for the bank.', 'infrastructure', true],
    ['Hands-on experience with Cloud Computing Platforms.', 'cloud-computing', true],
    // an acronym in brackets between the name and the role noun is the name's own
    ['The Cloud Infrastructure Decommission (CID) team is tasked with the planning of each exit.', 'system-decommissioning', false],
    ['The Silicon and Infrastructure Engineering (SCHIE) organization designs the platforms.', 'infrastructure', false],
    ['Experience with Infrastructure as Code (IaC) and the platform team.', 'infrastructure-as-code', true],
    // one person so named may be the candidate
    ['Are you an experienced Hardware Project Manager?', 'hardware', true],
    ['Grow into a Data Platform Product Manager within two years.', 'data-engineering', true],
    // held by someone else ("with the", "to our"), the one person is a colleague, and the unit a title is "for" is theirs
    ['Work with the Data Platform Product Manager on the schema.', 'data-engineering', false],
    ['Partner with the Senior Program Manager for Payments to plan releases.', 'payments', false],
    ['Experience as a Program Manager for payments platforms.', 'payments', true],
    // names of units in capitals, the last one a team's, in a sentence written in lowercase; in lowercase they are work
    ['Interact with Enterprise Process Excellence, Program Management, Quality Assurance and Global Technology teams.', 'quality-assurance', false],
    ['Drive quality assurance, release management and test automation for the platform teams.', 'quality-assurance', true],
    ['Interacts with Sales, Failure Investigation, Manufacturing and Engineering on defects.', 'manufacturing', false],
    ['Experience in manufacturing and engineering environments.', 'manufacturing', true],
    // a role's holder served ("Program Manager guidance") is someone else; "Program Manager experience" is the candidate's
    ['Provide Program Manager guidance in creating release artifacts.', 'program-management', false],
    ['Offer Scrum Master coaching to new teams.', 'scrum-master', false],
    ['Five years of Program Manager experience.', 'program-management', true],
    // a list that goes on to "other" functions, teams or people names them in every item; other things stay work
    ['Support initiatives across PM, UX, Engineering and other functions.', 'ux-design', false],
    ['Plan launches across Marketing, Quality Assurance and other teams.', 'quality-assurance', false],
    ['Own UX, research and other design work for the app.', 'ux-design', true],
    // a degree's acronym in the plural after a team noun names people; elsewhere degrees
    ['Work beside a team of PhDs and MBAs on pricing models.', 'phd', false],
    ['Many program managers later pursue MBAs.', 'mba', true],
    // a phrasing stays a skill, whatever team it names: working with product management is the labels' skill too
    ['Partner closely with the Product Management team on launches.', 'product-management', true],
    ['Collaborate closely with Engineering, Finance and Legal on launches.', 'cross-functional-leadership', true],
    ['Within the Change and Release Management team, you will own the calendar.', 'change-management', true],
    ['Coordinate with Internal Audit, Risk and Legal teams on findings.', 'audit-readiness', true],
  ])('"%s": %s counted: %s', (line, id, counted) => {
    expect(asks(line, id)).toBe(counted);
  });

  it("keeps the skills of the posting's own role, named by its title", () => {
    const line = 'The Release Management Lead owns every go-live.';
    expect(asks(line, 'release-management', 'Release Management Lead')).toBe(true);
    expect(asks(line, 'release-management', 'Technical Program Manager')).toBe(false);
  });

  it.each([
    // someone else holds the posting's own title: "with", "to", "support" right before it; only the title names it
    ['Works closely with Scrum Master on the backlog.', 'title'],
    ['Reports to the Scrum Master of the platform team.', 'title'],
    // several holders are colleagues, whatever the candidate's own title
    ['Mentor and guide the Scrum Masters, coaches and analysts.', 'title'],
    // the candidate holds it: the body names it, and the title's words give way to the body's
    ['You have worked as Scrum Master for two teams.', 'body'],
    ['The Scrum Master runs the retrospectives.', 'body'],
  ])('in a Scrum Master posting, "%s": counted once, in the %s', (line, where) => {
    const term = analyze(posting(line, 'Scrum Master')).terms.find((t) => t.id === 'scrum-master');
    expect(term?.job.count).toBe(1);
    expect(term!.job.spans![0].start < 'Scrum Master'.length).toBe(where === 'title');
  });

  it('counts job titles on a resume: there they show the skill', () => {
    const a = analyze(
      posting('Release management for mobile apps.'),
      'Experience\nRelease Management team lead, Acme, 2019-2023\n- Ran weekly go/no-go meetings',
    );
    expect(a.terms.find((t) => t.id === 'release-management')).toMatchObject({ status: 'covered', resume: { evidence: ['Release Management'] } });
  });

  it.each([
    ['- Defined technical standards and collaborated with QA, product, and design teams.', false],
    ['- Worked closely with Engineering, QA and Legal on every launch.', false],
    ['- Led the QA team through three releases.', true],
    ['- Owned QA and release sign-off for the mobile apps.', true],
  ])('on a resume, a discipline among the teams worked with is no work done: "%s" shows QA: %s', (line, shown) => {
    const a = analyze(posting('Quality assurance of every release.'), `Experience\nProject Manager, Acme, 2019-2023\n${line}`);
    expect(a.terms.find((t) => t.id === 'quality-assurance')?.status === 'covered').toBe(shown);
  });

  it('documents every role noun with an example that uses it', () => {
    for (const { words, example } of ROLE_NOUNS) expect(words.some((w) => example.toLowerCase().includes(` ${w}`))).toBe(true);
  });
});

describe("the employer's name", () => {
  const text = (company: string, line: string) => `Deployment Manager\nCompany: ${company}\n\nResponsibilities\n- ${line}`;
  const counted = (company: string, line: string, id: string) => analyze(text(company, line)).terms.some((t) => t.id === id);
  it.each([
    // a concept's words inside the employer's name name the employer or its product
    ['Contoso Security', 'Show customers how to use the Contoso Security Platform.', 'security-infrastructure', false],
    // the same words outside the name are a skill
    ['Contoso Security', 'Design the security platform for payments.', 'security-infrastructure', true],
    // a one-word name is too often a plain word to look for
    ['Platform', 'Design the security platform for payments.', 'security-infrastructure', true],
  ])('at %s, "%s": %s counted: %s', (company, line, id, expected) => expect(counted(company, line, id)).toBe(expected));

  it("knows the name from a board's line of the company and its place", () => {
    const posting =
      'Technical Project Manager\nAgile Data Systems · Denver, CO\n\nAgile Data Systems builds billing platforms for utilities.\n\nRequirements\n- Jira';
    const ids = analyze(posting).terms.map((t) => t.id);
    expect(ids).not.toContain('data-engineering');
    expect(ids).toContain('jira');
  });
});

describe('a group acting', () => {
  it('documents its words with an example that holds', () => {
    const { line, concept } = ACTING_GROUPS.example;
    expect(asks(line, concept)).toBe(false);
    expect(asks('Organise team building for the new squad.', concept)).toBe(true);
  });
});
