import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { capNesting, MAX_PARSE_DEPTH, parseHtml, parsePage } from '../../src/cli/parse-html';
import { extractPosting } from '../../src/extract';
import { nodesToLines } from '../../src/extract/nodes-to-text';
import { deepPage, deepTextHtml, POSTING_LINES } from '../extract/inputs-pages';

/** The deepest element of a document, counted from <html> (1). */
function deepest(doc: Document): number {
  let max = 0;
  const stack: [Element, number][] = [[doc.documentElement, 1]];
  while (stack.length) {
    const [el, d] = stack.pop()!;
    max = Math.max(max, d);
    for (const child of Array.from(el.children)) stack.push([child, d + 1]);
  }
  return max;
}

describe('the CLI parses a saved page no deeper than MAX_PARSE_DEPTH, as Chromium does', () => {
  it('leaves a real page as it is, and says nothing', () => {
    const html = readFileSync('tests/fixtures/pages/greenhouse/job-boards.html', 'utf8');
    expect(capNesting(html)).toBe(html);
    expect(parsePage(html).notices).toEqual([]);
  });

  it('says when a page nests deeper than the bound', () => expect(parsePage(deepPage(MAX_PARSE_DEPTH + 10)).notices).toHaveLength(1));

  it('builds a page of 200,000 nested wrappers no deeper than the bound, and its posting is read', () => {
    const doc = parseHtml(deepPage(200_000));
    // <html> and <body>, then the bound, then elements whose end is implied (a <p>, an <li>), which are not counted.
    expect(deepest(doc)).toBeLessThanOrEqual(MAX_PARSE_DEPTH + 4);
    const posting = extractPosting(doc, 'https://careers.northwind.example/jobs/1');
    for (const line of POSTING_LINES) expect(posting.text.split('\n')).toContain(line);
  });

  it('keeps every line of text past the bound, in order, each on its own line', () => {
    const lines = nodesToLines([parseHtml(deepTextHtml(2_000)).body]).text.split('\n');
    expect(lines).toEqual(Array.from({ length: 2_000 }, (_, i) => `Line ${i}`));
  });

  it.each([
    ['tags inside a script', `<script>${'document.write("<div>");'.repeat(50)}</script><div>a</div>`],
    ['tags inside a comment', `<!-- ${'<div>'.repeat(50)} --><div>a</div>`],
    ['paragraphs and list items whose end is implied', `${'<p>one'.repeat(50)}<ul>${'<li>two'.repeat(50)}</ul>`],
    ['void and self-closed elements', `${'<br><img src=x><span/>'.repeat(50)}<div>a</div>`],
  ])('does not count %s as nesting', (_, html) => expect(capNesting(html, 10)).toBe(html));

  it('drops the elements past the bound and keeps their content', () => {
    expect(capNesting('<div><div><div><b>x</b></div></div></div>', 2)).toBe('<div><div>x</div></div>');
    expect(capNesting('<div>a<div>b<div>c</div></div></div>', 2)).toBe('<div>a<div>b<br>c<br></div></div>');
  });
});
