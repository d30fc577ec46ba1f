import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index';

const posting = readFileSync('samples/posting.txt', 'utf8');
const resume = readFileSync('samples/resume.txt', 'utf8');

// Text the way pages really come: any Unicode, markup, emoji, right-to-left script, skill words.
const words = [
  'Jira',
  'SAFe',
  'safe',
  'Go',
  'go',
  'PMP',
  'Scrum',
  'Excel',
  'excel at',
  'Teams',
  '<li>',
  '</p>',
  '&amp;',
  '\u200B',
  '•',
  '\n',
  '- ',
  'Requirements:',
  'Nice to have:',
  '👩‍💻',
  'مدير مشروع',
  'a plus',
  'not required',
];
const messy = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.array(fc.constantFrom(...words), { maxLength: 80 }).map((w) => w.join(' ')),
);

const evidenceIsVerbatim = (job: string, resumeText: string | undefined, a: ReturnType<typeof analyze>) =>
  a.terms.every((t) => t.job.evidence.every((e) => job.includes(e)) && (t.resume?.evidence ?? []).every((e) => resumeText?.includes(e)));

describe('analyze() on any input', () => {
  it('returns, with verbatim evidence, a score in 0-100, and the same result twice', () => {
    fc.assert(
      fc.property(messy, fc.option(messy, { nil: undefined }), (job, cv) => {
        const a = analyze(job, cv);
        expect(evidenceIsVerbatim(job, cv, a)).toBe(true);
        if (cv === undefined) expect(a.score).toBeNull();
        else {
          expect(a.score).toBeGreaterThanOrEqual(0);
          expect(a.score).toBeLessThanOrEqual(100);
        }
        expect(analyze(job, cv)).toEqual(a);
      }),
      { numRuns: 150 },
    );
  });

  it('never raises the score when a resume sentence is repeated', () => {
    const sentences = resume.split(/(?<=[.\n])/).filter((s) => s.trim());
    const base = analyze(posting, resume).score!;
    fc.assert(
      fc.property(fc.constantFrom(...sentences), fc.integer({ min: 1, max: 20 }), (sentence, times) => {
        expect(analyze(posting, resume + sentence.repeat(times)).score).toBe(base);
      }),
      { numRuns: 60 },
    );
  });

  it('never turns a covered term into a missing one when an unrelated paragraph is appended to the posting', () => {
    const covered = analyze(posting, resume)
      .terms.filter((t) => t.status === 'covered')
      .map((t) => t.id);
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (paragraph) => {
        const after = analyze(`${posting}\n\n${paragraph}`, resume);
        for (const id of covered) expect(after.terms.find((t) => t.id === id)?.status).toBe('covered');
      }),
      { numRuns: 60 },
    );
  });
});

describe('analyze() on huge input', () => {
  it('handles 1 MB of text, cut at a section boundary and said so', () => {
    const big = posting.repeat(Math.ceil(1_000_000 / posting.length));
    const a = analyze(big, resume);
    expect(a.job.words).toBeGreaterThan(40_000);
    expect(a.job.truncated).toBe(true);
    expect(evidenceIsVerbatim(big, resume, a)).toBe(true);
  });

  it('handles one 100,000-character line', () => {
    const line = 'Jira and Kubernetes experience, '.repeat(3200).slice(0, 100_000);
    const a = analyze(line, line);
    expect(a.terms.map((t) => t.id)).toEqual(expect.arrayContaining(['jira', 'kubernetes']));
  });
});
