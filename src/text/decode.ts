// Bytes of a text file -> its text, whichever way the machine that wrote it encoded it. Shared by the CLI (postings,
// saved pages, resumes) and the options page's resume import. The platform's TextDecoder does the decoding (Node and
// every browser ship UTF-8, UTF-16 and Windows-1252); this module only picks the encoding:
//   1. a byte-order mark names it: EF BB BF UTF-8, FF FE UTF-16 LE, FE FF UTF-16 BE ("Unicode" in Windows' Notepad);
//   2. bytes that are valid UTF-8 are UTF-8 (ASCII is too);
//   3. anything else is Windows-1252, the encoding of "ANSI" text on Western Windows machines (a superset of Latin-1).
// Real binary (an image, an archive, a Word .doc) is refused: it holds NUL or other control characters that no text has.

/** The encodings picked here; a page's own `<meta charset>` may name another that the platform decodes. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | (string & {});

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** Whether a byte-order mark named the encoding (it is not part of `text`). */
  bom: boolean;
}

const BOMS: readonly { bytes: readonly number[]; encoding: TextEncodingName }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/** How much of the start of a text is checked for binary content: enough for any header, cheap for any size. */
const SAMPLE_CHARS = 8192;
/** Control characters (other than tab, line and page breaks, carriage return) in more than this share of the sample mean binary. */
const MAX_CONTROL_SHARE = 0.02;

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);

/** The encoding a byte-order mark names, if the bytes start with one. */
export function bomEncoding(bytes: Uint8Array): TextEncodingName | undefined {
  return BOMS.find((bom) => startsWith(bytes, bom.bytes))?.encoding;
}

/** Whether the bytes are well-formed UTF-8 (the platform's strict decoder says). */
function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether decoded text is really binary read as text: a NUL anywhere in its start, or many other control characters
 * (C0 and C1, which Windows-1252 gives for a few unused bytes). UTF-32 text, which no decoder here reads, lands here too.
 */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, SAMPLE_CHARS);
  if (!sample.length) return false;
  if (sample.includes('\u0000')) return true;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) || (c >= 0x7f && c < 0xa0)) control++;
  }
  return control / sample.length > MAX_CONTROL_SHARE;
}

/**
 * The text of a text file's bytes and the encoding it was read in, or undefined when the bytes are binary, not text.
 * `fallback` is the encoding to read bytes that are not UTF-8 in, when the file names one (an HTML page's
 * `<meta charset>`, see declaredCharset) that the platform knows; Windows-1252 otherwise.
 */
export function decodeText(bytes: Uint8Array, fallback?: string): DecodedText | undefined {
  const named = bomEncoding(bytes);
  const encoding = named ?? (isUtf8(bytes) ? 'utf-8' : knownEncoding(fallback));
  // TextDecoder drops the byte-order mark of its own encoding; an odd last byte of UTF-16 becomes U+FFFD.
  const decoded = new TextDecoder(encoding).decode(bytes);
  const text = encoding === 'windows-1252' ? windows1252Signs(decoded) : decoded;
  return looksBinary(text) ? undefined : { text, encoding: encoding as TextEncodingName, bom: Boolean(named) };
}

/**
 * Bytes 0x80-0x9F of Windows-1252, in order, as the Encoding Standard maps them (five unused bytes stay C1 controls).
 * Node 20.18.3 and later decode 'windows-1252' as Latin-1 (nodejs/node#60888), which leaves these bytes as controls;
 * browsers map them. Mapping the controls afterwards gives the same text on both.
 */
const WINDOWS_1252_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
const windows1252Signs = (text: string) => text.replace(/[\u0080-\u009F]/g, (c) => WINDOWS_1252_80_9F[c.charCodeAt(0) - 0x80]);

/** A charset label the platform decodes (not UTF-16, which an 8-bit file cannot be), else Windows-1252. */
function knownEncoding(label: string | undefined): string {
  if (!label) return 'windows-1252';
  try {
    const { encoding } = new TextDecoder(label);
    return encoding.startsWith('utf-16') ? 'windows-1252' : encoding;
  } catch {
    return 'windows-1252';
  }
}

/** The charset an HTML page declares in its first 1024 bytes (`<meta charset="...">` or its http-equiv form), as the HTML standard's prescan looks. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 1024));
  return head.match(/<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i)?.[1];
}
