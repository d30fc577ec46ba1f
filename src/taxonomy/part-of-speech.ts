// compromise tags parts of speech for the one kind of context rule that asks (`partOfSpeech`, today only
// "embeddings" as a noun): it is loaded on first need, never on the start-up path. Node loads it synchronously;
// a browser page loads it with withPartOfSpeech(), which retries an analysis that needed it.
import type nlpModule from 'compromise';

type Nlp = typeof nlpModule;
let nlp: Nlp | undefined;

/** Thrown where a rule needs a part of speech in a browser before compromise was loaded. */
export class PartOfSpeechNotLoaded extends Error {
  constructor() {
    super('compromise is not loaded: run the analysis through withPartOfSpeech()');
    this.name = 'PartOfSpeechNotLoaded';
  }
}

/** Node (the CLI, scripts, tests) can require compromise in the middle of a synchronous analysis; a browser cannot. */
function requireInNode(): Nlp | undefined {
  const nodeModule = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process?.getBuiltinModule?.('node:module') as
    | typeof import('node:module')
    | undefined;
  return nodeModule?.createRequire(import.meta.url)('compromise') as Nlp | undefined;
}

export async function loadPartOfSpeech(): Promise<void> {
  nlp ??= (await import('compromise')).default;
}

/** Each word of the text with compromise's tags, by its offset in the text. */
export function tagWords(text: string): { start: number; tags: string[] }[] {
  nlp ??= requireInNode();
  if (!nlp) throw new PartOfSpeechNotLoaded();
  const phrases = nlp(text).json({ offset: true, terms: { offset: true } }) as { terms: { tags: string[]; offset: { start: number } }[] }[];
  return phrases.flatMap((phrase) => phrase.terms.map((term) => ({ start: term.offset.start, tags: term.tags })));
}

/** Runs a synchronous analysis; where it needed a part of speech that is not loaded yet, loads compromise and runs it again. */
export async function withPartOfSpeech<T>(run: () => T): Promise<T> {
  try {
    return run();
  } catch (e) {
    if (!(e instanceof PartOfSpeechNotLoaded)) throw e;
    await loadPartOfSpeech();
    return run();
  }
}
