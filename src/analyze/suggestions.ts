import type { Taxonomy } from '../taxonomy/taxonomy';

/**
 * The resume bullet templates suggested for a concept (the taxonomy's `bullets`, with [brackets] for the
 * user's own facts): what analyze() suggests for a missing or partial term, and the market view for a gap.
 */
export const bulletTemplates = (id: string, taxonomy: Taxonomy): string[] => [...(taxonomy.byId.get(id)?.bullets ?? [])];
