/**
 * Masked ranges: [start, end) spans of a document's text that are not prose (front matter, tags,
 * code). Owns normalizing a list of them to the form SourceDocument.masked promises: sorted,
 * non-overlapping, non-empty, adjacent spans joined. Offsets are UTF-16 units into the text.
 */

export type Range = readonly [number, number];

/** [[5,9],[0,3],[2,4],[9,9]] → [[0,4],[5,9]] */
export function mergeRanges(ranges: readonly Range[]): [number, number][] {
  const sorted = ranges.filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/** Whether `offset` falls inside one of the merged `ranges` (binary search). */
export function isMasked(ranges: readonly Range[], offset: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [s, e] = ranges[mid]!;
    if (offset < s) hi = mid - 1;
    else if (offset >= e) lo = mid + 1;
    else return true;
  }
  return false;
}
