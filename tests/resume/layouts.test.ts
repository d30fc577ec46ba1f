import { existsSync, readFileSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeReaders } from '../../src/cli/read-resume-file';
import { resumeHeading } from '../../src/analyze/resume-sections';
import { findConcepts } from '../../src/index';
import { BULLET } from '../../src/text/normalize';
import { sharedResumes } from '../shared-texts';
import { readResumeBytes } from '../../src/resume/read-resume';
import { storedZip } from './zip';

// Resumes of our own in the layouts people send (tests/fixtures/resume-layouts): headings in capitals, Title Case
// with colons, Markdown, letter-spaced; bullets •, –, *, ▪; an untitled summary; skills before or after the jobs.
// A skill in an experience bullet is demonstrated; one only in a summary, a skills list or certifications is listed.
const layout = (file: string) => readFileSync(`tests/fixtures/resume-layouts/${file}`, 'utf8');
const strengths = (text: string) => Object.fromEntries(findConcepts(text).map((c) => [c.id, c.strength]));

describe.each([
  {
    file: 'one-column-capitals.txt',
    demonstrated: ['pi-planning', 'jira', 'aws', 'terraform', 'scrum', 'confluence', 'agile'], // agile: Scrum in a bullet
    listed: ['tableau', 'kubernetes', 'risk-management', 'smartsheet', 'kanban', 'pmp'], // untitled summary, skills
  },
  {
    file: 'title-case-dashes.txt',
    demonstrated: ['kubernetes', 'tableau', 'risk-register', 'vendor-management', 'programming'], // "Key Achievements", "Volunteer Work"
    listed: ['confluence', 'jira', 'smartsheet', 'kanban', 'terraform', 'csm'], // "Profile:", dashed skills, "Professional Certifications"
  },
  {
    file: 'markdown.md',
    demonstrated: ['jenkins', 'kanban', 'jira', 'release-management'],
    listed: ['kubernetes', 'terraform', 'confluence', 'smartsheet', 'vendor-management'], // "**Skills**" after the jobs
  },
  {
    file: 'letter-spaced.txt',
    demonstrated: ['scrum', 'retrospectives', 'vendor-management', 'confluence'], // "Overview:" under a job stays in it
    listed: ['jira', 'kubernetes', 'tableau', 'terraform', 'smartsheet', 'kanban', 'aws'],
  },
  {
    file: 'skills-last.txt',
    demonstrated: ['azure', 'data-centers', 'power-bi', 'status-reporting', 'project-scheduling'],
    listed: ['jira', 'servicenow', 'terraform', 'kubernetes', 'tableau', 'itil-certification', 'pmp', 'english-proficiency'], // "Skills & Certifications", "Languages"
  },
  {
    file: 'profile-export.txt', // a profile saved as PDF: sidebar first, no bullets, dated roles
    demonstrated: ['aws', 'jira', 'kanban', 'risk-register', 'agile'], // agile: Kanban in a role
    listed: ['smartsheet', 'stakeholder-management', 'csm', 'kubernetes', 'tableau', 'english-proficiency'], // "Top Skills", "Summary"
  },
])('$file', ({ file, demonstrated, listed }) => {
  const found = strengths(layout(file));
  it.each(demonstrated)('%s is demonstrated', (id) => expect(found[id]).toBe('demonstrated'));
  it.each(listed)('%s is listed', (id) => expect(found[id]).toBe('listed'));
});

describe('a job with its own "Tools:" list', () => {
  const text = [
    'EXPERIENCE',
    'Technical Program Manager, Acme, 2019 - Present',
    '- Ran PI Planning for five teams.',
    'Tools:',
    'Jira, Confluence',
    'Program Manager, Beta Corp, Mar 2015 – Jun 2019',
    '- Moved 40 services to AWS with Terraform.',
    'SKILLS',
    'Kubernetes, Tableau',
    'EDUCATION',
    'B.S. Computer Science, 2010 - 2014',
  ].join('\n');
  it('lists that job tools, and the next job dates return to experience', () => {
    expect(strengths(text)).toMatchObject({
      'pi-planning': 'demonstrated',
      jira: 'listed',
      aws: 'demonstrated',
      terraform: 'demonstrated',
      kubernetes: 'listed',
      'computer-science-degree': 'listed', // a dated line under Education is no job
    });
  });
});

// The same resume as a two-column layout, turned into text by the real readers: the skills sidebar comes out before
// or after the jobs, never inside a bullet.
const SIDEBAR = { Skills: ['Jira', 'Smartsheet', 'Kubernetes', 'Tableau'], Certifications: ['PMP, 2019', 'Certified ScrumMaster (CSM)'] };
const PROFILE = 'Program manager for logistics platforms, at home with Terraform and vendor reviews.';
const JOBS = [
  'Ran quarterly PI Planning for five teams and published the dependency board in Confluence.',
  'Moved 60 services to AWS, on budget and two weeks early.',
  'Introduced Kanban for the routing squad and cut cycle time by a third.',
];
const EXPECTED = {
  'pi-planning': 'demonstrated',
  confluence: 'demonstrated',
  aws: 'demonstrated',
  kanban: 'demonstrated',
  jira: 'listed',
  smartsheet: 'listed',
  kubernetes: 'listed',
  tableau: 'listed',
  terraform: 'listed',
  pmp: 'listed',
  csm: 'listed',
};

describe('a DOCX whose sidebar is a table cell beside the jobs', () => {
  const paragraph = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
  const cell = (paragraphs: string[]) => `<w:tc>${paragraphs.map(paragraph).join('')}</w:tc>`;
  const sidebar = Object.entries(SIDEBAR).flatMap(([heading, items]) => [heading.toUpperCase(), ...items]);
  const main = [
    'Alex Rivera',
    'PROFILE',
    PROFILE,
    'EXPERIENCE',
    'Technical Program Manager, Aspenfield Logistics, 2021 - Present',
    ...JOBS.map((j) => `• ${j}`),
  ];
  const docx = storedZip({
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:tbl><w:tr>${cell(sidebar)}${cell(main)}</w:tr></w:tbl></w:body></w:document>`,
  });

  it('reads each skill as listed and each bullet as demonstrated', async () => {
    const text = await readResumeBytes(docx, 'resume.docx', 'docx', nodeReaders);
    expect(text).toContain('SKILLS');
    expect(strengths(text)).toMatchObject(EXPECTED);
  });
});

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync);
describe.skipIf(!CHROMIUM)('a PDF with a skills sidebar, printed by Chromium (skipped without /usr/bin/chromium)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM });
  });
  afterAll(async () => browser?.close());

  const list = (items: string[], mark = '') => items.map((i) => `<div>${mark}${i}</div>`).join('');
  const aside = Object.entries(SIDEBAR)
    .map(([heading, items]) => `<h2>${heading.toUpperCase()}</h2>${list(items)}`)
    .join('');
  const main = `<h1>Alex Rivera</h1><h2>PROFILE</h2><p>${PROFILE}</p><h2>EXPERIENCE</h2><p>Technical Program Manager, Aspenfield Logistics, 2021 - Present</p>${list(JOBS, '– ')}`;
  it.each([
    ['left', `<aside>${aside}</aside><main>${main}</main>`, '24ch 44ch'],
    ['right', `<main>${main}</main><aside>${aside}</aside>`, '44ch 24ch'],
  ])('a sidebar on the %s reads each skill as listed and each bullet as demonstrated', async (_side, body, columns) => {
    const page = await browser.newPage();
    await page.setContent(
      `<!doctype html><body style="font:11pt serif;margin:0"><div style="display:grid;grid-template-columns:${columns};gap:3ch">${body}</div></body>`,
    );
    const pdf = new Uint8Array(await page.pdf({ format: 'A4' }));
    await page.close();
    const text = await readResumeBytes(pdf, 'resume.pdf', 'pdf', nodeReaders);
    expect(strengths(text)).toMatchObject(EXPECTED);
  });
});

// The shared sample resumes, recomposed with their skills, education and certifications in a sidebar and printed:
// where a skill is named in both readings, it is shown or listed alike (the wrapping of a narrow sidebar may change
// which words meet, never where a line stands).
const resumes = sharedResumes();
describe.skipIf(!CHROMIUM || !resumes.length)('the shared resumes as sidebar PDFs (skipped without Chromium or ../shared)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM });
  });
  afterAll(async () => browser?.close());

  const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const SIDE = new Set(['skills', 'education', 'certifications']);
  it.each(resumes.map((r) => [r.id, r.text]))('%s keeps each skill shown or listed', async (_id, text) => {
    const parts: { kind?: string; html: string[] }[] = [{ html: [] }];
    for (const line of text.split('\n').filter((l) => l.trim())) {
      const kind = resumeHeading(line);
      if (kind) parts.push({ kind, html: [`<h2>${escapeHtml(line)}</h2>`] });
      else parts.at(-1)!.html.push(BULLET.test(line) ? `<div>• ${escapeHtml(line.replace(BULLET, ''))}</div>` : `<p>${escapeHtml(line)}</p>`);
    }
    const column = (side: boolean) =>
      parts
        .filter((p) => SIDE.has(p.kind ?? '') === side)
        .flatMap((p) => p.html)
        .join('');
    const page = await browser.newPage();
    await page.setContent(
      `<!doctype html><body style="font:10pt serif;margin:0"><div style="display:grid;grid-template-columns:28ch 60ch;gap:3ch"><aside>${column(true)}</aside><main>${column(false)}</main></div></body>`,
    );
    const pdf = new Uint8Array(await page.pdf({ format: 'A4' }));
    await page.close();
    const printed = strengths(await readResumeBytes(pdf, 'resume.pdf', 'pdf', nodeReaders));
    const pasted = strengths(text);
    const both = Object.keys(pasted).filter((id) => id in printed);
    expect(both.length).toBeGreaterThan(0.9 * Object.keys(pasted).length);
    expect(Object.fromEntries(both.map((id) => [id, printed[id]]))).toEqual(Object.fromEntries(both.map((id) => [id, pasted[id]])));
  });
});
