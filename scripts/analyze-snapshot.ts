// Speed work on analyze() must not change a single byte of its output (issue 11). This script writes every
// analysis of the shared texts to one file, or compares them with a file written before a change:
//   npx tsx scripts/analyze-snapshot.ts --write /tmp/before.jsonl
//   npx tsx scripts/analyze-snapshot.ts --compare /tmp/before.jsonl
// It analyzes every shared posting (the check fold too: its texts and labels are never printed, only the names of
// the analyses that differ), each alone and against a resume, the resumes themselves, and the saved job pages
// through the extractor. tests/analyze/identical-output.test.ts checks the analyzer's own caches over the same texts.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHtml } from '../src/cli/parse-html';
import { extractPosting } from '../src/extract';
import { analyze, findConcepts, type PostingInput } from '../src/index';

export const SHARED = join(process.cwd(), '..', 'shared');

interface Text {
  id: string;
  text: string;
}

export const textsIn = (dir: string, name: RegExp): Text[] =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => name.test(f))
        .sort()
        .map((f) => ({ id: f, text: readFileSync(join(dir, f), 'utf8') }))
    : [];

/** Every shared text analyze() reads: postings of all folds, unlabelled and corpus postings, and resumes. */
export function sharedTexts(options: { checkFold: boolean }) {
  return {
    postings: [
      ...textsIn(join(SHARED, 'eval/postings'), options.checkFold ? /^[a-z]\d+\.txt$/ : /^[ab]\d+\.txt$/),
      ...textsIn(join(SHARED, 'eval/unlabelled'), /^u\d+\.txt$/),
      ...textsIn(join(SHARED, 'corpus/postings'), /^p\d+\.txt$/),
    ],
    resumes: textsIn(join(SHARED, 'eval/resumes'), /^r\d+\.txt$/),
  };
}

/** The saved job pages as the extractor reads them, with the url each was saved from. */
function savedPages(): { id: string; posting: PostingInput }[] {
  const dir = join(SHARED, 'eval/pages');
  return textsIn(dir, /\.json$/).map(({ id, text }) => {
    const label = JSON.parse(text) as { url?: string };
    const html = readFileSync(join(dir, id.replace(/\.json$/, '.html')), 'utf8');
    return { id: id.replace(/\.json$/, '.html'), posting: extractPosting(parseHtml(html), label.url ?? 'https://example.com/') };
  });
}

/** One line per analysis: its name, a tab, then the analysis as JSON. */
function* analyses(): Generator<string> {
  const { postings, resumes } = sharedTexts({ checkFold: true });
  for (const [i, { id, text }] of postings.entries()) {
    yield `${id}\t${JSON.stringify(analyze(text))}`;
    if (resumes.length) yield `${id}+${resumes[i % resumes.length].id}\t${JSON.stringify(analyze(text, resumes[i % resumes.length].text))}`;
  }
  for (const { id, text } of resumes) {
    yield `${id} as a posting\t${JSON.stringify(analyze(text))}`;
    yield `${id} concepts\t${JSON.stringify(findConcepts(text))}`;
  }
  for (const [i, { id, posting }] of savedPages().entries()) {
    yield `${id}\t${JSON.stringify(analyze(posting))}`;
    if (resumes.length) yield `${id}+${resumes[i % resumes.length].id}\t${JSON.stringify(analyze(posting, resumes[i % resumes.length].text))}`;
  }
}

function main() {
  const [mode, file] = process.argv.slice(2);
  if (!existsSync(SHARED)) {
    console.error(`No shared texts at ${SHARED}: nothing to compare.`);
    process.exit(1);
  }
  if (mode === '--write' && file) {
    const lines = [...analyses()];
    writeFileSync(file, `${lines.join('\n')}\n`);
    console.log(`${lines.length} analyses written to ${file}`);
  } else if (mode === '--compare' && file) {
    const before = new Map(
      readFileSync(file, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => [line.slice(0, line.indexOf('\t')), line] as const),
    );
    let count = 0;
    const differ: string[] = [];
    for (const line of analyses()) {
      count++;
      const name = line.slice(0, line.indexOf('\t'));
      if (before.get(name) !== line) differ.push(name);
      before.delete(name);
    }
    console.log(`${count} analyses: ${count - differ.length} identical, ${differ.length} differ${before.size ? `, ${before.size} missing` : ''}`);
    if (differ.length) console.log(`differ: ${differ.join(' ')}`);
    if (differ.length || before.size) process.exit(1);
  } else {
    console.error('usage: tsx scripts/analyze-snapshot.ts --write <file> | --compare <file>');
    process.exit(2);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
