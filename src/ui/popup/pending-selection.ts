import { storage } from 'wxt/utils/storage';
import { z } from 'zod';

/** Text the user chose with "Analyze selection with TPM Keyword Lens"; kept for the popup that opens next. */
export const pendingSelectionSchema = z.object({ text: z.string().min(1), url: z.string(), title: z.string(), at: z.number() });
export type PendingSelection = z.infer<typeof pendingSelectionSchema>;

export const pendingSelectionItem = storage.defineItem<unknown>('session:pendingSelection', { fallback: null });

const FRESH_MS = 2 * 60 * 1000;

/** Takes the pending selection once: a stale or malformed one is discarded. */
export async function takePendingSelection(now = Date.now()): Promise<PendingSelection | undefined> {
  const parsed = pendingSelectionSchema.safeParse(await pendingSelectionItem.getValue());
  await pendingSelectionItem.removeValue();
  return parsed.success && now - parsed.data.at < FRESH_MS ? parsed.data : undefined;
}
