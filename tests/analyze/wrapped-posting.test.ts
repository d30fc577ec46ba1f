import { describe, expect, it } from 'vitest';
import { analyze, postingFromText } from '../../src/index';
import { removeZeroWidth } from '../../src/text/basics';
import { withoutDebris } from '../../src/text/debris';
import { isHardWrapped, withoutQuoteMarks } from '../../src/text/lines';

// A posting as its writer wrote it: paragraphs on one line each, headings, bullets that run past a column.
const POSTING = [
  'Technical Program Manager, Data Platform',
  'Harborview Analytics',
  'Harborview Analytics builds forecasting software for regional hospitals, pharmacies and home-care agencies across three countries.',
  'About the role',
  'You will lead the migration of our batch pipelines to a streaming platform, working with engineering managers, product owners and our clinical advisors.',
  'Responsibilities',
  '- Own the integrated program plan, including milestones, dependencies and the risk register, and report status to the steering committee every month',
  '- Facilitate sprint planning and retrospectives for four Scrum teams and remove blockers that slow the migration down',
  '- Coordinate vendor onboarding and contract reviews with procurement, legal and the security office before each release',
  'Requirements',
  '- Five or more years of technical program management in data engineering, analytics or machine learning platforms',
  '- Hands-on experience with Kafka, Spark and Airflow, and with cloud data warehouses such as Snowflake or BigQuery',
  '- Excellent written and verbal communication, with the ability to explain technical trade-offs to executives',
  '- Experience running vendor selection for an observability or incident management platform would be a strong plus',
  '- Able to keep several workstreams moving at once and to say clearly when a date is at risk, from your own delivery experience',
  'Nice to have',
  '- PMP or PMI-ACP certification, and experience with HIPAA and SOC 2 audits in healthcare',
  'Benefits',
  'We offer a learning budget for courses and certifications such as PMP, health insurance, and a home-office stipend for every employee.',
].join('\n');

/** The same posting broken at a column, as a PDF, an e-mail or a plain-text export gives it (title and company kept). */
function wrapAt(text: string, column: number): string {
  return text
    .split('\n')
    .map((line, k) => {
      if (k < 2) return line;
      const rows: string[] = [];
      let row = '';
      for (const word of line.split(' ')) {
        if (row && row.length + 1 + word.length > column) {
          rows.push(row);
          row = word;
        } else row = row ? `${row} ${word}` : word;
      }
      return [...rows, row].join('\n');
    })
    .join('\n');
}

const read = (text: string) => Object.fromEntries(analyze(text).terms.map((t) => [t.id, t.job.importance]));

describe('a posting wrapped at a column', () => {
  it('is read as wrapped; the posting as written, or as a list of long bullets, is not', () => {
    expect(isHardWrapped(wrapAt(POSTING, 72))).toBe(true);
    expect(isHardWrapped(wrapAt(POSTING, 60))).toBe(true);
    expect(isHardWrapped(POSTING)).toBe(false);
    const bullets = ['Requirements', ...Array.from({ length: 8 }, (_, k) => `- Requirement number ${k + 1} of the role, written out as one full item line`)];
    expect(isHardWrapped(bullets.join('\n'))).toBe(false);
  });

  it.each([72, 60])('gives the same terms, with the same importance, as the posting as written (column %i)', (column) => {
    const text = wrapAt(POSTING, column);
    expect(read(text)).toEqual(read(POSTING));
    // Evidence is quoted from the text as given, line breaks and all.
    for (const term of analyze(text).terms) for (const e of term.job.evidence) expect(text).toContain(e);
  });

  it('keeps the title and company lines apart', () => {
    const analysis = analyze(wrapAt(POSTING, 72));
    expect(analysis.job.title).toBe('Technical Program Manager, Data Platform');
    expect(analysis.job.company).toBe('Harborview Analytics');
  });
});

/** The posting forwarded by e-mail: the message above it, each of its lines behind the reply's quote marks. */
const forwarded = (text: string, mark = '> ') =>
  [
    'Hi Dan,',
    'Saw this and thought of you. Spec below.',
    'Priya',
    '',
    'On Tue, Mar 4, 2025 at 11:02 AM Jenna wrote:',
    ...text.split('\n').map((line) => `${mark}${line}`),
  ].join('\n');

describe('a posting forwarded by e-mail', () => {
  it.each(['> ', '>> ', '> > '])('gives the same terms, with the same importance, as the posting itself (quote marks "%s")', (mark) => {
    const text = forwarded(POSTING, mark);
    expect(read(text)).toEqual(read(POSTING));
    for (const term of analyze(text).terms) for (const e of term.job.evidence) expect(text).toContain(e);
  });

  it('is read the same when the quoted posting is also wrapped at a column', () => {
    expect(read(forwarded(wrapAt(POSTING, 72)))).toEqual(read(POSTING));
  });

  it('blanks the marks only, keeping the length; "> 5 years" (more than five) and a stray mark stay', () => {
    const text = forwarded('Requirements\n- Jira\n- Confluence');
    expect(withoutQuoteMarks(text)).toHaveLength(text.length);
    expect(withoutQuoteMarks(text)).toContain('\n  Requirements\n  - Jira\n  - Confluence');
    const moreThan = 'Requirements\n> 5 years in delivery\n> 3 years with Scrum\n> 2 years in payments';
    expect(withoutQuoteMarks(moreThan)).toBe(moreThan);
    const stray = 'Requirements\n> Jira\n- Confluence';
    expect(withoutQuoteMarks(stray)).toBe(stray);
  });
});

describe('postingFromText', () => {
  it('reads the title of a forwarded posting as analyze() does: from its subject, not the first header line', () => {
    const text = ['From: Priya <priya@example.com>', 'Subject: Fwd: Release Manager at Acme', '', 'See below!', '', ...forwarded(POSTING).split('\n')].join(
      '\n',
    );
    expect(postingFromText(text).title).toBe('Release Manager at Acme');
    expect(analyze(text).job.title).toBe('Release Manager at Acme');
  });
});

/**
 * The posting as a wrong encoding shows it: its UTF-8 bytes read as Latin-1 ("We’re" as "Weâ\u0080\u0099re", as Node
 * decodes "windows-1252"), or as Windows-1252 proper ("Weâ€™re"), which writes the bytes 0x80-0x9F as symbols.
 */
const latin1 = (text: string) => new TextDecoder('windows-1252').decode(new TextEncoder().encode(text));
const mojibake = (text: string) =>
  latin1(text).replace(/[\u0080-\u009f]/g, (c) => '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ'[c.charCodeAt(0) - 0x80]);
/** The posting with its characters escaped as a page's source writes them ("&amp;", "&#8217;", "&nbsp;"). */
const escaped = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/[’–•]/g, (c) => `&#${c.codePointAt(0)};`)
    .replace(/ \(/g, '&nbsp;(');
/** The posting with the characters a wrong encoding and an escape touch: curly apostrophes, dashes, bullets, "&". */
const TYPESET = POSTING.replace(/'/g, '’')
  .replace(/^- /gm, '• ')
  .replace('Snowflake or BigQuery', 'Snowflake & BigQuery')
  .replace('Requirements', 'What We’re Looking For – Requirements');

describe('a posting whose text went through a wrong encoding or an HTML escape', () => {
  it.each([
    ['mojibake', mojibake],
    ['mojibake, read as Latin-1', latin1],
    ['escaped', escaped],
  ])('gives the same terms, with the same importance, as the posting itself (%s)', (_, spoil) => {
    const text = spoil(TYPESET);
    expect(text).not.toBe(TYPESET);
    expect(read(text)).toEqual(read(TYPESET));
    for (const term of analyze(text).terms) for (const e of term.job.evidence) expect(text).toContain(e);
  });

  it('reads each piece of debris as its character, keeping the length', () => {
    const text = 'Weâ€™re hiring â€“ H&amp;P Connect&nbsp;| â€¢ Lead â‚¬4.2M';
    const read = withoutDebris(text);
    expect(read).toHaveLength(text.length);
    expect(removeZeroWidth(read).replace(/ +/g, ' ')).toBe('We’re hiring – H&P Connect | • Lead € 4.2M');
    expect(withoutDebris('Ã¼ber MÃ¼nchen')).toMatch(/^ü +ber Mü +nchen$/);
    // No debris: the text as it is, nor a name with an ampersand.
    for (const clean of ['Résumé & cover letter – naïve café', 'R&D; Q&A', 'AT&T']) expect(withoutDebris(clean)).toBe(clean);
  });
});
