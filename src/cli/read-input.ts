import { readFileSync, statSync } from 'node:fs';
import { declaredCharset, decodeText } from '../text/decode';

export class InputError extends Error {}

const MAX_BYTES = 20 * 1024 * 1024;

/** The size of a file given on the command line, or a one-line reason why there is no such file. */
export function fileSize(path: string, flag: string): number {
  let isFolder = false;
  let size = 0;
  try {
    const stat = statSync(path);
    isFolder = stat.isDirectory();
    size = stat.size;
  } catch {
    throw new InputError(`${flag} ${path}: no such file`);
  }
  if (isFolder) throw new InputError(`${flag} ${path} is a folder, not a file`);
  return size;
}

/**
 * Reads a text file given on the command line, or says in one line why it cannot. UTF-8 (with or without a byte-order
 * mark), UTF-16 with its mark and Windows-1252 are read (src/text/decode.ts); `html` lets a page's own
 * `<meta charset>` name the encoding of bytes that are not UTF-8.
 */
export function readTextFile(path: string, flag: string, { html = false } = {}): string {
  const size = fileSize(path, flag);
  if (size > MAX_BYTES) throw new InputError(`${flag} ${path} is ${(size / 1048576).toFixed(1)} MB; the limit is ${MAX_BYTES / 1048576} MB`);
  const bytes = readFileSync(path);
  const decoded = decodeText(bytes, html ? declaredCharset(bytes) : undefined);
  if (!decoded) throw new InputError(`${flag} ${path} is not a text file (binary content); save it as plain text (.txt) first`);
  if (!decoded.text.trim()) throw new InputError(`${flag} ${path} is empty`);
  return decoded.text;
}
