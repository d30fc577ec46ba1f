// npx tsx scripts/analysis-digest.ts write FILE | compare FILE: a SHA-256 of JSON.stringify(analyze(...)) for every
// shared posting and resume (../shared/eval and ../shared/corpus), alone and beside a resume, so that a change meant
// to make the code faster, not different, can show every analysis byte-identical before and after. Only digests are
// written and printed, never a text or an analysis: the check fold's postings are analyzed, not read.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/index';

const SHARED = join(process.cwd(), '..', 'shared');

const filesIn = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => join(dir, f))
    : [];

/** Every shared text an analysis can be asked of, by its path under ../shared. */
export function sharedTexts(): { id: string; path: string }[] {
  return ['eval/postings', 'eval/unlabelled', 'eval/resumes', 'corpus/postings'].flatMap((dir) =>
    filesIn(join(SHARED, dir)).map((path) => ({ id: path.slice(SHARED.length + 1), path })),
  );
}

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

/** Digest of each text's analysis alone and beside one of the shared resumes (in turn), by id. */
export function analysisDigests(): Record<string, string> {
  const texts = sharedTexts();
  const resumes = texts.filter((t) => t.id.startsWith('eval/resumes/')).map((t) => readFileSync(t.path, 'utf8'));
  const digests: Record<string, string> = {};
  texts.forEach(({ id, path }, i) => {
    const text = readFileSync(path, 'utf8');
    digests[id] = sha(JSON.stringify(analyze(text)));
    if (resumes.length) digests[`${id}+resume`] = sha(JSON.stringify(analyze(text, resumes[i % resumes.length])));
  });
  return digests;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [mode, file] = process.argv.slice(2);
  if ((mode !== 'write' && mode !== 'compare') || !file) {
    console.error('usage: tsx scripts/analysis-digest.ts write|compare FILE');
    process.exit(1);
  }
  const digests = analysisDigests();
  const count = Object.keys(digests).length;
  if (!count) {
    console.log(`skipped: no shared texts at ${SHARED}`);
  } else if (mode === 'write') {
    writeFileSync(file, `${JSON.stringify(digests, null, 1)}\n`);
    console.log(`${count} analysis digests written to ${file}`);
  } else {
    const before: Record<string, string> = JSON.parse(readFileSync(file, 'utf8'));
    const differ = Object.keys({ ...before, ...digests }).filter((id) => before[id] !== digests[id]);
    console.log(differ.length ? `${differ.length} of ${count} analyses differ: ${differ.join(', ')}` : `all ${count} analyses identical`);
    process.exitCode = differ.length ? 1 : 0;
  }
}
