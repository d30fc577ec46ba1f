import { keywordFileSchema, type Concept } from './schema';
import { normalizeTerm } from '../text/normalize';
import { parsePattern } from './pattern';
import { expandVerbClasses } from './verb-classes';
import { indexTaxonomy, surfacesOf, type Taxonomy } from './taxonomy';

export { ALIAS_KINDS, surfacesOf, type Taxonomy } from './taxonomy';

export interface KeywordFile {
  /** Where the data came from, for messages: `keywords/tools.json`. */
  name: string;
  data: unknown;
}

export class TaxonomyError extends Error {
  constructor(readonly problems: string[]) {
    super(`The keyword taxonomy is invalid:\n  ${problems.join('\n  ')}`);
    this.name = 'TaxonomyError';
  }
}

/** Parses every file and names each offender by file and entry. */
export function parseKeywordFiles(files: KeywordFile[]): { concepts: Concept[]; problems: string[]; files: Map<string, Concept[]> } {
  const problems: string[] = [];
  const concepts: Concept[] = [];
  const byFile = new Map<string, Concept[]>();
  for (const file of files) {
    const result = keywordFileSchema.safeParse(file.data);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const [index, ...rest] = issue.path;
        const entry = Array.isArray(file.data) && typeof index === 'number' ? (file.data[index] as { id?: string })?.id : undefined;
        const where = typeof index === 'number' ? `entry ${index}${entry ? ` (${entry})` : ''}` : 'top level';
        problems.push(`${file.name}, ${where}${rest.length ? `, ${rest.join('.')}` : ''}: ${issue.message}`);
      }
      continue;
    }
    const expanded = result.data.map((c) => withVerbClassesWritten(c, (message) => problems.push(`${file.name}, ${c.id}: ${message}`)));
    byFile.set(file.name, expanded);
    concepts.push(...expanded);
  }
  return { concepts, problems, files: byFile };
}

/** The concept with its patterns' verb classes written out (`@manage`: verb-classes.ts); a class that is none is a problem. */
function withVerbClassesWritten(concept: Concept, problem: (message: string) => void): Concept {
  if (!concept.patterns?.some((p) => p.includes('@'))) return concept;
  const patterns = concept.patterns.map((p) => {
    try {
      return expandVerbClasses(p);
    } catch (e) {
      problem((e as Error).message);
      return p;
    }
  });
  return { ...concept, patterns };
}

/** Whole-set invariants; returns every offender, not the first. */
export function findTaxonomyProblems(files: Map<string, Concept[]>): string[] {
  const problems: string[] = [];
  const all = [...files.values()].flat();
  const ids = new Map<string, number>();
  for (const c of all) ids.set(c.id, (ids.get(c.id) ?? 0) + 1);
  for (const [id, n] of ids) if (n > 1) problems.push(`id "${id}" is used ${n} times`);

  for (const [name, concepts] of files) {
    for (let i = 1; i < concepts.length; i++) {
      if (concepts[i - 1].id >= concepts[i].id) problems.push(`${name}: "${concepts[i].id}" must sort before "${concepts[i - 1].id}"`);
    }
  }

  const owners = new Map<string, string>();
  for (const c of all) {
    for (const { text, kind } of surfacesOf(c)) {
      const key = kind === 'acronym' ? `acronym:${text}` : normalizeTerm(text);
      if (!key) {
        problems.push(`${c.id}: surface "${text}" has no words`);
        continue;
      }
      const owner = owners.get(key);
      if (owner && owner !== c.id) problems.push(`surface "${text}" is claimed by both ${owner} and ${c.id}`);
      else owners.set(key, c.id);
    }
    for (const relation of ['broader', 'shownBy'] as const) {
      for (const target of c[relation] ?? []) {
        if (!ids.has(target)) problems.push(`${c.id}: ${relation} "${target}" is not a concept`);
        if (target === c.id) problems.push(`${c.id}: ${relation} points to itself`);
      }
    }
    for (const p of c.patterns ?? []) {
      try {
        parsePattern(p);
      } catch (e) {
        problems.push(`${c.id}: ${(e as Error).message}`);
      }
    }
    const surfaceKeys = new Set(surfacesOf(c).map((s) => normalizeTerm(s.text)));
    for (const rule of c.context ?? []) {
      if (!surfaceKeys.has(normalizeTerm(rule.surface))) problems.push(`${c.id}: context rule for "${rule.surface}", which is none of its surfaces`);
    }
  }
  return problems;
}

/**
 * Validates and indexes keyword files. `wholeSetChecks: false` keeps the schema check but skips the
 * whole-set lint (unique surfaces, sorting, relations): for the bundled taxonomy, which the test suite lints,
 * so the popup does not pay for it on every open.
 */
export function loadTaxonomy(files: KeywordFile[], { wholeSetChecks = true } = {}): Taxonomy {
  const parsed = parseKeywordFiles(files);
  const problems = [...parsed.problems, ...(wholeSetChecks ? findTaxonomyProblems(parsed.files) : [])];
  if (problems.length) throw new TaxonomyError(problems);
  return indexTaxonomy(parsed.concepts);
}
