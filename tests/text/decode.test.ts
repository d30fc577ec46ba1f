import { describe, expect, it } from 'vitest';
import { declaredCharset, decodeText } from '../../src/text/decode';

// Generated inputs: one text written the ways Windows, macOS and Linux editors save it.
const TEXT = 'Résumé – “Program Manager”, 5+ years, €90k\r\nLed SAFe® PI planning for 8 teams';
const utf16le = (s: string) => new Uint8Array(Buffer.from(s, 'utf16le'));
const utf16be = (s: string) => utf16le(s).map((_, i, a) => a[i ^ 1]);
const concat = (...parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));
/** Windows-1252 bytes of a text made of Latin-1 letters and the few typographic signs 1252 adds at 0x80-0x9F. */
const windows1252 = (s: string) => {
  const extra: Record<string, number> = { '€': 0x80, '–': 0x96, '—': 0x97, '“': 0x93, '”': 0x94, '‘': 0x91, '’': 0x92, '•': 0x95, '™': 0x99 };
  return new Uint8Array([...s].map((c) => extra[c] ?? c.charCodeAt(0)));
};

describe('decodeText', () => {
  it.each([
    ['UTF-8', new TextEncoder().encode(TEXT), 'utf-8', false],
    ['UTF-8 with a byte-order mark', concat(new Uint8Array([0xef, 0xbb, 0xbf]), new TextEncoder().encode(TEXT)), 'utf-8', true],
    ['UTF-16 LE with a byte-order mark (Notepad "Unicode")', concat(new Uint8Array([0xff, 0xfe]), utf16le(TEXT)), 'utf-16le', true],
    ['UTF-16 BE with a byte-order mark', concat(new Uint8Array([0xfe, 0xff]), utf16be(TEXT)), 'utf-16be', true],
    ['Windows-1252 (Notepad "ANSI")', windows1252(TEXT.replace('®', '(R)')), 'windows-1252', false],
  ])('reads %s', (_, bytes, encoding, bom) => {
    const decoded = decodeText(bytes);
    expect(decoded).toMatchObject({ encoding, bom });
    expect(decoded?.text).toBe(encoding === 'windows-1252' ? TEXT.replace('®', '(R)') : TEXT);
  });

  it('reads plain ASCII and an empty file as UTF-8', () => {
    expect(decodeText(new TextEncoder().encode('Scrum, Jira'))).toEqual({ text: 'Scrum, Jira', encoding: 'utf-8', bom: false });
    expect(decodeText(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8', bom: false });
  });

  it('reads bytes that are not UTF-8 in the charset a page declares, else as Windows-1252', () => {
    const page = concat(new TextEncoder().encode('<meta charset="iso-8859-15"><p>'), new Uint8Array([0xa4, 0x20, 0xe9]));
    expect(declaredCharset(page)).toBe('iso-8859-15');
    expect(decodeText(page, declaredCharset(page))?.text).toContain('<p>€ é'); // 0xA4 is the euro sign in Latin-9
    expect(decodeText(page)?.text).toContain('<p>¤ é'); // and the currency sign in Windows-1252
    expect(decodeText(page, 'no-such-charset')?.encoding).toBe('windows-1252');
    expect(decodeText(page, 'utf-16le')?.encoding).toBe('windows-1252');
  });

  it.each([
    ['a PNG image', concat(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), new TextEncoder().encode('IHDR'))],
    ['a zip archive (.docx renamed .txt)', concat(new TextEncoder().encode('PK'), new Uint8Array([3, 4, 20, 0, 6, 0, 8, 0, 0, 0]))],
    ['random bytes', Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)],
    ['control characters without NUL', Uint8Array.from({ length: 400 }, (_, i) => (i % 10 === 0 ? 1 + (i % 8) : 65))],
    ['UTF-16 without a byte-order mark (its NULs are binary to a reader that cannot tell)', utf16le(TEXT)],
  ])('refuses %s as binary', (_, bytes) => expect(decodeText(bytes)).toBeUndefined());

  it('keeps a text with a few stray control characters (a form feed, an escape)', () => {
    expect(decodeText(new TextEncoder().encode(`Page 1\f\u001b[0m${'Agile delivery. '.repeat(20)}`))?.encoding).toBe('utf-8');
  });
});
