import { readFileSync, statSync } from 'node:fs';

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

/** Reads a text file given on the command line, or says in one line why it cannot. */
export function readTextFile(path: string, flag: string): string {
  const size = fileSize(path, flag);
  if (size > MAX_BYTES) throw new InputError(`${flag} ${path} is ${(size / 1048576).toFixed(1)} MB; the limit is ${MAX_BYTES / 1048576} MB`);
  const bytes = readFileSync(path);
  if (looksBinary(bytes)) throw new InputError(`${flag} ${path} is not a text file (binary content); save it as plain text (.txt) first`);
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  if (!text.trim()) throw new InputError(`${flag} ${path} is empty`);
  return text;
}

function looksBinary(bytes: Buffer): boolean {
  const sample = bytes.subarray(0, 8192);
  if (sample.includes(0)) return true;
  let control = 0;
  for (const b of sample) if (b < 9 || (b > 13 && b < 32)) control++;
  return sample.length > 0 && control / sample.length > 0.1;
}
