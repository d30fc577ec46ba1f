// Whether the CLI's bundle can answer for the sources: it exists, and no source file it was built from is newer.
// CommonJS, like every file of bin/ (bin/package.json).
const { readFileSync, statSync } = require('node:fs');

/** The bundle's path under `root` (a folder path ending in /) when it is fresh, else undefined. */
function freshBundle(root) {
  const bundle = `${root}dist/cli/tpm-lens.cjs`;
  try {
    const built = statSync(bundle).mtimeMs;
    const inputs = JSON.parse(readFileSync(`${root}dist/cli/inputs.json`, 'utf8'));
    // Paths, not URLs: 70-odd stat calls take a third of a millisecond.
    return inputs.every((file) => statSync(root + file, { throwIfNoEntry: false })?.mtimeMs <= built) ? bundle : undefined;
  } catch {
    return undefined;
  }
}

exports.freshBundle = freshBundle;
