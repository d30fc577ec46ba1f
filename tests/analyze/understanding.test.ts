import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analysisSchema } from '../../src/analyze/analysis-schema';
import { LOW_UNDERSTANDING, LOW_UNDERSTANDING_OTHER_TRADE } from '../../src/analyze/understanding';
import { analyze } from '../../src/index';

const fixture = (name: string) => readFileSync(`tests/fixtures/postings/${name}`, 'utf8');
const resume = readFileSync('samples/resume.txt', 'utf8');

describe('how much of a posting the taxonomy understood', () => {
  it.each([
    // its CAD suite (AutoCAD) is a known tool: below the threshold for a title of another trade, not the general one
    ['an electrical design engineer (PLC, SCADA, switchgear)', 'electrical-engineer.txt', LOW_UNDERSTANDING_OTHER_TRADE],
    ['a pastry chef', 'pastry-chef.txt', LOW_UNDERSTANDING],
  ])('says plainly that %s is outside the TPM vocabulary', (_, file, threshold) => {
    const a = analyze(fixture(file), resume);
    expect(() => analysisSchema.parse(a)).not.toThrow();
    expect(a.understanding?.low).toBe(true);
    expect(a.understanding?.share).toBeLessThan(threshold);
    expect(a.understanding?.requirementLines).toBeGreaterThanOrEqual(10);
    expect(a.notices?.join(' ')).toMatch(/mostly outside the TPM vocabulary: only \d+ of its \d+ requirement lines/);
    expect(a.score).not.toBeNull(); // still there for whoever wants it
  });

  it('understands the sample TPM posting and adds no notice', () => {
    const a = analyze(readFileSync('samples/posting.txt', 'utf8'), resume);
    expect(a.understanding?.low).toBe(false);
    expect(a.understanding?.share).toBeGreaterThan(0.5);
    expect(a.notices?.join(' ') ?? '').not.toMatch(/outside the TPM vocabulary/);
  });

  it.each([
    // [posting, requirement lines, lines with a known term, share]
    ['Requirements\n- Run sprint planning with Jira\n- Manage stakeholders across teams\n- Own the risk register\n- Bake sourdough bread daily', 4, 3, 0.75],
    // An industry or a degree alone is named by every trade's postings.
    ['Requirements\n- Bachelor degree in nursing\n- Five years in hospitals\n- Care for patients on night shifts\n- Keep medication charts tidy', 4, 0, 0],
    // Too few lines to judge: no share, no verdict.
    ['Requirements\n- Jira experience\n- Bake bread', 2, 1, null],
  ])('%j', (text, lines, known, share) => {
    const u = analyze(text).understanding;
    expect(u).toMatchObject({ requirementLines: lines, linesWithKnownTerm: known, share });
    expect(u?.low).toBe(share !== null && share < LOW_UNDERSTANDING);
  });

  it.each([
    // [title, low]: the same body, three of its ten requirement lines in the TPM vocabulary (0.3).
    ['Power Systems Engineer', true],
    ['Technical Program Manager, Power Systems', false],
    ['', false],
  ])('judges a posting titled %j more strictly when the title names another trade', (title, low) => {
    const body = [
      'Responsibilities',
      '- Size transformers and switchgear for new halls',
      '- Run arc-flash and short-circuit studies',
      '- Review shop drawings from electrical contractors',
      '- Witness factory tests of generators',
      '- Manage stakeholders across the design and construction teams',
      '- Report status to the steering committee every week',
      '- Own the risk register of the electrical package',
      '- Walk the site before energization',
      '- Specify battery rooms for each hall',
      '- Keep one-line diagrams current',
    ].join('\n');
    const u = analyze(title ? `${title}\n\n${body}` : body).understanding;
    expect(u).toMatchObject({ requirementLines: 10, linesWithKnownTerm: 3, share: 0.3, low });
  });

  it('judges the body lines of a posting without headings', () => {
    const text =
      'Program manager\nYou will run sprint planning with Jira and Confluence.\nYou will manage stakeholders across five teams.\nYou will own the risk register and the release plan.\nYou will report status to the steering committee.';
    expect(analyze(text).understanding).toMatchObject({ requirementLines: 4, low: false });
  });
});

const dirs = ['../shared/corpus/postings', '../shared/eval/unlabelled', '../shared/eval/postings'];
describe.skipIf(!dirs.every(existsSync))('the shared TPM postings (skipped where ../shared is absent)', () => {
  it('none of the English ones is called outside the vocabulary', () => {
    const low: string[] = [];
    let read = 0;
    for (const dir of dirs)
      for (const file of readdirSync(dir)) {
        // d* is the check fold, never read here.
        if (!file.endsWith('.txt') || file.startsWith('d')) continue;
        const a = analyze(readFileSync(`${dir}/${file}`, 'utf8'));
        if (a.job.language !== 'en' || a.job.isPosting === false) continue;
        read++;
        if (a.understanding?.low) low.push(`${file}: ${a.understanding.share}`);
      }
    expect(read).toBeGreaterThan(90);
    expect(low, low.join('\n')).toEqual([]);
  });
});
