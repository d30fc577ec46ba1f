import type { Token } from '../text/normalize';

/** The span holding an offset, by binary search over spans sorted by start that do not overlap. */
export function spanAt<T extends { start: number; end: number }>(spans: readonly T[], offset: number): T | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= offset) lo = mid + 1;
    else if (spans[mid].start > offset) hi = mid - 1;
    else return spans[mid];
  }
  return undefined;
}

/** The token that starts (or ends) exactly at an offset, by binary search: tokens are in text order and do not overlap. */
export function tokenIndexAt(tokens: readonly Token[], offset: number, edge: 'start' | 'end'): number | undefined {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    // Read by name, not tokens[mid][edge]: a property read by a key that varies is the slow, generic kind.
    const at = edge === 'start' ? tokens[mid].start : tokens[mid].end;
    if (at === offset) return mid;
    if (at < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}
