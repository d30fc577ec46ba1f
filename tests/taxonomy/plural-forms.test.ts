import { describe, expect, it } from 'vitest';
import { bundledLookup, findConcepts } from '../../src/index';

// Nouns in -sis make their plural in -ses, which compromise's list of irregular plurals leaves out; the compiler
// maps the plural's key to the singular's (src/taxonomy/compile.ts, irregularForms).
describe('-sis plurals', () => {
  const lookup = bundledLookup();

  it('key the plural as the singular, and leave a plural another word owns alone', () => {
    expect(lookup.keyOf('analyses')).toBe(lookup.keyOf('analysis'));
    expect(lookup.keyOf('Analyses')).toBe(lookup.keyOf('analysis'));
    expect(lookup.keyOf('bases')).toBe(lookup.keyOf('base')); // "basis" does not take "bases" from "base"
    expect(lookup.keyOf('analysts')).not.toBe(lookup.keyOf('analysis'));
  });

  it.each([
    ['Run gap analyses with the finance team.', 'gap-analysis', true],
    ['Develop project schedules, milestones and risk analyses.', 'risk-management', true],
    ['Market analyses for each launch.', 'market-analysis', true],
    ['Our analysts join the weekly sync.', 'data-analysis', false],
    ['Gaps in the fence were fixed.', 'gap-analysis', false],
  ])('%j names %s: %s', (text, id, expected) => {
    expect(findConcepts(text).some((c) => c.id === id)).toBe(expected);
  });
});
