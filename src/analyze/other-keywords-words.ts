// Words that keep a phrase out of "Other keywords", as documented data: the list is for skill-like phrases the
// taxonomy does not know yet ("conveyor throughput", "ETAP", "digital biomarker data"), and each kind below
// names what it keeps out, with phrases that postings write. Words are case-folded (foldWord) when compared.

export interface WordKind {
  kind: string;
  /** Why a phrase with one of these words is no skill. */
  why: string;
  /** Phrases the kind keeps out. */
  examples: string[];
  words: string[];
}

export const NOT_SKILL_WORDS: WordKind[] = [
  {
    kind: 'legal',
    why: 'equal-opportunity, work-authorization and privacy statements speak of the law, not of the job',
    examples: ['EEO employer', 'sponsor visas', 'protected veteran status', 'work authorization', 'E-Verify participant'],
    words: `eeo eoe affirmative discrimination disability disabilities veteran veterans gender race religion orientation ancestry citizenship
      citizen visa visas sponsor sponsorship immigration authorization authorized lawful law laws legal ordinance statute regulations
      e-verify verify protected accommodation accommodations privacy consent harassment`.split(/\s+/),
  },
  {
    kind: 'pay and benefits',
    why: 'what the job pays and gives is no requirement',
    examples: ['base pay', 'salary range', 'annual bonus', 'paid time off', 'medical dental vision', 'stock options'],
    words: `pay paid salary salaries compensation wage wages bonus bonuses equity stock rsu rsus benefit benefits insurance medical dental
      vision 401k 401 pto vacation holiday holidays parental retirement pension perks stipend reimbursement allowance usd eur gbp hourly annual
      annually payroll`.split(/\s+/),
  },
  {
    kind: 'hiring',
    why: 'how the employer recruits and who it employs',
    examples: ['Anthropic recruiters', 'application process', 'single qualification', 'our employees', 'Cover Letter', 'Minimum', 'Sr'],
    words: `recruiter recruiters recruiting recruitment hiring hire hired applicant applicants apply applying application applications interview
      interviews interviewing candidate candidates employee employees employer employers employment staff qualification qualifications
      requirement requirements responsibility responsibilities duty duties posting postings vacancy resume resumes cv cover letter
      minimum preferred intermediate senior junior sr jr ref`.split(/\s+/),
  },
  {
    kind: 'place and schedule',
    why: 'where and when the job is done, not what it asks (place names come from data/place-names.json)',
    examples: ['Los Angeles office', 'hybrid schedule', 'remote-first', 'conference room', 'time zone', 'EST'],
    words: `office offices hybrid onsite on-site remote location locations headquarters hq campus relocation relocate commute room rooms building
      shift shifts schedule schedules weekend weekends week timezone zone est edt pst pdt cst cdt mst utc gmt cet`.split(/\s+/),
  },
  {
    kind: 'address',
    why: 'words that speak to the reader or about the company, not of a skill',
    examples: ['please email', 'Us', 'Tech blog', 'smart enough', 'problems facing humanity', 'Staff Matters Inc'],
    words: `please email us we you our your yourself ourselves blog website page click link folks humanity world lives life enough smart
      passionate ambitious boldly inc llc ltd corp gmbh`.split(/\s+/),
  },
];

/**
 * Words that describe rather than name: a phrase that starts or ends with one is half a phrase ("partner
 * closely", "rapidly evolving", "delivering exceptional", "highest-impact"). Adverbs in -ly are caught by form.
 */
export const MODIFIERS = `exceptional better best great greater highest higher high low lower long short large small big real true
  evolving growing changing emerging exciting challenging meaningful impactful innovative diverse different various new next
  delivering finding putting facing generate transform extend alleviate attack enhance trusted personal top impact`.split(/\s+/);

/** Nouns after a name that make it a unit of the employer ("the Studio team", "Open Connect org"). */
export const UNIT_WORDS = ['team', 'teams', 'org', 'organization', 'organisation', 'group', 'department', 'division', 'squad', 'unit', 'function'];
