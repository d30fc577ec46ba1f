import { storage } from 'wxt/utils/storage';

/** Text the user chose with "Analyze selection with TPM Keyword Lens"; kept for the popup that opens next. */
export interface PendingSelection {
  text: string;
  url: string;
  title: string;
  at: number;
}

export const pendingSelectionItem = storage.defineItem<unknown>('session:pendingSelection', { fallback: null });

/**
 * A stored value as a pending selection, or undefined when it is malformed. Checked by hand, not with zod: the
 * background script writes this item, and zod would be most of its size.
 */
export function asPendingSelection(value: unknown): PendingSelection | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { text, url, title, at } = value as Record<string, unknown>;
  if (typeof text !== 'string' || !text || typeof url !== 'string' || typeof title !== 'string' || typeof at !== 'number' || !Number.isFinite(at))
    return undefined;
  return { text, url, title, at };
}

const FRESH_MS = 2 * 60 * 1000;

/** Takes the pending selection once: a stale or malformed one is discarded. */
export async function takePendingSelection(now = Date.now()): Promise<PendingSelection | undefined> {
  return takeStoredSelection(await pendingSelectionItem.getValue(), now);
}

/** takePendingSelection() where the item's stored value was read already (with others, in one round trip). */
export async function takeStoredSelection(stored: unknown, now = Date.now()): Promise<PendingSelection | undefined> {
  if (stored === null || stored === undefined) return undefined; // nothing to take (most opens): no second round trip to remove it
  const pending = asPendingSelection(stored);
  await pendingSelectionItem.removeValue();
  return pending && now - pending.at < FRESH_MS ? pending : undefined;
}
