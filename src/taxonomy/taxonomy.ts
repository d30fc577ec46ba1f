// The validated taxonomy as the analyzer reads it, with no validator attached: both the zod loader
// (load.ts) and the precompiled lookup (lookup-data.ts) build it, so the run time never loads zod.
import type { AliasKind, Category, Concept } from './schema';

export interface Taxonomy {
  concepts: Concept[];
  /** Read only: the precompiled lookup's decodes each concept on its first look-up (lookup-data.ts). */
  byId: ReadonlyMap<string, Concept>;
  /** Derived from `broader`: id -> ids of its narrower concepts. */
  narrower: Map<string, string[]>;
  /**
   * A concept's category without decoding the concept: the precompiled lookup's reads it from a column. Where a
   * taxonomy has none, conceptCategory() reads the concept.
   */
  categoryOf?: (id: string) => Category | undefined;
}

/** The category of concept `id` (undefined for an unknown id): an analysis asks many concepts only their kind. */
export const conceptCategory = (taxonomy: Taxonomy, id: string): Category | undefined =>
  taxonomy.categoryOf ? taxonomy.categoryOf(id) : taxonomy.byId.get(id)?.category;

export const ALIAS_KINDS: AliasKind[] = ['acronym', 'expansion', 'variant', 'form'];

/** Every surface form of a concept, label first. */
export function surfacesOf(concept: Concept): { text: string; kind: AliasKind | 'label' }[] {
  return [{ text: concept.label, kind: 'label' as const }, ...ALIAS_KINDS.flatMap((kind) => (concept.aliases?.[kind] ?? []).map((text) => ({ text, kind })))];
}

/** Sorts valid concepts by id and indexes them. */
export function indexTaxonomy(valid: Concept[]): Taxonomy {
  const concepts = [...valid].sort((a, b) => (a.id < b.id ? -1 : 1));
  const narrower = new Map<string, string[]>();
  for (const c of concepts) for (const b of c.broader ?? []) narrower.set(b, [...(narrower.get(b) ?? []), c.id]);
  return { concepts, byId: new Map(concepts.map((c) => [c.id, c])), narrower };
}
