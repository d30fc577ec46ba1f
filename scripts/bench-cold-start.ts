// Run by npm run bench in a fresh Node process: the CLI's cold start, from importing the analyzer to its first
// analysis of the sample posting and resume, timed inside the process (Node's own start is the reference).
import { readFileSync } from 'node:fs';

const posting = readFileSync('samples/posting.txt', 'utf8');
const resume = readFileSync('samples/resume.txt', 'utf8');
const start = performance.now();
const { analyze } = await import('../src/index');
const imported = performance.now();
analyze(posting, resume);
const done = performance.now();
console.log(JSON.stringify({ importMs: imported - start, firstAnalyzeMs: done - imported }));
