import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultPagesDir, pageNames, readPage } from '../../scripts/eval-pages';
import { parseHtml } from '../../src/cli/parse-html';
import { extractPosting } from '../../src/extract';
import { nodesToLines } from '../../src/extract/nodes-to-text';
import { keptStretches, placeRuns, RunRecorder, type TextRun } from '../../src/extract/runs';
import { removeZeroWidth } from '../../src/text/basics';

/**
 * For each character that cleanLine keeps of a raw line, its index in the raw line: zero-width characters go,
 * a stretch of whitespace becomes its first character, and the ends are trimmed. Written a character at a time,
 * the reference for keptStretches (what the recorder runs, a gap at a time).
 */
function cleanedSources(raw: string): number[] {
  const kept: number[] = [];
  let inSpace = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c >= '\u00AD' && !removeZeroWidth(c)) continue; // every zero-width character is at or above U+00AD
    if (/\s/.test(c)) {
      if (!inSpace) kept.push(i);
      inSpace = true;
    } else {
      kept.push(i);
      inSpace = false;
    }
  }
  let from = 0;
  let to = kept.length;
  while (from < to && /\s/.test(raw[kept[from]])) from++;
  while (to > from && /\s/.test(raw[kept[to - 1]])) to--;
  return kept.slice(from, to);
}

/** Whitespace of any kind is one kind here: the text collapses "\n\t" to " " and &nbsp; to a space. */
const same = (a: string, b: string) => a.replace(/\s/g, ' ') === b.replace(/\s/g, ' ');

/** Every run whose node characters differ from the text they stand for, and how much of the text no run covers. */
function check(text: string, runs: readonly TextRun[]) {
  const wrong = runs
    .filter((r) => !same(r.node.textContent!.slice(r.offset, r.offset + r.end - r.start), text.slice(r.start, r.end)))
    .map((r) => `${r.start}-${r.end} “${text.slice(r.start, r.end)}” vs “${r.node.textContent!.slice(r.offset, r.offset + r.end - r.start)}”`);
  const covered = new Uint8Array(text.length);
  for (const r of runs) covered.fill(1, r.start, r.end);
  // The "- " before a list item comes from no node.
  const bulletMark = (i: number) => text[i] === '-' && text[i + 1] === ' ' && (i === 0 || text[i - 1] === '\n');
  const uncovered = [...text].filter((c, i) => !covered[i] && /\S/.test(c) && !bulletMark(i)).length;
  return { wrong, uncovered };
}

const linesOf = (html: string) => {
  const recorder = new RunRecorder();
  const { text } = nodesToLines([parseHtml(`<html><body>${html}</body></html>`).body], undefined, recorder);
  return { text, runs: recorder.runs };
};

describe('runs: each stretch of posting text and the text node it came from', () => {
  it.each([
    ['paragraphs', '<p>Lead the <b>program</b> roadmap.</p><p>Work with Jira.</p>'],
    ['list items, whose "- " comes from no node', '<ul><li>Scrum</li><li> Kanban  and\n SAFe </li></ul>'],
    ['collapsed whitespace and &nbsp;', '<p>  lots \n\t of&nbsp;&nbsp;space </p>'],
    ['zero-width characters dropped', '<p>Scr\u200Bum mas\uFEFFter</p>'],
    ['table cells', '<table><tr><td>Jira</td><td>Confluence</td></tr></table>'],
    ['a bold label before a list', '<p><strong>Requirements:<br></strong></p><ul><li>SQL</li></ul>'],
  ])('%s', (_, html) => {
    const { text, runs } = linesOf(html);
    const { wrong, uncovered } = check(text, runs);
    expect(wrong).toEqual([]);
    expect(uncovered).toBe(0);
    expect(runs.length).toBeGreaterThan(0);
  });

  it.each([
    ['plain', 'abc', [0, 1, 2]],
    ['trimmed and collapsed', '  a \n b  ', [2, 3, 6]],
    ['zero-width inside spaces', 'a \u200B b', [0, 1, 4]],
    ['only spaces', ' \t ', []],
  ])('cleanedSources: %s', (_, raw, sources) => expect(cleanedSources(raw)).toEqual(sources));

  // keptStretches is what the recorder runs, a gap at a time; cleanedSources, a character at a time, is its reference.
  it.each([
    ['plain', 'abc', [0, 3]],
    ['single whitespace of any kind kept in place', 'a b\tc\u00A0d', [0, 7]],
    ['trimmed and collapsed', '  a \n b  ', [2, 4, 6, 7]],
    ['zero-width inside spaces', 'a \u200B b', [0, 2, 4, 5]],
    ['zero-width alone inside a word', 'Scr\u200Bum', [0, 3, 4, 6]],
    ['a stretch that starts zero-width keeps its space', 'a\u200B b', [0, 1, 2, 4]],
    ['zero-width and spaces at both ends', '\u200B a \uFEFF', [2, 3]],
    ['only spaces: nothing', ' \t ', []],
    ['only zero-width: nothing', '\u200B\uFEFF\u00AD', []],
    ['empty: nothing', '', []],
  ])('keptStretches: %s', (_, raw, stretches) => {
    expect(keptStretches(raw)).toEqual(stretches);
    const oneByOne = stretches.flatMap((from, i) => (i % 2 ? [] : Array.from({ length: stretches[i + 1] - from }, (_, k) => from + k)));
    expect(oneByOne).toEqual(cleanedSources(raw));
  });

  it('places body runs after the title and company lines, and drops the runs of lines the text left out', () => {
    const { text: body, runs } = linesOf('<p>About the job</p><p>Lead releases.</p>');
    const text = `Release Manager\nAcme\n${body.split('\n').slice(1).join('\n')}`;
    const placed = placeRuns(runs, body, text);
    expect(check(text, placed).wrong).toEqual([]);
    expect(placed.map((r) => text.slice(r.start, r.end))).toEqual(['Lead releases.']);
    // A text that does not end with the body (not composed from it) gets no runs.
    expect(placeRuns(runs, body, 'Something else')).toEqual([]);
  });
});

describe('runs from extractPosting', () => {
  const fixtures = 'tests/fixtures/pages';
  const cases = readdirSync(fixtures)
    .filter((site) => site !== 'generic' && site !== 'structure')
    .flatMap((site) =>
      readdirSync(join(fixtures, site))
        .filter((f) => f.endsWith('.html'))
        .map((f) => [site, f] as const),
    );
  it.each(cases)('%s/%s: every run quotes its node, and the page-read body is covered', (site, file) => {
    const html = readFileSync(join(fixtures, site, file), 'utf8');
    const url = JSON.parse(readFileSync(join(fixtures, site, file.replace(/\.html$/, '.expected.json')), 'utf8')).url ?? `https://example.org/${site}`;
    const runs: TextRun[] = [];
    const posting = extractPosting(parseHtml(html), url, { runs });
    const { wrong } = check(posting.text, runs);
    expect(wrong).toEqual([]);
    if (posting.method !== 'site') expect(runs).toEqual([]);
  });

  it('gives no runs for a posting read from JSON-LD or a selection', () => {
    const ld = JSON.stringify({
      '@type': 'JobPosting',
      title: 'TPM',
      description: '<p>Lead programs with Jira and Confluence across many teams and sites.</p>',
    });
    const doc = parseHtml(`<html><head><script type="application/ld+json">${ld}</script></head><body><p>Other</p></body></html>`);
    const runs: TextRun[] = [];
    expect(extractPosting(doc, 'https://example.org/jobs/1', { runs }).method).toBe('json-ld');
    expect(runs).toEqual([]);
    const selected = extractPosting(doc, 'https://example.org/jobs/1', { runs, selection: 'Lead programs with Jira. '.repeat(12) });
    expect(selected.method).toBe('selection');
    expect(runs).toEqual([]);
  });
});

const present = existsSync(defaultPagesDir);
if (!present) console.log(`skipping runs on the saved pages: ${defaultPagesDir} is absent`);

describe.skipIf(!present)('runs on the saved real job pages (../shared/eval/pages)', () => {
  it('quote their nodes on every page read from its elements, and cover its body', () => {
    const problems: string[] = [];
    let read = 0;
    for (const name of pageNames(defaultPagesDir)) {
      const { label, html } = readPage(defaultPagesDir, name);
      const runs: TextRun[] = [];
      const posting = extractPosting(parseHtml(html), label.url, { runs });
      if (posting.method !== 'site') continue;
      read++;
      const { wrong, uncovered } = check(posting.text, runs);
      problems.push(...wrong.map((w) => `${name}: ${w}`));
      // The title and company lines may come from elsewhere (a heading, the page's data); the body is covered.
      const header = posting.text.split('\n').slice(0, 2).join('\n').length;
      if (uncovered > header) problems.push(`${name}: ${uncovered} characters without a run`);
    }
    expect(read).toBeGreaterThan(3);
    expect(problems, problems.join('\n')).toEqual([]);
  });
});
