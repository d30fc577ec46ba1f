import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The labelled set sits beside the project in CI; a user's clone has none, and this suite says so.
const EVAL = '../shared/eval';
const present = existsSync(EVAL);
if (!present) console.warn(`eval tests skipped: ${EVAL} is absent (it is present in CI)`);

describe.skipIf(!present)('npm run eval on ../shared/eval', () => {
  const out = present ? execFileSync('node_modules/.bin/tsx', ['scripts/eval.ts', EVAL], { encoding: 'utf8' }) : '';
  const figure = (name: string) => Number(out.match(new RegExp(`^${name}\\s+(-?[\\d.]+)`, 'm'))?.[1]);

  // Floors at what the analyzer reached (issue 9), so that nothing slips back. Dev and corpus are tuned on; the
  // check fold is measured only: its floor guards generalization, and nobody reads its misses to raise it. The dev
  // recall and pair floors went down on purpose: 61 two-word aliases that only development postings used came out
  // (480a643), which cost the dev fold 15 concepts and nothing elsewhere.
  it('keeps the dev fold at its floor', () => {
    expect(figure('dev posting recall')).toBeGreaterThanOrEqual(0.95);
    // 0.941 (365/388) until df8bc93, whose one new dev term is right and unlabelled: b08 'leading, planning,
    // executing, and closing multiple high-impact projects' names multi-project management (365/389, 0.938).
    // 0.936 (367/392) until 6856957, whose one new dev term is right and unlabelled: b11's title 'Program/Project
    // Management Manager' names program management as 'project management' (reported before) (367/393, 0.934).
    expect(figure('dev precision \\(lower bound\\)')).toBeGreaterThanOrEqual(0.934);
    expect(figure('dev importance accuracy')).toBeGreaterThanOrEqual(0.94);
    expect(figure('dev trap hits')).toBeLessThanOrEqual(0);
    expect(figure('dev resume recall')).toBeGreaterThanOrEqual(0.98);
    expect(figure('dev pair verdict accuracy')).toBeGreaterThanOrEqual(0.94);
    expect(figure('dev resume strength accuracy')).toBeGreaterThanOrEqual(0.955);
  });

  it('keeps the corpus fold (postings this project labelled) at its floor', () => {
    // Session 42: 0.918 (bare 'communication', @resolve/@surface, ICT); the floor at 0.915. Session 46: 0.924; at 0.92.
    // Session 49: 0.928; at 0.925. Session 50: 0.930 (sentence reviews of technical, compliance, tool, release asks).
    expect(figure('corpus posting recall')).toBeGreaterThanOrEqual(0.93);
    // 0.9599 in session 12 (2727/2841, printed 0.960): its new unlabelled terms are mostly right readings the labels lack.
    // 0.959 -> 0.956 in session 14 from labels alone (20a3b15: the role's own name labels no practice, as in the dev
    // golds), while the analyzer still reports a practice the title names. 0.955 -> 0.954 in session 30 (4678693: the
    // concept's own name is the evidence where a pattern's span cut it): 3 terms whose long span had overlapped another
    // concept's gold ('degree or equivalent' over 'BA/BS degree') now show 'equivalent practical experience'.
    // 0.954 -> 0.953 in session 40 (the verb class @manage): +14 labelled terms and 2 the labels lack ('drive a task
    // to completion' as task management, 'driving ... tight timeline projects' as scheduling).
    expect(figure('corpus precision \\(lower bound\\)')).toBeGreaterThanOrEqual(0.953);
    // 0.919 -> 0.927 in session 13 (restored line breaks, prose that pictures the candidate stays mentioned); 0.934 in
    // session 23 (sub-headings of no known kind go on with the heading above them, 82b2c71).
    expect(figure('corpus importance accuracy')).toBeGreaterThanOrEqual(0.93);
    expect(figure('corpus trap hits')).toBeLessThanOrEqual(6);
  });

  // Labelled blind in session 7 (no analyzer run on them): 0.791 / 0.948 / 0.929 / 1 trap before that session's
  // changes, 0.793 / 0.949 / 0.928 / 1 after. Tuned on since, like corpus. Session 8: 0.797, and 0.823 with the
  // named requirements outside the taxonomy (otherKeywords with a kind) counted as terms. Session 9: 0.810 (0.836).
  // Session 10: 0.837 (0.863). Session 11: 0.856 (0.882). Session 12: 0.863. Session 13: 0.861
  // (a wrong 'building systems' reading had credited one gold), importance 0.935 -> 0.948. Session 14: 0.864.
  // Session 15: 0.864 (and a second blind set, labels7 outside the project: 0.774 / 0.900 / no trap, unmoved).
  // Session 20: 0.866 (a glued gold span now scored, 1b0e540), importance 0.950 (5a6f940).
  // Session 21: 0.868 (a slash or an ampersand for a surface's 'and', 5131ce6), importance 0.950.
  // Session 23: precision 0.964 -> 0.968 (a paragraph between the employer's own is the employer's, 7706481).
  // Session 39: 0.879 (0.903 with the named requirements): floors raised to what the fold reached. Session 40: 0.882.
  it('keeps the fresh fold (the unlabelled postings, labelled blind) at its floor', () => {
    // Session 49: 0.907 (certifications and public-sector laws by their catalogs' names); the floors at 0.9 and 0.915.
    expect(figure('fresh posting recall')).toBeGreaterThanOrEqual(0.9);
    expect(figure('fresh \\+named posting recall')).toBeGreaterThanOrEqual(0.915);
    expect(figure('fresh \\+named precision')).toBeGreaterThanOrEqual(0.95);
    expect(figure('fresh precision \\(lower bound\\)')).toBeGreaterThanOrEqual(0.965);
    expect(figure('fresh importance accuracy')).toBeGreaterThanOrEqual(0.948);
    expect(figure('fresh trap hits')).toBeLessThanOrEqual(0);
  });

  it('keeps the check fold at its floor', () => {
    // Session 12: the list-aware gap found 3 more check concepts (0.807 -> 0.813) and 1 term without a label (precision
    // 0.939 -> 0.938); importance is counted over found concepts, and 1 of the 3 new ones has another (0.915 -> 0.913).
    // The precision and importance floors went down by that much, well above the targets (0.92, 0.90).
    // Session 39: 0.824 since session 38; the floor at what it reached. Session 40: 0.830 (the verb class @manage).
    // Session 41: 0.837 (the verb class @define). Session 43: 0.841 (reliability, influence); the floor at 0.84.
    // Session 46: 0.850 (standard names of industries' systems and of operations management); the floor at 0.845.
    // Session 48: 0.856 (practices by the skills frameworks' names: SFIA, DDaT, APM, PMBOK 7); the floor at 0.855.
    // Session 49: 0.861 (duty and qualification phrasings from O*NET's task statements and descriptors); at 0.86.
    // Session 50: 0.865 (role summaries, release and deployment phrasings); at 0.865.
    expect(figure('check posting recall')).toBeGreaterThanOrEqual(0.865);
    expect(figure('check precision \\(lower bound\\)')).toBeGreaterThanOrEqual(0.935);
    expect(figure('check importance accuracy')).toBeGreaterThanOrEqual(0.91);
    expect(figure('check trap hits')).toBeLessThanOrEqual(5);
  });

  it('prints the figures of every fold and never the check fold misses', () => {
    expect(out).toMatch(/== dev fold/);
    expect(out).toMatch(/== corpus fold/);
    expect(out).toMatch(/== fresh fold/);
    expect(out).toMatch(/== check fold/);
    expect(out).toMatch(/dev - check recall gap/);
    expect(out).not.toMatch(/^ {2}d\d\d {2}/m);
  });
});

describe.skipIf(!present)('npm run eval -- --flattened (postings whose line breaks became spaces)', () => {
  const out = present ? execFileSync('node_modules/.bin/tsx', ['scripts/eval.ts', '--fold', 'corpus', '--flattened', EVAL], { encoding: 'utf8' }) : '';
  const figure = (name: string) => Number(out.match(new RegExp(`^${name}\\s+(-?[\\d.]+)`, 'm'))?.[1]);

  // As published the corpus fold reads 0.914 / 0.956 / 0.925; flattened it read 0.846 / 0.950 / 0.725 before a field's
  // reach was bounded (3a1223d), pay before an amount stopped heading what follows it, and headings inside a run of text
  // were read as headings: a floor at what it reached. Session 24: 0.859 -> 0.879 once a lead-in inside the run ("What
  // you'll need to be successful in this role:", "And nice to have...") heads what follows it; 0.888 with the inner
  // headings of fcf592f and 55bd2dd. Session 25: 0.895 (pay with a currency code, qualifiers and numbers in inner headings).
  it('keeps the corpus fold, flattened, at its floor', () => {
    expect(out).toMatch(/read with their line breaks as spaces/);
    expect(figure('corpus posting recall')).toBeGreaterThanOrEqual(0.9);
    expect(figure('corpus precision \\(lower bound\\)')).toBeGreaterThanOrEqual(0.95);
    expect(figure('corpus importance accuracy')).toBeGreaterThanOrEqual(0.89);
  });
});

describe.skipIf(!present)('npm run eval -- --wrapped (postings broken at a column, as a PDF or an e-mail gives them)', () => {
  // Corpus and check in one run: the check fold's figure caught a heading rule that only the wrapped form showed (c2db98b).
  const out = present ? execFileSync('node_modules/.bin/tsx', ['scripts/eval.ts', '--wrapped', '--fold', 'corpus', EVAL], { encoding: 'utf8' }) : '';
  const check = present ? execFileSync('node_modules/.bin/tsx', ['scripts/eval.ts', '--wrapped', '--fold', 'check', EVAL], { encoding: 'utf8' }) : '';
  const figure = (name: string) => Number(out.match(new RegExp(`^${name}\\s+(-?[\\d.]+)`, 'm'))?.[1]);

  // Broken at column 76 the corpus fold read 0.899 / 0.945 / 0.858 with 22 trap hits, before a wrapped posting was
  // read with its wrapped lines joined (isHardWrapped, joinWrappedLines); now about as published (0.914 / 0.956 /
  // 0.930, 6): a floor at what it reached. Importance 0.933 in session 23.
  it('keeps the corpus fold, wrapped, at its floor', () => {
    expect(out).toMatch(/read broken at column 76/);
    // Session 42: 0.918 (bare 'communication', @resolve/@surface, ICT); the floor at 0.915.
    expect(figure('corpus posting recall')).toBeGreaterThanOrEqual(0.915);
    expect(figure('corpus precision \\(lower bound\\)')).toBeGreaterThanOrEqual(0.95);
    expect(figure('corpus importance accuracy')).toBeGreaterThanOrEqual(0.93);
    expect(figure('corpus trap hits')).toBeLessThanOrEqual(8);
  });

  it('keeps the check fold, wrapped, at its floor (figures only)', () => {
    const checkFigure = (name: string) => Number(check.match(new RegExp(`^${name}\\s+(-?[\\d.]+)`, 'm'))?.[1]);
    expect(checkFigure('check posting recall')).toBeGreaterThanOrEqual(0.8);
    expect(checkFigure('check importance accuracy')).toBeGreaterThanOrEqual(0.91);
  });
});

describe.skipIf(!present)('npm run eval -- --restyled (postings set as other writers set them), on the check fold', () => {
  const out = present ? execFileSync('node_modules/.bin/tsx', ['scripts/eval.ts', '--restyled', '--fold', 'check', EVAL], { encoding: 'utf8' }) : '';
  /** Each style's check figures: recall, precision, importance, trap hits. */
  const rows = new Map([...out.matchAll(/^(\S.*?)\s{2,}([\d.]+) \/ ([\d.]+) \/ ([\d.]+) \/ (\d+)/gm)].map((m) => [m[1], m.slice(2).map(Number)]));

  // Measured when the styles came (fba3d59 and after): every style within 0.01 of the published importance (0.918)
  // but the two without list marks (0.887 each: a short item reads as a heading where nothing marks it, and a
  // paragraph after a list's lines cannot always be told from one of them).
  const unmarked = new Set(['lists without marks', 'items as paragraphs']);
  it('keeps every style at its floor', () => {
    expect(rows.size).toBe(10);
    for (const [style, [recall, , importance]] of rows) {
      expect(recall, style).toBeGreaterThanOrEqual(0.8);
      expect(importance, style).toBeGreaterThanOrEqual(unmarked.has(style) ? 0.88 : 0.91);
    }
  });
});
