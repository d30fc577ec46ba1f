import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readResumeArg } from '../../src/cli/read-resume-file';
import { analyze } from '../../src/index';
import { checkResumeFile, MAX_FILE_BYTES } from '../../src/resume/read-resume';

// Real PDF and DOCX files (tests/fixtures/resumes/make.py), read by the same code the options page uses.
const fixture = (name: string) => `tests/fixtures/resumes/${name}`;
const sample = readFileSync('samples/resume.txt', 'utf8');

describe('reading resume files', () => {
  it.each(['resume.pdf', 'resume.docx'])('reads the text of %s', async (name) => {
    const text = await readResumeArg(fixture(name), '--resume');
    for (const line of [
      'Jordan Rivera',
      'Managed cross-team dependencies and kept a shared RAID log reviewed weekly with engineering leads',
      'Certified ScrumMaster (CSM)',
    ]) {
      expect(text).toContain(line);
    }
    expect(text.split('\n').length).toBeGreaterThan(sample.split('\n').length / 2); // lines survive
  });

  it("reads the words a printed resume hyphenated at its lines' ends as whole words", async () => {
    const resume = await readResumeArg(fixture('hyphenated.pdf'), '--resume');
    const posting = 'Technical Program Manager\n\nRequirements\n- Program management\n- Stakeholder management\n- Risk management\n- Distributed systems\n';
    const terms = Object.fromEntries(analyze(posting, resume).terms.map((t) => [t.id, t]));
    for (const id of ['program-management', 'stakeholder-management', 'risk-management', 'distributed-systems']) expect(terms[id].status).toBe('covered');
    // quoted from the resume as written
    expect(terms['risk-management'].resume?.evidence).toEqual(['risk manage-\nment']);
  });

  it.each([
    ['corrupt.pdf', /not a readable PDF/],
    ['password.pdf', /password-protected/],
    ['scanned.pdf', /without a text layer/],
    ['empty.pdf', /is empty/],
    ['corrupt.docx', /not a readable Word document/],
  ])('refuses %s with a clear message', async (name, message) => {
    await expect(readResumeArg(fixture(name), '--resume')).rejects.toThrow(message);
  });

  it.each([
    ['photo.png', 100, /not a resume format we read/],
    ['huge.pdf', 30 * 1024 * 1024, /30\.0 MB; the limit is 10\.0 MB/],
  ])('refuses %s before reading it', (name, size, message) => {
    expect(() => checkResumeFile(name, size)).toThrow(message);
  });

  it('accepts a file at the size limit', () => {
    expect(checkResumeFile('cv.docx', MAX_FILE_BYTES)).toBe('docx');
  });
});
