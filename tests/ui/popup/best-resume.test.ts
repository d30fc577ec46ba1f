import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/index';
import { resumeScore } from '../../../src/storage/history-entry';
import { bestFit } from '../../../src/ui/popup/best-resume';

const posting = [
  'Senior Technical Program Manager',
  'Requirements',
  '- 7+ years of program management with Kubernetes, AWS and Terraform',
  '- Jira and Confluence',
  "- Bachelor's degree in Computer Science",
  'Nice to have',
  '- PMP certification',
].join('\n');
const cloud = {
  id: 'cloud',
  name: 'Cloud TPM',
  text: 'Technical Program Manager. Led Kubernetes and AWS migrations with Terraform; tracked work in Jira.\nB.S. in Computer Science.',
};
const office = { id: 'office', name: 'Office generalist', text: 'Office coordinator. Scheduled meetings and ordered supplies; tracked requests in Jira.' };
const scores = [office, cloud].map((resume) => resumeScore(resume, analyze(posting, resume.text))!);
const { terms } = analyze(posting);

describe('best resume for a posting', () => {
  it('names the best when another is shown, with the required terms that make the difference', () => {
    const fit = bestFit(scores, terms, 'office')!;
    expect(fit.best.name).toBe('Cloud TPM');
    expect(fit.other.name).toBe('Office generalist');
    expect(fit.shownIsBest).toBe(false);
    expect(fit.best.score).toBeGreaterThan(fit.other.score);
    expect(fit.difference).toHaveLength(3);
    expect(fit.difference).not.toContain('Jira'); // both cover it
    // Tools before degrees: the terms that tell these two resumes apart, though the degree is required too.
    expect(
      fit.difference.every((l) => ['Kubernetes', 'AWS', 'Terraform'].includes(l)),
      fit.difference.join(),
    ).toBe(true);
  });

  it('says the shown resume is best, compared with the next', () => {
    const fit = bestFit(scores, terms, 'cloud')!;
    expect(fit).toMatchObject({ shownIsBest: true, best: { id: 'cloud' }, other: { id: 'office' }, compared: 2 });
  });

  it('keeps the shown resume on a tie', () => {
    const same = [
      { ...scores[1], resumeId: 'x', resumeName: 'X' },
      { ...scores[1], resumeId: 'y', resumeName: 'Y' },
    ];
    expect(bestFit(same, terms, 'y')).toMatchObject({ shownIsBest: true, best: { id: 'y' }, difference: [] });
  });

  it.each([
    ['one resume', scores.slice(0, 1)],
    ['no resume', []],
  ])('names none with %s', (_, some) => expect(bestFit(some, terms)).toBeUndefined());

  it('gives no score without a resume, so such an analysis names none', () => expect(resumeScore(office, analyze(posting))).toBeUndefined());
});
