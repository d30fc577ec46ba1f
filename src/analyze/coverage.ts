import type { Taxonomy } from '../taxonomy/load';
import { conceptCategory } from '../taxonomy/taxonomy';
import type { CoverageStatus, Importance, ScoreExplanation, Strength } from './analysis-schema';

/**
 * Distinct concepts that each show a soft skill (`shownBy`) and that, together, a reader takes as proof of it:
 * status reports and steering committees show communication; one dashboard bullet alone does not.
 */
export const SHOWN_BY_TO_COVER = 2;

/**
 * A soft skill is the sum of several behaviours, so it takes SHOWN_BY_TO_COVER of them. Any other concept's
 * showers are ways of doing it (capacity planning is how resource allocation is done, earned value how KPIs are
 * kept, an ERP rollout is an integration project, a degree meets "or equivalent experience"): one is proof. So is
 * one of a narrow soft skill, a kind of a broader one (`narrow`): client communication is one behaviour, and
 * managing client accounts is a way of doing it.
 */
export const showersToCover = (category: string | undefined, narrow = false) => (category === 'soft-skill' && !narrow ? SHOWN_BY_TO_COVER : 1);

/**
 * The language skill that a resume written in a language shows by being written in it: a posting asking for
 * fluent English is answered by an English resume, whether or not it says "fluent English".
 */
export const SKILL_OF_WRITING_IN: Readonly<Record<string, string>> = { en: 'english-proficiency', de: 'german-proficiency' };
const writtenSkills = new Set(Object.values(SKILL_OF_WRITING_IN));

/** What coverage needs of a resume: the concepts it names, each with its strength, and its language when known. */
export interface ResumeConcepts {
  concepts: ReadonlyMap<string, { strength?: Strength }>;
  /** Asked only when a posting asks for a language skill: telling a terse resume's language takes franc. */
  language?: () => string | undefined;
}

export interface Coverage {
  status: CoverageStatus;
  related: string[];
  /**
   * How the resume shows what covers the term (the concept itself, or the narrower concepts or showers that cover
   * it): demonstrated when any of them is in an experience bullet. Absent when nothing covers it.
   */
  strength?: Strength;
}

const strongest = (strengths: (Strength | undefined)[]): Strength | undefined =>
  strengths.includes('demonstrated') ? 'demonstrated' : strengths.includes('listed') ? 'listed' : undefined;

/**
 * Covered when the resume names the concept or a narrower one (Scrum proves Agile), or shows it (`shownBy`: see
 * showersToCover), or is written in the language the concept is the skill of. Partial for too few showers of a soft
 * skill, a broader concept or a close sibling; the related concepts say which.
 */
export function coverageOf(id: string, resume: ResumeConcepts, taxonomy: Taxonomy): Coverage {
  const has = (n: string) => resume.concepts.has(n);
  const strengthOf = (ids: string[]) => strongest(ids.map((n) => resume.concepts.get(n)?.strength ?? 'listed'));
  if (has(id)) return { status: 'covered', related: [], strength: strengthOf([id]) };
  const concept = taxonomy.byId.get(id);
  const proof = [...descendants(id, taxonomy)].filter(has);
  if (proof.length) return { status: 'covered', related: proof, strength: strengthOf(proof) };
  if (writtenSkills.has(id) && SKILL_OF_WRITING_IN[resume.language?.() ?? ''] === id) return { status: 'covered', related: [], strength: 'demonstrated' };
  // A shower counts once, by itself or by something narrower (a dashboard is a status report).
  const shownBy = (concept?.shownBy ?? []).map((shower) => [shower, ...descendants(shower, taxonomy)].filter(has)).filter((found) => found.length);
  const showers = [...new Set(shownBy.flat())].sort();
  const narrow = (concept?.broader ?? []).some((b) => conceptCategory(taxonomy, b) === concept?.category);
  if (shownBy.length && shownBy.length >= showersToCover(concept?.category, narrow))
    return { status: 'covered', related: showers, strength: strengthOf(showers) };
  const broader = concept?.broader ?? [];
  // Siblings count only inside a family of the same kind (Jira and Azure DevOps under planning tools),
  // not under a hub like DevOps, where Terraform and Kubernetes prove nothing about each other.
  const sameKind = (other: string) => conceptCategory(taxonomy, other) === concept?.category;
  const siblings = broader
    .filter(sameKind)
    .flatMap((b) => taxonomy.narrower.get(b) ?? [])
    .filter((s) => s !== id && sameKind(s));
  const related = [...showers, ...broader, ...siblings].filter(has);
  return related.length ? { status: 'partial', related: [...new Set(related)].sort() } : { status: 'missing', related: [] };
}

/**
 * A concept the resume only lists is still demonstrated when a narrower one is in an experience bullet: "Agile" in
 * the skills and "Ran Scrum ceremonies for three teams" under experience shows Agile. Changes `found` in place.
 */
export function inheritDemonstrated(found: ReadonlyMap<string, { strength?: Strength }>, taxonomy: Taxonomy): void {
  for (const [id, f] of found) {
    if (f.strength === 'demonstrated') continue;
    for (const n of descendants(id, taxonomy)) {
      if (found.get(n)?.strength !== 'demonstrated') continue;
      f.strength = 'demonstrated';
      break;
    }
  }
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
