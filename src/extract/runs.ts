// Where each stretch of posting text came from in the page: the extractor collapses whitespace, drops zero-width
// characters and adds "- " before list items, so an offset into the posting's text is no offset into the page.
// Runs map one back to the other, for the highlighter (src/highlight). Plain data over live nodes: kept in the
// content script's world, never sent anywhere (a DOM node cannot be).
import { removeZeroWidth } from '../text/basics';

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
    const sources = cleanedSources(raw);
    // The cleaning here must agree with cleanLine; where it does not (a change to one of them), the line has no runs.
    if (sources.length !== out.length - prefix) return;
    let seg = 0;
    for (let i = 0; i < sources.length; ) {
      const rawAt = sources[i];
      while (seg < segments.length && segments[seg].end <= rawAt) seg++;
      const segment = segments[seg];
      // A character no node holds (the space between table cells) starts no run.
      if (!segment || segment.at > rawAt) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < sources.length && sources[j] === sources[j - 1] + 1 && sources[j] < segment.end) j++;
      this.runs.push({ start: start + prefix + i, end: start + prefix + j, node: segment.node, offset: rawAt - segment.at });
      i = j;
    }
  }
}

/**
 * For each character that cleanLine keeps of a raw line, its index in the raw line: zero-width characters go,
 * a stretch of whitespace becomes its first character, and the ends are trimmed.
 */
export function cleanedSources(raw: string): number[] {
  const kept: number[] = [];
  let inSpace = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c >= '\u00AD' && !removeZeroWidth(c)) continue; // every zero-width character is at or above U+00AD
    if (/\s/.test(c)) {
      if (!inSpace) kept.push(i);
      inSpace = true;
    } else {
      kept.push(i);
      inSpace = false;
    }
  }
  let from = 0;
  let to = kept.length;
  while (from < to && /\s/.test(raw[kept[from]])) from++;
  while (to > from && /\s/.test(raw[kept[to - 1]])) to--;
  return kept.slice(from, to);
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
