import type { PostingStructure } from './sections';

export interface PostingVerdict {
  isPosting: boolean;
  /** Why it does not look like a job posting, in words for the user. */
  reason?: string;
}

const MIN_WORDS = 60;
const JOB_CUES =
  /\b(responsibilit\w*|qualifications?|requirements?|experience (with|in)|years of experience|you will|you'll|we('re| are) looking for|the role|this role|ideal candidate|apply|salary|compensation|benefits|full[- ]time|hiring|job description)\b/gi;
const JOB_TITLE_LINE =
  /^\W*(senior |sr\.? |lead |principal |staff |junior )?[\w/&,.\- ]{0,40}\b(manager|engineer|developer|analyst|designer|director|architect|specialist|coordinator|consultant|scientist|administrator|lead)\b[\w,.\-() ]{0,40}$/i;

/**
 * JOB_TITLE_LINE holds at most TITLE_LINE_CHARS characters after its leading non-word ones ("principal ", 40, a noun
 * of up to 13 letters, 40): a longer line (a sentence, most lines of a posting) is no title, without running it.
 */
const TITLE_LINE_CHARS = 10 + 40 + 13 + 40;
const mayBeTitleLine = (line: string) => {
  if (line.length <= TITLE_LINE_CHARS) return true;
  let lead = 0;
  while (lead < line.length && !isWordChar(line.charCodeAt(lead))) lead++;
  return line.length - lead <= TITLE_LINE_CHARS;
};
/** \w: an ASCII letter, digit or underscore. */
const isWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/**
 * Does this text look like one job posting? A news article, a list of search results or an empty page
 * gets a reason instead of a misleading score.
 */
export function assessPosting(text: string, words: number, structure: PostingStructure, termCount: number): PostingVerdict {
  if (words === 0) return { isPosting: false, reason: 'There is no text to analyze.' };
  if (words < MIN_WORDS) return { isPosting: false, reason: `There is too little text (${words} words) for a job posting.` };
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const titleLines = lines.filter((l) => mayBeTitleLine(l) && JOB_TITLE_LINE.test(l)).length;
  // Lines of sentences are counted only where there are enough titles for a list of jobs.
  if (titleLines >= 6 && titleLines > lines.filter((l) => l.split(/\s+/).length >= 12).length) {
    return { isPosting: false, reason: `This looks like a list of jobs (${titleLines} job titles), not one posting: open a single posting and try again.` };
  }
  const sections = new Set(structure.lines.filter((l) => l.heading).map((l) => l.section));
  const hasPostingSections = ['responsibilities', 'required', 'preferred'].some((s) => sections.has(s as never));
  // The cues are counted only for a text without the sections of a posting (a search over all of it).
  if (!hasPostingSections && termCount < 4 && (text.match(JOB_CUES)?.length ?? 0) < 2) {
    return {
      isPosting: false,
      reason: 'This does not look like a job posting: it has no responsibilities or requirements and names almost none of the skills a posting asks for.',
    };
  }
  return { isPosting: true };
}
