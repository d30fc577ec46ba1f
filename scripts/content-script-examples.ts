// A Vite plugin for the scripts injected into a page (entrypoints/extractor.ts and its siblings, INJECTED_SCRIPTS). The data of src/extract documents
// each entry with an `example` ("SEEK: <span data-automation=\"advertiser-name\">"), which the tests check and no code
// reads; left in, the examples were some 2.6 KiB of the extractor's 40 KiB budget. This drops each `example` property
// from the minified chunk: a string literal that ends an object literal. Anything else (a property read, an unusual
// shape) is left as it is, so nothing but documentation can go.

/** What Rollup hands generateBundle: the output files, chunks with their code. */
type Bundle = Record<string, { type: 'chunk'; fileName: string; code: string } | { type: 'asset' }>;

/** `,example:"..."}` as the minifier writes it: double, single or backtick quotes, escapes inside, the object's end after. */
const EXAMPLE_PROPERTY = /,example:(?:"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\$]|\\.)*`)(?=\})/g;

export const withoutExamples = (code: string) => code.replace(EXAMPLE_PROPERTY, '');

/** The unlisted scripts the popup and side panel inject into the user's tab (scripting.executeScript). */
export const INJECTED_SCRIPTS = new Set(['extractor.js', 'page-reader.js', 'highlighter.js', 'embedded-boards.js']);

export function contentScriptExamples() {
  return {
    name: 'tpmkl:content-script-examples',
    // After minification (renderChunk runs before it), where each property has one shape.
    generateBundle(_options: unknown, bundle: Bundle) {
      for (const file of Object.values(bundle)) if (file.type === 'chunk' && INJECTED_SCRIPTS.has(file.fileName)) file.code = withoutExamples(file.code);
    },
  };
}
