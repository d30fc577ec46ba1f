/** Text as the eval set compares it: whitespace collapsed, zero-width characters removed. */
export const collapse = (s: string) =>
  s
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
