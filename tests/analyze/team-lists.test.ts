import { describe, expect, it } from 'vitest';
import { FORUM_ENDINGS, TEAM_LIST_CUES } from '../../src/analyze/role-names';
import { analyze } from '../../src/index';

const posting = (line: string, title = 'Technical Program Manager') => `${title}\nAcme\n\nResponsibilities\n- ${line}\n- Keep the roadmap current.`;
const asks = (line: string, id: string, title?: string) => analyze(posting(line, title)).terms.some((t) => t.id === id);

describe('lists of teams, people and units are not skills', () => {
  it.each([
    // a team noun opens the list
    ['Plan builds with the engineering teams (Software, Hardware, Test) and product teams.', 'software-testing', false],
    // ... or people do
    ['Brief the stakeholders (Business Development, UX, Marketing) weekly.', 'business-development', false],
    ['Brief the partners (Business Development, UX, Marketing) weekly.', 'ux-design', false],
    ['Sync with the delivery teams, including product management, finance and security.', 'product-management', false],
    ['Act as the link between the teams involved, like Billing, CRM and Account Management.', 'customer-partner-management', false],
    // the list ends in a team noun
    ['Brief the Legal, Quality Assurance and Security teams every week.', 'quality-assurance', false],
    ['Plan releases in cooperation with Product Management, Development and Testing teams.', 'product-management', false],
    // ... whose items are names with a name's words glued before the skill's ("Platform Firmware")
    ['Drive weekly reviews with the Post-Silicon Validation, Platform Firmware, Board Design and Product Engineering teams.', 'firmware', false],
    ['Brief the Platform Firmware, Legal and Security teams.', 'firmware', false],
    ['Strong Platform Firmware and board design experience.', 'firmware', true], // no list of teams
    // ... or with functions glued before it, in lowercase
    ['Foster communication among various teams, including engineering product management, operations, and business development.', 'product-management', false],
    ['Bring strong stakeholder management, budgeting and planning skills.', 'stakeholder-management', true], // no function glued
    // ... of more words, and with the sentence going on after it
    ['Our data science, security and cloud infrastructure teams ship every week.', 'data-science', false],
    ['Our data science, security and infrastructure teams ship every week.', 'information-security', false],
    ['Build our accounting platform, saving finance teams time and money.', 'finance-accounting', true], // a clause, no list
    // a head word shared over the list ("release, incident and problem management") names teams too
    ['Sync with the release, incident and problem management teams.', 'release-management', false],
    ['Brief the risk, issue and change management teams every week.', 'risk-management', false],
    // whom the role works with, a list that names a plain function
    ['Work closely with Engineering, Product Management, QA and Sales.', 'quality-assurance', false],
    ['Drive alignment between engineering, product, UX and support on each release.', 'ux-design', false],
    ['Build strong relationships with Product Management, Design and Engineering.', 'product-management', false],
    ['Drive partnerships with Product Management, Product Delivery and Program Management.', 'product-management', false],
    ['Experience with Product Management, Program Management and Delivery.', 'product-management', true],
    ['Keep stakeholders across finance, risk management and legal informed.', 'risk-management', false],
    // several names written as names, whom the role works with, gets input from or reports to
    ['Bring together stakeholders from Clinical Operations, Regulatory Affairs and Supply Chain.', 'logistics-supply-chain', false],
    ['Gather input from Customer Success, Account Management and Product Marketing.', 'customer-partner-management', false],
    ['Report progress to Risk Management and Internal Audit every month.', 'risk-management', false],
    ['Serve as the bridge between Cybersecurity, Network Engineering and Data Platform.', 'network-engineering', false],
    // ... after a bare "work with" too, where they are written as names; a determiner may open the last one
    ['You will work with Platform Engineering, Security and Clinical Operations.', 'platform-engineering', false],
    ['Work with Quality Assurance to plan computer system validation.', 'quality-assurance', false], // one department
    // ... as after any "with" but one that makes it a skill or a rule kept to
    ['Run blameless post-mortems with Site Reliability Engineering after major incidents.', 'site-reliability-engineering', false],
    // a short line with one function word is in sentence case too when its other words are in lowercase
    ['Maintain healthy backlogs together with Product Management.', 'product-management', false],
    ['Product Backlog Management With Product Management', 'product-management', true],
    ['Brief Platform Engineering, Clinical Operations and our Customer Success team weekly.', 'life-sciences', false],
    // ... or one name of several words written as a name, whom the role works closely with or partners with
    ['Report to the Senior Manager of Implementation and work closely with Customer Success.', 'customer-partner-management', false],
    ['Partner with Site Reliability Engineering on every launch.', 'site-reliability-engineering', false],
    ['Partner with the PMO on project intake.', 'pmo', true], // an acronym alone: the role knows how a PMO works
    ['Hand customers off to Customer Success after go-live.', 'customer-partner-management', false],
    ['Reconcile the site plan with forecasted demand from Capacity Planning.', 'capacity-planning', false],
    ['Manage the capacity plan together with Supply Chain and Data Center Operations.', 'logistics-supply-chain', false],
    ['You will work hand in hand with product, security and compliance.', 'security-compliance', false],
    // ... or names written as names after any "with", one of them a plain function
    ['Run tabletop drills with Legal, Incident Management and Support.', 'incident-management', false],
    ['Own the launch checklist with Marketing, Retail and Customer Care.', 'customer-support', false],
    ['Own the checklist with Marketing and Customer Care, covering localization.', 'customer-support', false], // a clause after it
    ['Plan GPU deliveries and cluster bring-ups with Data Center Operations and NVIDIA account teams.', 'data-centers', false],
    // ... or names that something between teams spans: dependencies across them, or teams across them
    ['Manage cross-team dependencies across Networking, Storage, Security and Capacity Engineering.', 'network-engineering', false],
    ['Coordinate ten engineering teams across Ads Backend, Data Science and Privacy Engineering.', 'data-science', false],
    ['Map the handoffs between Site Reliability Engineering and Customer Support.', 'site-reliability-engineering', false],
    ['Experience with Risk Management and Change Management.', 'risk-management', true], // what one has experience with
    ['Partner with Engineering, IT, OT, cybersecurity, and field operations on the design.', 'operational-technology', false], // "IT" the department
    // an industry among teams is a unit, however the line is written
    ['Experience with cross-functional teams (Product, Engineering, Marketing, Operations, Customer Care).', 'customer-support', false],
    // people of the teams: stakeholders such as the teams, or the teams' stakeholders
    ['Align key stakeholders such as Legal, Procurement and Risk Management.', 'risk-management', false],
    ['Working with Treasury, Investment Banking, and Asset Management stakeholders.', 'banking', false],
    // a list whose last item ends in teams or leaders, whom the role works with
    ['Align with the risk management and internal audit functions on control testing.', 'risk-management', false],
    ['Sync weekly with data science and customer success leaders.', 'data-science', false],
    // a phrasing that ends inside such a list ("coordinate .. release", "plan .. deployment")
    ['Coordinate with quality assurance and release management teams before each cutover.', 'release-management', false],
    ['Partner closely with Engineering, Testing, Planning, and Deployment teams.', 'deployment-management', false],
    // ... or ends the list of units worked with ("coordinate .. audit", "manage .. risk")
    ['Coordinate with Information Security, Risk and Audit on control requirements.', 'audit-readiness', false],
    ['Manage stakeholders across Retail, Treasury, Operations and Risk.', 'risk-management', false],
    // people: a plural person noun ends the name
    ['Lead a team of developers, business analysts and testers.', 'business-analysis', false],
    ['Pair with the Agile coaches on the rollout.', 'agile-coaching', false],
    ['Support the Scrum Master in sprint planning.', 'scrum-master', false],
    // a unit in someone's title, or the unit one reports into
    ['Report to the Director of Product Development.', 'product-development', false],
    ['This role is reporting into Release Management.', 'release-management', false],
    ['Own weekly status reporting to executives, and RAID log management.', 'raid-log', true], // not the unit reported to
    ['Report to the Practice Manager, Release Management.', 'release-management', false], // a title, a comma, its unit
    ['Agree the scope with the Director, Product Development.', 'product-development', false],
    ['Partner with the Release Management, Practice Delivery team on cutovers.', 'release-management', false], // two names, then the team noun
    // the same words as skills
    ['Own risk management, vendor management and quality assurance for the program.', 'quality-assurance', true],
    ['Run release, incident and problem management for the platform.', 'release-management', true],
    ['Establish relationships with multiple vendors, managing scopes, delivery, cost, quality, and EHS.', 'cost-management', true],
    ['Own risk, issue and change management for the program.', 'risk-management', true],
    ['Experience working with data, analytics and reporting tools.', 'data-analytics', true],
    ['Experience working with Platform Engineering, Data Engineering and MLOps.', 'platform-engineering', true], // what on
    ['Experience working with Quality Assurance.', 'quality-assurance', true],
    ['Hands-on experience with Site Reliability Engineering.', 'site-reliability-engineering', true],
    ['Help teams with Change Management.', 'change-management', true],
    ['Ensure compliance with UK GDPR.', 'gdpr', true],
    ['Own the relationships with key customers and risk management reviews.', 'risk-management', true],
    ['Facilitate sprint reviews, retrospectives and planning sessions.', 'retrospectives', true],
    ['Run team ceremonies such as retrospectives and daily stand-ups.', 'retrospectives', true],
    ['Share communication plans with project teams, including expectation management.', 'stakeholder-management', true],
    ['Run steering committees, working sessions and working groups.', 'steering-committee', true],
    ['Strong business analysis and product management skills.', 'business-analysis', true],
    ['Experience as a business analyst on ERP programs.', 'business-analysis', true],
    ['Acme is seeking Agile Coaches for its product teams.', 'agile-coaching', true],
    ['Serve as Scrum Master for two teams.', 'scrum-master', true],
    ['Collaborate with Security on threat modeling.', 'threat-modeling', true],
    ['Work with the Program Manager, own release management end to end.', 'release-management', true],
    ['Partner with the release management, practice delivery team on cutovers.', 'release-management', true], // not written as names
    ['As a Senior Technical Program Manager (TPM), own the releases.', 'technical-program-management', true], // the title's own acronym
    ['Experience with Risk Management, Change Management and Vendor Management.', 'risk-management', true], // no one worked with
    ['Report on Risk Management and Internal Audit findings every month.', 'risk-management', true],
    ['Get approval from Finance for Capacity Planning and Cost Management changes.', 'capacity-planning', true],
    ['Gather input from customers on risk management and change control.', 'risk-management', true],
    ['Collaborate with engineering and operations teams to gather requirements.', 'cross-functional-leadership', true], // the collaboration itself
    ['Collaborate with other functions, domains, and stakeholders.', 'stakeholder-management', true], // people, whom it is about
    ['Ensure a clean transition to production support teams.', 'service-transition', true], // works with no one
    ['Manage deployment teams across three regions.', 'deployment-management', true], // no list of teams
    ['Manage dependencies between Hardware Engineering and software.', 'hardware', true], // not all written as names
    ['Track dependencies across network engineering and data science work.', 'data-science', true],
    ['Gather demand from customers for capacity planning.', 'capacity-planning', true],
    ['Proven leadership across Program Management and Data Science initiatives.', 'data-science', true],
    ['Work very closely with the PMO, technical leads and key stakeholders.', 'pmo', true], // people, not teams, end the list
    ['Responsibilities include Risk Management, Vendor Management and QA.', 'risk-management', true], // duties, not people
    ['Experience delivering IT, OT and cybersecurity projects.', 'operational-technology', true],
    ['Experience with customer care, payments and logistics platforms.', 'customer-support', true],
    ['Experience with Customer Care, Payments and Logistics.', 'customer-support', true], // no plain function among them
    ['Experience with Jira together with Confluence.', 'confluence', true],
  ])('"%s": %s counted: %s', (line, id, counted) => {
    expect(asks(line, id)).toBe(counted);
  });

  it("keeps the posting's own role in a list", () => {
    const line = 'Work closely with Engineering, Release Management and Sales.';
    expect(asks(line, 'release-management', 'Release Management Lead')).toBe(true);
    expect(asks(line, 'release-management')).toBe(false);
  });

  it.each(TEAM_LIST_CUES.examples)('documents the cues with an example that holds: "$line"', ({ line, team }) => {
    expect(asks(line, team)).toBe(false);
    expect(asks(`Own ${team.replace(/-/g, ' ')} for the program.`, team)).toBe(true); // the same words as a skill
  });

  it.each(FORUM_ENDINGS.examples)('a forum the role brings its work to is the practice: "$line"', ({ line, concept }) => {
    expect(asks(line, concept)).toBe(true);
    // a team named beside the forum is still a team
    expect(asks(line.replace(/\.$/, ' and the Quality Assurance team.'), 'quality-assurance')).toBe(false);
  });
});
