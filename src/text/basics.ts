// The smallest text primitives, with no tables behind them: what the injected extractor imports from src/text.
// normalize.ts builds its spelling and Unicode tables when loaded, which the content script's 40 KiB budget cannot carry.

/** Soft hyphens, zero-width spaces and joiners, direction marks, invisible operators, BOM: never visible text. */
export const ZERO_WIDTH = /[\u00AD\u200B-\u200F\u2060-\u2064\uFEFF]/g;

export const removeZeroWidth = (text: string) => text.replace(ZERO_WIDTH, '');

/** A string matched literally inside a regular expression. */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface CompareKeyOptions {
  /**
   * 'space' (the default): every run of characters that are neither letters nor digits is one space ("Share this:" is
   * "share this", "N/A" is "n a"). 'colon': only a colon that ends the text goes, the rest of the punctuation stays
   * ("Job description:" is "job description", "C++ developer" keeps its "++").
   */
  punctuation?: 'space' | 'colon';
}

/**
 * A name, heading or label as it is compared with a list of known ones: without case, invisible characters or
 * repeated spaces, and with punctuation as options.punctuation says.
 */
export function compareKey(text: string, { punctuation = 'space' }: CompareKeyOptions = {}): string {
  const lower = removeZeroWidth(text).toLowerCase();
  return (punctuation === 'space' ? lower.replace(/[^\p{L}\p{N}]+/gu, ' ') : lower.replace(/\s*:\s*$/, '').replace(/\s+/g, ' ')).trim();
}
