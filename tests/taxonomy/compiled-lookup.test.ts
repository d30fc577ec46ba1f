import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/analyze/analyze';
import { BUNDLED_KEYWORD_FILES } from '../../src/taxonomy/bundled';
import { buildLookupData, COMPILED_LOOKUP_FILE, lookupModule } from '../../src/taxonomy/build-lookup';
import { compileTaxonomy } from '../../src/taxonomy/compile';
import { loadTaxonomy } from '../../src/taxonomy/load';
import type { TrieNode } from '../../src/taxonomy/lookup';
import { lookupFromData, lookupToData, type LookupData } from '../../src/taxonomy/lookup-data';
import { PartOfSpeechNotLoaded, withPartOfSpeech } from '../../src/taxonomy/part-of-speech';
import { conceptCategory } from '../../src/taxonomy/taxonomy';
import { SHARED, sharedPostings, sharedResumes } from '../shared-texts';

/** A trie as plain data, every node visited: the precompiled one decodes its nodes on first visit. */
const plainTrie = (node: TrieNode): unknown => ({ next: new Map([...node.next].map(([key, child]) => [key, plainTrie(child)])), entries: node.entries });

const data = buildLookupData();
// Through JSON and back, as the generated module stores it.
const precompiled = lookupFromData(JSON.parse(JSON.stringify(data)) as LookupData);
const compiled = compileTaxonomy(loadTaxonomy(BUNDLED_KEYWORD_FILES, { wholeSetChecks: false }));

describe('the precompiled lookup (npm run lookup)', () => {
  it('is up to date with keywords/', () => {
    const fresh = lookupModule(data) === readFileSync(COMPILED_LOOKUP_FILE, 'utf8');
    expect(fresh, `${COMPILED_LOOKUP_FILE} is stale: run npm run lookup`).toBe(true);
  });

  it('rebuilds the compiled lookup: the same trie, patterns, indexes and taxonomy', () => {
    const { keyOf: _k, isAdjective: _a, trie, wordsOfJoined, taxonomy, patterns, patternSlots, ...rest } = precompiled;
    const {
      keyOf: _k2,
      isAdjective: _a2,
      trie: expectedTrie,
      wordsOfJoined: expectedJoined,
      taxonomy: expectedTaxonomy,
      patterns: expectedPatterns,
      patternSlots: expectedSlots,
      ...expected
    } = compiled;
    expect(rest).toEqual(expected);
    // Its patterns decode on first look-up: each key's, and the slot index over them, are the compiler's.
    expect(new Map(patterns)).toEqual(expectedPatterns);
    expect(patterns.size).toBe(expectedPatterns.size);
    const counts = (slots: typeof patternSlots) => [slots.patternCount, slots.slotCount, slots.groupCount];
    expect(counts(patternSlots)).toEqual(counts(expectedSlots));
    for (let p = 0; p < expectedSlots.patternCount; p++) {
      expect(patternSlots.pattern(p), String(p)).toEqual(expectedSlots.pattern(p));
      expect(patternSlots.requires(p), String(p)).toEqual(expectedSlots.requires(p));
    }
    const slotKeys = new Set(
      [...expectedPatterns.values()].flat().flatMap((p) => p.slots.flatMap((slot) => ('alts' in slot ? slot.alts.map((alt) => alt[0]) : []))),
    );
    for (const key of [...expectedPatterns.keys(), ...slotKeys]) {
      const [n, expectedN] = [patternSlots.groupOf(key), expectedSlots.groupOf(key)];
      expect(n === undefined ? undefined : patternSlots.group(n), key).toEqual(expectedN === undefined ? undefined : expectedSlots.group(expectedN));
      expect(patternSlots.fills(key), key).toEqual(expectedSlots.fills(key));
    }
    // Negative rows: keys that start no pattern and fill no slot, names of Object.prototype's own properties among them.
    for (const key of ['zzz', 'constructor', 'toString', '__proto__', '']) {
      expect([patterns.get(key), patterns.has(key), patternSlots.groupOf(key), patternSlots.fills(key)], key).toEqual([undefined, false, undefined, undefined]);
    }
    // Its concepts decode on first look-up: each, looked up, is the compiler's, and so is the full list.
    for (const c of expectedTaxonomy.concepts) expect(taxonomy.byId.get(c.id), c.id).toEqual(c);
    expect(taxonomy.concepts).toEqual(expectedTaxonomy.concepts);
    expect(new Map(taxonomy.byId)).toEqual(expectedTaxonomy.byId);
    expect(taxonomy.byId.size).toBe(expectedTaxonomy.byId.size);
    expect(taxonomy.narrower).toEqual(expectedTaxonomy.narrower);
    // Its category column answers for every concept as the concept does; the compiler's taxonomy (no column) reads the concept.
    for (const c of expectedTaxonomy.concepts)
      expect([conceptCategory(taxonomy, c.id), conceptCategory(expectedTaxonomy, c.id)], c.id).toEqual([c.category, c.category]);
    // Negative rows: ids no concept has, names of Object.prototype's own properties among them.
    for (const id of ['no-such-concept', 'constructor', '__proto__', '']) {
      expect([conceptCategory(taxonomy, id), conceptCategory(expectedTaxonomy, id)], id).toEqual([undefined, undefined]);
      expect(taxonomy.byId.get(id), id).toBeUndefined();
      expect(taxonomy.byId.has(id), id).toBe(false);
    }
    // Its nodes decode on first visit: every node, walked, holds the compiler's children and entries.
    expect(plainTrie(trie)).toEqual(plainTrie(expectedTrie));
    for (const [joined, keys] of expectedJoined) expect(wordsOfJoined.get(joined), joined).toEqual(keys);
    // Negative rows: words no surface joins, names of Object.prototype's own properties among them.
    for (const word of ['roadmapjira', 'constructor', 'toString', '__proto__', 'hasOwnProperty']) expect(wordsOfJoined.get(word), word).toBeUndefined();
  });

  it('refuses at build time a value that holds the separator the run time splits it on', () => {
    const withKey = (key: string) => ({ ...compiled, trie: { entries: [], next: new Map([...compiled.trie.next, [key, { next: new Map(), entries: [] }]]) } });
    expect(() => lookupToData(withKey('two words'), [])).toThrow('a word key "two words" holds " " or a line break');
    expect(() => lookupToData(withKey('line\nbreak'), [])).toThrow('a word key "line\\nbreak" holds " " or a line break');
    expect(() => lookupToData(compiled, ['multi word adjective'])).not.toThrow(); // adjectives are one a line
    expect(() => lookupToData(compiled, ['two\nlines'])).toThrow('an adjective "two\\nlines" holds "\\n" or a line break');
  });

  it('keys and judges words as the compiler does, irregular forms and adjectives included', () => {
    const words = [
      'led',
      'built',
      'criteria',
      'ran',
      'Managed',
      'stakeholders',
      'complex',
      'senior',
      'technical',
      'Resource',
      'Jira',
      'constructor',
      'toString',
      'Organised',
    ];
    expect(words.map(precompiled.keyOf)).toEqual(words.map(compiled.keyOf));
    expect(words.map(precompiled.isAdjective)).toEqual(words.map(compiled.isAdjective));
    expect(compiled.keyOf('led')).not.toBe(compiled.keyOf('lede')); // negative row: only compromise's forms map
  });
});

describe('withPartOfSpeech', () => {
  it('runs again once compromise is loaded where a run needed it, and passes other errors through', async () => {
    let runs = 0;
    await expect(
      withPartOfSpeech(() =>
        ++runs === 1
          ? (() => {
              throw new PartOfSpeechNotLoaded();
            })()
          : 'done',
      ),
    ).resolves.toBe('done');
    expect(runs).toBe(2);
    await expect(
      withPartOfSpeech(() => {
        throw new Error('other');
      }),
    ).rejects.toThrow('other');
  });
});

const postings = sharedPostings();
const resumes = sharedResumes();

describe.skipIf(!postings.length)('analyze() with the precompiled lookup', () => {
  if (!postings.length) console.log(`skipped: no shared postings at ${SHARED}`);
  it(`gives the same analysis as the lookup compiled at run time, on every shared posting (${postings.length})`, () => {
    const fromData = createAnalyzer(precompiled);
    const fromKeywords = createAnalyzer(compiled);
    const differ = postings.filter(({ text }, i) => {
      const resume = resumes.length ? resumes[i % resumes.length].text : undefined;
      return (
        JSON.stringify(fromData(text, resume)) !== JSON.stringify(fromKeywords(text, resume)) ||
        JSON.stringify(fromData(text)) !== JSON.stringify(fromKeywords(text))
      );
    });
    expect(differ.map((p) => p.id)).toEqual([]);
    // Four analyses of each of some 180 postings: seconds on an idle machine, a minute on a busy one.
  }, 180_000);
});
