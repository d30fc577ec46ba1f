import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, expectRefusal, scratchFiles } from './run-cli';
import { analysisSchema } from '../../src/analyze/analysis-schema';

const { dir: scratch, file } = scratchFiles('tpm-lens-');
mkdirSync(join(scratch, 'cv.pdf'));

describe('tpm-lens analyze', () => {
  it('prints exactly one JSON object that follows the public contract', () => {
    const r = cli('analyze', '--job', 'samples/posting.txt', '--resume', 'samples/resume.txt', '--json');
    expect(r.code).toBe(0);
    const result = analysisSchema.parse(JSON.parse(r.stdout));
    expect(result.job).toMatchObject({ title: 'Senior Technical Program Manager, Cloud Platform', company: 'Northwind Robotics' });
    expect(result.score).toBeGreaterThan(0);
    expect(result.terms.map((t) => t.id)).toEqual(expect.arrayContaining(['jira', 'kubernetes', 'pmp', 'safe']));
  });

  it('gives a null score and statuses without a resume', () => {
    const result = analysisSchema.parse(JSON.parse(cli('analyze', '--job', 'samples/posting.txt', '--json').stdout));
    expect(result.score).toBeNull();
    expect(result.terms.every((t) => t.status === null && t.resume === null)).toBe(true);
  });

  it('prints a readable report with the score explained', () => {
    const r = cli('analyze', '--job', 'samples/posting.txt', '--resume', 'samples/resume.txt');
    expect(r.stdout).toMatch(/Coverage score \d+\/100: required \d+\/\d+ covered/);
    expect(r.stdout).toMatch(/Missing \(\d+\)/);
    expect(r.stdout).toMatch(/Suggested bullets/);
  });

  it('says when a text is not a job posting, instead of scoring it', () => {
    const news = file(
      'news.txt',
      `Local team wins the cup\n${'The home side won the final on Sunday after a late goal, and fans celebrated in the streets until midnight. '.repeat(4)}`,
    );
    const r = cli('analyze', '--job', news, '--resume', 'samples/resume.txt');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Note: This does not look like a job posting/);
    expect(r.stdout).not.toMatch(/Coverage score/);
  });

  it.each([
    ['a missing file', () => ['analyze', '--job', join(scratch, 'nope.txt')], /--job .*nope\.txt: no such file/],
    ['an empty file', () => ['analyze', '--job', file('empty.txt', '  \n')], /is empty/],
    ['a binary file', () => ['analyze', '--job', file('x.pdf', Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3]))], /not a text file/],
    ['a folder named like a resume', () => ['analyze', '--job', 'samples/posting.txt', '--resume', join(scratch, 'cv.pdf')], /cv\.pdf is a folder, not a file/],
    ['an unknown flag', () => ['analyze', '--job', 'samples/posting.txt', '--colour'], /Unknown option '--colour'/],
    ['no --job', () => ['analyze'], /analyze needs --job FILE/],
    ['an unknown command', () => ['survey'], /unknown command "survey"/],
  ])('rejects %s with one line on stderr and a non-zero exit', (_, args, message) => expectRefusal(cli(...args()), message));
});

describe('tpm-lens taxonomy', () => {
  it('prints the taxonomy as JSON', () => {
    const r = cli('taxonomy', '--json');
    expect(r.code).toBe(0);
    const { concepts } = JSON.parse(r.stdout);
    expect(concepts.length).toBeGreaterThanOrEqual(300);
    expect(concepts.find((c: { id: string }) => c.id === 'pmp')).toMatchObject({ category: 'certification' });
  });
});
