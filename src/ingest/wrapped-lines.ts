/**
 * Hard-wrapped text read as its paragraphs. Plain-text and Markdown sources are often wrapped at a
 * fixed width (72, 80 columns): a line break then falls inside a sentence ("Pakistan recognised
 * the Taliban⏎government in May 1997.") and must read as a space, or the sentence splitter (a line
 * break ends a sentence) and every rule lose the words on either side of it. Texts written one
 * sentence or one paragraph per line keep their breaks.
 *
 * readingText(text) is the text with each such soft break written as spaces, one per character of
 * the break ("\n" → " ", "\r\n" → "  "): the same length, so offsets, lines and columns computed on
 * the original text still point at the same characters. Extraction reads it; everything else
 * (lines, columns, document dates, suppressions) keeps the original.
 *
 * A text is taken as hard-wrapped when its lines that are followed by another line of the same
 * paragraph (at least eight) keep within a width of at most 160 columns (a tenth may run past it: a
 * URL), most of them (70 %) come close to it (within 15 % of it, or 12 columns), and at least
 * half of them are "full": the first word of the next line would not have
 * fitted at their end (greedy wrapping moves a word down only when it does not fit; a tenth of the
 * width is allowed for wrappers that aim short of it, such as fmt). The width is the length nine
 * in ten of those lines keep within, far longer ones (a URL, a table row) left aside. Then a break inside a paragraph is soft unless
 *   - the line is not full (a headline, a dateline, the end of a short paragraph),
 *   - the line opens its paragraph and reads as a title (no closing punctuation, most words
 *     capitalised, the next line starting with a capital),
 *   - the next line opens a block: a list item, a heading, a table row, a quotation, a fence,
 *     or more indentation (code),
 *   - either line is masked (front matter, code fences, markup),
 *   - the line is one token (a list of paths or numbers is no prose).
 * A blank line always ends a paragraph.
 *
 *   must be soft (read as one sentence)              must stay a break
 *   "…recognised the Taliban⏎government in 1997."     "Talks Resume in Kabul⏎KABUL, May 3 - …"  (title)
 *   "…withdrawal of⏎U.S. troops…" (full line)         "KABUL (Reuters) -⏎Pakistan said …"      (short)
 *   "  - a list item that runs⏎    on"                "…in 1997.⏎- A list item" (block opens)
 *   one sentence per line, lines of any length: never welded (the text is not wrapped)
 */

/** Widths beyond this are not hard wrapping (one sentence or one paragraph per line). */
const MAX_WRAP_WIDTH = 160;
/** At least this many inner lines before a text is judged. */
const MIN_INNER_LINES = 8;
/** Share of inner lines that may run past the width (an unbreakable URL) in a wrapped text. */
const OVER_WIDTH_SHARE = 0.1;
/** Share of inner lines that must come close to the width (wrapped lines are filled; sentences are of any length). */
const CLOSE_SHARE = 0.7;
/** How close: within this share of the width, and at least CLOSE_MIN columns. */
const CLOSE_WITHIN = 0.15;
const CLOSE_MIN = 12;
/** Share of inner lines that must be full for the text to count as wrapped. */
const FULL_SHARE = 0.5;
/** Line lengths counted one by one up to this; longer ones together (they are never a wrap width). */
const LONGEST_COUNTED = 1024;

const BLOCK_START = /^[ \t]*(?:[-*+•]\s|\d{1,3}[.)]\s|#{1,6}\s|>|\||```|~~~)/;
const CLOSING = /[.!?:;,"'”’)\]—–-]$/;

/** One line: [start, end) its text, then a break of `breakLength` (0 at the end); `length` without trailing blanks, 0 when blank. */
interface Line {
  start: number;
  end: number;
  breakLength: number;
  length: number;
  indent: number;
  /** Length of its first word. */
  firstWord: number;
}

const isBlank = (c: number): boolean => c === 32 || c === 9;

/**
 * Calls `visit(line, next)` for every line followed by another non-blank line of the same
 * paragraph (an "inner" line), reading the text once and keeping two lines at a time.
 */
function forEachInnerLine(text: string, visit: (line: Line, next: Line, before: Line | null) => void): void {
  let before: Line | null = null;
  let previous: Line | null = null;
  let start = 0;
  for (;;) {
    let i = start;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 13) break;
      i++;
    }
    const breakLength = i >= text.length ? 0 : text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
    let end = i;
    while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
    let first = start;
    while (first < end && isBlank(text.charCodeAt(first))) first++;
    let word = first;
    while (word < end && !isBlank(text.charCodeAt(word))) word++;
    const line: Line = { start, end: i, breakLength, length: first === end ? 0 : end - start, indent: first - start, firstWord: word - first };
    if (previous && previous.length > 0 && line.length > 0) visit(previous, line, before);
    if (breakLength === 0) return;
    before = previous;
    previous = line;
    start = i + breakLength;
  }
}

/** Whether the line opens a block (a heading, a list item, a table row, a quotation, a fence). */
const opensBlock = (text: string, line: Line): boolean => BLOCK_START.test(text.slice(line.start, Math.min(line.end, line.start + line.indent + 8)));

/** "Talks Resume in Kabul": no closing punctuation and most longer words capitalised. */
function isTitle(words: string): boolean {
  if (CLOSING.test(words)) return false;
  const long = words.split(/\s+/).filter((w) => w.length >= 4);
  if (long.length === 0) return true;
  const capitalised = long.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised >= long.length * 0.6;
}

/** How a text is wrapped: lines of at most `width`, filled to within `slack` of it. */
interface Wrap {
  width: number;
  slack: number;
}

/** Whether the line would have taken the next line's first word, wrapped as `wrap` says. */
const isFull = (line: Line, next: Line, wrap: Wrap): boolean => line.length + 1 + next.firstWord > wrap.width - wrap.slack;

/**
 * How the text is wrapped, from the lengths of its inner lines; null when it is not wrapped.
 * Greedy wrapping (most editors and tools) fills every line it breaks: no slack. Wrappers that
 * aim short of the width (fmt) leave some: a tenth of the width is allowed when no slack fails.
 */
function wrapOf(text: string): Wrap | null {
  const counts = new Uint32Array(LONGEST_COUNTED + 2);
  let inner = 0;
  // Headings, list items and table rows are not wrapped prose: they do not count.
  forEachInnerLine(text, (line) => {
    if (opensBlock(text, line)) return;
    counts[Math.min(line.length, LONGEST_COUNTED + 1)]!++;
    inner++;
  });
  if (inner < MIN_INNER_LINES) return null;
  let median = 0;
  for (let n = 0, seen = 0; n < counts.length; n++) {
    seen += counts[n]!;
    if (seen * 2 > inner) {
      median = n;
      break;
    }
  }
  // The width: what nine lines in ten keep within, among those not far longer than most (a URL,
  // a table row, a heading a little longer than the text's lines do not set it).
  const cap = Math.min(LONGEST_COUNTED, Math.floor(median * 1.5));
  let kept = 0;
  for (let n = 0; n <= cap; n++) kept += counts[n]!;
  let width = 0;
  for (let n = 0, seen = 0; n <= cap; n++) {
    seen += counts[n]!;
    if (seen >= kept * 0.9) {
      width = n;
      break;
    }
  }
  if (width === 0 || width > MAX_WRAP_WIDTH) return null;
  // Lines of any length, one sentence each: many run past any width a wrap could have.
  let over = 0;
  for (let n = width + 1; n < counts.length; n++) over += counts[n]!;
  if (over > inner * OVER_WIDTH_SHARE) return null;
  let close = 0;
  for (let n = Math.max(0, width - Math.max(CLOSE_MIN, Math.round(width * CLOSE_WITHIN))); n <= width; n++) close += counts[n]!;
  if (close < inner * CLOSE_SHARE) return null;
  for (const slack of [0, Math.max(2, Math.round(width / 10))]) {
    let full = 0;
    forEachInnerLine(text, (line, next) => {
      if (!opensBlock(text, line) && isFull(line, next, { width, slack })) full++;
    });
    if (full >= inner * FULL_SHARE) return { width, slack };
  }
  return null;
}

/** Whether [start, end) lies within one masked range (ranges sorted, not overlapping). */
function insideMask(masked: readonly (readonly [number, number])[], start: number, end: number): boolean {
  let lo = 0;
  let hi = masked.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [s, e] = masked[mid]!;
    if (e <= start) lo = mid + 1;
    else if (s > start) hi = mid - 1;
    else return end <= e;
  }
  return false;
}

/** A sentence ends here: ". ", "?”", "!)" at the end of a line. */
const SENTENCE_END = /[.!?]["'”’)\]]*$/;

/** Whether the break after `line` is soft (see the module header), in a text wrapped as `wrap` says. */
function isSoft(text: string, line: Line, next: Line, before: Line | null, wrap: Wrap, masked: readonly (readonly [number, number])[]): boolean {
  if (!isFull(line, next, wrap)) return false;
  const words = text.slice(line.start, line.start + line.length);
  // One token a line (a list of paths, of numbers): not prose.
  if (!/\S\s+\S/.test(words)) return false;
  const following = text.slice(next.start, next.end);
  if (BLOCK_START.test(words) || BLOCK_START.test(following)) return false;
  if (next.indent >= line.indent + 4) return false;
  // A title opens its paragraph: after a blank line, after a sentence's end, or after a line that was not full.
  const opens = !before || before.length === 0 || SENTENCE_END.test(text.slice(before.start, before.start + before.length)) || !isFull(before, line, wrap);
  if (opens && /^\s*\p{Lu}/u.test(following) && isTitle(words)) return false;
  if (masked.length > 0 && (insideMask(masked, line.start, line.end) || insideMask(masked, next.start, next.end))) return false;
  return true;
}

/**
 * The text with every soft line break (see the module header) written as spaces of the same
 * length; the text itself when it is not hard-wrapped. `masked`: ranges of the text that are not
 * prose (front matter, code, markup), sorted. Reads the text three times and keeps no per-line
 * data, so memory stays that of the result.
 */
export function readingText(text: string, masked: readonly (readonly [number, number])[] = []): string {
  if (text.indexOf("\n") === -1 && text.indexOf("\r") === -1) return text;
  const wrap = wrapOf(text);
  if (wrap === null) return text;
  const pieces: string[] = [];
  const joined: string[] = [];
  let from = 0;
  forEachInnerLine(text, (line, next, before) => {
    if (!isSoft(text, line, next, before, wrap, masked)) return;
    pieces.push(text.slice(from, line.end), line.breakLength === 2 ? "  " : " ");
    from = line.end + line.breakLength;
    if (pieces.length >= 4096) joined.push(pieces.splice(0).join(""));
  });
  if (from === 0) return text;
  pieces.push(text.slice(from));
  joined.push(pieces.join(""));
  return joined.join("");
}
