import { z } from 'zod';

// Extension pages forbid eval; zod's JIT would need it.
z.config({ jitless: true });

import { MAX_RESUME_CHARS, MAX_RESUME_NAME_CHARS } from './limits';

export { MAX_RESUME_CHARS, MAX_RESUME_NAME_CHARS };

export const resumeSchema = z.object({
  id: z.string().min(1),
  name: z.string().trim().min(1).max(MAX_RESUME_NAME_CHARS),
  text: z.string().trim().min(1).max(MAX_RESUME_CHARS),
  source: z.enum(['paste', 'txt', 'pdf', 'docx', 'import']),
  addedAt: z.string(),
});

/** Version 1 of what `local:resumes` holds. */
export const resumeLibrarySchema = z.object({
  resumes: z.array(resumeSchema),
  defaultId: z.string().nullable(),
});

/** Stored data that failed validation: kept, shown and exportable, never dropped. */
export const quarantinedSchema = z.object({ at: z.string(), reason: z.string(), data: z.unknown() });

export const backupSchema = z.object({
  app: z.literal('tpm-keyword-lens'),
  version: z.literal(1),
  exportedAt: z.string(),
  library: resumeLibrarySchema,
  quarantine: z.array(quarantinedSchema).default([]),
});

export type Resume = z.infer<typeof resumeSchema>;
export type ResumeLibrary = z.infer<typeof resumeLibrarySchema>;
export type Quarantined = z.infer<typeof quarantinedSchema>;
export type Backup = z.infer<typeof backupSchema>;

export const EMPTY_LIBRARY: ResumeLibrary = { resumes: [], defaultId: null };
