// Turns a chosen file into resume text, in the browser; pdf.js and mammoth load only when needed.

export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export class ResumeFileError extends Error {}

export type ResumeSource = 'txt' | 'pdf' | 'docx';

const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;

export function sourceOf(file: Pick<File, 'name' | 'type'>): ResumeSource | undefined {
  const ext = file.name.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  if (ext === 'txt' || ext === 'md' || file.type === 'text/plain') return 'txt';
  if (ext === 'pdf' || file.type === 'application/pdf') return 'pdf';
  if (ext === 'docx' || file.type === 'application/vnd.openxmlformats-officedocument.wordprocessingml.document') return 'docx';
  return undefined;
}

export async function readResumeFile(file: File): Promise<{ text: string; source: ResumeSource }> {
  const source = sourceOf(file);
  if (!source) throw new ResumeFileError(`"${file.name}" is not a resume format we read. Choose a .txt, .pdf or .docx file, or paste the text.`);
  if (file.size > MAX_FILE_BYTES) throw new ResumeFileError(`"${file.name}" is ${mb(file.size)}; the limit is ${mb(MAX_FILE_BYTES)}. Save a smaller copy or paste the text.`);
  if (file.size === 0) throw new ResumeFileError(`"${file.name}" is empty.`);
  const text = source === 'txt' ? await file.text() : source === 'pdf' ? await pdfText(await file.arrayBuffer(), file.name) : await docxText(await file.arrayBuffer(), file.name);
  const clean = text.replace(/\u0000/g, '').replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
  if (!clean) {
    throw new ResumeFileError(
      source === 'pdf'
        ? `No text found in "${file.name}": it looks like a scanned image without a text layer. Paste the text instead.`
        : `No text found in "${file.name}".`,
    );
  }
  return { text: clean, source };
}

async function pdfText(data: ArrayBuffer, name: string): Promise<string> {
  const pdfjs = await import('pdfjs-dist');
  pdfjs.GlobalWorkerOptions.workerSrc = (await import('pdfjs-dist/build/pdf.worker.min.mjs?url')).default;
  let doc;
  try {
    doc = await pdfjs.getDocument({ data: new Uint8Array(data), isEvalSupported: false }).promise;
  } catch (e) {
    const kind = (e as Error)?.name;
    if (kind === 'PasswordException') throw new ResumeFileError(`"${name}" is password-protected. Save a copy without a password, or paste the text.`);
    throw new ResumeFileError(`"${name}" is not a readable PDF (it may be damaged). Try exporting it again, or paste the text.`);
  }
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
  }
  await doc.destroy();
  return pages.join('\n');
}

async function docxText(data: ArrayBuffer, name: string): Promise<string> {
  const mammoth = await import('mammoth');
  try {
    return (await mammoth.extractRawText({ arrayBuffer: data })).value;
  } catch {
    throw new ResumeFileError(`"${name}" is not a readable Word document (it may be damaged). Try saving it again as .docx, or paste the text.`);
  }
}
