import {
  hasCapital,
  hasDigit,
  opensBracket,
  isAndOr,
  isCommaGap,
  isSeparatorGap,
  isSpaceGap,
  latinTwins,
  OUTSIDE_LATIN_BLOCK,
  type Token,
} from '../text/normalize';
import { isFunctionToken, isFunctionWord, nameAfterSeparator } from './lists';

/**
 * Postings name a kind of technology and then examples of it: "GIS software such as MapInfo or ArcInfo",
 * "hardware platforms (VMware, Wintel, HP-UX)", "low-code platforms (Gumloop, n8n, etc.)". A product's name the
 * taxonomy does not know is still an instance of the kind the posting just named, so it is evidence of that
 * concept: the posting asks for GIS software, and MapInfo is how it says which. Only names count (a capital or
 * a digit: "Wintel", "n8n"); a lowercase word ends the list, for it is prose, not a name. The kind must be
 * named: a name among known products ("Jira, Rally, VersionOne") is not guessed into a family, since families
 * of the taxonomy are often vendors (Atlassian, SAP) rather than kinds. So no concept is ever reported that
 * the posting does not name itself: the name only adds its evidence (and its place) to the kind.
 */

/** Words that open the examples of what precedes them: "GIS software such as MapInfo", "(e.g. Sage)". */
export const EXAMPLE_CUES: readonly (readonly string[])[] = [
  ['such', 'as'], // "GIS software such as MapInfo"
  ['e.g'], // "(e.g. Netsuite, Sage)"
  ['eg'], // "(eg. Sage)"
  ['i.e'], // "Infrastructure (i.e., Data Center, Network)"
  ['ie'],
  ['including'], // "accounting packages including Sage"
  ['like'], // "GIS tools like ArcInfo"
  ['for', 'example'],
  ['for', 'instance'],
];

/**
 * Generic nouns that may stand between the kind and its examples: "GIS software such as", "low-code tooling
 * platforms (Gumloop)". Any other word there means the examples belong to something else ("Jira experience,
 * such as ..." names experiences, not tools).
 */
export const KIND_NOUNS = new Set([
  'software',
  'tool',
  'tools',
  'tooling',
  'platform',
  'platforms',
  'system',
  'systems',
  'solution',
  'solutions',
  'technology',
  'technologies',
  'application',
  'applications',
  'product',
  'products',
  'suite',
  'suites',
  'package',
  'packages',
  'environment',
  'environments',
  'framework',
  'frameworks',
  // Not "service": "Canadian Digital Service (CDS)" names an office, not a kind of software.
]);

/** Words that close a list of examples without naming one: "(Gumloop, n8n, etc.)". */
const NO_NAME = new Set(['etc', 'others', 'other', 'similar', 'equivalent', 'more', 'alike']);

/** Categories whose concepts are kinds of named products or technologies (and any concept named "<x> software"). */
const NAMED_KINDS = new Set(['tool', 'technical']);

const MAX_ITEM_WORDS = 3;
const MAX_ITEMS = 8;
/** At most this many generic nouns between the kind and its examples. */
const MAX_KIND_NOUNS = 2;

export interface KnownSpan {
  conceptId: string;
  start: number;
  end: number;
}

export interface ExampleContext {
  text: string;
  tokens: readonly Token[];
  /** The concepts already found, by character offsets. */
  hits: readonly KnownSpan[];
  /** A concept's category and its direct broader concepts. */
  concept: (id: string) => { category: string; broader?: string[] } | undefined;
}

export interface ExampleHit {
  conceptId: string;
  /** Token range of the name. */
  from: number;
  to: number;
}

const gapBefore = (ctx: ExampleContext, k: number) => ctx.text.slice(ctx.tokens[k - 1].end, ctx.tokens[k].start);
const lower = (t: Token) => t.lower;

/** A letter of any script, with its Latin-only twin (a fresh process then compiles no Unicode property class). */
export const LETTER = latinTwins(String.raw`[\p{L}]`, 'u');
const hasLetter = (raw: string) => (OUTSIDE_LATIN_BLOCK.test(raw) ? LETTER.exact() : LETTER.latin).test(raw);

/** A product's name: a letter, and a capital or a digit ("Wintel", "HP-UX", "n8n", "Version1"); no function word. */
const looksLikeName = (raw: string) => hasLetter(raw) && (hasCapital(raw) || hasDigit(raw)) && !isFunctionWord(raw) && !NO_NAME.has(raw.toLowerCase());

/** The first letters of the cues, lowercased char codes. */
const CUE_INITIALS = new Set(EXAMPLE_CUES.map((cue) => cue[0].charCodeAt(0)));

/** Whether a "(" stands between token k and the one before it. */
function opensParenthesis(ctx: ExampleContext, k: number): boolean {
  for (let c = ctx.tokens[k - 1].end; c < ctx.tokens[k].start; c++) if (ctx.text.charCodeAt(c) === 40) return true;
  return false;
}

/** The cue that starts at token k, as its length in tokens, or 0. */
function cueAt(ctx: ExampleContext, k: number): number {
  // The token's lowercase once, not once per cue, and no closure per cue: this runs at every token a cue may start.
  const first = lower(ctx.tokens[k]);
  for (const cue of EXAMPLE_CUES) {
    if (k + cue.length > ctx.tokens.length || cue[0] !== first) continue;
    let fits = true;
    for (let n = 1; n < cue.length && fits; n++) fits = lower(ctx.tokens[k + n]) === cue[n] && isSpaceGap(gapBefore(ctx, k + n));
    if (fits) return cue.length;
  }
  return 0;
}

/** Every name the taxonomy lacks that a list of examples gives as an instance of a known kind. */
export function namesInExamples(ctx: ExampleContext): ExampleHit[] {
  const { tokens } = ctx;
  if (tokens.length < 3) return [];
  // Read where examples open, most tokens of most postings none: nothing is built for a posting without them.
  let known: KnownTokens | undefined;
  const knownOf = () => (known ??= knownTokens(ctx));
  const out: ExampleHit[] = [];
  for (let k = 1; k < tokens.length; k++) {
    // "Zorbmap or other GIS software": the names come first, the kind after "or other".
    const trailing = OTHER_OF_KIND.has(lower(tokens[k])) && k >= 2 && isConnector(tokens[k - 1]) ? kindAfter(ctx, k + 1, knownOf().firstOf) : undefined;
    if (trailing) for (const name of namesBefore(ctx, k - 2, knownOf().covered)) out.push({ conceptId: trailing, ...name });
    const opener = openerAt(ctx, k);
    if (!opener) continue;
    const names = namesFrom(ctx, opener.first, knownOf().covered);
    if (!names.length) continue;
    const kind = kindBefore(ctx, opener.before, knownOf().lastOf);
    if (!kind) continue;
    for (const name of names) out.push({ conceptId: kind, ...name });
    k = opener.first;
  }
  return out;
}

/** Which tokens the concepts found cover (1), and the concepts that start and that end at each token. */
interface KnownTokens {
  covered: Uint8Array;
  firstOf: (string[] | undefined)[];
  lastOf: (string[] | undefined)[];
}

function knownTokens({ tokens, hits }: ExampleContext): KnownTokens {
  const covered = new Uint8Array(tokens.length);
  const lastOf: (string[] | undefined)[] = new Array(tokens.length);
  const firstOf: (string[] | undefined)[] = new Array(tokens.length);
  let t = 0;
  const sorted = [...hits].sort((a, b) => a.start - b.start);
  for (const hit of sorted) {
    while (t < tokens.length && tokens[t].end <= hit.start) t++;
    let last = -1;
    for (let k = t; k < tokens.length && tokens[k].start < hit.end; k++) {
      covered[k] = 1;
      last = k;
    }
    if (last >= 0) (lastOf[last] ??= []).push(hit.conceptId);
    if (last >= 0) (firstOf[t] ??= []).push(hit.conceptId);
  }
  return { covered, firstOf, lastOf };
}

/**
 * Where examples open at token k: after "(" or a cue ("such as", "e.g."), or both ("(e.g. Sage)"). `before` is
 * the last token before the opening, `first` the first token of the examples.
 */
function openerAt(ctx: ExampleContext, k: number): { before: number; first: number } | undefined {
  const { tokens } = ctx;
  // Most tokens follow a space and start no cue: settled without slicing the gap.
  if (!CUE_INITIALS.has(ctx.text.charCodeAt(tokens[k].start) | 32) && !opensParenthesis(ctx, k)) return undefined;
  const gap = gapBefore(ctx, k);
  const cue = cueAt(ctx, k);
  if (opensBracket(gap) && !gap.includes(')')) {
    const first = k + cue;
    if (first >= tokens.length) return undefined;
    return { before: k - 1, first };
  }
  // "GIS software such as MapInfo", "CRM, such as SugarCRM": a cue after a plain gap or a comma.
  if (cue && isCommaGap(gap)) {
    const first = k + cue;
    if (first >= tokens.length || tokens[first].sentence !== tokens[k].sentence) return undefined;
    return { before: k - 1, first };
  }
  return undefined;
}

/** The known technical or tool concept that the examples exemplify: it ends right before them, or a generic noun or two do. */
function kindBefore(ctx: ExampleContext, before: number, lastOfKnown: (string[] | undefined)[]): string | undefined {
  for (let k = before, nouns = 0; k >= 0 && nouns <= MAX_KIND_NOUNS; k--, nouns++) {
    // A tool or technical concept; or any concept whose own name ends in a kind noun ("accounting software").
    const endsInKindNoun = k === before && KIND_NOUNS.has(lower(ctx.tokens[k]));
    const named = lastOfKnown[k]?.find((id) => endsInKindNoun || NAMED_KINDS.has(ctx.concept(id)?.category ?? ''));
    if (named) return named;
    if (!KIND_NOUNS.has(lower(ctx.tokens[k])) || k === 0 || ctx.tokens[k].sentence !== ctx.tokens[before].sentence) return undefined;
    if (!/^[\s-]+$/.test(gapBefore(ctx, k))) return undefined;
  }
  return undefined;
}

/** Words after "or"/"and" that put the names before them in a kind: "Zorbmap or other GIS software", "or similar tools". */
const OTHER_OF_KIND = new Set(['other', 'similar', 'equivalent', 'comparable']);

/** The known kind that starts at token k ("or other [GIS] software"): a tool or technical concept. */
function kindAfter(ctx: ExampleContext, k: number, firstOfKnown: (string[] | undefined)[]): string | undefined {
  if (k >= ctx.tokens.length || ctx.tokens[k].sentence !== ctx.tokens[k - 1].sentence || !isSpaceGap(gapBefore(ctx, k))) return undefined;
  return firstOfKnown[k]?.find((id) => NAMED_KINDS.has(ctx.concept(id)?.category ?? ''));
}

/** The names the taxonomy lacks in the list that ends at token `last`, read backward to the first word that is no name. */
function namesBefore(ctx: ExampleContext, last: number, covering: Uint8Array) {
  const { tokens } = ctx;
  const names: { from: number; to: number }[] = [];
  const sentence = tokens[last].sentence;
  let end = last;
  for (let items = 0; items < MAX_ITEMS && end >= 0 && tokens[end].sentence === sentence; items++) {
    let start = end;
    while (start > 0 && end - start + 1 < MAX_ITEM_WORDS && /^[\s-]?$/.test(gapBefore(ctx, start)) && looksLikeName(tokens[start - 1].raw)) start--;
    const known = tokens.slice(start, end + 1).some((_, n) => covering[start + n] === 1);
    if (!known) {
      if (!tokens.slice(start, end + 1).every((tk) => looksLikeName(tk.raw))) break;
      names.push({ from: start, to: end });
    }
    // The separator before the item: a comma, slash or ampersand, or "and"/"or".
    if (start < 1 || tokens[start - 1].sentence !== sentence) break;
    const gap = gapBefore(ctx, start);
    if (isSeparatorGap(gap)) end = start - 1;
    else if (isSpaceGap(gap) && isConnector(tokens[start - 1]) && start >= 2) end = start - 2;
    else break;
    if (isConnector(tokens[end]) && end >= 1) end--; // ", or"
  }
  return names;
}

/** The names the taxonomy lacks among the examples from token `first`, up to the first word that is no name. */
function namesFrom(ctx: ExampleContext, first: number, covering: Uint8Array) {
  const { tokens } = ctx;
  const names: { from: number; to: number }[] = [];
  const sentence = tokens[first].sentence;
  let start = first;
  for (let items = 0; items < MAX_ITEMS && start < tokens.length && tokens[start].sentence === sentence; items++) {
    // An item: up to three words joined by spaces or hyphens ("HP Agile Manager", "HP-UX"), or split by the tokenizer ("QuickBooks").
    let end = start;
    while (end + 1 < tokens.length && end + 1 - start < MAX_ITEM_WORDS && /^[\s-]?$/.test(gapBefore(ctx, end + 1)) && looksLikeName(tokens[end + 1].raw)) end++;
    const known = tokens.slice(start, end + 1).some((_, n) => covering[start + n] === 1);
    const next = nextItem(ctx, end);
    // "(e.g., POV success criteria)": a name that runs on into lowercase words is part of a phrase, no item.
    const runsOn =
      next === undefined &&
      end + 1 < tokens.length &&
      tokens[end + 1].sentence === sentence &&
      isSpaceGap(gapBefore(ctx, end + 1)) &&
      !isFunctionToken(tokens[end + 1]);
    if (known) {
      // a known item: the list goes on
    } else if (!runsOn && tokens.slice(start, end + 1).every((tk) => looksLikeName(tk.raw))) names.push({ from: start, to: end });
    else break; // a lowercase word: prose, not a list of names
    if (next === undefined) break;
    start = next;
  }
  return names;
}

const isConnector = (t: Token) => isAndOr(t.raw);

/** The first token of the item after the one ending at `end`, or undefined where the list ends (at a closing bracket too). */
function nextItem(ctx: ExampleContext, end: number): number | undefined {
  const { tokens } = ctx;
  const gapAt = (k: number) => gapBefore(ctx, k);
  if (end + 1 < tokens.length && /\)/.test(gapAt(end + 1))) return undefined;
  const k = nameAfterSeparator(tokens, gapAt, end);
  return k < 0 || /\)/.test(gapAt(k)) || NO_NAME.has(lower(tokens[k])) ? undefined : k;
}
