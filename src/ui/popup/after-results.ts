import type { Analysis } from '../../analyze/analysis-schema';
import { resumeKeyOf } from '../../storage/fingerprint';
import { historyEntryOf, recordAnalysis } from '../../storage/history';
import { postingKey, type RecordedSource, resumeScore } from '../../storage/history-entry';
import type { ResumeScore } from '../../storage/history-schema';
import type { Resume } from '../../storage/schema';
import { type BestFit, bestFit } from './best-resume';

// Loaded by the popup once its results are on screen: scoring the other resumes and writing the history never
// delay them.

/** The posting as the popup read it; `origin` tells a selection or pasted text from a page. */
export interface ShownPosting extends RecordedSource {
  origin: string;
}

const sameTerms = (a: readonly { id: string }[], b: readonly { id: string }[]) => a.length === b.length && a.every((t, i) => t.id === b[i].id);

/**
 * Scores the posting against every saved resume, records it in the history (unless history is off, or the stored
 * data is read-only), and returns which resume fits best. A posting recorded with these very resumes and terms
 * (the popup reopened on it) is neither analyzed nor written again: its recorded scores answer.
 */
export async function rankAndRecord(input: { source: ShownPosting; analysis: Analysis; resume?: Resume; resumes: Resume[] }): Promise<BestFit | undefined> {
  const { source, analysis, resume, resumes } = input;
  const key = postingKey({ url: analysis.job.url ?? source.url, text: source.text });
  const recorded = await historyEntryOf(key).catch(() => undefined);
  const stored = (r: Resume) => recorded?.scores.find((s) => s.resumeId === r.id && s.resumeKey === resumeKeyOf(r));
  if (recorded && sameTerms(recorded.terms, analysis.terms) && resumes.every(stored))
    return bestFit(
      resumes.flatMap((r) => stored(r) ?? []),
      analysis.terms,
      resume?.id,
    );

  const [{ analyze }, { withPartOfSpeech }] = await Promise.all([import('../../index'), import('../../taxonomy/part-of-speech')]);
  const scores: ResumeScore[] = [];
  for (const r of resumes) {
    const score = resumeScore(r, r.id === resume?.id ? analysis : await withPartOfSpeech(() => analyze(source, r.text)));
    if (score) scores.push(score);
  }
  const site = source.site ?? (source.origin === 'pasted text' ? 'pasted' : 'selection');
  // A full or read-only store costs the history one entry, never the popup its results.
  await recordAnalysis({ source: { ...source, site }, analysis, scores, shownResumeId: resume?.id }).catch(() => undefined);
  return bestFit(scores, analysis.terms, resume?.id);
}
