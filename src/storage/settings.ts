import { storage } from 'wxt/utils/storage';
import { assertWritable } from './versions';

/** The user's choices beyond resumes (data version 2). */
export interface Settings {
  /** Keep every analyzed posting in the history (on by default; off stops recording, it deletes nothing). */
  historyEnabled: boolean;
}

export const DEFAULT_SETTINGS: Settings = { historyEnabled: true };

export const settingsItem = storage.defineItem<unknown>('local:settings', { fallback: null });

/** The stored settings; a missing or malformed field takes its default (checked by hand: the popup reads this). */
export async function loadSettings(): Promise<Settings> {
  const raw = (await settingsItem.getValue()) as Partial<Record<keyof Settings, unknown>> | null;
  return { historyEnabled: typeof raw?.historyEnabled === 'boolean' ? raw.historyEnabled : DEFAULT_SETTINGS.historyEnabled };
}

export async function saveSettings(change: Partial<Settings>): Promise<Settings> {
  await assertWritable();
  const next = { ...(await loadSettings()), ...change };
  await settingsItem.setValue(next);
  return next;
}
