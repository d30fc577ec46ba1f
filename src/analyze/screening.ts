import type { Category } from '../taxonomy/schema';
import type { Term } from './analysis-schema';

/**
 * The order in which a recruiter screens a resume against a posting, as data: hard, checkable things first
 * (a tool, a certificate, a method, a technical area, a regulation, a degree, an industry), then ways of
 * working, then soft skills, which every posting asks for and no screen rejects on. The popup and the CLI
 * show terms in these groups, each in the analyzer's own order (required, preferred, mentioned).
 */
export const SCREENING_GROUPS: { id: string; label: string; categories: Category[]; example: string }[] = [
  { id: 'tools', label: 'Tools', categories: ['tool'], example: 'Jira, Azure DevOps, Tableau' },
  { id: 'certifications', label: 'Certifications', categories: ['certification'], example: 'PMP, CSM, AWS Solutions Architect' },
  { id: 'methods', label: 'Methods', categories: ['methodology'], example: 'Scrum, SAFe, Kanban' },
  { id: 'technical', label: 'Technical areas', categories: ['technical'], example: 'CI/CD, cloud infrastructure, APIs' },
  { id: 'compliance', label: 'Regulations and compliance', categories: ['compliance'], example: 'SOX, GDPR, HIPAA' },
  { id: 'education', label: 'Education', categories: ['education'], example: "Bachelor's degree in computer science" },
  { id: 'domain', label: 'Industry', categories: ['domain'], example: 'fintech, healthcare' },
  { id: 'practices', label: 'Practices', categories: ['practice'], example: 'risk management, release planning' },
  { id: 'soft-skills', label: 'Soft skills', categories: ['soft-skill'], example: 'communication, growth mindset' },
];

const GROUP_OF = new Map(SCREENING_GROUPS.flatMap((g, rank) => g.categories.map((c) => [c, rank] as const)));

/** A parent named beside its narrower terms ("Programming languages such as Python and Go") says nothing more. */
export const shownThroughNarrower = (term: Term) => Boolean(term.narrowerInPosting?.length);

/**
 * Terms in screening groups, empty groups left out, parents named through their narrower terms left out.
 * Within a group the terms keep the order they came in.
 */
export function screeningGroups(terms: Term[]): { id: string; label: string; terms: Term[] }[] {
  const groups = SCREENING_GROUPS.map((g) => ({ id: g.id, label: g.label, terms: [] as Term[] }));
  for (const term of terms) if (!shownThroughNarrower(term)) groups[GROUP_OF.get(term.category) ?? groups.length - 1].terms.push(term);
  return groups.filter((g) => g.terms.length);
}

/** Every concept under `id` (its `narrower` relations, at any depth) that `named` holds. */
export function narrowerNamed(id: string, named: ReadonlySet<string>, narrower: ReadonlyMap<string, readonly string[]>): string[] {
  return descendantsOf(id, narrower)
    .filter((child) => named.has(child))
    .sort();
}

/** Every concept under `id`, at any depth, itself left out: walked once per taxonomy and concept, then read by each posting. */
function descendantsOf(id: string, narrower: ReadonlyMap<string, readonly string[]>): readonly string[] {
  let known = descendantsByTaxonomy.get(narrower);
  if (!known) descendantsByTaxonomy.set(narrower, (known = new Map()));
  let found = known.get(id);
  if (!found) {
    const seen = new Set<string>([id]);
    const walk = (parent: string) => {
      for (const child of narrower.get(parent) ?? []) {
        if (seen.has(child)) continue;
        seen.add(child);
        walk(child);
      }
    };
    walk(id);
    seen.delete(id);
    known.set(id, (found = [...seen]));
  }
  return found;
}
const descendantsByTaxonomy = new WeakMap<ReadonlyMap<string, readonly string[]>, Map<string, readonly string[]>>();

/**
 * Kinds whose narrower concepts are instances of the parent (Python of programming languages, CSM of agile
 * certifications, a computer science degree of a bachelor's degree). A practice's or soft skill's narrower
 * concepts are parts of it (a RAID log of risk management): the parent is a keyword of its own and stays.
 */
export const UMBRELLA_KINDS: ReadonlySet<Category> = new Set<Category>([
  'tool',
  'technical',
  'certification',
  'education',
  'methodology',
  'compliance',
  'domain',
]);

/**
 * The narrower concepts that stand for a parent: the parent is of an umbrella kind, they are of its own kind
 * (Python and Go are technical, as programming languages are; Jira, a tool, does not stand for project
 * management, nor sprint planning, a practice, for Scrum), and they are named on every line that names the
 * parent ("programming languages such as Python, Java or Go"). A parent the posting also names on a line of its
 * own keeps its place.
 */
export function namedBeside(
  parent: string,
  narrower: string[],
  linesOf: ReadonlyMap<string, ReadonlySet<number>>,
  categoryOf: (id: string) => Category,
): string[] {
  // No narrower term named: none stands for the parent (most terms; no sets to build).
  if (!narrower.length || !UMBRELLA_KINDS.has(categoryOf(parent))) return [];
  const sameKind = narrower.filter((id) => categoryOf(id) === categoryOf(parent));
  const besides = new Set(sameKind.flatMap((id) => [...(linesOf.get(id) ?? [])]));
  const parentLines = [...(linesOf.get(parent) ?? [])];
  return parentLines.length && parentLines.every((line) => besides.has(line)) ? sameKind : [];
}
