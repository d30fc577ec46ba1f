import { storage } from 'wxt/utils/storage';
import { MAX_RESUME_CHARS, MAX_RESUME_NAME_CHARS } from './limits';
import type { Resume, ResumeLibrary } from './schema';
import { DATA_VERSION } from './versions';

// The popup reads the resume library on every open. Checked by hand here, as pending-selection.ts does, so that an
// open does not load zod and the storage modules behind loadLibrary(); anything the check does not accept as it is
// (older or newer data, an entry zod would trim, reject or set aside) goes to loadLibrary(), which validates,
// migrates and quarantines exactly as before.

const SOURCES: readonly unknown[] = ['paste', 'txt', 'pdf', 'docx', 'import'] satisfies Resume['source'][];

const trimmedText = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= max && value.trim() === value;

/** A stored entry as a resume, only where zod's resumeSchema would return it unchanged (but for keys it drops). */
function asResume(value: unknown): Resume | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { id, name, text, source, addedAt } = value as Record<string, unknown>;
  if (typeof id !== 'string' || !id || !trimmedText(name, MAX_RESUME_NAME_CHARS) || !trimmedText(text, MAX_RESUME_CHARS)) return undefined;
  if (!SOURCES.includes(source) || typeof addedAt !== 'string') return undefined;
  return { id, name, text, source: source as Resume['source'], addedAt };
}

/** The stored library where it is current and entirely valid as stored; undefined where loadLibrary() must decide. */
export function asCurrentLibrary(version: unknown, raw: unknown): ResumeLibrary | undefined {
  if (version !== DATA_VERSION) return undefined;
  if (raw === null || raw === undefined) return { resumes: [], defaultId: null };
  if (typeof raw !== 'object') return undefined;
  const { resumes, defaultId } = raw as Record<string, unknown>;
  if (!Array.isArray(resumes) || (defaultId !== null && typeof defaultId !== 'string')) return undefined;
  const valid = resumes.map(asResume);
  return valid.every((r) => r !== undefined) ? { resumes: valid as Resume[], defaultId } : undefined;
}

/** The keys readLibrary() reads, in one round trip (the popup's opening reads them with its other keys). */
export const LIBRARY_KEYS = ['local:dataVersion', 'local:resumes'] as const;

/** The stored resumes, as loadLibrary() returns them, without its costs where the data is current and valid. */
export async function readLibrary(): Promise<{ library: ResumeLibrary }> {
  const [version, raw] = (await storage.getItems([...LIBRARY_KEYS])).map((item) => item.value);
  return libraryFrom(version, raw);
}

/** readLibrary() where the values of LIBRARY_KEYS were read already. */
export function libraryFrom(version: unknown, raw: unknown): Promise<{ library: ResumeLibrary }> {
  const library = asCurrentLibrary(version, raw);
  return library ? Promise.resolve({ library }) : import('./resumes').then((m) => m.loadLibrary());
}

export const defaultResume = (library: ResumeLibrary): Resume | undefined => library.resumes.find((r) => r.id === library.defaultId) ?? library.resumes[0];
