// A context rule compiled to what the matcher reads: shared by the build-time compiler (compile.ts) and the
// run-time loader (lookup-data.ts), which compiles a rule from its concept's JSON when an entry first reads it
// instead of carrying a second copy of every rule in the lookup data. No compromise here: keyOf is the caller's.
import { rawForm, tokenize } from '../text/normalize';
import type { CompiledRule, NearbyTerms } from './lookup';
import type { ContextRule } from './schema';

const writtenAsName = (raw: string) => /^\p{Lu}/u.test(raw);

function nearbyTerms(words: string[] = [], keyOf: (w: string) => string): NearbyTerms {
  const terms: NearbyTerms = new Map();
  for (const w of words) {
    const tokens = tokenize(w, keyOf);
    if (!tokens.length) continue;
    const term = { keys: tokens.map((t) => t.key), names: tokens.map((t) => writtenAsName(t.raw)) };
    terms.set(term.keys[0], [...(terms.get(term.keys[0]) ?? []), term]);
  }
  return terms;
}

export function compileRule(rule: ContextRule, keyOf: (w: string) => string): CompiledRule {
  const keys = (words?: string[]) =>
    new Set(
      (words ?? []).map((w) =>
        tokenize(w, keyOf)
          .map((t) => t.key)
          .join(' '),
      ),
    );
  return {
    exact: rule.caseSensitive ? tokenize(rule.surface).map((t) => rawForm(t.raw)) : undefined,
    notBefore: keys(rule.notBefore),
    notAfter: keys(rule.notAfter),
    requireNearby: nearbyTerms(rule.requireNearby, keyOf),
    notNearby: nearbyTerms(rule.notNearby, keyOf),
    notSentenceStart: rule.notSentenceStart ?? false,
    partOfSpeech: rule.partOfSpeech,
  };
}
