// npm run eval:pages [-- DIR] [-- --quiet] [-- --generic] [-- --stress]: how many saved job pages (../shared/eval/pages)
// extract fully right: title, company, where the body starts and ends, every mustContain phrase and no mustNotContain one.
// Prints each page's problems (these pages are the dev fold of extraction), then the figure.
// --generic also reads every page with the site adapters switched off (JSON-LD, microdata, app state, the page reader,
// page titles: what a board nobody wrote an adapter for gets), prints that run's problems and both figures side by side.
// The adapters share no logic (each matches its own hosts), so leaving one site's adapter out is the same as this.
// --stress reads each page again as markup nobody wrote a rule for (STRESSES) and prints figures only: a proxy for the
// pages no one here has seen, whose problems are not to be tuned on page by page.
// tests/extract/eval-pages.test.ts uses the same check, one test per page.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHtml } from '../src/cli/parse-html';
import { extractPosting, type Posting, type SiteAdapter } from '../src/extract';
import { scriptArgs } from './script-args';

export interface PageLabel {
  site: string;
  url: string;
  title: string;
  company: string;
  startsWith: string;
  endsWith: string;
  /** Where the page holds its description: its markup, its JSON-LD, or both. */
  descriptionIn?: 'dom' | 'json-ld' | 'both';
  mustContain: string[];
  mustNotContain: string[];
}

/** Text as the eval set compares it: whitespace collapsed, zero-width characters removed. */
export const collapse = (s: string) =>
  s
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** The "- " that the posting text puts before each list item (src/extract/nodes-to-text.ts). */
const LIST_MARKER = /^- /gm;

export const defaultPagesDir = join(import.meta.dirname, '../../shared/eval/pages');

/** The saved pages of a directory, by name (SITE-N), in name order. */
export const pageNames = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.replace(/\.html$/, ''))
    .sort();

export const readPage = (dir: string, name: string) => ({
  label: JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as PageLabel,
  html: readFileSync(join(dir, `${name}.html`), 'utf8'),
});

/** Every way an extracted posting differs from its page's label; empty when the page is fully right. */
export function pageProblems(posting: Posting, label: PageLabel): string[] {
  const problems: string[] = [];
  if (posting.method === 'none') problems.push('no posting found');
  if (posting.title !== label.title) problems.push(`title: ${JSON.stringify(posting.title)} (want ${JSON.stringify(label.title)})`);
  if (posting.company !== label.company) problems.push(`company: ${JSON.stringify(posting.company)} (want ${JSON.stringify(label.company)})`);
  const lines = posting.text.split('\n');
  const header = [posting.title, posting.company].filter(Boolean).length;
  const wantHeader = [label.title, label.company].filter(Boolean);
  if (JSON.stringify(lines.slice(0, header)) !== JSON.stringify(wantHeader)) {
    problems.push(`header lines: ${JSON.stringify(lines.slice(0, header))}`);
  }
  // The labels were read off the page as innerText renders it, which shows no marker before a list item; the
  // posting text puts "- " there. A phrase matches the text with or without those markers.
  const readings = (s: string) => [collapse(s), collapse(s.replace(LIST_MARKER, ''))];
  const bodies = readings(lines.slice(header).join('\n'));
  const texts = readings(posting.text);
  if (!bodies.some((b) => b.startsWith(collapse(label.startsWith)))) problems.push(`starts with: ${bodies[0].slice(0, 120)}`);
  if (!texts.some((t) => t.endsWith(collapse(label.endsWith)))) problems.push(`ends with: ${texts[0].slice(-120)}`);
  for (const p of label.mustContain) if (!texts.some((t) => t.includes(collapse(p)))) problems.push(`missing: ${p}`);
  for (const p of label.mustNotContain) if (texts.some((t) => t.includes(collapse(p)))) problems.push(`unwanted: ${p}`);
  return problems;
}

/** Every saved page's problems, extracted with the given adapters (all by default), after `stress` altered its markup. */
export function evalPages(dir: string, adapters?: readonly SiteAdapter[], stress?: Stress) {
  return pageNames(dir).flatMap((name) => {
    const { label, html } = readPage(dir, name);
    if (stress?.needsMarkupText && label.descriptionIn === 'json-ld') return [];
    const doc = parseHtml(html);
    stress?.alter(doc);
    const posting = extractPosting(doc, label.url, adapters ? { adapters } : {});
    return [{ name, posting, problems: pageProblems(posting, label) }];
  });
}

/** A change to a page's markup that a page nobody here has seen may show. */
interface Stress {
  name: string;
  alter: (doc: Document) => void;
  /** Left out for the pages that give their description in JSON-LD only: without it they hold no posting. */
  needsMarkupText?: true;
}

/** A name that says nothing, the same for the same name: as sites that hash their style names write them. */
const opaqueName = (name: string) => {
  let hash = 7;
  for (let i = 0; i < name.length; i++) hash = (Math.imul(hash, 31) + name.charCodeAt(i)) >>> 0;
  return `x${hash.toString(36)}`;
};

const renameClassesAndIds = (doc: Document) => {
  for (const el of Array.from(doc.querySelectorAll('[class], [id]'))) {
    const classes = el.getAttribute('class');
    if (classes) el.setAttribute('class', classes.split(/\s+/).filter(Boolean).map(opaqueName).join(' '));
    const id = el.getAttribute('id');
    if (id) el.setAttribute('id', opaqueName(id));
  }
};

const removeJsonLd = (doc: Document) => {
  for (const script of Array.from(doc.querySelectorAll('script'))) if (/ld\+json/i.test(script.getAttribute('type') ?? '')) script.remove();
};

/**
 * Markup no rule here was written for, made from each saved page: its class and id names replaced by names that say
 * nothing (a redesign renames them; many sites hash them), its JSON-LD left out (many careers pages ship none), both.
 */
export const STRESSES: readonly Stress[] = [
  { name: 'class and id names replaced', alter: renameClassesAndIds },
  { name: 'no JSON-LD', alter: removeJsonLd, needsMarkupText: true },
  {
    name: 'both',
    alter: (doc) => {
      renameClassesAndIds(doc);
      removeJsonLd(doc);
    },
    needsMarkupText: true,
  },
];

/** Pages fully right; with the posting's own text read (every mustContain phrase), whatever its bounds; with no posting. */
export function stressCounts(results: ReturnType<typeof evalPages>) {
  return {
    pages: results.length,
    right: results.filter((r) => !r.problems.length).length,
    bodyRead: results.filter((r) => r.posting.method !== 'none' && !r.problems.some((p) => p.startsWith('missing:'))).length,
    none: results.filter((r) => r.posting.method === 'none').length,
  };
}

const stressFigures = (results: ReturnType<typeof evalPages>) => {
  const { pages, right, bodyRead, none } = stressCounts(results);
  return `${right}/${pages} fully right, ${bodyRead} with every mustContain phrase, ${none} with no posting found`;
};

function main() {
  const { values, positionals } = scriptArgs('npm run eval:pages [-- DIR] [-- --quiet] [-- --generic] [-- --stress]', {
    options: { quiet: { type: 'boolean' }, generic: { type: 'boolean' }, stress: { type: 'boolean' } },
    allowPositionals: true,
  });
  const dir = positionals[0] ?? defaultPagesDir;
  if (!existsSync(dir)) {
    console.error(`eval:pages: no saved pages at ${dir} (they sit beside the project in CI)`);
    process.exit(1);
  }
  const figure = (results: { problems: string[] }[]) => {
    const right = results.filter((r) => !r.problems.length).length;
    return `${right}/${results.length} (${((100 * right) / Math.max(1, results.length)).toFixed(0)}%)`;
  };
  const print = (results: ReturnType<typeof evalPages>) => {
    for (const { name, posting, problems } of results) {
      if (values.quiet && !problems.length) continue;
      console.log(`${problems.length ? 'FAIL' : 'ok  '} ${name} (${posting.site}, ${posting.method})`);
      for (const p of problems) console.log(`       ${p}`);
    }
  };
  const normal = evalPages(dir);
  print(normal);
  if (values.stress) {
    console.log('\nThe same pages as markup no rule was written for (figures only: not to be tuned on page by page):');
    for (const stress of STRESSES) {
      console.log(`  ${stress.name.padEnd(28)} with the adapters: ${stressFigures(evalPages(dir, undefined, stress))}`);
      console.log(`  ${''.padEnd(28)} general path only: ${stressFigures(evalPages(dir, [], stress))}`);
    }
  }
  if (!values.generic) return console.log(`\npages fully right: ${figure(normal)}`);
  console.log('\nThe general path only (no site adapter):');
  const generic = evalPages(dir, []);
  print(generic);
  console.log(`\npages fully right: ${figure(normal)}; general path only (no site adapter): ${figure(generic)}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
