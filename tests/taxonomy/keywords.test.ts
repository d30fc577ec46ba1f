import { readdirSync, readFileSync } from 'node:fs';
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { BUNDLED_KEYWORD_FILES } from '../../src/taxonomy/bundled';
import { findTaxonomyProblems, parseKeywordFiles } from '../../src/taxonomy/load';
import { CATEGORIES } from '../../src/taxonomy/schema';
import { surfacesOf } from '../../src/taxonomy/taxonomy';

// Each check collects every offender, then asserts once, so one run lists all that needs fixing.
const parsed = parseKeywordFiles(BUNDLED_KEYWORD_FILES);

describe('the bundled taxonomy', () => {
  it('validates against the schema (every entry, every field)', () => {
    expect(parsed.problems, parsed.problems.join('\n')).toEqual([]);
  });

  it('has unique ids, unclaimed surfaces, sorted files, existing relations and valid patterns', () => {
    const problems = findTaxonomyProblems(parsed.files);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('is a full first taxonomy: at least 300 concepts, every category present', () => {
    expect(parsed.concepts.length).toBeGreaterThanOrEqual(300);
    const missing = CATEGORIES.filter((c) => !parsed.concepts.some((k) => k.category === c));
    expect(missing).toEqual([]);
  });

  it('keeps each category in its own file (or its derived-ID file, written by npm run lexicons)', () => {
    const fileOf: Record<string, string> = {
      tool: 'tools',
      methodology: 'methodologies',
      practice: 'practices',
      certification: 'certifications',
      technical: 'technical',
      compliance: 'compliance',
      'soft-skill': 'soft-skills',
      education: 'education',
      domain: 'domains',
    };
    const misplaced = [...parsed.files].flatMap(([name, concepts]) =>
      concepts
        .filter((c) => name !== `keywords/${fileOf[c.category]}.json` && name !== `keywords/derived-${fileOf[c.category]}.json`)
        .map((c) => `${name}: ${c.id} (${c.category})`),
    );
    expect(misplaced, misplaced.join('\n')).toEqual([]);
  });

  it('offers bullet templates that leave the facts to the user', () => {
    const claims = parsed.concepts.flatMap((c) =>
      c.bullets.filter((b) => /\b\d+(\.\d+)?\s*(%|percent|x\b)|\$\s?\d/.test(b.replace(/\[[^\]]*\]/g, ''))).map((b) => `${c.id}: ${b}`),
    );
    expect(claims, `templates must not claim numbers:\n${claims.join('\n')}`).toEqual([]);
  });
});

describe('keywords/ folder', () => {
  it('bundles every data file, and only those', () => {
    const onDisk = readdirSync('keywords')
      .filter((f) => f.endsWith('.json'))
      .map((f) => `keywords/${f}`)
      .sort();
    expect(BUNDLED_KEYWORD_FILES.map((f) => f.name).sort()).toEqual(onDisk);
  });

  // "a tableau of products", "give the team slack", "zoom out": a tool named by an ordinary English word matches only
  // where a context rule says so (its capital, the words near it). compromise's lexicon says which words are ordinary
  // (a person's or a company's name is not: "Jenkins"); derived tools are checked when derived (npm run lexicons).
  it('gives every tool named by an ordinary English word a context rule', () => {
    const lexicon = (nlp.world() as unknown as { model: { one: { lexicon: Record<string, string | string[]> } } }).model.one.lexicon;
    const ordinary = (word: string) =>
      [lexicon[word.toLowerCase()] ?? []].flat().some((tag) => !/^(?:Organization|Place|Country|City|Region|FirstName|LastName)$/.test(tag));
    const unruled = parsed.concepts.flatMap((c) =>
      c.category !== 'tool'
        ? []
        : surfacesOf(c)
            .filter((s) => s.kind !== 'acronym' && !/\s/.test(s.text) && ordinary(s.text))
            .filter((s) => !c.context?.some((rule) => rule.surface.toLowerCase() === s.text.toLowerCase()))
            .map((s) => `${c.id}: ${s.text}`),
    );
    expect(unruled).toEqual([]);
  });

  it('stores each file as the same data it bundles', () => {
    const differing = BUNDLED_KEYWORD_FILES.filter((f) => JSON.stringify(JSON.parse(readFileSync(f.name, 'utf8'))) !== JSON.stringify(f.data));
    expect(differing.map((f) => f.name)).toEqual([]);
  });
});
