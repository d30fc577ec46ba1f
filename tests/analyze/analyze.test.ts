import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analysisSchema } from '../../src/analyze/analysis-schema';
import { analyze, bundledLookup, createAnalyzer, postingFromText } from '../../src/index';

const posting = readFileSync('samples/posting.txt', 'utf8');
const resume = readFileSync('samples/resume.txt', 'utf8');
const term = (a: ReturnType<typeof analyze>, id: string) => a.terms.find((t) => t.id === id);

describe('analyze', () => {
  const result = analyze(posting, resume);

  it('follows the public contract', () => {
    expect(() => analysisSchema.parse(result)).not.toThrow();
    expect(result.schemaVersion).toBe(1);
  });

  it('gives the same result for the same input', () => {
    expect(analyze(posting, resume)).toEqual(result);
  });

  it('quotes evidence verbatim from each input', () => {
    for (const t of result.terms) {
      for (const e of t.job.evidence) expect(posting).toContain(e);
      for (const e of t.resume?.evidence ?? []) expect(resume).toContain(e);
    }
  });

  it('lets no repetition in the resume raise the score', () => {
    const stuffed = `${resume}\n${'Jira Jira Jira. Kubernetes, Kubernetes. Managed stakeholders. '.repeat(20)}`;
    expect(analyze(posting, stuffed).score).toBe(analyze(posting, `${resume}\nJira. Kubernetes. Managed stakeholders.`).score);
  });

  it('counts a term once in the score however often the posting says it', () => {
    const once = analyze('Requirements\n- Jira\n- Confluence', 'Jira');
    const often = analyze('Requirements\n- Jira, Jira and Jira\n- Confluence', 'Jira');
    expect(often.score).toBe(once.score);
    expect(term(often, 'jira')?.job.count).toBe(3);
  });

  it('explains the score per importance', () => {
    expect(result.scoreExplanation?.summary).toMatch(/^required \d+\/\d+ covered/);
    const { required } = result.scoreExplanation!;
    expect(required.covered + required.partial + required.missing).toBe(required.total);
  });

  it('marks coverage: exact, partial through a broader concept, and missing', () => {
    const a = analyze('Requirements\n- SAFe\n- Scrum\n- SOC 2', 'Agile methods, with Scrum teams');
    expect(term(a, 'scrum')?.status).toBe('covered');
    expect(term(a, 'safe')).toMatchObject({ status: 'partial', relatedInResume: expect.arrayContaining(['agile']) });
    // The reader's words beside the ids, in the same order.
    const safe = term(a, 'safe')!;
    const { byId } = bundledLookup().taxonomy;
    expect(safe.relatedInResumeLabels).toEqual(safe.relatedInResume?.map((id) => byId.get(id)?.label));
    expect(safe.relatedInResumeLabels).toContain('Agile');
    expect(term(a, 'soc-2')?.status).toBe('missing');
  });

  // Covered means the resume names it or a kind of it, or shows it: a soft skill in two distinct ways, a practice by
  // a way of doing it; too little shown earns partial credit.
  const asked = 'Requirements\n- Excellent communication skills\n- Agile methods\n- Resource allocation';
  it.each([
    { how: 'names it', resumeText: 'Clear communication with executives.', id: 'communication', status: 'covered', related: undefined },
    { how: 'names a narrower concept', resumeText: 'Ran Scrum ceremonies for two teams.', id: 'agile', status: 'covered', related: ['scrum'] },
    {
      how: 'shows it in two distinct ways',
      resumeText: 'Wrote weekly status reports and sat on the steering committee.',
      id: 'communication',
      status: 'covered',
      related: ['status-reporting', 'steering-committee'],
    },
    {
      how: 'shows it once only',
      resumeText: 'Built dashboards for the release train.',
      id: 'communication',
      status: 'partial',
      related: ['dashboard-reporting'],
    },
    {
      how: 'shows it by a way of doing it (capacity planning)',
      resumeText: 'Led capacity planning for the platform group.',
      id: 'resource-allocation',
      status: 'covered',
      related: ['capacity-planning'],
    },
    { how: 'has nothing of it', resumeText: 'Rebuilt the warehouse conveyor.', id: 'communication', status: 'missing', related: undefined },
  ])('$id is $status when the resume $how', ({ resumeText, id, status, related }) => {
    const t = term(analyze(asked, resumeText), id);
    expect(t?.status).toBe(status);
    expect(t?.relatedInResume).toEqual(related);
  });

  it('shows the clearest resume evidence first: the name before a long phrasing', () => {
    const a = analyze(
      'Requirements\n- Stakeholder management',
      'Skills: Stakeholder Management, Executive Communication\n- Managed stakeholders across three business units.',
    );
    const evidence = term(a, 'stakeholder-management')!.resume!.evidence;
    expect(evidence.at(-1)).toBe('Stakeholder Management, Executive Communication');
    expect(evidence[0].split(' ').length).toBeLessThan(evidence.at(-1)!.split(' ').length);
  });

  it('sorts terms and suggestions required first', () => {
    const order = { required: 0, preferred: 1, mentioned: 2 };
    const ranks = result.terms.map((t) => order[t.job.importance]);
    expect(ranks).toEqual([...ranks].sort());
    const suggested = result.suggestions.map((s) => order[term(result, s.termId)!.job.importance]);
    expect(suggested).toEqual([...suggested].sort());
    expect(result.suggestions.every((s) => ['missing', 'partial'].includes(term(result, s.termId)!.status!))).toBe(true);
  });

  it('does not count benefits and EEO boilerplate, nor the employer itself', () => {
    const a = analyze('Open role\nSlack\n\nRequirements\n- Jira\n\nBenefits\n- Zoom stipend and Asana seats\n\nSlack is an equal opportunity employer.');
    expect(a.terms.map((t) => t.id)).toEqual(['jira']);
  });

  it('counts of what the employer says of itself only its industry and technology, as mentioned', () => {
    const a = analyze(
      'Open role\nAcme\n\nAbout Acme\nAcme builds vendor management and procurement software for the healthcare industry, powered by machine learning.\n\nRequirements\n- Experience with risk management',
    );
    expect(a.terms.map((t) => [t.id, t.job.importance]).sort()).toEqual([
      ['healthcare', 'mentioned'],
      ['machine-learning', 'mentioned'],
      ['risk-management', 'required'],
    ]);
  });

  // A company's stage and a transformation it sells describe the employer; asked in the requirements, they count.
  it.each([
    ['startups', 'is a venture-backed startup building payments software', 'payments', 'builds payments software', 'Experience at a high-growth startup'],
    [
      'digital-transformation',
      'has driven digital transformation for banks for a decade',
      'banking',
      'serves banks',
      'Experience leading digital transformation programs',
    ],
  ])('counts %s where the posting asks for it, not where the employer describes itself', (id, describes, industry, plain, asks) => {
    const own = analyze(`Open role\nAcme\n\nAbout Acme\nAcme ${describes}.\n\nRequirements\n- Experience with risk management`);
    expect(term(own, id)).toBeUndefined();
    expect(term(own, industry)?.job.importance).toBe('mentioned');
    const asked = analyze(`Open role\nAcme\n\nAbout Acme\nAcme ${plain}.\n\nRequirements\n- ${asks}`);
    expect(term(asked, id)?.job.importance).toBe('required');
  });

  it("reads a degree named as one outside the employer's text as asked, not a field among keywords", () => {
    const a = analyze(
      'Technical Program Manager\nAcme\n\nJD:\nDrive delivery across scrum teams.\n\nEducation: B.E/B.Tech/MCA (full time)\n\nKeywords: Ingenieurwesen, Jira',
    );
    expect(term(a, 'bachelors-degree')?.job.importance).toBe('required');
    expect(term(a, 'engineering-degree')?.job.importance ?? 'mentioned').toBe('mentioned');
  });

  it('finds other frequent keywords the taxonomy does not know', () => {
    const a = analyze('Requirements\n- Experience with pallet wrapping\n- Pallet wrapping safety\n- Conveyor throughput and conveyor throughput reviews');
    expect(a.otherKeywords.map((k) => k.text)).toEqual(expect.arrayContaining(['pallet wrapping', 'conveyor throughput']));
  });

  it('handles empty input without throwing', () => {
    const a = analyze('', '');
    expect(a).toMatchObject({ terms: [], score: 0, job: { words: 0 } });
  });
});

describe('analyze a Posting read from a page', () => {
  // What an extractor hands over: the text opens with the title and company, and the page marked its headings.
  const text = [
    'Release Manager',
    'Acme Rockets',
    'What you bring',
    '- Five years running releases with Jenkins',
    'Our engineering rituals',
    '- Friday demos in Miro',
  ].join('\n');
  const page = {
    title: 'Release Manager',
    company: 'Acme Rockets',
    text,
    sections: [
      { heading: '', text: 'Release Manager\nAcme Rockets' },
      { heading: 'What you bring', text: '- Five years running releases with Jenkins' },
      { heading: 'Our engineering rituals', text: '- Friday demos in Miro' },
    ],
    site: 'generic',
    url: 'https://careers.acme.test/jobs/42',
  };

  it('takes title, company, site and address from the page', () => {
    const { job } = analyze({ ...page, title: 'Release Manager (Platform)', company: 'Acme' });
    expect(job).toMatchObject({ title: 'Release Manager (Platform)', company: 'Acme', site: 'generic', url: 'https://careers.acme.test/jobs/42' });
    expect(() => analysisSchema.parse(analyze(page))).not.toThrow();
  });

  it('ends a section at a heading the page marks, even one whose words name no known section', () => {
    const importance = (a: ReturnType<typeof analyze>, id: string) => term(a, id)?.job.importance;
    expect(importance(analyze(page), 'jenkins')).toBe('required');
    expect(importance(analyze(page), 'miro')).toBe('mentioned');
    // The same text without the page's headings reads the rituals as more requirements.
    expect(importance(analyze(text), 'miro')).toBe('required');
  });

  it('reads plain text as before, its first lines giving title and company', () => {
    expect(analyze(text).job).toMatchObject({ title: 'Release Manager', company: 'Acme Rockets' });
    expect(postingFromText(text)).toEqual({ title: 'Release Manager', company: 'Acme Rockets', text });
    expect(analyze(postingFromText(text))).toEqual(analyze(text));
  });
});

describe("the employer's own names", () => {
  const text = (company: string) => `Technical Program Manager\n${company}\nRequirements\n- Launch features on Google Cloud with Kubernetes\n`;
  it.each([
    ['Google', false],
    ['Google LLC', false],
    // The words that say what sort of firm it is drop out where the employer names itself.
    ['Google Technologies, Inc.', false],
    ['Acme', true],
    ['Acme Technologies', true],
  ])('at %s, "Google Cloud" is a skill asked: %s', (company, asked) => {
    const ids = analyze(text(company)).terms.map((t) => t.id);
    expect(ids.includes('google-cloud')).toBe(asked);
    expect(ids).toContain('kubernetes');
  });
  // A qualification may ask for knowledge of the employer's products; its own work on them, or its pitch, is not one.
  it.each([
    ['Requirements\n- Familiarity with Google products such as Google Cloud Platform', true],
    ['Preferred qualifications\n- Experience with Google Cloud and Kubernetes', true],
    ['Responsibilities\n- Experience with Google Cloud at scale is what you will gain here', false],
    ['Requirements\n- Launch features on Google Cloud with a team experienced in Kubernetes', false],
  ])('at Google, %j asks for Google Cloud: %s', (lines, asked) => {
    const ids = analyze(`Technical Program Manager\nGoogle\n${lines}\n`).terms.map((t) => t.id);
    expect(ids.includes('google-cloud')).toBe(asked);
  });
});

describe('one resume against many postings', () => {
  it('gives each analysis its own copy of what the resume shows', () => {
    const first = analyze(posting, resume);
    const evidence = first.terms.find((t) => t.resume?.evidence.length)!.resume!.evidence;
    evidence.push('changed by a caller');
    const again = analyze(posting, resume);
    expect(again.terms.flatMap((t) => t.resume?.evidence ?? [])).not.toContain('changed by a caller');
    // Another resume is read anew.
    const missing = first.terms.find((t) => t.status === 'missing')!;
    const extended = analyze(posting, `${resume}\n- Led ${missing.label} for two product teams`);
    expect(extended.terms.find((t) => t.id === missing.id)?.status).not.toBe('missing');
  });
});

describe('an analyzer that leaves out other keywords', () => {
  it('gives the same analysis with other keywords empty', () => {
    const text = `Technical Program Manager\nAcme\nWhat you will do:\n- Lead ladder logic reviews with Jira.\nRequirements:\n- Five years of ladder logic.\n`;
    const full = analyze(text, resume);
    const lean = createAnalyzer(bundledLookup(), { otherKeywords: false })(text, resume);
    expect(full.otherKeywords.length).toBeGreaterThan(0);
    expect(lean.otherKeywords).toEqual([]);
    expect({ ...lean, otherKeywords: full.otherKeywords }).toEqual(full);
  });
});

describe("the employer's customers", () => {
  const text = (about: string) => `Technical Program Manager\nAcme\nAbout us\n${about}\nRequirements\n- Five years of program management\n`;
  const domains = (about: string) =>
    analyze(text(about))
      .terms.filter((t) => t.category === 'domain')
      .map((t) => t.id);
  it.each([
    // a range spans the breadth of the customers: their industries are not the role's
    ['Businesses of every size, from ambitious startups to hospitals, run on Acme.', []],
    ['Our customers range from retailers to banks and hyperscalers.', []],
    // so does a list of them
    ['Our clients include the most successful hedge funds, banks, and asset managers in the world.', []],
    ['Acme is trusted by brands like United Airlines and a number of the top 50 banks.', []],
    ['Our products serve the needs of some of the largest retailers in the USA.', []],
    // the employer's own industry still shows
    ['Acme builds scheduling software for hospitals.', ['healthcare']],
    ['Acme builds payment software for banks; our clients include startups of every size.', ['banking', 'payments']],
  ])('"%s" names the domains %j', (about, ids) => expect(domains(about)).toEqual(ids));
});

// Indeed prints a posting's asks as labelled lists, one ask a line with its weight after it. An acronym that needs
// words around it to be a certification ("CSM" is also a Customer Success Manager) has its list's label for them.
describe('a posting with its asks as labelled lists', () => {
  const indeed = [
    'IT Project Manager',
    'Harbourline Health',
    '',
    'Job Type: Full-time',
    '',
    'Experience:',
    '- Project management: 5 years (Required)',
    '- Agile: 3 years (Preferred)',
    '',
    'License/Certification:',
    '- PMP (Required)',
    '- CSM (Preferred)',
    '',
    'Work Location: In person',
  ].join('\n');
  const importances = Object.fromEntries(analyze(indeed).terms.map((t) => [t.id, t.job.importance]));

  it('reads each ask at its weight, the certification under its label too', () => {
    expect(importances).toMatchObject({ 'project-management': 'required', agile: 'preferred', pmp: 'required', csm: 'preferred' });
  });
});
