// How many words a piece of text has: runs of characters between white space, as text.split(/\s+/).filter(Boolean)
// counts them, read in place (the sectioner counts the words of every line and clause several times: a split made
// an array and a string per word each time).

/** The characters \s matches in JavaScript: ASCII white space, the Unicode space separators, the line and paragraph separators and U+FEFF. */
export function isWhiteSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** text.split(/\s+/).filter(Boolean).length, without the split. */
export function wordCount(text: string, from = 0, to = text.length): number {
  let words = 0;
  let inWord = false;
  for (let k = from; k < to; k++) {
    const space = isWhiteSpace(text.charCodeAt(k));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/**
 * text.replace(/\s+/g, ' '), without a new string for text already spaced so (most lines and names): one space
 * between words, no other white space.
 */
export function singleSpaced(text: string): string {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (isWhiteSpace(c) && (c !== 32 || (k + 1 < text.length && isWhiteSpace(text.charCodeAt(k + 1))))) return text.replace(/\s+/g, ' ');
  }
  return text;
}
