// One file of a `scan`: read (text, saved page or PDF), analyzed, and reduced to what the market view and the
// file list need. The same function runs in the CLI's own thread for a small folder and in each worker thread
// for a large one.
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { statusAsMet } from '../analyze/choices';
import type { MarketTerm } from '../analyze/market';
import { detectLanguage, otherLanguageNotice } from '../analyze/language';
import { cutText } from '../analyze/limits';
import type { PostingInput } from '../analyze/posting';
import { bundledLookup, createAnalyzer, postingFromText } from '../index';
import { checkResumeFile, readResumeBytes, ResumeFileError } from '../resume/read-resume';
import { InputError, readTextFile } from './read-input';
import { nodeReaders } from './read-resume-file';

/** The kinds of file a scan reads, by extension; every other file in the folder is left alone. */
export const POSTING_EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.pdf'] as const;

export const isPostingFile = (path: string) => (POSTING_EXTENSIONS as readonly string[]).includes(extname(path).toLowerCase());

/** A file as the scan reports it; `terms` feed the market view and are not printed. */
export interface ScannedFile {
  /** As given: the scan makes it relative to the folder. */
  path: string;
  title: string;
  company: string;
  language?: string;
  /** Coverage by the resume, when one is given and the text is an English posting. */
  score?: number;
  /** Why a text that was read is left out of the market view: not a posting, or not in English. */
  skipped?: string;
  /** Why the file could not be read: it is not in the view either. */
  error?: string;
  isPosting?: boolean;
  terms: MarketTerm[];
}

// The market view reads a posting's terms only, never its other keywords.
let analyzer: ReturnType<typeof createAnalyzer> | undefined;
const analyze = (...args: Parameters<ReturnType<typeof createAnalyzer>>) => (analyzer ??= createAnalyzer(bundledLookup(), { otherKeywords: false }))(...args);

/** Reads and analyzes one file; a file it cannot read gives its one-line reason in `error`, never a throw. */
export async function scanFile(path: string, resumeText: string | undefined): Promise<ScannedFile> {
  try {
    const job = await readPosting(path);
    const posting = typeof job === 'string' ? { title: '', company: '', text: job } : job;
    // A posting in another language stays out of the view: knowing its language is enough (and a tenth of an analysis).
    const language = posting.language || languageOf(posting.text);
    if (language && language !== 'en') {
      const named = posting.title || posting.company ? posting : postingFromText(posting.text);
      return { path, title: named.title, company: named.company, language, skipped: otherLanguageNotice(language), isPosting: true, terms: [] };
    }
    const a = analyze(language ? { ...posting, language } : posting, resumeText);
    const english = !a.job.language || a.job.language === 'en';
    const skipped = a.job.isPosting === false ? (a.job.notPostingReason ?? 'not a job posting') : english ? undefined : a.notices?.[0];
    return {
      path,
      title: a.job.title,
      company: a.job.company,
      ...(a.job.language ? { language: a.job.language } : {}),
      ...(a.score !== null && !skipped ? { score: a.score } : {}),
      ...(skipped ? { skipped } : {}),
      isPosting: a.job.isPosting !== false,
      terms: a.terms.map((t) => ({ id: t.id, label: t.label, category: t.category, job: { importance: t.job.importance }, status: statusAsMet(t) })),
    };
  } catch (e) {
    // One odd file must not end the scan of thousands: whatever went wrong is its reason.
    // One line each: an error's first line says what went wrong (a module's require stack follows it).
    const reason = e instanceof InputError ? withoutPath(e.message, path) : `could not be analyzed (${String((e as Error).message).split('\n')[0]})`;
    return { path, title: '', company: '', error: reason, terms: [] };
  }
}

/** The language analyze() would find, read the same way (the same cut, about the same word count). */
const languageOf = (text: string) => {
  const cut = cutText(text).text;
  return detectLanguage(cut, cut.split(/\s+/).length);
};

/** "file /a/b.txt is empty" -> "is empty": the scan prints each reason beside the file's path. */
const withoutPath = (message: string, path: string) => {
  const at = message.indexOf(path);
  return at < 0 ? message : message.slice(at + path.length).replace(/^[:\s]+/, '');
};

/** The posting in a file: plain text, a saved page's posting (as `analyze --html` reads it), or a PDF's text. */
async function readPosting(path: string): Promise<string | PostingInput> {
  const ext = extname(path).toLowerCase();
  if (ext === '.pdf') return readPdf(path);
  if (ext !== '.html' && ext !== '.htm') return readTextFile(path, 'file');
  // Loaded only for a saved page, as the analyze command does.
  const { readSavedPage } = await import('./read-page');
  return readSavedPage(path, pathToFileURL(path).href, 'file');
}

async function readPdf(path: string): Promise<string> {
  const bytes = readFileSync(path);
  try {
    const name = basename(path);
    return await readResumeBytes(new Uint8Array(bytes), name, checkResumeFile(name, bytes.length), nodeReaders);
  } catch (e) {
    // pdf.js rejects a damaged file with its own error: the file is unreadable, not the scan broken.
    throw new InputError(`file ${path}: ${e instanceof ResumeFileError ? e.message : `not a readable PDF (${(e as Error).message})`}`);
  }
}
