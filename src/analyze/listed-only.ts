import type { Term } from './analysis-schema';

/**
 * A skill the resume names only in a list: worth showing in an experience bullet. Degrees and
 * certifications belong in lists, so they never get this advice.
 */
export const listedOnly = (term: Term) =>
  term.status === 'covered' && term.resume?.strength === 'listed' && term.category !== 'education' && term.category !== 'certification';
