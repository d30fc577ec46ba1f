import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { Resume, ResumeLibrary } from '../../../src/storage/schema';
import { paintSnapshot, snapshotOf } from '../../../src/ui/popup/snapshot';

const resume = (id: string, name: string): Resume => ({
  id,
  name,
  text: `${name} led Kubernetes migrations.`,
  source: 'paste',
  addedAt: '2026-11-30T10:00:00.000Z',
});
const two = [resume('r1', 'Platform'), resume('r2', 'Data')];
const library = (resumes: Resume[]): ResumeLibrary => ({ resumes, defaultId: resumes[0]?.id ?? null });

/** A popup page's root, and the popup's element as React rendered it for a fresh analysis. */
function popupPage() {
  const { document } = parseHTML(
    '<html><body><div id="root"><div class="tpmkl-popup"><h1>Senior TPM &lt;Cloud&gt;</h1><details open><summary>Tools</summary></details><button type="button">Add your resume</button></div></div><div id="empty"></div></body></html>',
  );
  return { shown: document.querySelector('.tpmkl-popup')!, empty: document.getElementById('empty')! };
}

describe('the reopened popup’s first frame (snapshot of its cached results)', () => {
  it('paints the markup the popup rendered, escaped text and open state as they were', () => {
    const { shown, empty } = popupPage();
    expect(paintSnapshot(empty, snapshotOf(shown, two), library(two))).toBe(true);
    expect(empty.innerHTML).toBe(shown.outerHTML);
    expect(empty.querySelector('h1')?.textContent).toBe('Senior TPM <Cloud>');
    expect(empty.querySelector('details')?.hasAttribute('open')).toBe(true);
  });

  it.each([
    ['no snapshot (cached by the side panel, or before snapshots)', undefined, two, ''],
    ['a resume renamed since', 'snapshot', [resume('r1', 'Platform'), resume('r2', 'Data (2026)')], ''],
    ['a resume added since', 'snapshot', [...two, resume('r3', 'Security')], ''],
    ['the resumes in another order', 'snapshot', [two[1], two[0]], ''],
    ['a root React has rendered into already', 'snapshot', two, '<p>Reading the posting…</p>'],
  ] as const)('paints nothing where there is %s', (_, snapshot, resumes, before) => {
    const { shown, empty } = popupPage();
    empty.innerHTML = before;
    expect(paintSnapshot(empty, snapshot && snapshotOf(shown, two), library([...resumes]))).toBe(false);
    expect(empty.innerHTML).toBe(before);
  });
});
