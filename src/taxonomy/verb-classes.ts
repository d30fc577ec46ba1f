// Named sets of verbs that a pattern's slot takes whole: `@manage|develop .. budget|budgets` is the pattern with
// every verb of the class `manage` beside `develop` (keywords/README.md, "Patterns"). A posting says it is in charge
// of a thing with any of a dozen verbs ("own the budget", "shepherd launches", "handle change requests"); each
// pattern that listed its own few missed the others. Loading the keyword files writes the class out, so every
// later step (compiling, the passive and derived frames, the lint) sees the plain alternatives.
//
// Measured (2026-12-06, 54 patterns whose verbs were mostly management verbs rewritten with the class, against each
// pattern's own list): check fold recall 0.824 -> 0.830 (figures only), corpus 0.914 -> 0.915, fresh 0.879 -> 0.882,
// dev unchanged, the 19 helper sets +10 found and +3 terms without a label. Left out of the class, each for a reading
// its other sense gives: 'maintain' ("maintain expertise in multiple products", "developing, maintaining, and
// testing"), 'lead' ("lead consultant"), 'direct' ("direct reports", "direct experience with budgets"), 'control'
// ("control systems"), 'steer' ("steering committees"), 'champion' ("champion the culture"). A pattern may still write them.
//
// `produce` (2026-12-07): 13 patterns of artifacts (plans, schedules, reports, charters, documentation, estimates,
// agendas, proposals, training) whose verbs were mostly verbs of making one. The dense relabelling +1 found, fresh
// +2 terms that find a label, no term without one anywhere; dev, corpus, check and the 19 helper sets unchanged.
// Not written into relationship, trust or team patterns ("build trust", "build a team" are not artifacts). Left out:
// 'build', a noun as often ("The build finishes in ten minutes" is no meeting minutes); patterns may still write it.
//
// `define` (2026-12-07): 12 patterns of goals, KPIs, OKRs, priorities, metrics, outcomes, roles, requirements, strategy,
// processes, procedures and best practices. Check fold recall 0.833 -> 0.837 (figures only; 0.835 with 'set' left
// out), helper sets +1 found, no term without a label anywhere; dev, corpus, fresh unchanged. 'set' is also a noun
// ("skill set"): in the 452 shared analyses and the helper sets it added no term, only one longer evidence span.
//
// `facilitate` (2026-12-07): the patterns of meetings, discovery, design reviews and training, and a first pattern of
// workshop facilitation ("moderate workshops", "run fit-to-standard workshops" named nothing: the concept had only
// the derived frame "facilitate ... workshops"). Helper sets +1 found, +6 terms that find a label, +1 without one;
// dev, corpus, fresh and check unchanged. Left out: 'hold' ("hold your own in technical discussions").
//
// Then (same day) the classes in patterns with one verb of the class whose objects are its kind: @define in scope,
// governance, mitigation and acceptance criteria, @produce in acceptance criteria, presentations and contracts ("Clarify
// the scope", "Draft contracts" named nothing). No fold's figures moved; three evidence spans grew ("Define, monitor,
// and control scope"). Not in "define .. deliverables": 'set' read "feature set and deliverables" there (the noun).

// `resolve` and `surface` (2026-12-07): the patterns of risks, issues, blockers, dependencies, gaps, defects and pain
// points, each of which listed its own few verbs of dealing with a problem or of bringing one to light ("Raise issues
// early", "anticipate issues", "Close existing documentation gaps" named nothing). Corpus +1 found, +3 terms that find
// a label, +1 without one; check +1 term that finds a label (figures only); dev and fresh unchanged. Not in conflict
// resolution: "spot and remediate conflicts or errors" in a knowledge base is no quarrel between people.

/** A class: its verbs, each with a duty line that says it so (tests/taxonomy/verb-classes.test.ts reads them). */
export interface VerbClass {
  name: string;
  /** What the verbs have in common. */
  sense: string;
  verbs: { verb: string; example: string }[];
}

export const VERB_CLASSES: readonly VerbClass[] = [
  {
    name: 'manage',
    // British spellings need no entry of their own: words are compared by their American key ('organise' is 'organize').
    sense: 'being in charge of a thing until it is done: a budget, a schedule, vendors, releases, risks',
    verbs: [
      { verb: 'manage', example: 'Manage the program budget with finance' },
      { verb: 'own', example: 'Own the release schedule for the mobile apps' },
      { verb: 'drive', example: 'Drive the vendor contracts to signature' },
      { verb: 'oversee', example: 'Oversee the budget of the data center build' },
      { verb: 'coordinate', example: 'Coordinate vendors across the three sites' },
      { verb: 'track', example: 'Track the budget against the forecast' },
      { verb: 'run', example: 'Run the release process for the platform' },
      { verb: 'handle', example: 'Handle change requests from the business' },
      { verb: 'administer', example: 'Administer vendor contracts for the program' },
      { verb: 'govern', example: 'Govern the budget of the transformation' },
      { verb: 'supervise', example: 'Supervise vendors during the installation' },
      { verb: 'orchestrate', example: 'Orchestrate releases across the product teams' },
      { verb: 'shepherd', example: 'Shepherd launches from beta to general availability' },
      { verb: 'spearhead', example: 'Spearhead vendor selection for the new CRM' },
      { verb: 'monitor', example: 'Monitor the budget of each workstream' },
      { verb: 'organize', example: 'Organize the release calendar with the teams' },
    ],
  },
  {
    name: 'produce',
    sense: 'making a piece of work that others read or use: a plan, a schedule, a report, a charter, documentation',
    verbs: [
      { verb: 'create', example: 'Create the integrated plan for the migration' },
      { verb: 'develop', example: 'Develop the project schedule with the leads' },
      { verb: 'prepare', example: 'Prepare the monthly report for the steering committee' },
      { verb: 'write', example: 'Write the project charter with the sponsor' },
      { verb: 'draft', example: 'Draft the runbooks for the cutover' },
      { verb: 'produce', example: 'Produce the weekly report for leadership' },
      { verb: 'author', example: 'Author the documentation for the new process' },
      { verb: 'compile', example: 'Compile the estimates from the workstreams' },
      { verb: 'generate', example: 'Generate reports on the test progress' },
      { verb: 'craft', example: 'Craft the project plan and the charter' },
      { verb: 'assemble', example: 'Assemble the release plan from the team backlogs' },
    ],
  },
  {
    name: 'define',
    sense: 'settling what a thing is to be, for others to work by: goals, priorities, metrics, roles, a process',
    verbs: [
      { verb: 'define', example: 'Define the success metrics for the launch' },
      { verb: 'establish', example: 'Establish clear roles and responsibilities' },
      { verb: 'set', example: 'Set the priorities for the quarter' },
      { verb: 'clarify', example: 'Clarify the goals with each team' },
      { verb: 'determine', example: 'Determine priorities with the product leads' },
      { verb: 'formulate', example: 'Formulate the goals of the program' },
      { verb: 'shape', example: 'Shape the requirements with the business' },
      { verb: 'outline', example: 'Outline the KPIs for each workstream' },
      { verb: 'articulate', example: 'Articulate the strategy to the teams' },
    ],
  },
  {
    name: 'facilitate',
    sense: 'bringing people together and running their time together: a meeting, a workshop, a review, a training',
    verbs: [
      { verb: 'facilitate', example: 'Facilitate the workshops with the process owners' },
      { verb: 'run', example: 'Run fit-to-standard workshops with the functional leads' },
      { verb: 'lead', example: 'Lead design reviews with the architects' },
      { verb: 'chair', example: 'Chair the weekly change meeting' },
      { verb: 'host', example: 'Host training sessions for new users' },
      { verb: 'moderate', example: 'Moderate workshops with the specialist departments' },
      { verb: 'conduct', example: 'Conduct discovery with the customer teams' },
      { verb: 'convene', example: 'Convene working sessions across the teams' },
      { verb: 'organize', example: 'Organize training for the support staff' },
    ],
  },
  {
    name: 'resolve',
    sense: 'dealing with a problem until it no longer stands in the way: a risk, an issue, a blocker, a dependency, a gap',
    verbs: [
      { verb: 'resolve', example: 'Resolve blockers across the teams' },
      { verb: 'address', example: 'Address issues raised in the design review' },
      { verb: 'mitigate', example: 'Mitigate risks to the launch date' },
      { verb: 'remove', example: 'Remove blockers for the engineering teams' },
      { verb: 'unblock', example: 'Unblock dependencies between the platform teams' },
      { verb: 'eliminate', example: 'Eliminate gaps in the process' },
      { verb: 'solve', example: 'Solve issues that span several teams' },
      { verb: 'untangle', example: 'Untangle dependencies across the roadmap' },
      { verb: 'tackle', example: 'Tackle risks before they become issues' },
      { verb: 'remediate', example: 'Remediate gaps found in the audit' },
      { verb: 'fix', example: 'Fix issues found in testing' },
      { verb: 'overcome', example: 'Overcome blockers with the partner teams' },
    ],
  },
  {
    name: 'surface',
    sense: 'bringing a problem to light before it hurts the work: a risk, an issue, a blocker, a dependency, a gap',
    verbs: [
      { verb: 'identify', example: 'Identify risks and dependencies early' },
      { verb: 'surface', example: 'Surface blockers in the daily stand-up' },
      { verb: 'flag', example: 'Flag risks to leadership' },
      { verb: 'spot', example: 'Spot dependencies between the workstreams' },
      { verb: 'anticipate', example: 'Anticipate risks to the schedule' },
      { verb: 'uncover', example: 'Uncover gaps in the requirements' },
      { verb: 'detect', example: 'Detect issues before the release' },
      { verb: 'foresee', example: 'Foresee blockers for the migration' },
      { verb: 'predict', example: 'Predict risks from the delivery data' },
      { verb: 'highlight', example: 'Highlight risks in the weekly report' },
      { verb: 'raise', example: 'Raise issues early and often' },
    ],
  },
];

const CLASS_MARK = '@';
const byName = new Map(VERB_CLASSES.map((c) => [c.name, c.verbs.map((v) => v.verb)]));

/**
 * The pattern with each `@class` alternative written out as the class's verbs, in the class's order, without the
 * slot's own alternatives repeated. Throws for a class that does not exist.
 */
export function expandVerbClasses(pattern: string): string {
  if (!pattern.includes(CLASS_MARK)) return pattern;
  return pattern
    .split(' ')
    .map((slot) => {
      if (!slot.includes(CLASS_MARK)) return slot;
      const optional = slot.endsWith('?') ? '?' : '';
      const alts = (optional ? slot.slice(0, -1) : slot).split('|');
      const out: string[] = [];
      for (const alt of alts) {
        if (!alt.startsWith(CLASS_MARK)) out.push(alt);
        else {
          const verbs = byName.get(alt.slice(1));
          if (!verbs) throw new Error(`pattern "${pattern}": no verb class "${alt}" (src/taxonomy/verb-classes.ts)`);
          out.push(...verbs);
        }
      }
      return [...new Set(out)].join('|') + optional;
    })
    .join(' ');
}
