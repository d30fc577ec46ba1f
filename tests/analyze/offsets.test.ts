import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultPagesDir, pageNames, readPage } from '../../scripts/eval-pages';
import type { Analysis, TextSpan } from '../../src/analyze/analysis-schema';
import { analysisSchema } from '../../src/analyze/analysis-schema';
import { parseHtml } from '../../src/cli/parse-html';
import { extractPosting } from '../../src/extract';
import { analyze, type PostingInput } from '../../src/index';

/**
 * Every way a span can be wrong, for all terms of one analysis at once: out of order, outside the text, not the
 * words its evidence quotes, fewer or more than `count`.
 */
function spanProblems(text: string, side: 'job' | 'resume', analysis: Analysis): string[] {
  const problems: string[] = [];
  for (const term of analysis.terms) {
    const found = side === 'job' ? term.job : term.resume;
    if (!found || found.count === 0) continue;
    const spans: TextSpan[] = found.spans ?? [];
    const at = (s: TextSpan) => text.slice(s.start, s.end);
    if (spans.length !== found.count) problems.push(`${term.id}: ${spans.length} spans for count ${found.count}`);
    spans.forEach((s, i) => {
      if (!(s.start < s.end && s.end <= text.length)) problems.push(`${term.id}: span ${s.start}-${s.end} outside the text`);
      if (i && spans[i - 1].start > s.start) problems.push(`${term.id}: spans out of text order at ${s.start}`);
    });
    const quoted = new Set(spans.map(at));
    for (const e of found.evidence) if (!quoted.has(e)) problems.push(`${term.id}: evidence “${e}” is at no span`);
    // Evidence keeps at most 8 distinct quotes; below that, every span's words are among them.
    if (quoted.size <= 8) for (const q of quoted) if (!found.evidence.includes(q)) problems.push(`${term.id}: span “${q}” is no evidence`);
  }
  return problems;
}

describe('evidence offsets', () => {
  it.each<[string, string, number]>([
    ['a plain posting', 'Requirements\n- 5+ years with Jira and Confluence\n- PMP certification\nNice to have\n- Jira admin, SAFe', 4],
    // Non-ASCII before the hits: offsets count UTF-16 code units, as String.prototype.slice does.
    ['emoji and accents before the hits', 'Café 🚀 Team — Requirements\n- Ran Scrum ceremonies 😀 with Jira\n- Kubernetes, AWS', 4],
    ['a posting with CRLF line breaks', 'Requirements\r\n- Stakeholder management\r\n- Risk management and Jira\r\n', 3],
    ['text with no known term', 'We sell bicycles and repair them on Saturdays.', 0],
  ])('index the text as given: %s', (_, text, atLeast) => {
    const a = analyze(text);
    expect(() => analysisSchema.parse(a)).not.toThrow();
    expect(a.terms.length).toBeGreaterThanOrEqual(atLeast);
    expect(spanProblems(text, 'job', a)).toEqual([]);
  });

  it('index a Posting whose title and company lead its text, and the resume text on the resume side', () => {
    const posting: PostingInput = {
      title: 'Technical Program Manager',
      company: 'Acme',
      text: 'Technical Program Manager\nAcme\nRequirements\n- Agile delivery with Jira\n- SQL and Tableau dashboards',
    };
    const resume = 'Jane Doe\nExperience\n- Led Agile release trains using Jira and Confluence\nSkills: SQL, Kubernetes';
    const a = analyze(posting, resume);
    expect(spanProblems(posting.text, 'job', a)).toEqual([]);
    expect(spanProblems(resume, 'resume', a)).toEqual([]);
    expect(a.terms.find((t) => t.id === 'jira')?.resume?.spans).toHaveLength(1);
    // A concept the resume does not name has no spans there (the field is absent, as `strength` is).
    const missing = a.terms.find((t) => t.resume?.count === 0);
    expect(missing?.resume).toEqual({ count: 0, evidence: [] });
  });

  it('keep the offsets into the kept prefix of a text too long to read whole', () => {
    const line = '- Coordinated releases across teams with Jira and Confluence, tracking risks and dependencies.\n';
    const text = `Requirements\n${line.repeat(4000)}`;
    const a = analyze(text);
    expect(a.job.truncated).toBe(true);
    expect(spanProblems(text, 'job', a)).toEqual([]);
  });
});

// The saved real job pages and the corpus postings, where present (../shared, beside the project in CI).
const pagesPresent = existsSync(defaultPagesDir);
const corpusDir = join(import.meta.dirname, '../../../shared/corpus/postings');
const corpusPresent = existsSync(corpusDir);
if (!pagesPresent) console.log(`skipping evidence offsets on the saved pages: ${defaultPagesDir} is absent`);
if (!corpusPresent) console.log(`skipping evidence offsets on the corpus: ${corpusDir} is absent`);

describe.skipIf(!pagesPresent)('evidence offsets on the saved real job pages', () => {
  it('quote the posting text the extractor produced, for every term of every page', () => {
    const problems = pageNames(defaultPagesDir).flatMap((name) => {
      const { label, html } = readPage(defaultPagesDir, name);
      const posting = extractPosting(parseHtml(html), label.url);
      return spanProblems(posting.text, 'job', analyze(posting)).map((p) => `${name}: ${p}`);
    });
    expect(problems, problems.join('\n')).toEqual([]);
  });
});

describe.skipIf(!corpusPresent)('evidence offsets on the corpus postings', () => {
  it('quote the posting text, and the sample resume on the resume side, for every term', () => {
    const resume = readFileSync('samples/resume.txt', 'utf8');
    const files = corpusPresent ? readdirSync(corpusDir).filter((f) => /^p\d+\.txt$/.test(f)) : [];
    expect(files.length).toBeGreaterThan(100);
    const problems = files.flatMap((file) => {
      const text = readFileSync(join(corpusDir, file), 'utf8');
      const a = analyze(text, resume);
      return [...spanProblems(text, 'job', a), ...spanProblems(resume, 'resume', a)].map((p) => `${file}: ${p}`);
    });
    expect(problems, problems.join('\n')).toEqual([]);
  });
});
