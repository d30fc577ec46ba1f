import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/analyze/analyze';
import { compileCues, type Cue } from '../../src/analyze/cues';
import { bundledLookup } from '../../src/index';
import { SHARED, sharedPostings, sharedResumes } from '../shared-texts';

describe('cue matching, where it passes over word starts that no phrase of a kind begins with', () => {
  const cues: Cue<'x'>[] = [
    { kind: 'x', phrase: 'ideal|successful candidate', example: '' },
    { kind: 'x', phrase: 'equal employment? opportunit*', example: '' },
    { kind: 'x', phrase: '# years', example: '' },
    { kind: 'x', phrase: 'über uns', example: '' },
    { kind: 'x', phrase: 'nice to have*', example: '' },
    { kind: 'x', phrase: '^you will', example: '' },
  ];
  const skipping = compileCues(cues);
  // A phrase that opens with an apostrophe could begin anywhere: its kind is searched at every word start.
  const searchingAll = compileCues([...cues, { kind: 'x', phrase: "'zz", example: '' }]);
  it.each([
    ['The ideal candidate brings 5 years of Jira', 2],
    ['A successful candidate; equal opportunity', 2],
    ['Über uns', 1],
    ['Nice-to-haves: 10+ years', 2],
    ['You will lead; you will plan', 1],
    ['candidates ideally have years of practice', 0],
    ['Ideal candidates', 0],
    ['Uber users', 0],
    ['', 0],
  ])('%j: the same %d matches as a search at every word start', (text, count) => {
    expect(skipping.all(text, 'x')).toEqual(searchingAll.all(text, 'x'));
    expect(skipping.all(text, 'x')).toHaveLength(count);
    expect(skipping.find(text, 'x')).toEqual(searchingAll.find(text, 'x'));
  });
});

const postings = sharedPostings();
const resumes = sharedResumes();

describe.skipIf(!postings.length || !resumes.length)('analyze() over the shared postings', () => {
  if (!postings.length || !resumes.length) console.log(`skipped: no shared postings and resumes at ${SHARED}`);
  it(`gives each posting the same analysis whatever was analyzed before it (${postings.length} postings)`, () => {
    const forward = createAnalyzer(bundledLookup());
    const first = postings.map(({ text }, i) => JSON.stringify(forward(text, resumes[i % resumes.length].text)));
    // Another analyzer, the postings in reverse order: every word, cue and resume answer kept from the call
    // before is now another text's.
    const backward = createAnalyzer(bundledLookup());
    const differ: string[] = [];
    for (let i = postings.length - 1; i >= 0; i--) {
      if (JSON.stringify(backward(postings[i].text, resumes[i % resumes.length].text)) !== first[i]) differ.push(postings[i].id);
    }
    expect(differ).toEqual([]);
  }, 180_000);
});
