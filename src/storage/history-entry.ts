import type { Analysis } from '../analyze/analysis-schema';
import { statusAsMet } from '../analyze/choices';
import { fingerprint, resumeKeyOf } from './fingerprint';
import type { HistoryEntry, PostingText, ResumeScore } from './history-schema';

// Pure: an analysis the popup showed -> the history entry that records it. Storage I/O lives in history.ts.

/** What the popup analyzed: the posting as read (page, selection or pasted text). */
export interface RecordedSource {
  title: string;
  company: string;
  text: string;
  sections?: { heading: string; text: string }[];
  site?: string;
  url?: string;
}

/** The address without its #fragment: the same posting scrolled to another anchor is the same posting. */
const withoutFragment = (url: string) => url.replace(/#.*$/, '');

/** Whitespace and letter case do not make another posting: pasted twice, or read from two copies of a page. */
const normalizedText = (text: string) => text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('en');

/** Which entry a posting updates: the one with its address, else the one with the same (normalized) text. */
export function postingKey(source: { url?: string; text: string }): string {
  const url = source.url && /^https?:/i.test(source.url) ? withoutFragment(source.url) : '';
  return url ? `url:${url}` : `text:${normalizedText(source.text).length}:${fingerprint(normalizedText(source.text))}`;
}

/** A resume's score and per-concept coverage from the analysis against it. */
export function resumeScore(resume: { id: string; name: string; text?: string }, analysis: Analysis): ResumeScore | undefined {
  if (analysis.score === null) return undefined;
  const statuses: Record<string, NonNullable<Analysis['terms'][number]['status']>> = {};
  // As the score counts it: a term met through an alternative the posting offers is no gap of the resume's.
  for (const t of analysis.terms) {
    const status = statusAsMet(t);
    if (status) statuses[t.id] = status;
  }
  const key = resume.text === undefined ? {} : { resumeKey: resumeKeyOf({ id: resume.id, text: resume.text }) };
  return { resumeId: resume.id, resumeName: resume.name, ...key, score: analysis.score, statuses };
}

/**
 * The entry for an analyzed posting. Given the entry it replaces, the first date stays, and scores against
 * resumes not compared this time stay too (each as it was then); this time's scores replace their own.
 */
export function historyEntry(
  input: { source: RecordedSource; analysis: Analysis; scores: ResumeScore[]; shownResumeId?: string; now: string },
  previous?: HistoryEntry,
): { entry: HistoryEntry; text: PostingText } {
  const { source, analysis, scores, now } = input;
  const fresh = new Set(scores.map((s) => s.resumeId));
  const kept = (previous?.scores ?? []).filter((s) => !fresh.has(s.resumeId));
  const url = analysis.job.url ?? source.url;
  const key = postingKey({ url, text: source.text });
  const entry: HistoryEntry = {
    key,
    ...(url ? { url } : {}),
    site: analysis.job.site ?? source.site ?? 'pasted',
    title: analysis.job.title || source.title,
    company: analysis.job.company || source.company,
    ...(analysis.job.language ? { language: analysis.job.language } : {}),
    words: analysis.job.words,
    analyzedAt: now,
    firstAnalyzedAt: previous?.firstAnalyzedAt ?? now,
    // The job side as the schema declares it: an Analysis's later additions (spans, 0.4) would be stored unread.
    terms: analysis.terms.map(({ id, label, category, job: { count, importance, evidence } }) => ({
      id,
      label,
      category,
      job: { count, importance, evidence },
    })),
    scores: [...scores, ...kept],
    ...(input.shownResumeId ? { shownResumeId: input.shownResumeId } : {}),
  };
  return { entry, text: { key, text: source.text, ...(source.sections?.length ? { sections: source.sections } : {}) } };
}

/** The entry's score against a resume, or (without one) its best score: what "Best of your resumes" shows. */
export function scoreFor(entry: HistoryEntry, resumeId?: string): ResumeScore | undefined {
  if (resumeId) return entry.scores.find((s) => s.resumeId === resumeId);
  return entry.scores.reduce<ResumeScore | undefined>((best, s) => (!best || s.score > best.score ? s : best), undefined);
}
