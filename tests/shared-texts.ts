import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// The shared texts that tests may read, beside the project in CI and absent from a user's clone: the development
// postings (eval a* and b*), eval/unlabelled and the corpus, never the check fold (d*); and the sample resumes.
export const SHARED = join(process.cwd(), '..', 'shared');

const textsIn = (dir: string, name: RegExp) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => name.test(f))
        .sort()
        .map((f) => ({ id: f, text: readFileSync(join(dir, f), 'utf8') }))
    : [];

/** Every shared posting a test may read (empty where ../shared is absent). */
export const sharedPostings = () => [
  ...textsIn(join(SHARED, 'eval/postings'), /^[ab]\d+\.txt$/),
  ...textsIn(join(SHARED, 'eval/unlabelled'), /^u\d+\.txt$/),
  ...textsIn(join(SHARED, 'corpus/postings'), /^p\d+\.txt$/),
];

/** The shared sample resumes (empty where ../shared is absent). */
export const sharedResumes = () => textsIn(join(SHARED, 'eval/resumes'), /^r\d+\.txt$/);
