import { checkResumeFile, readResumeBytes, type FileReaders, type PdfJs, type ResumeSource } from '../../resume/read-resume';

// In the browser, pdf.js (with its worker) and mammoth load only when a file of their kind is chosen.
const browserReaders: FileReaders = {
  pdfjs: async () => {
    const pdfjs = await import('pdfjs-dist');
    pdfjs.GlobalWorkerOptions.workerSrc = (await import('pdfjs-dist/build/pdf.worker.min.mjs?url')).default;
    return pdfjs as unknown as PdfJs;
  },
  docxHtml: async (bytes) => (await (await import('mammoth')).convertToHtml({ arrayBuffer: bytes.slice().buffer })).value,
};

export async function readResumeFile(file: File): Promise<{ text: string; source: ResumeSource }> {
  const source = checkResumeFile(file.name, file.size, file.type);
  return { text: await readResumeBytes(new Uint8Array(await file.arrayBuffer()), file.name, source, browserReaders), source };
}
