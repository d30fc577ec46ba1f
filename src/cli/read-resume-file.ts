import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { checkResumeFile, readResumeBytes, ResumeFileError, type FileReaders, type PdfJs } from '../resume/read-resume';
import { fileSize, InputError, readTextFile } from './read-input';

// In Node, pdf.js's legacy build runs without a worker, and mammoth reads a buffer.
export const nodeReaders: FileReaders = {
  pdfjs: async () => (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs,
  docxHtml: async (bytes) => (await import('mammoth')).default.convertToHtml({ buffer: Buffer.from(bytes) }).then((r) => r.value),
};

/** A resume given on the command line: plain text, or a .pdf or .docx read the same way the options page does. */
export async function readResumeArg(path: string, flag: string): Promise<string> {
  if (!/\.(pdf|docx)$/i.test(path)) return readTextFile(path, flag);
  const size = fileSize(path, flag);
  try {
    const source = checkResumeFile(basename(path), size);
    return await readResumeBytes(new Uint8Array(readFileSync(path)), basename(path), source, nodeReaders);
  } catch (e) {
    if (e instanceof ResumeFileError) throw new InputError(`${flag}: ${e.message}`);
    throw e;
  }
}
