// compromise tags parts of speech for the one kind of context rule that asks (`partOfSpeech`; no rule of the
// taxonomy asks today): it is loaded on first need, never on the start-up path (src/text/on-demand.ts). Node
// loads it synchronously; a browser page loads it with withOnDemandParts(), which retries an analysis that needed it.
import type nlpModule from 'compromise';
import { NotLoadedYet, requireInNode, withOnDemandParts } from '../text/on-demand';

type Nlp = typeof nlpModule;
let nlp: Nlp | undefined;

export async function loadPartOfSpeech(): Promise<void> {
  nlp ??= (await import('compromise')).default;
}

/** Thrown where a rule needs a part of speech in a browser before compromise was loaded. */
export class PartOfSpeechNotLoaded extends NotLoadedYet {
  constructor() {
    super('compromise', loadPartOfSpeech);
    this.name = 'PartOfSpeechNotLoaded';
  }
}

/** Each word of the text with compromise's tags, by its offset in the text. */
export function tagWords(text: string): { start: number; tags: string[] }[] {
  nlp ??= requireInNode<Nlp>('compromise');
  if (!nlp) throw new PartOfSpeechNotLoaded();
  const phrases = nlp(text).json({ offset: true, terms: { offset: true } }) as { terms: { tags: string[]; offset: { start: number } }[] }[];
  return phrases.flatMap((phrase) => phrase.terms.map((term) => ({ start: term.offset.start, tags: term.tags })));
}

/** withOnDemandParts under the name its first callers know: it loads compromise, and any other part on demand. */
export const withPartOfSpeech = withOnDemandParts;
