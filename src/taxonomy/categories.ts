// The concepts' categories, apart from the zod schema (schema.ts) so that the run time, which never loads zod,
// can number them: the precompiled lookup's category column (lookup-data.ts) is an index into this list.
export const CATEGORIES = ['tool', 'methodology', 'practice', 'certification', 'technical', 'compliance', 'soft-skill', 'education', 'domain'] as const;
