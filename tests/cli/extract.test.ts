import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, expectRefusal, scratchFiles } from './run-cli';
import { analysisSchema } from '../../src/analyze/analysis-schema';
import { parseHtml } from '../../src/cli/parse-html';
import { extractPosting } from '../../src/extract';
import { analyze } from '../../src/index';
import { postingSchema } from '../../src/extract/posting-schema';
import { readingCutNotice } from '../../src/extract/reading-bounds';
import { deepTextHtml, POSTING, POSTING_LINES } from '../extract/inputs-pages';

const { dir: scratch, file } = scratchFiles('tpm-lens-extract-');
const fixtures = ['greenhouse/job-boards', 'linkedin/job-view-guest', 'workday/job', 'generic/careers-json-ld-graph'];
const expectedOf = (name: string) => JSON.parse(readFileSync(`tests/fixtures/pages/${name}.expected.json`, 'utf8'));

describe('tpm-lens extract', () => {
  it.each(fixtures)('prints one JSON object for %s', (name) => {
    const expected = expectedOf(name);
    const r = cli('extract', '--html', `tests/fixtures/pages/${name}.html`, '--url', expected.url, '--json');
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    const out = JSON.parse(r.stdout);
    // The first five keys are the contract; the page's sections, address and notices came later and are optional.
    expect(Object.keys(out).slice(0, 5)).toEqual(['title', 'company', 'site', 'method', 'text']);
    expect(
      Object.keys(out)
        .slice(5)
        .every((k) => k === 'sections' || k === 'url' || k === 'notices'),
    ).toBe(true);
    expect(postingSchema.safeParse(out).success).toBe(true);
    expect(out).toMatchObject({ title: expected.title, company: expected.company, site: expected.site, method: expected.method });
  });

  it('prints a readable header and the text without --json', () => {
    const r = cli('extract', '--html', 'tests/fixtures/pages/lever/posting.html', '--url', expectedOf('lever/posting').url);
    expect(r.stdout).toMatch(/^# Technical Program Manager, Flight Software at Tailspin Aerospace \[site: lever, method: site, \d+ characters\]\n/);
    expect(r.stdout).toContain('\n- PMP or SAFe certification.\n');
  });

  it.each([
    ['no --url', () => ['extract', '--html', 'tests/fixtures/pages/lever/posting.html'], /extract needs --html FILE and --url URL/],
    ['a bad --url', () => ['extract', '--html', 'tests/fixtures/pages/lever/posting.html', '--url', 'lever'], /--url lever is not a URL/],
    ['a missing file', () => ['extract', '--html', join(scratch, 'nope.html'), '--url', 'https://x.example/'], /--html .*nope\.html: no such file/],
    ['an empty file', () => ['extract', '--html', file('empty.html', ' \n'), '--url', 'https://x.example/'], /is empty/],
    ['--job with --html', () => ['analyze', '--job', 'samples/posting.txt', '--html', 'x.html'], /--job FILE or --html FILE, not both/],
    [
      'a page without a posting',
      () => ['analyze', '--html', 'tests/fixtures/pages/generic/news-article.html', '--url', 'https://news.example/a'],
      /no job posting found/,
    ],
    [
      'extract on a page without a posting',
      () => ['extract', '--html', 'tests/fixtures/pages/generic/news-article.html', '--url', 'https://news.example/a', '--json'],
      /^tpm-lens: --html \S+news-article\.html: no job posting found on this page/,
    ],
  ])('rejects %s with one line on stderr', (_, args, message) => expectRefusal(cli(...args()), message));
});

describe('tpm-lens extract on a page past the reading bounds', () => {
  it('prints the posting with its notice', () => {
    const deep = `<html><head><title>TPM | Northwind</title></head><body><main>${deepTextHtml(3_000).replace('Line 2999', `Line 2999${POSTING}`)}</main></body></html>`;
    const path = file('deep.html', deep);
    const out = JSON.parse(cli('extract', '--html', path, '--url', 'https://careers.northwind.example/jobs/1', '--json').stdout);
    expect(out.method).toBe('readability');
    expect(out.text).toContain(POSTING_LINES[3]);
    expect(out.notices).toEqual([readingCutNotice('depth')]);
    expect(postingSchema.safeParse(out).success).toBe(true);
  }, 30_000);
});

describe('tpm-lens analyze --html', () => {
  it('extracts the posting, then analyzes it like --job does', () => {
    const name = 'greenhouse/job-boards';
    const r = cli('analyze', '--html', `tests/fixtures/pages/${name}.html`, '--url', expectedOf(name).url, '--resume', 'samples/resume.txt', '--json');
    expect(r.code).toBe(0);
    const result = analysisSchema.parse(JSON.parse(r.stdout));
    expect(result.job).toMatchObject({ title: expectedOf(name).title, company: expectedOf(name).company });
    expect(result.terms.map((t) => t.id)).toEqual(expect.arrayContaining(['jira', 'kubernetes']));
    expect(result.score).toBeGreaterThan(0);
  }, 60_000);

  it('analyzes the extracted Posting whole (title, company, headings, site and address), as analyze(posting) does', () => {
    const name = 'lever/posting';
    const url = expectedOf(name).url;
    const posting = extractPosting(parseHtml(readFileSync(`tests/fixtures/pages/${name}.html`, 'utf8')), url);
    const out = cli('analyze', '--html', `tests/fixtures/pages/${name}.html`, '--url', url, '--json').stdout;
    expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(analyze(posting))));
    expect(JSON.parse(out).job).toMatchObject({ site: 'lever', url });
    // The same words as plain text name the same skills.
    const viaJob = JSON.parse(cli('analyze', '--job', file('lever.txt', posting.text), '--json').stdout);
    expect(
      JSON.parse(out)
        .terms.map((t: { id: string }) => t.id)
        .sort(),
    ).toEqual(viaJob.terms.map((t: { id: string }) => t.id).sort());
  }, 90_000);
});
