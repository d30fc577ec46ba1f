/**
 * Runs the CLI's bundle at `file` (an absolute path) with the code cache beside it; `writeCache` writes that cache at
 * exit. `cacheUsed`: whether V8 took the cache.
 */
export function runBundle(file: string, options?: { writeCache?: boolean }): { cacheUsed: boolean };
