import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { InputError } from '../../src/cli/read-input';
import { EXIT_SOME_FAILED, runScan, type ScanJson } from '../../src/cli/scan';
import { scratchFiles } from './run-cli';

// Postings of our own: what a user saves from job boards, in every format the scan reads.
const POSTING_A = `Technical Program Manager, Payments Platform
Harbor Lane Systems

About the role
You will run cross-team programs that move our payments platform to the cloud.

Responsibilities
- Plan and track delivery across four engineering teams in Jira
- Own the program's risk management and report status to executives
- Run Scrum ceremonies and coach the teams in Agile practices

Requirements
- 5+ years of technical program management
- Experience with AWS and Kubernetes
- Strong stakeholder management

Nice to have
- PMP certification
`;

const POSTING_B = `# Senior Project Manager, Data Migration

**Company:** Quillfeather Analytics

## What you will do
- Lead the migration of customer data from the legacy warehouse
- Manage scope, schedule and budget, and keep a RAID log
- Work with engineering and product to plan each release

## What we look for
- Project management experience in software delivery
- Hands-on SQL and experience with Confluence and Jira
- Stakeholder management and clear written communication

## Bonus points
- PMP or PRINCE2
`;

const PAGE = `<!DOCTYPE html><html lang="en"><head><title>Release Manager - Copperfield Labs</title></head><body>
<nav><a href="/">Jobs</a> <a href="/about">About us</a></nav>
<main><article>
<h1>Release Manager</h1>
<p class="company">Copperfield Labs</p>
<p>Full-time, hybrid (Leeds)</p>
<h2>About the role</h2>
<p>You will own how our apps reach customers: every release of the mobile and web products goes through you, from the cut to the rollout.</p>
<h2>Responsibilities</h2>
<ul><li>Coordinate release planning across mobile and web teams</li><li>Own the release calendar in Jira and run go/no-go meetings</li>
<li>Improve our CI/CD pipelines with the DevOps team</li><li>Track risks and communicate status to stakeholders</li></ul>
<h2>Qualifications</h2>
<ul><li>3+ years of release management in software</li><li>Experience with Jenkins, Git and Agile delivery</li><li>Strong communication skills</li></ul>
<p><a href="/apply">Apply now</a></p>
</article></main><footer>Copperfield Labs is an equal opportunity employer.</footer></body></html>`;

const GERMAN = `Projektleiter IT-Infrastruktur (m/w/d)

Ihre Aufgaben
- Sie leiten Projekte zur Modernisierung unserer Rechenzentren und stimmen sich eng mit den Fachbereichen ab
- Sie erstellen Projektpläne, verfolgen Budgets und berichten an die Geschäftsführung
- Sie koordinieren externe Dienstleister und sorgen für eine termingerechte Umsetzung

Ihr Profil
- Abgeschlossenes Studium der Informatik oder eine vergleichbare Ausbildung
- Mehrjährige Erfahrung in der Leitung von IT-Projekten, gerne mit Jira und Confluence
- Sehr gute Deutschkenntnisse und gute Englischkenntnisse
`;

const RESUME = `Alex Doe, Technical Program Manager

Experience
- Led Agile delivery for three Scrum teams using Jira and Confluence
- Managed stakeholders across finance and engineering, reporting status to executives
- Ran risk management for a cloud migration to AWS

Skills: Kubernetes, Terraform, Tableau
`;

/** A one-page PDF whose text layer holds `lines` (Helvetica), with a correct cross-reference table. */
function pdfOf(lines: string[]): Buffer {
  const pdfString = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);
  const content = `BT /F1 11 Tf 14 TL 50 790 Td ${lines.map((l) => `(${pdfString(l)}) Tj T*`).join(' ')} ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const at = pdf.length;
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

const { dir, file } = scratchFiles('tpm-lens-scan-');
file('a-payments.txt', POSTING_A);
file('b-migration.md', POSTING_B);
mkdirSync(join(dir, 'saved'));
file('saved/release.html', PAGE);
file('saved/infra.pdf', pdfOf(POSTING_A.replace('Technical Program Manager, Payments Platform', 'Program Manager, Card Issuing').split('\n')));
file('de-projektleiter.txt', GERMAN);
file('broken.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
file('empty.md', '   \n');
copyFileSync('tests/fixtures/resumes/corrupt.pdf', join(dir, 'saved', 'corrupt.pdf'));
file('logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47]));
file('notes.json', '{}');
mkdirSync(join(dir, '.trash'));
file('.trash/old.txt', POSTING_B);
const resume = file('resume.txt.keep', RESUME); // not a posting extension: the resume may sit beside the postings

/** The scan's JSON contract, checked as a consumer would. */
const scanJsonSchema = z.object({
  schemaVersion: z.literal(1),
  postings: z.number().int().nonnegative(),
  failed: z.number().int().nonnegative(),
  counted: z.number().int().nonnegative(),
  concepts: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      category: z.string(),
      postings: z.number().int().positive(),
      required: z.number().int().nonnegative(),
      preferred: z.number().int().nonnegative(),
      mentioned: z.number().int().nonnegative(),
      share: z.number().min(0).max(1),
      covered: z.enum(['covered', 'partial', 'missing']).optional(),
    }),
  ),
  topGaps: z.array(z.object({ id: z.string(), label: z.string(), weight: z.number(), bullets: z.array(z.string()).min(1) })).optional(),
  rareStrengths: z.array(z.object({ id: z.string(), label: z.string(), postings: z.number() })).optional(),
  files: z.array(
    z.object({
      path: z.string(),
      title: z.string(),
      company: z.string(),
      language: z.string().optional(),
      score: z.number().min(0).max(100).optional(),
      skipped: z.string().optional(),
      error: z.string().optional(),
    }),
  ),
});

/** Runs the command in this process, as main.ts does, with stderr captured (not a terminal). */
async function scan(...argv: string[]) {
  const lines: string[] = [];
  const result = await runScan(argv, { stderr: { write: (s: string) => lines.push(s) } });
  return { ...result, stderr: lines.join('') };
}
const scanJson = async (...argv: string[]) => {
  const r = await scan(...argv, '--json');
  const raw = JSON.parse(r.output) as ScanJson;
  scanJsonSchema.parse(raw);
  return { ...r, json: raw };
};

describe('tpm-lens scan', () => {
  let withResume: Awaited<ReturnType<typeof scanJson>>;
  beforeAll(async () => {
    withResume = await scanJson(dir, '--resume', resume);
  }, 30_000);

  it('reads every .txt, .md, .html and .pdf under the folder, and lists the files it could not read', () => {
    const { json, exitCode, stderr } = withResume;
    expect(json.files.map((f) => f.path)).toEqual([
      'a-payments.txt',
      'b-migration.md',
      'broken.txt',
      'de-projektleiter.txt',
      'empty.md',
      'saved/corrupt.pdf',
      'saved/infra.pdf',
      'saved/release.html',
    ]);
    expect([json.postings, json.failed]).toEqual([5, 3]);
    expect(exitCode).toBe(EXIT_SOME_FAILED);
    // One line each on stderr, naming the file and why.
    expect(stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^tpm-lens scan: skipped broken\.txt: .*not a text file/),
      expect.stringMatching(/^tpm-lens scan: skipped empty\.md: .*empty/),
      expect.stringMatching(/^tpm-lens scan: skipped saved\/corrupt\.pdf: .*PDF/),
    ]);
    for (const f of json.files.filter((f) => f.error)) expect(f.error).not.toContain(dir);
  });

  it('reads a saved page as analyze --html does, and a PDF through its text layer', () => {
    const byPath = new Map(withResume.json.files.map((f) => [f.path, f]));
    expect(byPath.get('saved/release.html')).toMatchObject({ title: 'Release Manager', language: 'en' });
    expect(byPath.get('saved/infra.pdf')).toMatchObject({ title: 'Program Manager, Card Issuing' });
    expect(byPath.get('a-payments.txt')).toMatchObject({ title: 'Technical Program Manager, Payments Platform' });
    expect(byPath.get('saved/infra.pdf')?.score).toBeGreaterThan(0);
  });

  it('lists a posting in another language with its reason, and leaves it out of the concepts', () => {
    const german = withResume.json.files.find((f) => f.path === 'de-projektleiter.txt');
    expect(german).toMatchObject({ language: 'de', skipped: expect.stringMatching(/German/) });
    expect(german?.score).toBeUndefined();
    expect(withResume.json.counted).toBe(4);
    // Jira is named by all four English postings (the German one names it too, and is not counted).
    expect(withResume.json.concepts.find((c) => c.id === 'jira')).toMatchObject({ postings: 4, covered: 'covered' });
  });

  it('counts per concept the files that name it, split by importance, with the resume’s coverage and gaps', () => {
    const { json } = withResume;
    for (const c of json.concepts) expect(c.required + c.preferred + c.mentioned).toBe(c.postings);
    expect(json.concepts.find((c) => c.id === 'pmp')).toMatchObject({ postings: 3, covered: 'missing' });
    expect(json.topGaps?.map((g) => g.id)).toContain('pmp');
    expect(json.rareStrengths?.map((s) => s.id)).toEqual(expect.arrayContaining(['terraform', 'tableau']));
  });

  it('gives no coverage, gaps nor scores without a resume', async () => {
    const { json } = await scanJson(dir);
    expect(json.concepts.every((c) => c.covered === undefined)).toBe(true);
    expect(json.files.every((f) => f.score === undefined)).toBe(true);
    expect(json.topGaps).toBeUndefined();
    expect(json.concepts.map((c) => c.id)).toEqual(withResume.json.concepts.map((c) => c.id));
  });

  it('prints a table by default and CSV with --csv, --top rows of each', async () => {
    const table = await scan(dir, '--resume', resume, '--top', '3');
    expect(table.output).toMatch(/^Market view of .*: 4 postings \(1 more read but left out.*; 3 files could not be read/);
    expect(table.output).toMatch(/Concept +Category +Share +Postings +Req +Pref +Ment +Your resume/);
    expect(table.output).toMatch(/Your top gaps/);
    expect(table.output).toMatch(/\n {2}left out: de-projektleiter\.txt: This posting is in German/);
    expect(table.output).toMatch(/PMP.*\n\s+- /);
    const csv = (await scan(dir, '--csv', '--top', '3')).output.split('\n');
    expect(csv[0]).toBe('id,label,category,postings,share,required,preferred,mentioned,covered');
    expect(csv).toHaveLength(4);
    expect(csv[1]).toMatch(/^[a-z0-9-]+,[^,]+,[a-z-]+,4,1,/);
  });

  it('gives the same answer from worker threads as from its own thread', async () => {
    const threaded = await runScan([dir, '--resume', resume, '--json'], { stderr: { write: () => true } }, { threads: 2 });
    expect(JSON.parse(threaded.output)).toEqual(withResume.json);
    expect(threaded.exitCode).toBe(EXIT_SOME_FAILED);
  }, 30_000); // each worker loads the analyzer anew: seconds on a busy machine

  it('does not read the resume as a posting where it sits among them', async () => {
    const mixed = scratchFiles('tpm-lens-scan-resume-');
    mixed.file('posting.txt', POSTING_A);
    const inside = mixed.file('my-resume.txt', RESUME);
    const { json } = await scanJson(mixed.dir, '--resume', inside);
    expect(json.files.map((f) => f.path)).toEqual(['posting.txt']);
  });

  it('exits 0 when every file was read', async () => {
    const clean = scratchFiles('tpm-lens-scan-clean-');
    clean.file('one.txt', POSTING_A);
    const r = await scanJson(clean.dir);
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.json).toMatchObject({ postings: 1, failed: 0, counted: 1 });
    expect(r.json.concepts.every((c) => c.share === 1)).toBe(true);
  });

  it('draws a progress bar on a terminal’s stderr for a long run, and clears it at the end', async () => {
    const many = scratchFiles('tpm-lens-scan-many-');
    for (let i = 0; i < 60; i++) many.file(`${i}.txt`, `Scrum Master ${i}\nRequirements\n- Jira and Confluence\n- Agile coaching`);
    const drawn: string[] = [];
    const terminal = { write: (s: string) => drawn.push(s), isTTY: true };
    const r = await runScan([many.dir, '--json'], { stderr: terminal });
    expect(JSON.parse(r.output).postings).toBe(60);
    expect(drawn[0]).toMatch(/^\r\x1b\[Kscan \[\.+\] 0\/60 files$/);
    expect(drawn).toContain(`\r\x1b[Kscan [${'#'.repeat(30)}] 60/60 files`);
    expect(drawn.at(-1)).toBe('\r\x1b[K');
    // Not on a pipe or a file, nor for a few files.
    const piped: string[] = [];
    await runScan([many.dir, '--json'], { stderr: { write: (s: string) => piped.push(s) } });
    expect(piped).toEqual([]);
  }, 30_000);

  it.each([
    [[], /needs one folder/],
    [[dir, dir], /needs one folder/],
    [[join(dir, 'nowhere')], /no such folder/],
    [[join(dir, 'a-payments.txt')], /is a file/],
    [[join(dir, '.trash', 'none'), '--json'], /no such folder/],
    [[dir, '--json', '--csv'], /not both/],
    [[dir, '--top', '0'], /whole number/],
    [[dir, '--top', 'ten'], /whole number/],
    [[dir, '--resume', join(dir, 'missing.txt')], /--resume .*no such file/],
    [[dir, '--colour'], /Unknown option/],
  ])('refuses %j with a clear message', async (argv, message) => {
    await expect(runScan(argv, { stderr: { write: () => true } })).rejects.toThrow(InputError);
    await expect(runScan(argv, { stderr: { write: () => true } })).rejects.toThrow(message);
  });

  it('refuses a folder without any posting file', async () => {
    const none = scratchFiles('tpm-lens-scan-none-');
    none.file('picture.png', Buffer.from([1, 2, 3]));
    await expect(runScan([none.dir], { stderr: { write: () => true } })).rejects.toThrow(/no \.txt, \.md, \.html or \.pdf file/);
  });
});

const corpus = '../shared/corpus/postings';
const sharedResume = '../shared/eval/resumes/r01.txt';
const shared = existsSync(corpus) && existsSync(sharedResume);
if (!shared) console.warn(`skipping the scan of ${corpus}: ../shared is absent`);

describe.skipIf(!shared)('tpm-lens scan over the shared corpus', () => {
  it('reads all 158 postings into one valid JSON object, English ones counted', async () => {
    const { json, exitCode } = await scanJson(corpus, '--resume', sharedResume);
    expect(exitCode).toBe(0);
    expect(json.files).toHaveLength(158);
    expect([json.postings, json.failed]).toEqual([158, 0]);
    // The corpus is about half German (its README: en 83, de 72, fr 2, es 1).
    expect(json.counted).toBe(json.files.filter((f) => !f.skipped).length);
    expect(json.counted).toBeGreaterThan(75);
    expect(json.files.filter((f) => f.skipped).every((f) => f.language && f.language !== 'en')).toBe(true);
    expect(json.concepts[0].share).toBeGreaterThan(0.5);
    expect(json.topGaps?.length).toBeGreaterThan(0);
  }, 60_000); // 158 analyses: about 2 s on an idle core
});
