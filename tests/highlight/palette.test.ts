import { describe, expect, it } from 'vitest';
import { FOCUS, HIGHLIGHT_CSS, HIGHLIGHT_KINDS, legendKinds, PALETTE } from '../../src/highlight/palette';

// WCAG 2 relative luminance and contrast ratio.
const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

const WHITE_PAGE = '#ffffff';
const DARK_PAGE = '#121212';
const swatches = [...HIGHLIGHT_KINDS.map((k) => [k, PALETTE[k]] as const), ['focus', FOCUS] as const];

describe('highlight colours', () => {
  it.each(swatches)('%s: its text reads on its background (WCAG AA, 4.5:1), whatever the page', (_, s) => {
    expect(contrast(s.text, s.background)).toBeGreaterThanOrEqual(4.5);
  });
  it.each(swatches)('%s: its mark stands out on white and on dark pages (3:1 for graphics)', (_, s) => {
    // The background shows on a dark page, the underline on a white one: one of them is always seen.
    for (const page of [WHITE_PAGE, DARK_PAGE]) expect(Math.max(contrast(s.underline, page), contrast(s.background, page))).toBeGreaterThanOrEqual(3);
  });
  it.each([
    ['scored against a resume', 72, ['covered', 'partial', 'missing']],
    ['scored against a resume at 0', 0, ['covered', 'partial', 'missing']],
    ['without a resume', null, ['required', 'preferred', 'mentioned']],
  ])('tells the kinds of a legend apart without colour too (%s): each has its own line style', (_, score, kinds) => {
    const legend = legendKinds({ score });
    expect(legend).toEqual(kinds);
    expect(new Set(legend.map((k) => PALETTE[k].line)).size).toBe(legend.length);
  });
  it('styles only its own highlights, by name', () => {
    const names = [...HIGHLIGHT_CSS.matchAll(/::highlight\(([^)]+)\)/g)].map((m) => m[1]);
    expect(names).toHaveLength(HIGHLIGHT_KINDS.length + 1);
    expect(names.every((n) => n.startsWith('tpmkl-'))).toBe(true);
    // A contrast test that could never fail would assert nothing: a pale text on a pale background fails it.
    expect(contrast('#dddddd', '#ffffff')).toBeLessThan(4.5);
  });
});
