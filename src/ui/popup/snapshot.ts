import type { Resume, ResumeLibrary } from '../../storage/schema';

// A reopened popup paints its cached results before React has loaded: the markup React rendered for them the first
// time, kept with the cached analysis (storage.session: memory only, extension pages only). React then renders the
// same results from the same cached analysis; its first commit replaces the snapshot in one task (createRoot clears
// its container), so no frame shows anything else. Only the popup keeps snapshots, not the side panel.

/** The popup's markup for a cached analysis, and the resumes it offered (a picker lists them by name). */
export interface Snapshot {
  html: string;
  resumes: string;
}

/** What of the resumes the results show besides the default one (its id and content are the cache's key). */
export const resumesShown = (resumes: readonly Pick<Resume, 'id' | 'name'>[]) => JSON.stringify(resumes.map((r) => [r.id, r.name]));

/** The markup of the popup's element, as first rendered for a fresh analysis. */
export const snapshotOf = (element: Element, resumes: readonly Resume[]): Snapshot => ({ html: element.outerHTML, resumes: resumesShown(resumes) });

/** Paints the snapshot into the still empty root, unless the resumes it lists have changed since. */
export function paintSnapshot(root: Element, snapshot: Snapshot | undefined, library: ResumeLibrary): boolean {
  if (!snapshot || root.firstChild || snapshot.resumes !== resumesShown(library.resumes)) return false;
  root.innerHTML = snapshot.html;
  return true;
}
