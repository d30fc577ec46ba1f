// Parts of the analyzer that load on first need, not with it: compromise (a part-of-speech rule, of which the
// taxonomy has none today: src/taxonomy/part-of-speech.ts) and franc (a text that is not plainly English,
// src/analyze/language.ts). Each is large, builds tables when it loads, and most analyses never ask for it. Node (the CLI, scripts, tests) requires
// one in the middle of a synchronous analysis; a browser page cannot, so there the analysis throws NotLoadedYet,
// and withOnDemandParts() loads the part it names and runs the analysis again (an analysis is a pure function of
// its input: the second run gives what one run with the part loaded would have).

/** Thrown where an analysis in a browser needs a part not loaded yet; `load` loads it. */
export class NotLoadedYet extends Error {
  constructor(
    part: string,
    readonly load: () => Promise<unknown>,
  ) {
    super(`${part} is not loaded: run the analysis through withOnDemandParts()`);
    this.name = 'NotLoadedYet';
  }
}

/** Node's require for a package, from a synchronous analysis; undefined in a browser. */
export function requireInNode<T>(id: string): T | undefined {
  const nodeModule = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process?.getBuiltinModule?.('node:module') as
    | typeof import('node:module')
    | undefined;
  return nodeModule?.createRequire(import.meta.url)(id) as T | undefined;
}

/** The most parts one analysis can ask for, one after the other (compromise, franc), and one to spare. */
const MAX_PARTS = 3;

/** Runs a synchronous analysis; where it needed a part not loaded yet, loads it and runs the analysis again. */
export async function withOnDemandParts<T>(run: () => T): Promise<T> {
  for (let loaded = 0; ; loaded++) {
    try {
      return run();
    } catch (e) {
      if (!(e instanceof NotLoadedYet) || loaded >= MAX_PARTS) throw e;
      await e.load();
    }
  }
}
