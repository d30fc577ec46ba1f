import { describe, expect, it } from 'vitest';
import { marketView } from '../../../src/index';
import type { HistoryEntry } from '../../../src/storage/history-schema';
import { historyCsv } from '../../../src/ui/history/csv';
import { filterEntries, NO_FILTER, sortEntries } from '../../../src/ui/history/filter';
import { BEST_RESUME, marketPostings } from '../../../src/ui/history/market-input';
import { TITLE_FAMILIES, titleFamily } from '../../../src/ui/history/title-family';

const term = (id: string, label: string, importance: 'required' | 'preferred' | 'mentioned') => ({
  id,
  label,
  category: 'tool' as const,
  job: { count: 1, importance, evidence: [label] },
});

function entry(key: string, over: Partial<HistoryEntry>): HistoryEntry {
  return {
    key,
    site: 'greenhouse',
    title: 'Technical Program Manager',
    company: 'Acme',
    words: 300,
    analyzedAt: '2026-11-20T10:00:00.000Z',
    firstAnalyzedAt: '2026-11-20T10:00:00.000Z',
    terms: [term('jira', 'Jira', 'required'), term('kubernetes', 'Kubernetes', 'preferred')],
    scores: [],
    ...over,
  };
}

const a = entry('url:a', {
  title: 'Senior Technical Program Manager, Cloud',
  company: 'Northwind',
  analyzedAt: '2026-11-01T09:00:00.000Z',
  scores: [
    { resumeId: 'r1', resumeName: 'Cloud', score: 80, statuses: { jira: 'covered', kubernetes: 'covered' } },
    { resumeId: 'r2', resumeName: 'Agile', score: 20, statuses: { jira: 'missing', kubernetes: 'missing' } },
  ],
  shownResumeId: 'r2',
});
const b = entry('url:b', {
  title: 'Release Manager',
  company: 'Larkspur, Inc.',
  site: 'lever',
  url: 'https://jobs.lever.co/larkspur/1',
  analyzedAt: '2026-11-15T09:00:00.000Z',
  terms: [term('jira', 'Jira', 'required'), term('ci-cd', 'CI/CD', 'required')],
  scores: [{ resumeId: 'r1', resumeName: 'Cloud', score: 40, statuses: { jira: 'covered', 'ci-cd': 'missing' } }],
});
const c = entry('text:c', { title: '=HYPERLINK("x")', company: '', site: 'pasted', analyzedAt: '2026-11-30T09:00:00.000Z' });

describe('title families', () => {
  it.each([
    ['Senior Technical Program Manager, Cloud', 'tpm'],
    ['TPM - Payments', 'tpm'],
    ['Technical Project Manager', 'tpm'],
    ['Programme Manager', 'program'],
    ['IT Project Manager, ERP Rollout', 'project'],
    ['Delivery Manager', 'delivery'],
    ['Release Train Engineer', 'release'],
    ['Senior Software Engineer', 'other'],
    ['Technical Writer', 'other'],
    ['Programmer Analyst', 'other'],
  ])('%s -> %s', (title, family) => expect(titleFamily(title)).toBe(family));

  it('classifies each family’s own example', () => {
    for (const f of TITLE_FAMILIES) expect(titleFamily(f.example), f.example).toBe(f.id);
  });
});

describe('filter and sort', () => {
  it.each([
    [{ family: 'release' }, ['url:b']],
    [{ family: 'tpm' }, ['url:a']],
    [{ site: 'lever' }, ['url:b']],
    [{ query: 'ci/cd' }, ['url:b']],
    [{ query: 'northwind cloud' }, ['url:a']],
    [{ query: 'nothing like it' }, []],
    [{ from: '2026-11-15' }, ['url:b', 'text:c']],
    [{ from: '2026-11-02', to: '2026-11-15' }, ['url:b']],
    [{}, ['url:a', 'url:b', 'text:c']],
  ])('%j -> %j', (part, keys) => expect(filterEntries([a, b, c], { ...NO_FILTER, ...part }).map((e) => e.key)).toEqual(keys));

  it('sorts by date, by score (against a resume, or the best) and by company, unscored and unnamed last', () => {
    expect(sortEntries([a, b, c], 'date').map((e) => e.key)).toEqual(['text:c', 'url:b', 'url:a']);
    expect(sortEntries([a, b, c], 'score', 'r1').map((e) => e.key)).toEqual(['url:a', 'url:b', 'text:c']);
    expect(sortEntries([a, b, c], 'score', 'r2').map((e) => e.key)).toEqual(['url:a', 'text:c', 'url:b']); // unscored by r2: latest first
    expect(sortEntries([b, a, c], 'score').map((e) => e.key)).toEqual(['url:a', 'url:b', 'text:c']); // each by its best
    expect(sortEntries([a, b, c], 'company').map((e) => e.company)).toEqual(['Larkspur, Inc.', 'Northwind', '']);
  });
});

describe('CSV export', () => {
  it('writes a header and one quoted, formula-safe row per entry', () => {
    const lines = historyCsv([a, b, c], 'r1').trimEnd().split('\r\n');
    expect(lines[0]).toBe('date,title,company,site,url,language,score,resume,required,preferred,mentioned');
    expect(lines[1]).toBe('2026-11-01,"Senior Technical Program Manager, Cloud",Northwind,greenhouse,,,80,Cloud,Jira,Kubernetes,');
    expect(lines[2]).toBe('2026-11-15,Release Manager,"Larkspur, Inc.",lever,https://jobs.lever.co/larkspur/1,,40,Cloud,Jira; CI/CD,,');
    expect(lines[3]).toBe(`2026-11-30,"'=HYPERLINK(""x"")",,pasted,,,,,Jira,Kubernetes,`);
  });
});

describe('market view over history entries', () => {
  it('reads the chosen resume’s coverage, or each posting’s best', () => {
    const best = marketView(marketPostings([a, b], BEST_RESUME));
    expect(best.concepts.find((x) => x.id === 'jira')).toMatchObject({ postings: 2, required: 2, share: 1, covered: 'covered' });
    expect(best.topGaps.map((g) => g.id)).toEqual(['ci-cd']);
    const agile = marketView(marketPostings([a, b], 'r2'));
    expect(agile.concepts.find((x) => x.id === 'jira')?.covered).toBe('missing'); // only a was scored against r2
    const none = marketView(marketPostings([c]));
    expect(none).toMatchObject({ postings: 1, compared: false, topGaps: [] });
    expect(marketView(marketPostings([])).postings).toBe(0);
  });

  it.each([
    ['en', 1, 0],
    ['de', 0, 1],
    [undefined, 1, 0],
  ])('a posting recorded in language %s is counted %i times and skipped %i times', (language, counted, skipped) => {
    const view = marketView(marketPostings([{ ...a, language }]));
    expect(view.postings).toBe(counted);
    expect(view.skipped).toBe(skipped);
  });
});
