import type { Analysis } from '../../analyze/analysis-schema';
import { analyze } from '../../index';
import type { RecordedSource } from '../../storage/history-entry';
import type { Resume } from '../../storage/schema';
import { withPartOfSpeech } from '../../taxonomy/part-of-speech';
import { bestFit, type BestFit, type ResumeFit } from './best-resume';

// Loaded by the popup once its results are on screen: scoring the other resumes and writing the history never
// delay them. The analyzer is already loaded by then.

/** The posting as the popup read it; `origin` tells a selection or pasted text from a page. */
export interface ShownPosting extends RecordedSource {
  origin: string;
}

/**
 * Scores the posting against every saved resume, records it in the history (unless history is off, or the stored
 * data is read-only), and returns which resume fits best.
 */
export async function rankAndRecord(input: { source: ShownPosting; analysis: Analysis; resume?: Resume; resumes: Resume[] }): Promise<BestFit | undefined> {
  const { source, analysis, resume, resumes } = input;
  const fits: ResumeFit[] = [];
  for (const r of resumes) fits.push({ resume: r, analysis: r.id === resume?.id ? analysis : await withPartOfSpeech(() => analyze(source, r.text)) });
  const [{ recordAnalysis }, { resumeScore }] = await Promise.all([import('../../storage/history'), import('../../storage/history-entry')]);
  const site = source.site ?? (source.origin === 'pasted text' ? 'pasted' : 'selection');
  await recordAnalysis({
    source: { ...source, site },
    analysis,
    scores: fits.flatMap((f) => resumeScore(f.resume, f.analysis) ?? []),
    shownResumeId: resume?.id,
  }).catch(() => undefined); // a full or read-only store costs the history one entry, never the popup its results
  return bestFit(fits, resume?.id);
}
