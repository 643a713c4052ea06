/**
 * Markdown → masked ranges. Owns what in Markdown is not prose: fenced code blocks, code spans,
 * link and image destinations, reference definitions, autolinks and bare URLs, and inline HTML
 * (through html-mask.ts). Link text and image alt text stay readable. The text is not changed,
 * so offsets point into the original file. Line by line, one forward pass.
 *
 *   ```yaml … ```                        → the whole block
 *   `2025-01-01`                         → the code span
 *   [the 2020 accord](https://x.org/2020) → "[" and "](https://x.org/2020)"
 *   [the accord][doha]                   → "[" and "][doha]"
 *   [doha]: https://example.org/2021/08  → the whole line
 *   see https://example.org/2021/08/15   → the URL
 */
import { htmlMask } from "./html-mask.js";
import type { Range } from "./mask-ranges.js";

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]\n]+\]:[ \t]*\S/;
const BARE_URL = /\b(?:https?|ftp):\/\/[^\s<>()[\]"'`]+[^\s<>()[\]"'`.,;:!?]/g;

/**
 * Code spans on one line: `x`, ``a ` b``. A span closes at the next run of exactly as many
 * backticks; runs are listed first and matched with one cursor per length, so the pass is linear.
 */
function codeSpans(line: string, base: number, out: Range[]): void {
  const runs: { pos: number; len: number }[] = [];
  for (let i = line.indexOf("`"); i !== -1; i = line.indexOf("`", i)) {
    const pos = i;
    while (line[i] === "`") i++;
    runs.push({ pos, len: i - pos });
  }
  const byLength = new Map<number, number[]>();
  runs.forEach((r, k) => {
    const list = byLength.get(r.len);
    if (list) list.push(k);
    else byLength.set(r.len, [k]);
  });
  const cursor = new Map<number, number>();
  for (let k = 0; k < runs.length; k++) {
    const run = runs[k]!;
    const list = byLength.get(run.len)!;
    let c = cursor.get(run.len) ?? 0;
    while (c < list.length && list[c]! <= k) c++;
    cursor.set(run.len, c);
    const closing = list[c];
    if (closing === undefined) continue;
    const close = runs[closing]!;
    out.push([base + run.pos, base + close.pos + close.len]);
    k = closing;
  }
}

/** Bracket search for a link text looks back at most this far. */
const MAX_LINK_TEXT = 1000;

/** Inline links and images on one line: mask "[" (or "![") and "](destination "title")". */
function linkDestinations(line: string, base: number, out: Range[]): void {
  let from = 0;
  for (;;) {
    const mid = line.indexOf("](", from);
    if (mid === -1) return;
    let depth = 0;
    let end = -1;
    for (let j = mid + 2; j < line.length; j++) {
      const c = line[j];
      if (c === "\\") j++;
      else if (c === "(") depth++;
      else if (c === ")") {
        if (depth === 0) {
          end = j + 1;
          break;
        }
        depth--;
      }
    }
    if (end === -1) return;
    const open = openingBracket(line, mid, from);
    if (open !== -1) out.push([base + (line[open - 1] === "!" ? open - 1 : open), base + open + 1]);
    out.push([base + mid, base + end]);
    from = end;
  }
}

const REFERENCE_LINK = /\]\[[^\][\n]{0,999}\]/g;

/** The "[" that opens the link text ending at `close`, looking back at most MAX_LINK_TEXT; -1 if none. */
function openingBracket(line: string, close: number, from: number): number {
  for (let j = close - 1; j >= Math.max(from, close - MAX_LINK_TEXT); j--) if (line[j] === "[") return j;
  return -1;
}

/** Reference links on one line: "[Doha Agreement][doha]" → mask "[" and "][doha]". */
function referenceLinks(line: string, base: number, out: Range[]): void {
  let from = 0;
  for (const m of line.matchAll(REFERENCE_LINK)) {
    const open = openingBracket(line, m.index, from);
    if (open !== -1) out.push([base + (line[open - 1] === "!" ? open - 1 : open), base + open + 1]);
    out.push([base + m.index, base + m.index + m[0].length]);
    from = m.index + m[0].length;
  }
}

/** Masked ranges of Markdown syntax in `text` from offset `from` (after any front matter). */
export function markdownMask(text: string, lineStarts: readonly number[], from = 0): Range[] {
  const out: Range[] = [];
  let fence: { close: RegExp; start: number } | null = null;
  for (let n = 0; n < lineStarts.length; n++) {
    const start = lineStarts[n]!;
    if (start < from) continue;
    const next = lineStarts[n + 1] ?? text.length;
    const line = text.slice(start, next).replace(/\r?\n$|\r$/, "");
    if (fence) {
      if (fence.close.test(line)) {
        out.push([fence.start, start + line.length]);
        fence = null;
      }
      continue;
    }
    const open = FENCE_OPEN.exec(line);
    if (open && !(open[1]![0] === "`" && line.indexOf("`", open[0].length) !== -1)) {
      // "```js" closes at a line of at least as many backticks: "```" or "`````"
      fence = { close: new RegExp(`^ {0,3}${open[1]![0]}{${open[1]!.length},}[ \\t]*$`), start };
      continue;
    }
    if (REFERENCE_DEFINITION.test(line)) {
      out.push([start, start + line.length]);
      continue;
    }
    codeSpans(line, start, out);
    linkDestinations(line, start, out);
    referenceLinks(line, start, out);
    for (const m of line.matchAll(BARE_URL)) out.push([start + m.index, start + m.index + m[0].length]);
  }
  if (fence) out.push([fence.start, text.length]); // an unclosed fence runs to the end
  // NOTE: a loop, not push(...ranges): a big file has more ranges than a call has arguments
  for (const [s, e] of htmlMask(text.slice(from))) out.push([s + from, e + from]);
  return out;
}
