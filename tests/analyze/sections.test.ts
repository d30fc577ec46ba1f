import { describe, expect, it } from 'vitest';
import { headingKind, structurePosting } from '../../src/analyze/sections';

describe('headingKind', () => {
  it.each([
    ['Minimum qualifications', 'required'],
    ['Basic Qualifications:', 'required'],
    ["What you'll need", 'required'],
    ['What You’ll Bring', 'required'],
    ['You might be a fit if', 'required'],
    ['**Requirements**', 'required'],
    ['Preferred qualifications', 'preferred'],
    ['Nice to have:', 'preferred'],
    ['Bonus points', 'preferred'],
    ['What you’ll do', 'responsibilities'],
    ['Responsibilities', 'responsibilities'],
    ['About the role', 'responsibilities'],
    ['Benefits & perks', 'benefits'],
    ['Equal Opportunity Employer', 'legal'],
    ['About Acme', 'about'],
    ['HOW WE WORK', 'other'],
    ['Tools we use:', 'other'],
  ])('%j is a %s heading', (line, kind) => expect(headingKind(line)).toBe(kind));

  it.each([
    ['- Experience with Jira'],
    ['OR equivalent experience'],
    ['You will own the roadmap for our platform and report to the VP.'],
    ['Python'],
  ])('%j is not a heading', (line) => expect(headingKind(line)).toBeUndefined());
});

const weightOf = (text: string, phrase: string) => {
  const at = text.indexOf(phrase);
  return structurePosting(text).lines.find((l) => l.start <= at && at < l.end)?.weight;
};

describe('structurePosting', () => {
  const posting = [
    'Technical Program Manager',
    'Acme Corp',
    '',
    'What you will do',
    '- Drive the roadmap with Jira',
    '',
    'Requirements',
    '- 5+ years with Kubernetes; Terraform is a plus',
    '- Nice to have: Snowflake',
    '',
    'Preferred',
    '* PMP certification',
    '',
    'Benefits',
    'Medical, dental and a Zoom stipend',
    '',
    'Acme is an equal opportunity employer and uses Workday for hiring.',
  ].join('\n');

  it('reads title and company from the first lines', () => {
    expect(structurePosting(posting)).toMatchObject({ title: 'Technical Program Manager', company: 'Acme Corp' });
  });

  it.each([
    ['Jira', 'mentioned'],
    ['Kubernetes', 'required'],
    ['Terraform', 'preferred'],
    ['Snowflake', 'preferred'],
    ['PMP', 'preferred'],
    ['Zoom', 'boilerplate'],
    ['Workday', 'boilerplate'],
  ])('weighs %s as %s', (phrase, weight) => expect(weightOf(posting, phrase)).toBe(weight));

  it('finds requirements in a posting without headings', () => {
    const text = 'We need a TPM for our data platform.\nYou have 5+ years of experience with Airflow.\nYou will run planning with Asana.';
    expect(weightOf(text, 'Airflow')).toBe('required');
    expect(weightOf(text, 'Asana')).toBe('mentioned');
  });
});
