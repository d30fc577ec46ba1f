// Extraction of huge and deep pages (issue 14) for `npm run bench`: each beside the time to parse the same HTML alone
// (linkedom, as the CLI reads a saved page), measured in the same run. The pages are generated (tests/extract/inputs-pages.ts).
import { parseHtml } from '../src/cli/parse-html';
import { extractPosting } from '../src/extract';
import { bigPage, deepPage } from '../tests/extract/inputs-pages';
import { median } from './bench-stats';

export interface ExtractBench {
  name: string;
  megabytes: number;
  parseMs: number;
  extractMs: number;
  method: string;
  notices: string[];
}

/** Medians of `runs` parses and of `runs` extractions, each extraction on a fresh parse (extraction reads only, but fairly). */
function measure(name: string, html: string, runs: number): ExtractBench {
  const parses: number[] = [];
  const extractions: number[] = [];
  let last = { method: '', notices: [] as string[] };
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    const doc = parseHtml(html);
    parses.push(performance.now() - t);
    t = performance.now();
    const posting = extractPosting(doc, 'https://careers.northwind.example/jobs/42');
    extractions.push(performance.now() - t);
    last = { method: posting.method, notices: posting.notices ?? [] };
  }
  return { name, megabytes: html.length / 1e6, parseMs: median(parses), extractMs: median(extractions), ...last };
}

export function benchExtract(): ExtractBench[] {
  return [measure('10 MB page (300,000 paragraphs)', bigPage(), 3), measure('5,000-deep page', deepPage(5_000), 5)];
}
