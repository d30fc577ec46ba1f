// How a posting reads, for the sectioning tests: the importance each concept gets, and the headings read.
import { structurePosting } from '../../src/analyze/sections';
import { analyze } from '../../src/index';

/** Each concept the analysis reports for a posting, by id, with the importance it gives it. */
export const importancesOf = (text: string) => new Map(analyze(text).terms.map((t) => [t.id, t.job.importance]));

/** The headings the sectioner reads in a text, as written. */
export const headingsOf = (text: string) =>
  structurePosting(text)
    .lines.filter((l) => l.heading)
    .map((l) => text.slice(l.start, l.end).trim());
