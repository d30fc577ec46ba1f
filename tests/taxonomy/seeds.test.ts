import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { finds, occurrences } from '../../scripts/eval-score';
import { findConcepts } from '../../src/index';
import { categorySchema } from '../../src/taxonomy/schema';

// The seed check: every tool, skill, method, certification, regulation, technical area, practice, soft skill,
// degree and domain that the five seed descriptions of the role name (../shared/seeds, hand-labelled in
// tests/fixtures/seed-terms.json by the rules of ../shared/eval/README.md) must be found by findConcepts,
// under the scoring rule of `npm run eval`. The seeds sit beside the project in CI; a user's clone has none.
const SEEDS = '../shared/seeds';
const present = existsSync(SEEDS);
if (!present) console.warn(`seed check skipped: ${SEEDS} is absent (it is present in CI)`);

const seedTermSchema = z.object({
  seed: z.string().regex(/^\d{3}_[0-9a-f]+\.txt$/),
  name: z.string().min(1),
  category: categorySchema,
  surface: z.array(z.string().min(1)).min(1),
});
type SeedTerm = z.infer<typeof seedTermSchema>;
const terms = z.array(seedTermSchema).parse(JSON.parse(readFileSync('tests/fixtures/seed-terms.json', 'utf8')));

/** How a term is named in KNOWN_MISSES: the seed's number and the term's name, `003: Use cases`. */
const keyOf = (term: Pick<SeedTerm, 'seed' | 'name'>) => `${term.seed.split('_')[0]}: ${term.name}`;

// Terms the taxonomy does not find yet, to be taught to it and then deleted from here. The check fails when
// one of these is found (delete it) and when a term not listed here is missed (a regression, or a new term).
const KNOWN_MISSES: string[] = [];

/**
 * The terms that findConcepts does not find in `text`, by the scoring rule of `npm run eval`. Evidence and
 * surface spans stay within a line, so each term is scored on the lines that hold its spans: the verdict of
 * the whole text, without rescanning a long seed for every pair of term and finding.
 */
function missedTerms(text: string, wanted: readonly SeedTerm[], reported = findConcepts(text)): SeedTerm[] {
  const lines = text.split('\n');
  return wanted.filter((term) => {
    const linesWithIt = lines.filter((line) => term.surface.some((s) => occurrences(line, s).length > 0));
    return !reported.some((found) => linesWithIt.some((line) => finds(found, term, line)));
  });
}

/** Places where `surface` sits inside a longer word of `text` ("AWS" in "laws"), where a plural or -ly ending does not count. */
function inWordPlaces(text: string, surface: string): string[] {
  const letterOrDigit = /[\p{L}\p{N}]/u;
  return occurrences(text, surface).flatMap(([start, end]) => {
    const cutBefore = letterOrDigit.test(surface[0]!) && letterOrDigit.test(text[start - 1] ?? ' ');
    const rest = /^[\p{L}\p{N}]*/u.exec(text.slice(end))![0].toLowerCase();
    const cutAfter = letterOrDigit.test(surface.at(-1)!) && !['', 's', 'es', 'ly'].includes(rest);
    return cutBefore || cutAfter ? [text.slice(Math.max(0, start - 10), end + 10)] : [];
  });
}

const seedFiles = [...new Set(terms.map((t) => t.seed))].sort();
const seedText = (seed: string) => readFileSync(`${SEEDS}/${seed}`, 'utf8');

describe('seed term list', () => {
  it('names each term once per seed and lists only known misses that it holds', () => {
    const keys = terms.map(keyOf);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
    expect(KNOWN_MISSES.filter((k) => !keys.includes(k))).toEqual([]);
  });

  // The miss detector itself, on a text written for this test.
  const text = 'Runs Scrum ceremonies for two teams, is fluent in Klingon and holds a PMP.';
  const term = (name: string, surface: string[]): SeedTerm => ({ seed: '000_0.txt', name, category: 'practice', surface });
  it.each([
    { term: term('PMP', ['PMP']), missed: false }, // found by its name
    { term: term('Agile rituals', ['Scrum ceremonies']), missed: false }, // found by the overlap of evidence and span
    { term: term('Klingon', ['Klingon']), missed: true }, // a word the taxonomy does not know
    { term: term('PMI-ACP', ['PMI-ACP']), missed: true }, // a certification the text does not name
  ])('reports $term.name as missed: $missed', ({ term: wanted, missed }) => {
    expect(missedTerms(text, [wanted]).length > 0).toBe(missed);
  });
});

describe.skipIf(!present)('seed check on ../shared/seeds', () => {
  it('labels verbatim spans of each seed that stand as whole words', () => {
    const problems = terms.flatMap((t) => {
      const text = seedText(t.seed);
      return t.surface.flatMap((s) => {
        if (!text.includes(s)) return [`${keyOf(t)}: "${s}" is not in the seed`];
        return inWordPlaces(text, s).map((place) => `${keyOf(t)}: "${s}" inside a word: …${place}…`);
      });
    });
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it.each(seedFiles)('finds every term %s names, except the known misses', (seed) => {
    const text = seedText(seed);
    const reported = findConcepts(text);
    expect(
      reported.flatMap((c) => c.evidence).filter((e) => e.includes('\n')),
      'evidence across lines: score on the whole text',
    ).toEqual([]);
    const missed = missedTerms(
      text,
      terms.filter((t) => t.seed === seed),
      reported,
    ).map(keyOf);
    const known = KNOWN_MISSES.filter((k) => k.startsWith(`${seed.split('_')[0]}:`));
    const newMisses = missed.filter((k) => !known.includes(k));
    const nowFound = known.filter((k) => !missed.includes(k));
    expect({ newMisses, nowFound }, 'new misses: teach the taxonomy; now found: delete them from KNOWN_MISSES').toEqual({ newMisses: [], nowFound: [] });
  });
});
