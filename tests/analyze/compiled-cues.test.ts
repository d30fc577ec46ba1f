import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLAUSE_CUES, COMPANY_CUES, COMPILED_CUES_FILE, compileCuePhrases, compileCues, cueListsCompiled, HEADING_CUES } from '../../src/analyze/cues';

describe('the cue lists compiled ahead (npm run lookup)', () => {
  it('is up to date with the cue lists and their compiler', () => {
    const stored = JSON.parse(readFileSync(COMPILED_CUES_FILE, 'utf8'));
    expect(stored, `${COMPILED_CUES_FILE} is stale: run npm run lookup`).toEqual(JSON.parse(JSON.stringify(cueListsCompiled())));
  });

  it('matches as the list compiled at run time does, and a compiled form of other phrases is ignored', () => {
    const lines = ['Nice-to-haves:', 'Preferred Qualifications', 'What you will do', 'PMP is a plus', 'We manage the roadmap.', 'Benefits'];
    const atRunTime = compileCues(HEADING_CUES);
    const ahead = compileCues(HEADING_CUES, compileCuePhrases(HEADING_CUES));
    // Another list's compiled form (its phrases differ): were it used, no heading would be found.
    const stale = compileCues(HEADING_CUES, compileCuePhrases(CLAUSE_CUES));
    for (const line of lines) {
      for (const kind of ['preferred', 'responsibilities', 'benefits'] as const) {
        expect(ahead.all(line, kind), `${line} / ${kind}`).toEqual(atRunTime.all(line, kind));
        expect(stale.all(line, kind), `${line} / ${kind}`).toEqual(atRunTime.all(line, kind));
      }
    }
    expect(atRunTime.has('Nice-to-haves:', 'preferred')).toBe(true);
    expect(atRunTime.has('We manage the roadmap.', 'preferred')).toBe(false);
  });

  it('passes over no word where a phrase matches: the openings only spare the expressions their runs', () => {
    for (const cues of [HEADING_CUES, CLAUSE_CUES, COMPANY_CUES] as const) {
      const compiled = compileCuePhrases(cues);
      const everywhere = { ...compiled, kinds: Object.fromEntries(Object.entries(compiled.kinds).map(([kind, k]) => [kind, { ...k, openings: undefined }])) };
      const filtered = compileCues<string>(cues, compiled);
      const unfiltered = compileCues<string>(cues, everywhere);
      const lines = cues.map((c) => c.example);
      for (const line of [...lines, lines.join(' - ')])
        for (const kind of Object.keys(compiled.kinds)) expect(filtered.all(line, kind), `${line} / ${kind}`).toEqual(unfiltered.all(line, kind));
    }
  });
});
