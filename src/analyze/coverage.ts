import type { Taxonomy } from '../taxonomy/load';
import type { CoverageStatus, Importance, ScoreExplanation } from './analysis-schema';

/** Distinct concepts that each show a skill (`shownBy`) and that, together, a reader takes as proof of it. */
export const SHOWN_BY_TO_COVER = 2;

/**
 * Covered when the resume names the concept or a narrower one (Scrum proves Agile), or shows it in several
 * distinct ways (`shownBy`: status reports, steering committees and workshops together show communication;
 * one dashboard bullet alone does not). Partial for a single shower, a broader concept or a close sibling;
 * the related concepts say which.
 */
export function coverageOf(id: string, resumeIds: Set<string>, taxonomy: Taxonomy): { status: CoverageStatus; related: string[] } {
  if (resumeIds.has(id)) return { status: 'covered', related: [] };
  const concept = taxonomy.byId.get(id);
  const proof = [...descendants(id, taxonomy)].filter((n) => resumeIds.has(n));
  if (proof.length) return { status: 'covered', related: proof };
  // A shower counts once, by itself or by something narrower (a dashboard is a status report).
  const shownBy = (concept?.shownBy ?? [])
    .map((shower) => [shower, ...descendants(shower, taxonomy)].filter((n) => resumeIds.has(n)))
    .filter((found) => found.length);
  const showers = shownBy.flat();
  if (shownBy.length >= SHOWN_BY_TO_COVER) return { status: 'covered', related: [...new Set(showers)].sort() };
  const broader = concept?.broader ?? [];
  // Siblings count only inside a family of the same kind (Jira and Azure DevOps under planning tools),
  // not under a hub like DevOps, where Terraform and Kubernetes prove nothing about each other.
  const sameKind = (other: string) => taxonomy.byId.get(other)?.category === concept?.category;
  const siblings = broader
    .filter(sameKind)
    .flatMap((b) => taxonomy.narrower.get(b) ?? [])
    .filter((s) => s !== id && sameKind(s));
  const related = [...showers, ...broader, ...siblings].filter((r) => resumeIds.has(r));
  return related.length ? { status: 'partial', related: [...new Set(related)].sort() } : { status: 'missing', related: [] };
}

/** Every concept under `id`, at any depth; read-only: a taxonomy's sets are built once and shared by every analysis. */
function descendants(id: string, taxonomy: Taxonomy): ReadonlySet<string> {
  let known = descendantsOf.get(taxonomy.narrower);
  if (!known) descendantsOf.set(taxonomy.narrower, (known = new Map()));
  let found = known.get(id);
  if (!found) known.set(id, (found = collectDescendants(id, taxonomy, new Set())));
  return found;
}
const descendantsOf = new WeakMap<Taxonomy['narrower'], Map<string, ReadonlySet<string>>>();

function collectDescendants(id: string, taxonomy: Taxonomy, seen: Set<string>): Set<string> {
  for (const child of taxonomy.narrower.get(id) ?? []) {
    if (seen.has(child)) continue;
    seen.add(child);
    collectDescendants(child, taxonomy, seen);
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
