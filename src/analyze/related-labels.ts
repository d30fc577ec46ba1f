import type { Term } from './analysis-schema';

/** What a reader sees for `relatedInResume`: the labels; an analysis stored before 0.5 carries only the ids. */
export const relatedLabels = (term: Pick<Term, 'relatedInResume' | 'relatedInResumeLabels'>): string[] =>
  term.relatedInResumeLabels ?? term.relatedInResume ?? [];
