import type { TextSpan } from './analysis-schema';
import type { PostingLine } from './sections';

const MAX_EVIDENCE = 8;

/** What a concept was found with in a posting: its counted hits, in text order, and the spans quoted for them. */
export interface FoundInPosting {
  count: number;
  evidence: string[];
  spans: TextSpan[];
}

/**
 * The posting's own title ("Senior Project Manager") names the role, it asks for nothing: a concept the body of
 * the posting names too ("8 years of project management practice") is found there, and the title's words are
 * no evidence of it. A concept only the title names stays found by it (the role's own trade, "mentioned"), so
 * nothing the title says is lost. Changes `found` in place.
 */
export function titleGivesWay(found: Map<string, FoundInPosting>, text: string, lines: readonly PostingLine[]): void {
  const title = lines.find((l) => l.section === 'title' && l.weight !== 'boilerplate');
  if (!title) return;
  const inTitle = (span: TextSpan) => span.start >= title.start && span.start < title.end;
  for (const f of found.values()) {
    if (!f.spans.some(inTitle) || f.spans.every(inTitle)) continue;
    const kept = f.spans.filter((s) => !inTitle(s));
    const quoted = new Set(kept.map((s) => text.slice(s.start, s.end)));
    f.count -= f.spans.length - kept.length;
    f.spans = kept;
    const evidence = f.evidence.filter((e) => quoted.has(e));
    // The body's spans may all lie past the evidence kept (eight at most): quote them then.
    f.evidence = evidence.length ? evidence : [...quoted].slice(0, MAX_EVIDENCE);
  }
}
