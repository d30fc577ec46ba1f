// Runs the CLI's bundle (a classic script, dist/cli/tpm-lens.cjs) with the V8 code cache the build wrote beside it,
// so that a start neither parses nor compiles the CLI's code. V8 refuses a cache another Node version or other
// flags wrote, and the bundle then runs as if there were none; a cache older than its bundle is not offered
// (V8 itself checks little more than the source's length).
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import vm from 'node:vm';

/**
 * Runs the bundle at `file` (an absolute path) as Node runs a CommonJS module. `writeCache` (the build's) saves
 * the code compiled by the time the process exits, every function the run called included.
 */
export function runBundle(file, { writeCache = false } = {}) {
  const cacheFile = `${file}.cache`;
  // Inside the wrapper a hashbang line would be a syntax error: it stays a comment.
  const source = readFileSync(file, 'utf8').replace(/^#!/, '//');
  let cachedData;
  if (!writeCache) {
    try {
      if (statSync(cacheFile).mtimeMs >= statSync(file).mtimeMs) cachedData = readFileSync(cacheFile);
    } catch {
      // No cache: compile as Node would.
    }
  }
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname, importOnDemand) {${source}\n})`, { filename: file, cachedData });
  if (writeCache) process.once('exit', () => writeFileSync(cacheFile, script.createCachedData()));
  const module = { exports: {} };
  // The packages some commands load on demand (pdf.js, mammoth, compromise) are ES modules, imported from here.
  const importOnDemand = (specifier) => import(specifier);
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file), importOnDemand);
}
