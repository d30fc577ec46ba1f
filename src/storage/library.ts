import { EMPTY_LIBRARY, resumeLibrarySchema, resumeSchema, type Quarantined, type Resume, type ResumeLibrary } from './schema';

// Pure operations on the resume library; storage I/O lives in resumes.ts.

export function addResume(library: ResumeLibrary, resume: Resume): ResumeLibrary {
  const resumes = [...library.resumes.filter((r) => r.id !== resume.id), resume];
  return { resumes, defaultId: library.defaultId ?? resume.id };
}

export function removeResume(library: ResumeLibrary, id: string): ResumeLibrary {
  const resumes = library.resumes.filter((r) => r.id !== id);
  const defaultId = library.defaultId === id ? (resumes[0]?.id ?? null) : library.defaultId;
  return { resumes, defaultId };
}

export function setDefaultResume(library: ResumeLibrary, id: string): ResumeLibrary {
  return library.resumes.some((r) => r.id === id) ? { ...library, defaultId: id } : library;
}

export { defaultResume } from './library-read';

/**
 * Reads whatever is stored: valid entries are kept, invalid ones are set aside with the reason.
 * Half-written or foreign data never makes the user lose the entries that are still good.
 */
export function salvageLibrary(raw: unknown, now: string): { library: ResumeLibrary; quarantined: Quarantined[] } {
  if (raw === null || raw === undefined) return { library: EMPTY_LIBRARY, quarantined: [] };
  const whole = resumeLibrarySchema.safeParse(raw);
  if (whole.success) return { library: whole.data, quarantined: [] };
  const entries = (raw as { resumes?: unknown })?.resumes;
  if (!Array.isArray(entries)) return { library: EMPTY_LIBRARY, quarantined: [{ at: now, reason: 'stored resumes are not in a known format', data: raw }] };
  const resumes: Resume[] = [];
  const quarantined: Quarantined[] = [];
  for (const entry of entries) {
    const r = resumeSchema.safeParse(entry);
    if (r.success) resumes.push(r.data);
    else
      quarantined.push({
        at: now,
        reason: `invalid resume entry: ${r.error.issues.map((i) => `${i.path.join('.') || 'entry'} ${i.message}`).join('; ')}`,
        data: entry,
      });
  }
  const wanted = (raw as { defaultId?: unknown }).defaultId;
  const defaultId = typeof wanted === 'string' && resumes.some((r) => r.id === wanted) ? wanted : (resumes[0]?.id ?? null);
  return { library: { resumes, defaultId }, quarantined };
}
