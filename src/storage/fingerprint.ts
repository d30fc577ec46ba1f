// Pure: no storage here, so the history's pure modules and the CLI can use it.

/** FNV-1a over the text: tells an edited resume from the one an analysis was scored against (and keys a history entry without address). */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}

export const resumeKeyOf = (resume?: { id: string; text: string }) => (resume ? `${resume.id}:${resume.text.length}:${fingerprint(resume.text)}` : '');
