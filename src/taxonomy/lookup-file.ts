// The compiled lookup as one file of ASCII text, for a run time that reads it as data rather than as code: the
// extension's pages fetch it (scripts/lookup-asset.ts writes it beside them). As a string inside a script, the
// same 1.3 MB was fetched, scanned as source, kept in the code cache and copied by JSON.parse on every first open.
//
// Its first line is the JSON of the lookup's small arrays and the lengths of its strings; after it, its long strings (the
// concepts' JSON, the patterns, the trie's keys and packed columns, the joined words: 97% of it) are written one after
// the other as they are, and the first line says each one's length. Reading cuts them out of the file's text (V8 shares the
// characters) instead of JSON.parse scanning and copying 900 KB of escaped strings.
import type { LookupData } from './lookup-data';

/** The fields whose strings are JSON texts: written in ASCII, their other characters as JSON escapes. */
const JSON_TEXT_FIELDS = new Set(['concepts']);

/** The key of the first line that lists the strings written after it: [field, length or lengths][]. */
const RAW_STRINGS = '$raw';

const isAscii = (s: string) => /^[\x00-\x7f]*$/.test(s);

/** JSON text with every character beyond ASCII written as an escape: the same value, one byte a character. */
export const asciiJsonText = (json: string) => json.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/**
 * The lookup data as a file: its strings and string lists of ASCII text after the first line (the concepts' JSON
 * is ASCII once its other characters are written as JSON escapes), the rest in that line.
 */
export function lookupFileOf(data: LookupData): string {
  const head: Record<string, unknown> = {};
  const raw: [string, number | number[]][] = [];
  const tail: string[] = [];
  for (const [field, value] of Object.entries(data)) {
    const strings = JSON_TEXT_FIELDS.has(field) ? (value as string[]).map(asciiJsonText) : value;
    if (typeof strings === 'string' && isAscii(strings)) {
      raw.push([field, strings.length]);
      tail.push(strings);
    } else if (Array.isArray(strings) && strings.length > 0 && strings.every((s) => typeof s === 'string' && isAscii(s))) {
      raw.push([field, strings.map((s: string) => s.length)]);
      tail.push(...strings);
    } else head[field] = value;
  }
  return `${asciiJsonText(JSON.stringify({ ...head, [RAW_STRINGS]: raw }))}\n${tail.join('')}`;
}

/** The lookup data a file holds; a file cut short or run on (not the one its first line describes) is refused. */
export function lookupFromFile(file: string): LookupData {
  const head = file.indexOf('\n');
  const data = JSON.parse(head < 0 ? file : file.slice(0, head)) as Record<string, unknown> & { [RAW_STRINGS]?: [string, number | number[]][] };
  const raw = data[RAW_STRINGS];
  if (!Array.isArray(raw)) throw new Error('The compiled lookup file has no list of its strings: rebuild the extension.');
  let at = head + 1;
  const cut = (length: number) => file.slice(at, (at += length));
  for (const [field, length] of raw) data[field] = typeof length === 'number' ? cut(length) : length.map(cut);
  if (at !== file.length)
    throw new Error(`The compiled lookup file holds ${file.length} characters where its first line describes ${at}: rebuild the extension.`);
  delete data[RAW_STRINGS];
  return data as unknown as LookupData;
}
