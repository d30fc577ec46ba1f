import type { Taxonomy } from '../taxonomy/load';
import type { CoverageStatus, Importance, ScoreExplanation } from './analysis-schema';

/**
 * Covered when the resume names it, something narrower (Scrum proves Agile), or a concept that shows it
 * (`shownBy`: status reports show communication skills); partial for a broader or a close sibling.
 */
export function coverageOf(id: string, resumeIds: Set<string>, taxonomy: Taxonomy): { status: CoverageStatus; related: string[] } {
  if (resumeIds.has(id)) return { status: 'covered', related: [] };
  const concept = taxonomy.byId.get(id);
  const narrower = descendants(id, taxonomy);
  for (const shower of concept?.shownBy ?? []) {
    narrower.add(shower);
    descendants(shower, taxonomy, narrower);
  }
  const proof = [...narrower].filter((n) => resumeIds.has(n));
  if (proof.length) return { status: 'covered', related: proof };
  const broader = concept?.broader ?? [];
  // Siblings count only inside a family of the same kind (Jira and Azure DevOps under planning tools),
  // not under a hub like DevOps, where Terraform and Kubernetes prove nothing about each other.
  const sameKind = (other: string) => taxonomy.byId.get(other)?.category === concept?.category;
  const siblings = broader
    .filter(sameKind)
    .flatMap((b) => taxonomy.narrower.get(b) ?? [])
    .filter((s) => s !== id && sameKind(s));
  const related = [...broader, ...siblings].filter((r) => resumeIds.has(r));
  return related.length ? { status: 'partial', related: [...new Set(related)].sort() } : { status: 'missing', related: [] };
}

function descendants(id: string, taxonomy: Taxonomy, seen = new Set<string>()): Set<string> {
  for (const child of taxonomy.narrower.get(id) ?? []) {
    if (seen.has(child)) continue;
    seen.add(child);
    descendants(child, taxonomy, seen);
  }
  return seen;
}

export const SCORE_WEIGHTS = { required: 3, preferred: 1.5, mentioned: 1, partialCredit: 0.5 } as const;

/**
 * Each posting term counts once, whatever the number of mentions on either side, so
 * repeating "Jira" cannot inflate the score. Same input, same score.
 */
export function scoreCoverage(terms: { importance: Importance; status: CoverageStatus }[]): { score: number; explanation: ScoreExplanation } {
  const empty = () => ({ covered: 0, partial: 0, missing: 0, total: 0 });
  const tallies = { required: empty(), preferred: empty(), mentioned: empty() };
  let earned = 0;
  let possible = 0;
  for (const { importance, status } of terms) {
    const t = tallies[importance];
    t[status]++;
    t.total++;
    const weight = SCORE_WEIGHTS[importance];
    possible += weight;
    earned += status === 'covered' ? weight : status === 'partial' ? weight * SCORE_WEIGHTS.partialCredit : 0;
  }
  const score = possible === 0 ? 0 : Math.round((100 * earned) / possible);
  const part = (name: string, t: ReturnType<typeof empty>) =>
    t.total ? `${name} ${t.covered}/${t.total} covered${t.partial ? ` (+${t.partial} partial)` : ''}` : '';
  const summary =
    [part('required', tallies.required), part('preferred', tallies.preferred), part('other', tallies.mentioned)].filter(Boolean).join(', ') ||
    'the posting names no known skill';
  return { score, explanation: { ...tallies, weights: { ...SCORE_WEIGHTS }, summary } };
}
