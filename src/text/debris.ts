// Text that went through a wrong encoding or an HTML escape on its way to the user: "Weâ€™re" (UTF-8 read as
// Windows-1252), "â€¢ Lead the workstream", "risks &amp; issues", "Full-time&nbsp;|". Read as written, headings
// ("What Weâ€™re Looking For"), bullets and sentences hide: an escaped "&amp;" even ends a sentence at its ";". The
// text is read with each piece of debris turned into its character, keeping its length, so that evidence is quoted
// from the text as given: the character comes with padding that reads as nothing. Inside a word (an apostrophe, "&"),
// the padding is zero-width spaces before the character, which the tokenizer keeps inside the word ("We’re", "H&P");
// elsewhere it is spaces after it ("•   Lead").

/** Windows-1252's characters for the bytes 0x80-0x9F (Latin-1 has controls there); its other bytes are Latin-1's. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/** A UTF-8 lead byte's character, then one to three continuation bytes' characters, as Windows-1252 shows them. */
const MOJIBAKE = new RegExp(`[\\u00C2-\\u00F4][\\u0080-\\u00BF${CP1252_HIGH.replace(/[\u0080-\u009F]/g, '')}]{1,3}`, 'g');
/**
 * The signs that a text holds mojibake at all: "â€" (curly quotes, dashes, bullets; "â" and the control U+0080 where
 * the bytes were read as Latin-1), "Ã" (accented letters), "Â" + a space or symbol.
 */
const MOJIBAKE_SIGN = /â[€\u0080]|Ã[\u0080-\u00BF]|Â[\u00A0-\u00BF]/;

/** An HTML character reference: "&amp;", "&#8211;", "&#x2019;". */
const ENTITY = /&(?:#\d{2,6}|#x[0-9a-f]{2,5}|[a-z]{2,8});/gi;
const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  hellip: '…',
  bull: '•',
  middot: '·',
  euro: '€',
  pound: '£',
  copy: '©',
  reg: '®',
  trade: '™',
};

/** Characters that join the words around them into one ("We’re", "H&P"): padded before, inside the word. */
const JOINS_WORDS = /['’&]/;

/** The byte Windows-1252 writes a character as, or undefined for one it cannot write. */
function cp1252Byte(char: string): number | undefined {
  const code = char.charCodeAt(0);
  // Bytes read as Latin-1 keep 0x80-0x9F as control characters of the same number.
  if (code <= 0xff) return code;
  const high = CP1252_HIGH.indexOf(char);
  return high >= 0 ? 0x80 + high : undefined;
}

/** The character UTF-8 bytes shown as Windows-1252 stood for ("â€™" -> "’"), or undefined where they are not UTF-8. */
function fromMojibake(shown: string): string | undefined {
  const bytes = [...shown].map(cp1252Byte);
  if (bytes.some((b) => b === undefined)) return undefined;
  try {
    const char = new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes as number[]));
    return [...char].length === 1 ? char : undefined;
  } catch {
    return undefined;
  }
}

function fromEntity(entity: string): string | undefined {
  const body = entity.slice(1, -1).toLowerCase();
  if (!body.startsWith('#')) return NAMED[body];
  const code = body.startsWith('#x') ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
  return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : undefined;
}

/** The character in the place of `debris`, padded to its length. */
function padded(char: string, debris: string): string {
  if (char.length >= debris.length) return debris;
  const padding = debris.length - char.length;
  return JOINS_WORDS.test(char) ? '\u200B'.repeat(padding) + char : char + ' '.repeat(padding);
}

/** The text with mojibake and HTML character references read as their characters; same length, same offsets. */
export function withoutDebris(text: string): string {
  let read = text;
  if (MOJIBAKE_SIGN.test(read)) read = read.replace(MOJIBAKE, (shown) => padded(fromMojibake(shown) ?? shown, shown));
  if (read.includes('&')) read = read.replace(ENTITY, (entity) => padded(fromEntity(entity) ?? entity, entity));
  return read;
}
