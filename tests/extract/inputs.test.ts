import { describe, expect, it } from 'vitest';
import { MAX_PARSE_DEPTH, parseHtml } from '../../src/cli/parse-html';
import { extractPosting } from '../../src/extract';
import { htmlToText } from '../../src/extract/html-to-text';
import { nodesToLines } from '../../src/extract/nodes-to-text';
import { boundedCopy } from '../../src/extract/readability-text';
import { MAX_READ_CHARS, MAX_READER_DEPTH, readingCutNotice } from '../../src/extract/reading-bounds';
import { analyze } from '../../src/index';
import { bigPage, deepPage, deepTextHtml, HIDDEN_MARKERS, hiddenTextPage, POSTING, POSTING_LINES, STYLESHEET_MARKERS } from './inputs-pages';

// Pages as they come: huge, deep, with hidden copies. Generated in-process (tests/extract/inputs-pages.ts) and read
// through linkedom as the CLI reads a saved page. Timings are in `npm run bench`, beside the parse of the same HTML.
const URL = 'https://careers.northwind.example/jobs/42';
const expectPosting = (text: string) => {
  for (const line of POSTING_LINES) expect(text.split('\n')).toContain(line);
};

describe('a 10 MB page (300,000 short paragraphs after the posting)', () => {
  const html = bigPage();
  const posting = extractPosting(parseHtml(html), URL);

  it('is generated at about 10 MB', () => expect(html.length).toBeGreaterThan(10_000_000));

  it('still gives the posting, without the comments, and says the reading was cut', () => {
    expect(posting.method).toBe('readability');
    expectPosting(posting.text);
    expect(posting.text).not.toContain('Comment number');
    expect(posting.notices).toEqual([readingCutNotice('characters')]);
  });

  it('passes the notice on to the analysis', () => {
    const analysis = analyze(posting);
    expect(analysis.notices).toContain(readingCutNotice('characters'));
    expect(analysis.terms.map((t) => t.id)).toEqual(expect.arrayContaining(['jira', 'confluence', 'aws']));
  });
});

describe.each([3_000, 5_000, 20_000])('a page nested %i deep', (depth) => {
  const posting = extractPosting(parseHtml(deepPage(depth)), URL);

  it('gives the posting, every line of it in order', () => {
    expect(posting.method).toBe('readability');
    expectPosting(posting.text);
    expect(posting.text.indexOf(POSTING_LINES[0])).toBeLessThan(posting.text.indexOf(POSTING_LINES[3]));
  });

  it.runIf(depth <= MAX_PARSE_DEPTH)('keeps its headings: the bare wrappers say nothing, so nothing is cut', () => {
    expect(posting.sections?.map((s) => s.heading)).toEqual(expect.arrayContaining(['About the role', 'Responsibilities', 'Requirements', 'Benefits']));
    expect(posting.notices).toBeUndefined();
  });
});

describe('a posting below 3,000 nested blocks that each hold text (the worst case for the page reader)', () => {
  const html = `<html><head><title>Technical Program Manager | Northwind</title></head><body><main class="job">${deepTextHtml(3_000).replace('Line 2999', `Line 2999${POSTING}`)}</main></body></html>`;
  const posting = extractPosting(parseHtml(html), URL);

  it('gives the posting, read as if nested at MAX_READER_DEPTH, and says so', () => {
    expect(posting.method).toBe('readability');
    expectPosting(posting.text);
    expect(posting.notices).toEqual([readingCutNotice('depth')]);
  });
});

describe('the walks are loops, bounded by characters', () => {
  it('reads 20,000 nested elements with text, every line in order', () => {
    const doc = parseHtml(deepTextHtml(20_000));
    const lines = nodesToLines([doc.body]).text.split('\n');
    expect(lines).toHaveLength(20_000);
    expect([lines[0], lines[19_999]]).toEqual(['Line 0', 'Line 19999']);
    expect(htmlToText(doc, deepTextHtml(20_000)).split('\n')).toHaveLength(20_000); // a description given as HTML
  });

  it('stops at maxChars and says so; below it, says nothing', () => {
    const doc = parseHtml(Array.from({ length: 1000 }, (_, i) => `<p>Paragraph ${i}</p>`).join(''));
    const cut = nodesToLines([doc.body], undefined, undefined, 100);
    expect(cut.cut).toBe('characters');
    expect(cut.text.length).toBeLessThanOrEqual(100);
    expect(cut.text.startsWith('Paragraph 0\nParagraph 1\n')).toBe(true);
    expect(nodesToLines([doc.body]).cut).toBeUndefined();
  });

  it('copies a page for the reader no deeper than MAX_READER_DEPTH, keeping every text in order', () => {
    const { copy, cut } = boundedCopy(parseHtml(`<html><body>${deepTextHtml(300)}</body></html>`))!;
    expect(cut).toBe('depth');
    let deepest = 0;
    for (const el of Array.from(copy.querySelectorAll('*'))) {
      let d = 0;
      for (let e: Element | null = el; e; e = e.parentElement) d++;
      deepest = Math.max(deepest, d);
    }
    expect(deepest).toBeLessThanOrEqual(MAX_READER_DEPTH + 1);
    expect(nodesToLines([copy.body]).text.split('\n')).toEqual(Array.from({ length: 300 }, (_, i) => `Line ${i}`));
  });

  it('copies at most MAX_READ_CHARS characters of text for the reader', () => {
    const { copy, cut } = boundedCopy(parseHtml(`<html><body><p>${'word '.repeat(MAX_READ_CHARS / 5 + 10)}</p><p>after</p></body></html>`))!;
    expect(cut).toBe('characters');
    expect(copy.body.textContent).not.toContain('after');
  });

  it('leaves a page within the bounds as it is', () => expect(boundedCopy(parseHtml(deepPage(30)))?.cut).toBeUndefined());
});

describe('hidden text (inline style in Node: linkedom computes no stylesheet)', () => {
  const doc = parseHtml(hiddenTextPage());
  const posting = extractPosting(doc, URL);

  it.each(HIDDEN_MARKERS)('leaves out the %s copy', (marker) => {
    expect(posting.text).not.toContain(marker);
    expect(nodesToLines([doc.querySelector('article')!]).text).not.toContain(marker);
  });

  it('reads the collapsed part (hidden="until-found") and the visible posting once', () => {
    expectPosting(posting.text);
    expect(posting.text).toContain('Travel up to 10% of the time to our Lisbon office.');
    expect(posting.text.split('\n').filter((l) => l === POSTING_LINES[1])).toHaveLength(1);
  });

  it('reads what only a stylesheet hides, which only a browser can tell (tests/e2e/inputs.e2e.ts)', () => {
    expect(nodesToLines([doc.body]).text).toContain(STYLESHEET_MARKERS[1]);
  });
});

describe("a browser's computed style, where a browser's stylesheet hides the <head> and all it holds", () => {
  // What Chromium's getComputedStyle says: the head's elements and one hidden box are display: none, all else shows.
  const browserLike = (html: string) => {
    const doc = parseHtml(html);
    const hidden = (el: Element) => el.closest('head') !== null || el.classList.contains('closed');
    const getComputedStyle = (el: Element) => ({ display: hidden(el) ? 'none' : 'block', visibility: 'visible' });
    Object.defineProperty(doc, 'defaultView', { value: { getComputedStyle } });
    return doc;
  };
  const html = `<html><head><title>Careers: Release Manager, Payments (21034)</title>
    <meta property="og:site_name" content="Woodgrove Careers">
    <script type="application/ld+json">{"@type":"WebPage"}</script><style>p { color: red }</style></head>
    <body><h1>Let's begin! Release Manager, Payments (21034)</h1><div class="closed">Cookie settings</div></body></html>`;

  it("keeps the page's title, meta tags and JSON-LD for the page reader, as a parsed page does, and leaves out styles and hidden boxes", () => {
    const { copy } = boundedCopy(browserLike(html))!;
    expect(copy.title).toBe('Careers: Release Manager, Payments (21034)');
    expect(copy.querySelector('meta[property="og:site_name"]')?.getAttribute('content')).toBe('Woodgrove Careers');
    expect(copy.querySelector('script[type="application/ld+json"]')).not.toBeNull();
    expect(copy.querySelector('style')).toBeNull();
    expect(copy.body.textContent).not.toContain('Cookie settings');
    expect(copy.title).toBe(boundedCopy(parseHtml(html))!.copy.title);
  });
});
