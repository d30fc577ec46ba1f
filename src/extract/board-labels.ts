// Headings that a job board or careers site prints above every description it shows: they label the page's
// box, they are not the employer's words, so a description that starts with one starts after it.
// Each entry is the whole heading line, compared without case or a trailing colon; add the other languages
// the extension meets (de, fr, es) when a board shows them.

import { compareKey } from '../text/basics';

export interface BoardLabel {
  label: string;
  /** Where boards print it (documentation, not matched). */
  example: string;
}

export const BOARD_LABELS: readonly BoardLabel[] = [
  { label: 'About the job', example: 'LinkedIn job view, above the description' },
  { label: 'Job description', example: 'Stack Overflow Jobs, Dice, many careers sites' },
  { label: 'Full job description', example: 'Indeed job view' },
  { label: 'Description', example: 'a careers page tab or box title' },
  { label: 'Job details', example: 'a careers page box title' },
  { label: 'Job detail', example: "SuccessFactors career sites: the page's <title>Job Detail</title>, whatever the job" },
  { label: 'Stellenbeschreibung', example: 'German boards (StepStone, XING)' },
  { label: 'Description du poste', example: 'French boards (Welcome to the Jungle, APEC)' },
  { label: 'Descripción del puesto', example: 'Spanish boards (InfoJobs)' },
  { label: 'Descripción del empleo', example: 'Spanish boards' },
];

const key = (line: string) => compareKey(line, { punctuation: 'colon' });
const labels = new Set(BOARD_LABELS.map((l) => key(l.label)));

/** Whether a line is only a board's label for the description box ("About the job"). */
export const isBoardLabel = (line: string) => labels.has(key(line));
