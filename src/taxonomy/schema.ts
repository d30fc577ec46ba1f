import { z } from 'zod';
import { CATEGORIES } from './categories';

// Extension pages forbid eval; zod's JIT compiles validators with `new Function`.
z.config({ jitless: true });

export { CATEGORIES };
export const categorySchema = z.enum(CATEGORIES);

const surfaces = z.array(z.string().trim().min(1)).optional();

/** Restrictions on where an ambiguous surface form counts (see keywords/README.md). */
export const contextRuleSchema = z
  .object({
    surface: z.string().min(1),
    caseSensitive: z.boolean().optional(),
    notBefore: z.array(z.string().min(1)).optional(),
    notAfter: z.array(z.string().min(1)).optional(),
    requireNearby: z.array(z.string().min(1)).optional(),
    notNearby: z.array(z.string().min(1)).optional(),
    notSentenceStart: z.boolean().optional(),
    partOfSpeech: z.enum(['Noun', 'ProperNoun']).optional(),
  })
  .strict();

/** A bullet template: the user's own facts go into [square brackets]; nothing is claimed for them. */
export const bulletTemplateSchema = z
  .string()
  .min(20)
  .refine((t) => /\[[^[\]]+\]/.test(t), 'needs at least one [placeholder] for the user to fill in')
  .refine((t) => !/[[\]]/.test(t.replace(/\[[^[\]]+\]/g, '')), 'has an unbalanced [ or ]');

export const conceptSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'kebab-case: lowercase letters, digits and single dashes'),
    label: z.string().trim().min(1),
    category: categorySchema,
    aliases: z
      .object({
        acronym: surfaces,
        expansion: surfaces,
        variant: surfaces,
        form: surfaces,
      })
      .strict()
      .optional(),
    patterns: z.array(z.string().min(3)).optional(),
    context: z.array(contextRuleSchema).optional(),
    broader: z.array(z.string()).optional(),
    /**
     * Ids of concepts whose presence on a resume shows this one, though neither is a kind of the other:
     * status reports and steering committees show communication skills; capacity planning shows resource
     * allocation. Coverage only: a posting that asks for this concept counts as covered.
     */
    shownBy: z.array(z.string()).optional(),
    /**
     * Why the entry is general although the shared corpus does not show it (a standard's name, a term of the
     * trade): the copied-alias guard lets its long surfaces and patterns stand without a corpus posting.
     */
    note: z.string().trim().min(1).optional(),
    bullets: z.array(bulletTemplateSchema).min(2).max(3),
  })
  .strict();

export const keywordFileSchema = z.array(conceptSchema);

export type Category = z.infer<typeof categorySchema>;
export type ContextRule = z.infer<typeof contextRuleSchema>;
export type Concept = z.infer<typeof conceptSchema>;
export type AliasKind = keyof NonNullable<Concept['aliases']>;
