// A resume file's bytes -> its text, with a clear message for every file we cannot read. Shared by the
// options page (browser) and the CLI (Node); each passes in how it loads pdf.js and mammoth.

import { decodeText } from '../text/decode';

export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export class ResumeFileError extends Error {}

export type ResumeSource = 'txt' | 'pdf' | 'docx';

/** The part of pdf.js we use: the browser's and Node's builds both fit it. */
export interface PdfJs {
  getDocument(options: { data: Uint8Array; isEvalSupported: boolean; verbosity: number }): {
    promise: Promise<{ numPages: number; getPage(n: number): Promise<{ getTextContent(): Promise<{ items: object[] }> }>; destroy(): Promise<void> }>;
  };
}

export interface FileReaders {
  pdfjs: () => Promise<PdfJs>;
  /**
   * mammoth's HTML of a .docx (its raw text drops soft line breaks, <w:br/>, and glues the words on either side:
   * "product teams<w:br/>while" came out "teamswhile"); docxHtmlToText() turns it into lines.
   */
  docxHtml: (bytes: Uint8Array) => Promise<string>;
}

const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;

export function sourceOf(name: string, type = ''): ResumeSource | undefined {
  const ext = name.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  if (ext === 'txt' || ext === 'md' || type === 'text/plain') return 'txt';
  if (ext === 'pdf' || type === 'application/pdf') return 'pdf';
  if (ext === 'docx' || type === 'application/vnd.openxmlformats-officedocument.wordprocessingml.document') return 'docx';
  return undefined;
}

/** Checks the name and size first, so a wrong or huge file is refused before it is read. */
export function checkResumeFile(name: string, size: number, type = ''): ResumeSource {
  const source = sourceOf(name, type);
  if (!source) throw new ResumeFileError(`"${name}" is not a resume format we read. Choose a .txt, .pdf or .docx file, or paste the text.`);
  if (size > MAX_FILE_BYTES) throw new ResumeFileError(`"${name}" is ${mb(size)}; the limit is ${mb(MAX_FILE_BYTES)}. Save a smaller copy or paste the text.`);
  if (size === 0) throw new ResumeFileError(`"${name}" is empty.`);
  return source;
}

export async function readResumeBytes(bytes: Uint8Array, name: string, source: ResumeSource, readers: FileReaders): Promise<string> {
  const text =
    source === 'txt' ? plainText(bytes, name) : source === 'pdf' ? await pdfText(bytes, name, await readers.pdfjs()) : await docxText(bytes, name, readers);
  const clean = text
    .replace(/\u0000/g, '')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (!clean) {
    throw new ResumeFileError(
      source === 'pdf'
        ? `No text found in "${name}": it looks like a scanned image without a text layer. Paste the text instead.`
        : `No text found in "${name}".`,
    );
  }
  return clean;
}

/** A .txt resume in whichever encoding it was saved (src/text/decode.ts): UTF-8, UTF-16 with its mark, Windows-1252. */
function plainText(bytes: Uint8Array, name: string): string {
  const decoded = decodeText(bytes);
  if (!decoded) throw new ResumeFileError(`"${name}" is not a text file (binary content). Choose a .txt, .pdf or .docx file, or paste the text.`);
  return decoded.text;
}

async function pdfText(data: Uint8Array, name: string, pdfjs: PdfJs): Promise<string> {
  // verbosity 0: errors only, warnings would pollute the CLI's stdout.
  const doc = await pdfjs.getDocument({ data, isEvalSupported: false, verbosity: 0 }).promise.catch((e: unknown) => {
    if ((e as Error)?.name === 'PasswordException')
      throw new ResumeFileError(`"${name}" is password-protected. Save a copy without a password, or paste the text.`);
    throw new ResumeFileError(`"${name}" is not a readable PDF (it may be damaged). Try exporting it again, or paste the text.`);
  });
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const { items } = await (await doc.getPage(n)).getTextContent();
    pages.push(items.map((item) => ('str' in item ? String(item.str) + ('hasEOL' in item && item.hasEOL ? '\n' : '') : '')).join(''));
  }
  await doc.destroy();
  return pages.join('\n');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** mammoth's HTML as text: a soft break is a line break, a paragraph, heading or list item ends with a blank line. */
export function docxHtmlToText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|h[1-6]|li|tr|table)>/gi, '\n\n')
    .replace(/<\/td>/gi, '\t')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, code: string) =>
      code[0] === '#'
        ? String.fromCodePoint(Number.parseInt(code.slice(code[1] === 'x' ? 2 : 1), code[1] === 'x' ? 16 : 10))
        : (ENTITIES[code.toLowerCase()] ?? entity),
    );
}

async function docxText(bytes: Uint8Array, name: string, readers: FileReaders): Promise<string> {
  try {
    return docxHtmlToText(await readers.docxHtml(bytes));
  } catch {
    throw new ResumeFileError(`"${name}" is not a readable Word document (it may be damaged). Try saving it again as .docx, or paste the text.`);
  }
}
