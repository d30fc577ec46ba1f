// Where each stretch of posting text came from in the page: the extractor collapses whitespace, drops zero-width
// characters and adds "- " before list items, so an offset into the posting's text is no offset into the page.
// Runs map one back to the other, for the highlighter (src/highlight). Plain data over live nodes: kept in the
// content script's world, never sent anywhere (a DOM node cannot be).
import { ZERO_WIDTH } from '../text/basics';

/** A stretch of posting text, [start, end), that is the node's characters from `offset` on, one for one. */
export interface TextRun {
  start: number;
  end: number;
  node: Text;
  offset: number;
}

/** Where one raw line's characters came from: the text node whose characters are raw [at, end). */
interface Segment {
  at: number;
  end: number;
  node: Text;
}

/**
 * Collects runs while nodesToLines builds its lines: `addText` before a text node's characters join the raw line,
 * `endLine` when the line is flushed as `out` (`prefix` characters, such as "- ", come from no node).
 * Offsets are into the lines joined by "\n", as nodesToLines returns them.
 */
export class RunRecorder {
  readonly runs: TextRun[] = [];
  private segments: Segment[] = [];
  /** Where the next line starts in the joined text. */
  private at = 0;
  private lines = 0;

  addText(node: Node, rawIndex: number): void {
    this.segments.push({ at: rawIndex, end: rawIndex + (node.textContent?.length ?? 0), node: node as Text });
  }

  endLine(raw: string, out: string | undefined, prefix: number): void {
    const segments = this.segments;
    this.segments = [];
    if (out === undefined) return; // a blank line is not emitted
    const start = this.at + (this.lines ? 1 : 0);
    this.lines++;
    this.at = start + out.length;
    const stretches = keptStretches(raw);
    let kept = 0;
    for (let s = 0; s < stretches.length; s += 2) kept += stretches[s + 1] - stretches[s];
    // The cleaning here must agree with cleanLine; where it does not (a change to one of them), the line has no runs.
    if (kept !== out.length - prefix) return;
    // A run is where a kept stretch of the raw line and a node's segment overlap: one object per run, none per character.
    let textAt = start + prefix;
    let seg = 0;
    for (let s = 0; s < stretches.length; s += 2) {
      const to = stretches[s + 1];
      for (let rawAt = stretches[s]; rawAt < to; ) {
        while (seg < segments.length && segments[seg].end <= rawAt) seg++;
        const segment = segments[seg];
        // Characters no node holds (the space between table cells) start no run.
        const next = !segment ? to : segment.at > rawAt ? Math.min(segment.at, to) : Math.min(segment.end, to);
        if (segment && segment.at <= rawAt) this.runs.push({ start: textAt, end: textAt + next - rawAt, node: segment.node, offset: rawAt - segment.at });
        textAt += next - rawAt;
        rawAt = next;
      }
    }
  }
}

const zeroWidth = ZERO_WIDTH.source.slice(1, -1); // the characters of its class, without the brackets
/** A character cleanLine drops or collapses: whitespace or zero-width. */
const GAP_CHARACTER = new RegExp(`[\\s${zeroWidth}]`);
const NOT_GAP = new RegExp(`[^\\s${zeroWidth}]`);
/**
 * A stretch of whitespace and zero-width characters that cleanLine does not keep one for one: two or more of them, or
 * a zero-width one alone. A single whitespace character (the space between two words) is kept as it is.
 */
const UNEVEN_GAP = new RegExp(`[\\s${zeroWidth}]{2,}|[${zeroWidth}]`, 'g');
const isZeroWidth = new RegExp(`[${zeroWidth}]`);

/**
 * The characters cleanLine keeps of a raw line, as stretches of the raw line: [from, to, from, to, ...], each one
 * kept whole and in order, found a gap at a time (tests/extract/runs.test.ts checks them against a reference
 * written a character at a time).
 */
export function keptStretches(raw: string): number[] {
  const stretches: number[] = [];
  const first = raw.search(NOT_GAP);
  if (first < 0) return stretches;
  let last = raw.length; // trimmed: the line ends at its last character that is not a gap's
  while (GAP_CHARACTER.test(raw[last - 1])) last--;
  let from = first;
  UNEVEN_GAP.lastIndex = first;
  for (let gap = UNEVEN_GAP.exec(raw); gap && gap.index < last; gap = UNEVEN_GAP.exec(raw)) {
    keep(stretches, from, gap.index);
    // A stretch of whitespace becomes its first whitespace character that is not zero-width, if it has one.
    let k = 0;
    while (k < gap[0].length && isZeroWidth.test(gap[0][k])) k++;
    if (k < gap[0].length) keep(stretches, gap.index + k, gap.index + k + 1);
    from = gap.index + gap[0].length;
  }
  keep(stretches, from, last);
  return stretches;
}

/** Adds [from, to) to the stretches, joined to the last one where they touch (a function, not a closure made per line). */
function keep(stretches: number[], from: number, to: number): void {
  if (from >= to) return;
  if (stretches.length && stretches[stretches.length - 1] === from) stretches[stretches.length - 1] = to;
  else stretches.push(from, to);
}

/**
 * Runs of a body placed into the posting text composed from it (title and company lines first, a board's label
 * lines dropped from the body's start): the body's kept lines are the end of the text. Runs of dropped lines go.
 */
export function placeRuns(runs: readonly TextRun[], body: string, text: string): TextRun[] {
  let from = 0;
  while (from <= body.length && !text.endsWith(body.slice(from))) {
    const next = body.indexOf('\n', from);
    if (next < 0) return [];
    from = next + 1;
  }
  const shift = text.length - (body.length - from) - from;
  return runs.filter((r) => r.start >= from).map((r) => ({ ...r, start: r.start + shift, end: r.end + shift }));
}
