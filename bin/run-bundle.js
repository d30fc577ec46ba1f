// Runs the CLI's bundle (a classic script, dist/cli/tpm-lens.cjs) with the V8 code cache the build wrote beside it,
// so that a start neither parses nor compiles the CLI's code. V8 refuses a cache another Node version or other
// flags wrote, and the bundle then runs as if there were none; a cache older than its bundle is not offered
// (V8 itself checks little more than the source's length).
const { isAscii } = require('node:buffer');
const { readFileSync, statSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname } = require('node:path');
const v8 = require('node:v8');
const vm = require('node:vm');

/**
 * Runs the bundle at `file` (an absolute path) as Node runs a CommonJS module. `writeCache` (the build's) saves
 * the code compiled by the time the process exits, every function the run called included. Returns whether V8
 * took the cache.
 */
function runBundle(file, { writeCache = false } = {}) {
  // V8 first runs a regular expression in its bytecode interpreter and compiles it to machine code on the second
  // run: a fresh process compiled most of its ~140 expressions twice. Compiled once, straight to machine code, the
  // same matches cost ~20M fewer instructions. Set before the script is compiled, as in the run that wrote the
  // cache: V8 takes a code cache only from a process with the same flags.
  v8.setFlagsFromString('--no-regexp-tier-up');
  // No flag grows V8's young generation at once (--semi-space-growth-factor=16 did, to save the scavenges that copy the
  // lookup's data again and again): committing its 32 MB cost a start more in page faults than the copies it saved,
  // one scavenge of ~13 ms; without it, 15-20 ms less wall time a start (interleaved cold starts, medians of 21-25).
  // V8 optimizes a function (TurboFan) once it has run a set amount of bytecode: one analysis reached it for six
  // functions (the pattern matcher's matchSlots among them), whose optimized code came too late to pay back its
  // compilation (~40M instructions) before the process ended. With four times the budget, one analysis runs on the
  // baseline code; a scan of many postings still gets its hot functions optimized, a few milliseconds later.
  v8.setFlagsFromString('--interrupt-budget=270336');
  // Sparkplug compiles a function to baseline code once a batch of its functions' bytecode reaches a size: at the
  // default (4 KB of estimated code) a start ran long stretches of the analysis in the interpreter first. Batches
  // of 1 KB get the first analysis onto baseline code sooner: ~8M fewer instructions (callgrind, 757M -> 749M);
  // 256 B and compiling every function at once (--always-sparkplug) both cost more.
  v8.setFlagsFromString('--baseline-batch-compilation-threshold=1024');
  const cacheFile = `${file}.cache`;
  // The build writes the bundle in ASCII (build-cli.ts, asciiSource), read one byte a character: decoded as UTF-8,
  // a character beyond Latin-1 anywhere made the whole source a two-byte string. Any other bundle reads as UTF-8.
  const bytes = readFileSync(file);
  // Inside the wrapper a hashbang line would be a syntax error: it stays a comment.
  const source = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8').replace(/^#!/, '//');
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
  return { cacheUsed: cachedData !== undefined && !script.cachedDataRejected };
}

exports.runBundle = runBundle;
