import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeReaders, readResumeArg } from '../../src/cli/read-resume-file';
import { analyze } from '../../src/index';
import { readResumeBytes } from '../../src/resume/read-resume';
import { joinWrappedLines } from '../../src/text/lines';
import { storedZip } from './zip';

// One resume of our own, as a writer types it: one line per bullet.
const EXPERIENCE = [
  'Led a platform migration for twelve product teams while managing cross-team dependencies across three time zones',
  'Built executive dashboards in Power BI and ran the monthly business review with finance and engineering leaders',
  'Coordinated release planning for four mobile apps and kept a RAID log reviewed weekly with engineering leads',
  'Introduced Scrum of Scrums and a shared Jira roadmap for a program of forty engineers and three vendors',
];
const SKILLS = ['Risk management', 'Stakeholder management', 'Confluence', 'Kubernetes', 'Certified ScrumMaster (CSM)'];
const pasted = ['Alex Morgan', 'Technical Program Manager', '', 'Experience', ...EXPERIENCE, '', 'Skills', ...SKILLS].join('\n');

const posting = `Technical Program Manager

Requirements
- Dependency management across teams
- Power BI dashboards and business reviews
- Release planning and a RAID log
- Scrum of Scrums, Jira, risk and stakeholder management`;

const statuses = (resume: string) => Object.fromEntries(analyze(posting, resume).terms.map((t) => [t.id, [t.status, t.resume?.strength]]));
const wrapped = (text: string) => text.split('\n').length;

describe('joinWrappedLines', () => {
  it.each([
    // [text, joined?]
    ['managing cross-team\ndependencies across zones', true],
    ['managing cross-\nteam dependencies', true],
    ['risks, issues and dependencies across\nfive product teams', true],
    ['Built dashboards in Power BI for the monthly business review of\nfinance', true],
    ['Built executive dashboards for the leadership team of the company in\nPower BI', true],
    ['Led the quarterly planning of a program with forty engineers, three vendors and Power\nBI reporting for the board', true],
    ['Built dashboards in Power\nBI', true],
    ['Moved twelve teams to Azure\nDevOps boards', true],
    // A sentence ends, a bullet starts, a heading stands alone, a blank line parts paragraphs: no join.
    ['Shipped the release on time.\nmanaged the next one', false],
    ['Managed the migration of twelve teams\n- Ran the weekly review', false],
    ['Experience\nLed the migration', false],
    ['Led the migration of twelve teams across\n\nfive sites', false],
    // A full line followed by a capitalized word may be the next item of a PDF that lost its bullets.
    ['Managed the release calendar for four mobile apps across teams\nRan quarterly planning with directors', false],
    ['PMP - Project Management Institute (PMP), 2020\nSAFe 6 Release Train Engineer', false],
  ])('%j', (text, joined) => {
    const out = joinWrappedLines(text, { isHeading: (line) => line === 'Experience' });
    expect(out.length).toBe(text.length);
    expect(out.includes('\n')).toBe(!joined && text.includes('\n'));
  });

  it('joins a word in lowercase that reads as a heading to the sentence it ends; a heading opens with a capital', () => {
    const isHeading = (line: string) => /^(experience|tasks)$/i.test(line.trim());
    expect(joinWrappedLines('Took part in design reviews, offering insights from hands-on\nexperience', { isHeading })).not.toContain('\n');
    expect(joinWrappedLines('Took part in design reviews, offering insights from hands-on\nExperience', { isHeading })).toContain('\n');
  });

  it('leaves the lines before fromLine as they are', () => {
    const text = 'Technical Program Manager of the\ncompany and its data platform teams';
    expect(joinWrappedLines(text)).not.toContain('\n');
    expect(joinWrappedLines(text, { fromLine: 1 })).toBe(text);
  });

  it('keeps every offset, so evidence is quoted from the resume as written', () => {
    const resume = 'Experience\nLed the migration while managing cross-team\ndependencies across three time zones';
    const term = analyze('Requirements\n- Dependency management', resume).terms.find((t) => t.id === 'dependency-management');
    expect(term?.status).toBe('covered');
    for (const e of term?.resume?.evidence ?? []) expect(resume).toContain(e);
  });
});

describe('a resume as it really comes', () => {
  it('reads a DOCX whose bullets wrap with soft line breaks (<w:br/>) as the same text pasted', async () => {
    const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
    // Each bullet broken in two by a soft break in the middle of a phrase ("cross-team<w:br/>dependencies").
    const breakAfter = ['cross-team', 'Power', 'RAID', 'Scrum of'];
    const paragraph = (line: string) => {
      const at = breakAfter.map((w) => line.indexOf(`${w} `)).find((i) => i >= 0) ?? -1;
      const cut = at + (breakAfter.find((w) => line.indexOf(`${w} `) === at)?.length ?? 0);
      return `<w:p>${run(line.slice(0, cut))}<w:r><w:br/></w:r>${run(line.slice(cut + 1))}</w:p>`;
    };
    const body = [
      `<w:p>${run('Alex Morgan')}</w:p>`,
      `<w:p>${run('Technical Program Manager')}</w:p>`,
      `<w:p>${run('Experience')}</w:p>`,
      ...EXPERIENCE.map(paragraph),
      `<w:p>${run('Skills')}</w:p>`,
      ...SKILLS.map((s) => `<w:p>${run(s)}</w:p>`),
    ].join('');
    const docx = storedZip({
      '[Content_Types].xml':
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      '_rels/.rels':
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
    });
    const text = await readResumeBytes(docx, 'resume.docx', 'docx', nodeReaders);
    expect(wrapped(text)).toBeGreaterThan(wrapped(pasted)); // the soft breaks are there
    expect(text).not.toContain('cross-team dependencies');
    expect(statuses(text)).toEqual(statuses(pasted));
  });
});

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync);
describe.skipIf(!CHROMIUM)('multi-column PDF resumes printed by Chromium (skipped without /usr/bin/chromium)', () => {
  let browser: Browser;
  const dir = mkdtempSync(join(tmpdir(), 'tpmkl-resume-'));
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM });
  });
  afterAll(async () => browser?.close());

  const list = (items: string[]) => `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;
  const layouts = {
    // A sidebar of skills beside a narrow column of experience.
    sidebar: `<div style="display:grid;grid-template-columns:30ch 34ch;gap:3ch"><aside><h2>Skills</h2>${list(SKILLS)}</aside><main><h1>Alex Morgan</h1><p>Technical Program Manager</p><h2>Experience</h2>${list(EXPERIENCE)}</main></div>`,
    // The whole resume flowing through two newspaper columns.
    columns: `<div style="column-count:2;column-gap:4ch;width:72ch"><h1>Alex Morgan</h1><p>Technical Program Manager</p><h2>Experience</h2>${list(EXPERIENCE)}<h2>Skills</h2>${list(SKILLS)}</div>`,
  };

  it.each(Object.keys(layouts) as (keyof typeof layouts)[])('a %s layout scores as the same text pasted', async (layout) => {
    const page = await browser.newPage();
    await page.setContent(`<!doctype html><html><body style="font:11pt serif;margin:0">${layouts[layout]}</body></html>`);
    const file = join(dir, `${layout}.pdf`);
    writeFileSync(file, await page.pdf({ format: 'A4' }));
    await page.close();
    const text = await readResumeArg(file, '--resume');
    expect(wrapped(text)).toBeGreaterThan(wrapped(pasted) + EXPERIENCE.length); // the bullets wrapped
    expect(statuses(text)).toEqual(statuses(pasted));
    expect(statuses(text)['dependency-management']).toEqual(['covered', 'demonstrated']);
  });
});
