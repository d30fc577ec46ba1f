/**
 * The families of job titles the history filters by, derived from the title's words. Data, checked in order:
 * the first family whose words all appear in the title wins (a "Technical Program Manager" is TPM, not program).
 * Each `words` entry is one alternative: every word of it must be in the title (in any form listed).
 */
export interface TitleFamily {
  id: string;
  label: string;
  /** Alternatives; each is a list of words that must all be in the title. */
  words: string[][];
  example: string;
}

export const TITLE_FAMILIES: TitleFamily[] = [
  {
    id: 'tpm',
    label: 'TPM',
    words: [['technical', 'program'], ['technical', 'programme'], ['technical', 'project'], ['tpm']],
    example: 'Senior Technical Program Manager',
  },
  { id: 'program', label: 'Program', words: [['program'], ['programme']], example: 'Program Manager, Cloud Infrastructure' },
  { id: 'project', label: 'Project', words: [['project']], example: 'IT Project Manager' },
  { id: 'delivery', label: 'Delivery', words: [['delivery']], example: 'Delivery Manager' },
  { id: 'release', label: 'Release', words: [['release']], example: 'Release Train Engineer' },
];

export const OTHER_FAMILY = { id: 'other', label: 'Other' } as const;

const wordsOf = (title: string) => new Set(title.toLocaleLowerCase('en').split(/[^\p{L}\p{N}]+/u));

/** The family id of a job title ('other' when none fits). */
export function titleFamily(title: string): string {
  const words = wordsOf(title);
  return TITLE_FAMILIES.find((f) => f.words.some((all) => all.every((w) => words.has(w))))?.id ?? OTHER_FAMILY.id;
}
