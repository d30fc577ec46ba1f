import { foldWord, tokenize, wordKey } from '../text/normalize';
import type { TextSpan } from './analysis-schema';
import { ROLE_NOUNS } from './role-names';
import type { PostingLine, SectionKind } from './sections';
import { spanAt } from './spans';

const MAX_EVIDENCE = 8;

/** What a concept was found with in a posting: its counted hits, in text order, and the spans quoted for them. */
export interface FoundInPosting {
  count: number;
  evidence: string[];
  spans: TextSpan[];
}

const PERSONS = new Set(ROLE_NOUNS.filter((n) => n.person).flatMap((n) => n.words));
/** Sections that introduce the role rather than list its duties or requirements. */
const INTRODUCING: ReadonlySet<SectionKind> = new Set<SectionKind>(['intro', 'about', 'other']);
/** The run of ASCII letters a span ends with (as /[A-Za-z]+$/ finds it in the span), read in place: no slice per span. */
const lastAsciiWord = (text: string, span: TextSpan) => {
  let from = span.end;
  while (from > span.start && isAsciiLetter(text.charCodeAt(from - 1))) from--;
  return from < span.end ? text.slice(from, span.end) : undefined;
};
const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** Words as the title's are compared: "Program Managers" is the title's "Program Manager". */
const wordsOf = (text: string) => tokenize(text).map((t) => wordKey(t.raw));

/**
 * The posting's own title ("Senior Project Manager") names the role, it asks for nothing: a concept the body of
 * the posting names too ("8 years of project management practice") is found there, and the title's words are
 * no evidence of it. So is the title said again where the posting introduces the role ("We are looking for a Senior
 * Program Manager", "As a Program Manager you will …"): a role name within the title, on a line that asks nothing,
 * outside the duties and requirements; "experience as a Program Manager" among the requirements is evidence. A concept only the title names stays
 * found by it (the role's own trade, "mentioned"), so nothing the title says is lost. Changes `found` in place.
 */
export function titleGivesWay(found: Map<string, FoundInPosting>, text: string, lines: readonly PostingLine[], title: string): void {
  const titleLine = lines.find((l) => l.section === 'title' && l.weight !== 'boilerplate');
  const titleWords = ` ${wordsOf(title).join(' ')} `;
  const inTitle = (span: TextSpan) => titleLine !== undefined && span.start >= titleLine.start && span.start < titleLine.end;
  const echoesTitle = (span: TextSpan) => {
    // Most spans end in no role noun: a look at the last word spares their tokenizing (role nouns are plain ASCII).
    const lastWord = lastAsciiWord(text, span);
    if (!lastWord || !PERSONS.has(lastWord.toLowerCase())) return false;
    const line = spanAt(lines, span.start);
    if (line?.weight !== 'mentioned' || !INTRODUCING.has(line.section)) return false;
    const tokens = tokenize(text.slice(span.start, span.end));
    const last = foldWord(tokens[tokens.length - 1]?.raw ?? '');
    // "other project managers" are colleagues, not the title said again
    if (tokens.length < 2 || !PERSONS.has(last) || last.endsWith('s')) return false;
    return titleWords.includes(` ${tokens.map((t) => wordKey(t.raw)).join(' ')} `);
  };
  const saysTheTitle = (span: TextSpan) => inTitle(span) || echoesTitle(span);
  for (const f of found.values()) {
    if (!f.spans.some(saysTheTitle) || f.spans.every(saysTheTitle)) continue;
    const kept = f.spans.filter((s) => !saysTheTitle(s));
    const quoted = new Set(kept.map((s) => text.slice(s.start, s.end)));
    f.count -= f.spans.length - kept.length;
    f.spans = kept;
    const evidence = f.evidence.filter((e) => quoted.has(e));
    // The body's spans may all lie past the evidence kept (eight at most): quote them then.
    f.evidence = evidence.length ? evidence : [...quoted].slice(0, MAX_EVIDENCE);
  }
}
