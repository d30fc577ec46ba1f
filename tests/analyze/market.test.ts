import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CoverageStatus, Importance } from '../../src/analyze/analysis-schema';
import { buildMarketView, type MarketPosting, RARE_SHARE } from '../../src/analyze/market';
import { analyze, bundledTaxonomy, findConcepts, marketView } from '../../src/index';

const taxonomy = bundledTaxonomy();

/** A term as analyze() gives it, from a concept id of the bundled taxonomy. */
function term(id: string, importance: Importance, status?: CoverageStatus) {
  const c = taxonomy.byId.get(id);
  if (!c) throw new Error(`no concept ${id}`);
  return { id, label: c.label, category: c.category, job: { importance }, status: status ?? null };
}
const posting = (...terms: ReturnType<typeof term>[]): MarketPosting => ({ terms });

describe('market view', () => {
  it('is empty and sensible for no postings', () => {
    const view = buildMarketView([], taxonomy);
    expect(view).toEqual({ postings: 0, skipped: 0, compared: false, concepts: [], topGaps: [], rareStrengths: [] });
    // Nothing to compare with: the resume's own concepts are not "rare" among no postings.
    expect(buildMarketView([], taxonomy, { resumeConcepts: [{ id: 'jira', label: 'Jira', category: 'tool' }] }).rareStrengths).toEqual([]);
  });

  it('reads one posting: every concept at share 1, each missing one a gap with its bullets', () => {
    const view = buildMarketView([posting(term('jira', 'required', 'missing'), term('scrum', 'preferred', 'covered'))], taxonomy);
    expect(view.postings).toBe(1);
    expect(view.compared).toBe(true);
    expect(view.concepts.map((c) => [c.id, c.share, c.covered])).toEqual([
      ['jira', 1, 'missing'],
      ['scrum', 1, 'covered'],
    ]);
    expect(view.topGaps.map((g) => [g.id, g.weight])).toEqual([['jira', 3]]);
    expect(view.topGaps[0].bullets).toEqual(taxonomy.byId.get('jira')!.bullets);
    // A strength that the only posting asks for is not rare.
    expect(view.rareStrengths).toEqual([]);
  });

  it('gives the same bullets for a gap as analyze() suggests for the term', () => {
    const a = analyze(readFileSync('samples/posting.txt', 'utf8'), 'Managed budgets and Jira boards.');
    const view = marketView([a], { top: 1000 });
    expect(view.topGaps.length).toBeGreaterThan(3);
    for (const gap of view.topGaps) expect(gap.bullets).toEqual(a.suggestions.find((s) => s.termId === gap.id)?.bullets);
    expect(view.topGaps.length).toBe(a.suggestions.length);
  });

  it('counts postings per importance, sorted by postings, then required, then label', () => {
    const view = buildMarketView(
      [
        posting(term('jira', 'required'), term('agile', 'mentioned'), term('pmp', 'preferred')),
        posting(term('jira', 'preferred'), term('agile', 'required')),
        posting(term('jira', 'mentioned'), term('agile', 'required'), term('scrum', 'required')),
      ],
      taxonomy,
    );
    expect(view.concepts.map((c) => [c.id, c.postings, c.required, c.preferred, c.mentioned])).toEqual([
      ['agile', 3, 2, 0, 1],
      ['jira', 3, 1, 1, 1],
      ['scrum', 1, 1, 0, 0],
      ['pmp', 1, 0, 1, 0],
    ]);
    expect(view.concepts[0].share).toBe(1);
    expect(view.concepts[2].share).toBeCloseTo(1 / 3);
    // Without a resume: no coverage, no gaps, no strengths.
    expect(view.compared).toBe(false);
    expect(view.concepts.every((c) => c.covered === undefined)).toBe(true);
    expect(view.topGaps).toEqual([]);
  });

  // Gap ranking: share x the score's weight, partial losing half; a covered concept is never a gap.
  it.each([
    { name: 'required everywhere beats preferred everywhere', a: ['required', 'missing', 4], b: ['preferred', 'missing', 4], first: 'a' },
    { name: 'required in half beats preferred everywhere', a: ['required', 'missing', 2], b: ['preferred', 'missing', 4], first: 'a' },
    { name: 'preferred everywhere beats required in one of four', a: ['required', 'missing', 1], b: ['preferred', 'missing', 4], first: 'b' },
    { name: 'missing beats partial at the same share', a: ['required', 'partial', 4], b: ['required', 'missing', 4], first: 'b' },
    { name: 'a covered concept is no gap (negative)', a: ['required', 'covered', 4], b: ['mentioned', 'missing', 1], first: 'b', only: true },
  ] as const)('ranks gaps: $name', ({ a, b, first, only }) => {
    const postings = [0, 1, 2, 3].map((i) =>
      posting(...(i < a[2] ? [term('jira', a[0], a[1])] : []), ...(i < b[2] ? [term('kubernetes', b[0], b[1])] : [term('pmp', 'mentioned', 'covered')])),
    );
    const gaps = buildMarketView(postings, taxonomy).topGaps.map((g) => g.id);
    const expected = first === 'a' ? ['jira', 'kubernetes'] : ['kubernetes', 'jira'];
    expect(gaps).toEqual(only ? ['kubernetes'] : expected);
  });

  it('weighs a gap in the score weights over all postings', () => {
    const view = buildMarketView(
      [posting(term('jira', 'required', 'missing')), posting(term('jira', 'preferred', 'partial')), posting(term('scrum', 'required', 'covered'))],
      taxonomy,
    );
    // (3 x 1 + 1.5 x 0.5) / 3 postings
    expect(view.topGaps[0].weight).toBeCloseTo(1.25);
  });

  it('takes a posting’s coverage map over its terms’ status (a history entry scored against several resumes)', () => {
    const stored: MarketPosting = { terms: [term('jira', 'required', 'covered')], coverage: { jira: 'missing' } };
    expect(buildMarketView([stored], taxonomy).topGaps.map((g) => g.id)).toEqual(['jira']);
    const noStatus: MarketPosting = { terms: [term('jira', 'required')], coverage: { jira: 'covered' } };
    expect(buildMarketView([noStatus], taxonomy).concepts[0].covered).toBe('covered');
  });

  it('gives a concept the status most postings give it, the weaker on a tie', () => {
    const view = (...statuses: CoverageStatus[]) =>
      buildMarketView(
        statuses.map((s) => posting(term('jira', 'required', s))),
        taxonomy,
      ).concepts[0].covered;
    expect(view('covered', 'covered', 'missing')).toBe('covered');
    expect(view('covered', 'missing')).toBe('missing');
    expect(view('covered', 'partial')).toBe('partial');
  });

  it('finds rare strengths: covered, asked by few postings or none, the rarest first', () => {
    const common = Array.from({ length: 9 }, () => posting(term('jira', 'required', 'covered')));
    const view = buildMarketView(
      [...common, posting(term('jira', 'required', 'covered'), term('pmp', 'preferred', 'covered'), term('safe', 'required', 'missing'))],
      taxonomy,
      {
        resumeConcepts: [
          { id: 'kubernetes', label: 'Kubernetes', category: 'tool' },
          { id: 'jira', label: 'Jira', category: 'tool' },
          { id: 'kubernetes', label: 'Kubernetes', category: 'tool' },
        ],
      },
    );
    expect(view.rareStrengths.map((s) => [s.id, s.postings])).toEqual([
      ['kubernetes', 0],
      ['pmp', 1],
    ]);
    // Negative rows: asked by every posting (jira), missing (safe).
    expect(view.rareStrengths.some((s) => s.id === 'jira' || s.id === 'safe')).toBe(false);
    expect(view.concepts.find((c) => c.id === 'pmp')!.share).toBeLessThanOrEqual(RARE_SHARE);
  });

  it('leaves out texts that are no posting or not in English, and counts them', () => {
    const german: MarketPosting = { terms: [term('scrum', 'required', 'missing')], job: { isPosting: false } };
    const view = buildMarketView([german, posting(term('jira', 'required', 'missing'))], taxonomy);
    expect([view.postings, view.skipped]).toEqual([1, 1]);
    expect(view.concepts.map((c) => c.id)).toEqual(['jira']);
    expect(buildMarketView([german], taxonomy)).toMatchObject({ postings: 0, skipped: 1, concepts: [], topGaps: [] });
    // A posting in another language is no English posting, even where the analyzer took it for a posting.
    const french: MarketPosting = { terms: [term('scrum', 'required', 'missing')], job: { isPosting: true, language: 'fr' } };
    const english: MarketPosting = { terms: [term('scrum', 'required', 'missing')], job: { isPosting: true, language: 'en' } };
    const unknown: MarketPosting = { terms: [term('scrum', 'required', 'missing')], job: { isPosting: true } };
    expect(buildMarketView([french, english, unknown], taxonomy)).toMatchObject({ postings: 2, skipped: 1 });
  });

  it('counts a concept once per posting, at its highest importance', () => {
    const view = buildMarketView([posting(term('jira', 'mentioned', 'missing'), term('jira', 'required', 'missing'))], taxonomy);
    expect(view.concepts).toMatchObject([{ id: 'jira', postings: 1, required: 1, mentioned: 0 }]);
  });

  it('keeps `top` gaps and strengths, and every concept', () => {
    const ids = ['jira', 'scrum', 'agile', 'pmp', 'kubernetes'];
    const view = buildMarketView([posting(...ids.map((id) => term(id, 'required', 'missing')))], taxonomy, { top: 2 });
    expect(view.topGaps).toHaveLength(2);
    expect(view.concepts).toHaveLength(5);
    expect(buildMarketView([posting(term('jira', 'required', 'missing'))], taxonomy, { top: 0 }).topGaps).toEqual([]);
  });

  it('reads thousands of real analyses into one view with shares between 0 and 1', () => {
    const text = readFileSync('samples/posting.txt', 'utf8');
    const resume = readFileSync('samples/resume.txt', 'utf8');
    const one = analyze(text, resume);
    const many = Array.from({ length: 3000 }, (_, i) => (i % 3 ? one : { ...one, terms: one.terms.slice(0, 5) }));
    const view = marketView(many, { resumeConcepts: findConcepts(resume) });
    expect(view.postings).toBe(3000);
    expect(view.concepts).toHaveLength(one.terms.length);
    for (const c of view.concepts) {
      expect(c.share).toBeGreaterThan(0);
      expect(c.share).toBeLessThanOrEqual(1);
      expect(c.required + c.preferred + c.mentioned).toBe(c.postings);
    }
    expect(view.concepts.slice(0, 5).every((c) => c.postings === 3000)).toBe(true);
    const missing = one.terms.filter((t) => t.status !== 'covered').length;
    expect(view.topGaps).toHaveLength(Math.min(10, missing));
  });
});
