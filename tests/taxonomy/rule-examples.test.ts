import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findHits } from '../../src/analyze/match';
import { normalizeTerm, tokenize } from '../../src/text/normalize';
import { bundledTaxonomy, findConcepts } from '../../src/index';
import { compileTaxonomy } from '../../src/taxonomy/compile';
import type { Concept } from '../../src/taxonomy/schema';

// Every pattern and every context rule of the taxonomy is pinned by examples: texts that must name the
// concept and near misses that must not. tests/fixtures/rule-examples.json: {conceptId: {match, noMatch}}.
const examples = JSON.parse(readFileSync('tests/fixtures/rule-examples.json', 'utf8')) as Record<string, { match: string[]; noMatch: string[] }>;
const taxonomy = bundledTaxonomy();
const ruled = taxonomy.concepts.filter((c) => c.patterns?.length || c.context?.length);
const names = (text: string, id: string) => findConcepts(text).some((c) => c.id === id);

/** A lookup that knows one pattern only, so an example shows what that pattern alone matches. */
function onePattern(concept: Concept, pattern: string) {
  const alone: Concept = { id: concept.id, label: 'zz unused label zz', category: concept.category, patterns: [pattern], bullets: concept.bullets };
  return compileTaxonomy({ concepts: [alone], byId: new Map([[alone.id, alone]]), narrower: new Map() });
}
const words = (text: string) =>
  ` ${tokenize(text)
    .map((t) => t.key)
    .join(' ')} `;

describe('rule examples', () => {
  it('cover every concept that has patterns or context rules, each with a match and a near miss', () => {
    const lacking = ruled.filter((c) => !examples[c.id]?.match.length || !examples[c.id]?.noMatch.length).map((c) => c.id);
    expect(lacking, `add examples for:\n${lacking.join('\n')}`).toEqual([]);
    const unknown = Object.keys(examples).filter((id) => !taxonomy.byId.has(id));
    expect(unknown).toEqual([]);
  });

  it('show each pattern matching on its own', () => {
    const silent = ruled.flatMap((c) =>
      (c.patterns ?? [])
        .filter((p) => {
          const lookup = onePattern(c, p);
          return !examples[c.id]?.match.some((text) => findHits(text, lookup).length > 0);
        })
        .map((p) => `${c.id}: ${p}`),
    );
    expect(silent, `no match example exercises:\n${silent.join('\n')}`).toEqual([]);
  });

  it('show each context rule both counting and rejecting its surface', () => {
    const unpinned = ruled.flatMap((c) =>
      (c.context ?? [])
        .filter((r) => {
          const key = ` ${normalizeTerm(r.surface)} `;
          const e = examples[c.id];
          return !e?.match.some((t) => words(t).includes(key)) || !e?.noMatch.some((t) => words(t).includes(key));
        })
        .map((r) => `${c.id}: ${r.surface}`),
    );
    expect(unpinned, `rules without a positive and a negative example naming their surface:\n${unpinned.join('\n')}`).toEqual([]);
  });

  const rows = Object.entries(examples).flatMap(([id, e]) => [
    ...e.match.map((text) => [id, text, true] as const),
    ...e.noMatch.map((text) => [id, text, false] as const),
  ]);
  it.each(rows)('%s in %j: %s', (id, text, expected) => {
    expect(names(text, id)).toBe(expected);
  });
});
