import { describe, expect, it } from 'vitest';
import { analysisSchema, type Analysis } from '../../src/analyze/analysis-schema';
import { statusAsMet } from '../../src/analyze/choices';
import { analyze } from '../../src/index';
import { formatReport } from '../../src/cli/report';
import { resumeScore } from '../../src/storage/history-entry';

// A choice the posting offers ("Computer Science, Engineering or a related field", "Jira, Asana or similar tools"):
// any one of its items meets the ask, so a resume with one of them lacks none of the others.
const posting = (...lines: string[]) =>
  [
    'Technical Program Manager',
    'Acme',
    '',
    'About the role',
    'You will lead our platform programs from planning to launch, working with engineering teams across three sites.',
    'You will run the weekly status meeting and report progress to the leadership team every month.',
    'Together with product managers you will set priorities for each quarter and keep every stakeholder informed.',
    '',
    'Requirements',
    ...lines,
  ].join('\n');
const term = (a: Analysis, id: string) => a.terms.find((t) => t.id === id);
const alternatives = (text: string) =>
  Object.fromEntries(
    analyze(text)
      .terms.filter((t) => t.alternativesInPosting)
      .map((t) => [t.id, t.alternativesInPosting]),
  );

describe('choices a posting offers', () => {
  it.each([
    // [requirement line, a term, its alternatives]
    [
      "- Bachelor's degree in Computer Science, Engineering or equivalent experience",
      'engineering-degree',
      ['computer-science-degree', 'equivalent-experience'],
    ],
    ['- Experience with Jira, Asana, or Smartsheet', 'asana', ['jira', 'smartsheet']], // the list's last comma before "or"
    ['- PMP or PRINCE2 Practitioner certification', 'pmp', ['prince2-practitioner']],
    ['- Shipped mobile apps for iOS and/or Android', 'ios', ['android']],
    ['- Programming background (Go, C, or C++)', 'c-language', ['golang', 'cpp']],
  ])('%s: %s', (line, id, expected) => {
    expect(alternatives(posting(line))[id]).toEqual(expect.arrayContaining(expected));
  });

  it('reads two "or"s whose items overlap as one choice, each item by its most specific term', () => {
    const found = alternatives(posting("- Bachelor's degree in Information Systems, Computer Science or a related field, or equivalent experience"));
    // The level ("Bachelor's degree") shares its item with the field: no alternative of its own to the other fields.
    expect(found['computer-science-degree']).toEqual(['information-systems-degree', 'equivalent-experience']);
    expect(found['equivalent-experience']).toEqual(['information-systems-degree', 'computer-science-degree']);
  });

  it.each([
    // negative rows: no choice
    ["- Bachelor's degree in Computer Science", 'a level and a field in one item are asked together'],
    ['- Jira and Confluence', 'no "or"'],
    ['- Excellent communication or presentation skills', 'soft skills are never alternatives'],
  ])('%s: none (%s)', (line) => {
    expect(alternatives(posting(line))).toEqual({});
  });

  it('asks no choice of a term that the posting also names on its own', () => {
    const text = posting('- Experience with Jira or Asana', '- Daily use of Jira for sprint tracking');
    const found = alternatives(text);
    expect(found.jira).toBeUndefined();
    expect(found.asana).toBeUndefined();
  });

  it('offers no choice on a duty line: "Manage scope, schedule or cost" asks all three', () => {
    const text = ['Program Manager', 'Acme', '', 'Responsibilities', '- Manage changes in scope, schedule or cost'].join('\n');
    expect(alternatives(text)).toEqual({});
  });
});

describe('a resume meets a choice through any of its items', () => {
  const text = posting("- Bachelor's degree in Computer Science, Engineering or equivalent experience", '- PMP or PgMP certification', '- Jira');
  const resume = 'Experience\n- Ran delivery in Jira for four teams\nEducation\nBSc Computer Science, 2014\nCertifications\nPMP';
  const a = analyze(text, resume);

  it('keeps the status the resume shows and names the alternative that meets the term', () => {
    expect(term(a, 'engineering-degree')).toMatchObject({ status: 'partial', metByAlternative: 'computer-science-degree' });
    expect(term(a, 'pgmp')).toMatchObject({ metByAlternative: 'pmp' });
    expect(term(a, 'pgmp')?.status).not.toBe('covered');
    expect(statusAsMet(term(a, 'engineering-degree')!)).toBe('covered');
    expect(term(a, 'jira')?.metByAlternative).toBeUndefined();
    expect(analysisSchema.safeParse(a).success).toBe(true);
  });

  it('counts a met choice as covered in the score and suggests no bullets for it', () => {
    const required = a.scoreExplanation!.required;
    expect(required).toMatchObject({ covered: required.total, partial: 0, missing: 0 });
    expect(required.total).toBeGreaterThanOrEqual(5);
    expect(a.suggestions.map((s) => s.termId)).not.toContain('engineering-degree');
    expect(a.suggestions.map((s) => s.termId)).not.toContain('pgmp');
  });

  it('leaves an unmet choice missing, and the report says any one of its items will do', () => {
    const none = analyze(text, 'Experience\n- Ran delivery in Jira');
    expect(term(none, 'engineering-degree')?.metByAlternative).toBeUndefined();
    expect(statusAsMet(term(none, 'pgmp')!)).toBe('missing');
    expect(none.suggestions.map((s) => s.termId)).toContain('pgmp');
    const missing = formatReport(none, false).split('\n');
    expect(missing.find((l) => l.includes('✗ PgMP'))).toContain('(or PMP: any one will do)');
    expect(missing.find((l) => l.includes('Jira'))).not.toContain('any one');
  });

  it('shows the met term as covered in the report, with what meets it', () => {
    const report = formatReport(a, false);
    const covered = report.slice(report.indexOf('Covered ('));
    expect(covered).toContain('Engineering degree');
    expect(covered).toContain('the posting takes either: you have Computer Science degree');
    expect(report.slice(report.indexOf('Missing ('), report.indexOf('Covered ('))).not.toContain('degree');
  });

  it('records the met term as covered in the history, so it is no recurring gap', () => {
    expect(resumeScore({ id: 'r1', name: 'Resume', text: resume }, a)?.statuses['engineering-degree']).toBe('covered');
  });
});
