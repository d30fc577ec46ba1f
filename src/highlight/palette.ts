// The highlight kinds, their colours and the stylesheet the extension inserts into the page (scripting.insertCSS,
// never a <style> element). Each mark sets both its text colour and its background, so its contrast holds on any
// page, light or dark; an underline in a mid-tone, visible on white and on near-black, marks it where the
// background alone would not stand out. tests/highlight/palette.test.ts checks the WCAG ratios.

/** Against a resume: covered, partly covered, missing. Without one: the posting's importance. */
export const HIGHLIGHT_KINDS = ['covered', 'partial', 'missing', 'required', 'preferred', 'mentioned'] as const;
export type HighlightKind = (typeof HIGHLIGHT_KINDS)[number];

/** The kinds a legend shows for an analysis: coverage once it was scored against a resume, else importance. */
export const legendKinds = (analysis: { score: number | null }): readonly HighlightKind[] =>
  analysis.score !== null ? ['covered', 'partial', 'missing'] : ['required', 'preferred', 'mentioned'];

export interface Swatch {
  /** What the legend says. */
  label: string;
  background: string;
  text: string;
  underline: string;
  /** Told apart without colour too. */
  line: 'solid' | 'dashed' | 'wavy' | 'dotted' | 'double';
}

export const PALETTE: Record<HighlightKind, Swatch> = {
  covered: { label: 'Covered by your resume', background: '#c9efd3', text: '#0b2912', underline: '#2e8540', line: 'solid' },
  partial: { label: 'Partly covered', background: '#ffe7a3', text: '#33250a', underline: '#a06a00', line: 'dashed' },
  missing: { label: 'Missing from your resume', background: '#ffd1d1', text: '#3d0a0a', underline: '#d13c3c', line: 'wavy' },
  required: { label: 'Required', background: '#ffd9b8', text: '#3a1d00', underline: '#c25400', line: 'solid' },
  preferred: { label: 'Preferred', background: '#d5e3ff', text: '#0a1d40', underline: '#3d6fd1', line: 'dashed' },
  mentioned: { label: 'Mentioned', background: '#e4e4e4', text: '#1c1c1c', underline: '#7a7a7a', line: 'dotted' },
};

/** The term the user asked to see: strong enough to find at a glance. */
export const FOCUS: Swatch = { label: 'The term you chose', background: '#0b57d0', text: '#ffffff', underline: '#ffb000', line: 'double' };

/** Every highlight the extension registers is named so: tpmkl-<kind>, and tpmkl-focus. */
export const highlightName = (kind: HighlightKind | 'focus') => `tpmkl-${kind}`;

const rule = (name: string, s: Swatch) =>
  `::highlight(${name}){background-color:${s.background};color:${s.text};text-decoration-line:underline;text-decoration-style:${s.line};text-decoration-color:${s.underline};text-decoration-thickness:2px}`;

/** The stylesheet inserted into the page while highlights show. */
export const HIGHLIGHT_CSS = [...HIGHLIGHT_KINDS.map((k) => rule(highlightName(k), PALETTE[k])), rule(highlightName('focus'), FOCUS)].join('\n');
