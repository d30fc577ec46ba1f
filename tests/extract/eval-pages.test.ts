import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/parse-html';
import { extractPosting } from '../../src/extract';
import { collapse } from './collapse';

// Real saved pages from the shared evaluation set, beside the project in CI; users' clones do not have it.
const dir = '../shared/eval/pages';
const present = existsSync(dir);
if (!present) console.log(`skipping the real-page extraction tests: ${dir} is absent (it is present in CI)`);

interface PageLabel {
  site: string;
  url: string;
  title: string;
  company: string;
  startsWith: string;
  endsWith: string;
  mustContain: string[];
  mustNotContain: string[];
}

const pages = present ? readdirSync(dir).filter((f) => f.endsWith('.html')).map((f) => f.replace(/\.html$/, '')) : [];

describe.skipIf(!present)('real saved pages (../shared/eval/pages)', () => {
  it.each(pages)('%s', (name) => {
    const label: PageLabel = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8'));
    const posting = extractPosting(parseHtml(readFileSync(join(dir, `${name}.html`), 'utf8')), label.url);
    const lines = posting.text.split('\n');
    const header = [posting.title, posting.company].filter(Boolean).length;
    const body = collapse(lines.slice(header).join('\n'));
    const text = collapse(posting.text);
    expect({ title: posting.title, company: posting.company, method: posting.method === 'none' ? 'none' : 'found' })
      .toEqual({ title: label.title, company: label.company, method: 'found' });
    expect(lines.slice(0, header)).toEqual([label.title, label.company]);
    const problems = [
      ...(body.startsWith(collapse(label.startsWith)) ? [] : [`starts with: ${body.slice(0, 120)}`]),
      ...(text.endsWith(collapse(label.endsWith)) ? [] : [`ends with: ${text.slice(-120)}`]),
      ...label.mustContain.filter((p) => !text.includes(collapse(p))).map((p) => `missing: ${p}`),
      ...label.mustNotContain.filter((p) => text.includes(collapse(p))).map((p) => `unwanted: ${p}`),
    ];
    expect(problems, problems.join('\n')).toEqual([]);
  });
});
