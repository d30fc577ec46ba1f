import { describe, expect, it } from 'vitest';
import { CLAUSE_CUES, COMPANY_CUES, HEADING_CUES, patternTwins, twinFor } from '../../src/analyze/cues';
import { BEYOND_LATIN, LATIN_CLASSES } from '../../src/text/normalize';

const PATTERNS = [...HEADING_CUES, ...CLAUSE_CUES, ...COMPANY_CUES].filter((c) => c.pattern);

/** Lines with accented Latin letters, capitals, digits and curly quotes, none beyond Latin: where the twin is used. */
const LATIN_LINES = [
  'Why Zürich?',
  'Why Ørsted Energy?',
  'Why 3M?',
  'why acme?',
  'About Émile & Co',
  'ABOUT ÅSA',
  'about the team',
  'Acme is the leading platform for hiring managers',
  'Acme is a São Paulo-based, fast-growing product that helps',
  'Our café platform keeps growing',
  'Our Mañana-Tech solutions reach millions',
  'We work as an enabler of growth — “Acme’s” way…',
  'Ourselves: no platform here',
  'Façade is the platform',
  'As a TPM you own delivery; as an Ärztin too, as a leading firm not',
  'IS THE PLATFORM FOR, Is An Über Platform That',
];

const matches = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => [m.index, m[0]]);

describe('cue patterns with a Latin-only twin', () => {
  it.each(PATTERNS.map((c) => [c.pattern!.source.slice(0, 60), c] as const))('%s: the twin matches as the pattern on Latin text', (_, cue) => {
    const twins = patternTwins(cue.pattern!);
    for (const line of [cue.example, ...LATIN_LINES].filter((l) => !BEYOND_LATIN.test(l)))
      expect(matches(twins.latin, line), line).toEqual(matches(new RegExp(cue.pattern!.source, `${cue.pattern!.flags}g`), line));
  });

  it('twins the patterns that spell their \\p{} classes in brackets, and only those', () => {
    const twinned = PATTERNS.filter((c) => {
      const twins = patternTwins(c.pattern!);
      return twins.latin !== twins.exact();
    });
    expect(twinned.length).toBeGreaterThanOrEqual(5);
    expect(twinned.filter((c) => c.pattern!.flags.includes('i')).length).toBeGreaterThanOrEqual(2);
    // Negative rows: a class outside brackets, no \p{} at all.
    for (const pattern of [/\p{Lu}x/u, /\p{L}+ story/iu, /^plus:/i]) {
      const twins = patternTwins(pattern);
      expect(twins.latin, pattern.source).toBe(twins.exact());
      expect(twins.latin.flags).toBe(new RegExp('', `${pattern.flags}g`).flags);
    }
  });

  it('folds case in the Latin block under i as under iu, but for ſ and s: a text with ſ takes the exact pattern', () => {
    const latinBlock = Array.from({ length: 0x250 }, (_, c) => String.fromCharCode(c));
    const foldsApart = (i: RegExp, iu: RegExp) => latinBlock.filter((c) => i.test(c) !== iu.test(c));
    const letters = 'abcdefghijklmnopqrstuvwxyz'.split('').flatMap((x) => foldsApart(new RegExp(x, 'i'), new RegExp(x, 'iu')));
    const wordChars = foldsApart(new RegExp(`[${LATIN_CLASSES.L}${LATIN_CLASSES.N}]`, 'i'), /[\p{L}\p{N}]/iu);
    expect([...letters, ...wordChars]).toEqual(['\u017F']);
    const twins = patternTwins(/(?<![\p{L}\p{N}])is (?:the|a) platform/iu);
    expect(twins.foldsCase).toBe(true);
    expect(twinFor(twins, 'Acme is the platform')).toBe(twins.latin);
    expect(twinFor(twins, 'Acme iſ the platform')).toBe(twins.exact());
    expect(matches(twins.exact(), 'Acme iſ the platform')).toEqual([[5, 'iſ the platform']]);
    expect(twinFor(twins, 'Acme is the Ωmega platform')).toBe(twins.exact());
    // A pattern that folds no case reads a text with ſ through its twin.
    const caseKept = patternTwins(/(?<![\p{L}\p{N}])[Oo]ur platform/u);
    expect(twinFor(caseKept, 'Our platform, ſ')).toBe(caseKept.latin);
  });

  it('keeps the exact pattern for text beyond Latin', () => {
    const twins = patternTwins(/(?<![\p{L}\p{N}])[Oo]ur [\p{L}-]+ platform/u);
    const line = 'Our Ωmega platform';
    expect(BEYOND_LATIN.test(line)).toBe(true);
    expect(matches(twins.exact(), line)).toEqual([[0, 'Our Ωmega platform']]);
    expect(matches(twins.latin, line)).toEqual([]); // why the twin is never asked about such text
  });
});
