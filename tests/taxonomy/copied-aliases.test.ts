import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { attributionLookup, readDevPostings, readSharedTexts, sourceDocuments, type Doc } from '../../scripts/corpus-lib';
import { bundledTaxonomy } from '../../src/index';

// An alias or a pattern is what many postings say, not a sentence copied from one of them. The shared corpus
// sits beside the project in CI; a user's clone has none, and the guard says so.
const SHARED = '../shared';
const present = existsSync(`${SHARED}/corpus/postings`) && existsSync(`${SHARED}/eval/postings`);
if (!present) console.warn(`copied-alias guard skipped: ${SHARED} is absent (it is present in CI)`);

const taxonomy = bundledTaxonomy();
const attribution = attributionLookup(taxonomy);
const doc = (id: string, text: string): Doc => ({ id, lang: 'en', text });
const sourceAt = (i: number) => attribution.sources[i];
const describeSource = (i: number) => `${sourceAt(i).conceptId}: ${sourceAt(i).kind} "${sourceAt(i).text}"`;

describe('attribution of a match to the surface or pattern that made it', () => {
  it.each([
    ['Led technical program management for the platform', 'technical-program-management: surface "Technical program management"'],
    ['Strong program management background', 'program-management: surface "Program management"'],
    ['You will manage several large-scale programs', 'program-management: pattern "manage|lead|run|drive|oversee|direct|own .. complex|large-scale|multi-year|multi-quarter|strategic|enterprise|global|critical|multiple program|programs|programme|programmes"'],
    // The longest surface wins, as in the product: no credit to "program management" inside the longer one.
    ['Led technical program management for the platform', '!program-management: surface "Program management"'],
    ['A program of weekly talks', '!program-management: surface "Program management"'],
  ])('%j: %s', (text, expected) => {
    const fired = sourceDocuments([doc('example', text)], attribution).flatMap((docs, i) => (docs.size ? [describeSource(i)] : []));
    if (expected.startsWith('!')) expect(fired).not.toContain(expected.slice(1));
    else expect(fired).toContain(expected);
  });
});

describe.skipIf(!present)('the taxonomy copies no phrase from one development posting', () => {
  it('every surface of three or more words and every pattern that a dev posting uses, a corpus posting or a seed uses too, unless its concept has a note', () => {
    const { postings, seeds } = present ? readSharedTexts(SHARED) : { postings: [], seeds: [] };
    const dev = present ? readDevPostings(SHARED) : [];
    // One pass over every text; a document id says which set it belongs to.
    const found = sourceDocuments([...postings, ...seeds, ...dev], attribution);
    const devIds = new Set(dev.map((d) => d.id));
    const offenders = found.flatMap((docs, i) => {
      const source = sourceAt(i);
      const guarded = source.kind === 'pattern' || source.words >= 3;
      if (!guarded || taxonomy.byId.get(source.conceptId)?.note) return [];
      const inDev = [...docs].filter((id) => devIds.has(id));
      return inDev.length && inDev.length === docs.size ? [`${describeSource(i)} (only in ${inDev.join(', ')})`] : [];
    });
    expect(offenders, `copied from development postings (remove, generalize, or give the concept a note):\n${offenders.join('\n')}`).toEqual([]);
  });
});
