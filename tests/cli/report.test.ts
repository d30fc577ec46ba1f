import { describe, expect, it } from 'vitest';
import { formatReport } from '../../src/cli/report';
import { analyze } from '../../src/index';

describe('the readable report', () => {
  const posting = [
    'Technical Program Manager',
    'Northwind Labs',
    'You will run the release train of our payments platform with four engineering teams, and report progress to leadership every week.',
    'Responsibilities',
    '- Plan each quarter with the engineering managers and keep the plan honest as it changes',
    '- Track dependencies between the teams and raise the ones that put a date at risk',
    '- Write the weekly status for the leadership team and run the steering meeting',
    'Requirements',
    '- Five years of program management in software delivery',
    '- Experience with SAFe at the scale of several teams',
    '- Scrum, with teams spread over time zones',
  ].join('\n');
  const resume = 'Agile methods, with Scrum teams';

  it("names what the resume has instead by the concepts' labels, not their ids", () => {
    const report = formatReport(analyze(posting, resume), false);
    expect(report).toMatch(/SAFe.*\(resume has: [^)]*Agile/);
    expect(report).not.toMatch(/resume has: [^)]*\bagile\b/);
  });

  it('still reads an analysis stored before 0.5, which carries only the ids', () => {
    const a = analyze(posting, resume);
    const stored = { ...a, terms: a.terms.map(({ relatedInResumeLabels: _labels, ...t }) => t) };
    expect(formatReport(stored, false)).toMatch(/resume has: [^)]*\bagile\b/);
  });
});
