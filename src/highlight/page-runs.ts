// The extractor's runs stay in the content scripts' own world (the isolated world the extension's injected scripts
// share in a tab) until the highlighter, injected later into the same world, reads them: DOM nodes cannot travel
// in a message, and the page's own scripts cannot see this world.
import type { TextRun } from '../extract/runs';

const KEY = '__tpmklPostingRuns';

interface Kept {
  text: string;
  runs: TextRun[];
}

/** Keeps the runs of the posting text just read (and forgets those of an earlier reading). */
export function keepRuns(world: object, text: string, runs: TextRun[]): void {
  (world as Record<string, Kept | undefined>)[KEY] = { text, runs };
}

/** The runs of that text, if it is the one last read in this world and its nodes are still in the page. */
export function keptRuns(world: object, text: string): TextRun[] | undefined {
  const kept = (world as Record<string, Kept | undefined>)[KEY];
  if (!kept || kept.text !== text) return undefined;
  return kept.runs;
}
