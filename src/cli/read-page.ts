// The posting in a saved page, as `analyze --html`, `extract` and `scan` read it. Callers load this module with
// import(), only for a saved page: the extractor and linkedom would cost every other command's start-up more than
// its whole analysis.
import { extractPosting, type Posting } from '../extract';
import { parsePage } from './parse-html';
import { InputError, readTextFile } from './read-input';

/**
 * Reads the page at `path` (in the charset it declares when its bytes are not UTF-8) as the page at `url`; the
 * parser's notices (a page nested past the bound) join the posting's. A page without a posting is bad input: one
 * line that names the file after `flag`, then `hint`.
 */
export function readSavedPage(path: string, url: string, flag: string, hint = ''): Posting {
  const page = parsePage(readTextFile(path, flag, { html: true }));
  const posting = extractPosting(page.document, url);
  if (posting.method === 'none') throw new InputError(`${flag} ${path}: no job posting found on this page${hint}`);
  const notices = [...page.notices, ...(posting.notices ?? [])];
  return notices.length ? { ...posting, notices } : posting;
}
