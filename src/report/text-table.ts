/**
 * A boxed text table for the terminal, drawn in time linear in its output and fitted to a width.
 *
 * A cell is a list of paragraphs; a paragraph is words, wrapped at the column's width, with an
 * optional hanging indent, and `atom` pieces that are never broken (a `file:line:column` stays on
 * one line, moved to the next line whole when it does not fit). Each word's width is measured once
 * (string-width: East Asian wide characters, emoji and combining marks count as the terminal draws
 * them), so wrapping and padding cost the length of the text, whatever the size of a cell.
 *
 * Column widths: every column gets its natural width (its longest unwrapped paragraph) when they
 * all fit; otherwise each starts at its floor (its minimum and its longest atom; also its longest
 * word, up to WORD_FLOOR, when there is room for that) and the rest of the width is shared out by
 * the columns' shares, none beyond its natural width. Only when the minimums and atoms alone are
 * wider than the width does renderTextTable give up (null), and the caller lays the rows out as
 * blocks one under another (renderBlocks): a file:line:column is never cut.
 *
 * Cell text is plain: control characters (escape sequences from a document included) and
 * bidirectional overrides are drawn as spaces, so a quote cannot move the cursor or reorder a line.
 * Colour is applied per line after wrapping, through each column's `paint`.
 */
import stringWidth from "string-width";

/** Text, split into words at white space, or an atom that is never broken. */
export type Piece = string | { atom: string };

export interface Paragraph {
  /** Spaces before the paragraph's every line (kept to less than half the column). */
  indent?: number;
  pieces: readonly Piece[];
  /** Colour for each of its lines, applied after wrapping. */
  paint?: (line: string) => string;
}

export type Cell = readonly Paragraph[];

export interface TableColumn {
  header: string;
  /** The narrowest the column may be made (an atom wider than this widens it). */
  min: number;
  /** Its part of the width left once every column has its floor (a positive number). */
  share: number;
}

export interface TextTableOptions {
  /** The width of the whole table, borders included. */
  width: number;
  /** Colour for the header cells and the borders. */
  paintHeader?: (line: string) => string;
  paintBorder?: (line: string) => string;
}

interface Word {
  text: string;
  width: number;
  atom: boolean;
}

interface PreparedParagraph {
  indent: number;
  paint: ((line: string) => string) | undefined;
  words: Word[];
  /** Width of the whole paragraph on one line, indent included. */
  natural: number;
}

interface Line {
  text: string;
  width: number;
  paint?: ((line: string) => string) | undefined;
}

// C0 and C1 controls (ESC, CR, tabs, newlines …) and the bidirectional embedding/override/isolate marks.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const SPACE = /\s+/;
/** A column is made wide enough for its longest word up to this width; longer words are broken. */
const WORD_FLOOR = 32;

/** Width of a string as a terminal draws it (plain text, no escape sequences). */
export function textWidth(text: string): number {
  return stringWidth(text);
}

function words(piece: Piece): Word[] {
  if (typeof piece !== "string") {
    const text = piece.atom.replace(UNSAFE, " ");
    return [{ text, width: textWidth(text), atom: true }];
  }
  const out: Word[] = [];
  for (const text of piece.replace(UNSAFE, " ").split(SPACE)) {
    if (text !== "") out.push({ text, width: textWidth(text), atom: false });
  }
  return out;
}

function prepare(paragraph: Paragraph): PreparedParagraph {
  const list = paragraph.pieces.flatMap(words);
  const indent = paragraph.indent ?? 0;
  const natural = list.reduce((sum, w, i) => sum + w.width + (i > 0 ? 1 : 0), indent);
  return { indent, paint: paragraph.paint, words: list, natural };
}

// Built on first use: the first Intl.Segmenter of a process reads ICU's list of locales (some 90
// million instructions), and only a word wider than its column is cut by grapheme.
let segmenter: Intl.Segmenter | undefined;

/** A word wider than the line, cut into pieces at most `width` wide (by grapheme). */
function breakWord(word: Word, width: number): Line[] {
  const out: Line[] = [];
  let text = "";
  let used = 0;
  for (const { segment } of (segmenter ??= new Intl.Segmenter()).segment(word.text)) {
    const w = textWidth(segment);
    if (used + w > width && used > 0) {
      out.push({ text, width: used });
      text = "";
      used = 0;
    }
    text += segment;
    used += w;
  }
  if (used > 0 || out.length === 0) out.push({ text, width: used });
  return out;
}

/** The lines of one paragraph at `width`; each line at most `width` wide unless an atom is wider. */
function wrap(paragraph: PreparedParagraph, width: number): Line[] {
  const indent = paragraph.indent * 2 < width ? paragraph.indent : 0;
  const pad = " ".repeat(indent);
  const lines: Line[] = [];
  let parts: string[] = [];
  let used = 0;
  const flush = (): void => {
    if (parts.length > 0) lines.push({ text: pad + parts.join(" "), width: used, paint: paragraph.paint });
    parts = [];
    used = 0;
  };
  for (const word of paragraph.words) {
    const start = parts.length === 0 ? indent : used + 1;
    if (start + word.width <= width) {
      parts.push(word.text);
      used = start + word.width;
      continue;
    }
    flush();
    if (indent + word.width <= width || word.atom) {
      parts.push(word.text);
      used = indent + word.width;
      continue;
    }
    const pieces = breakWord(word, width - indent);
    const last = pieces.pop() as Line;
    for (const piece of pieces) lines.push({ text: pad + piece.text, width: indent + piece.width, paint: paragraph.paint });
    parts.push(last.text);
    used = indent + last.width;
  }
  flush();
  if (lines.length === 0) lines.push({ text: "", width: 0 });
  return lines;
}

/**
 * The columns' widths (text only, without borders and padding) for `available` columns of text:
 * natural widths when they fit; else each column from its floor — `soft` (room for its longest
 * words) when all of those fit, else `hard` (its minimum and its atoms) — with the rest shared out
 * by `share`, no column beyond its natural width.
 */
export function fitColumns(
  columns: readonly { hard: number; soft: number; natural: number; share: number }[],
  available: number,
): number[] {
  const natural = columns.map((c) => Math.max(1, c.natural));
  const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
  if (sum(natural) <= available) return natural;
  const soft = columns.map((c, i) => Math.max(1, Math.min(Math.max(c.soft, c.hard), natural[i] ?? 1)));
  const widths = sum(soft) <= available ? soft : columns.map((c, i) => Math.max(1, Math.min(c.hard, natural[i] ?? 1)));
  let rest = available - sum(widths);
  // Each round either fills a column to its natural width or spends the rest: at most one round
  // per column, then one to hand out what rounding left.
  while (rest > 0) {
    const open = columns.flatMap((c, i) => ((widths[i] ?? 0) < (natural[i] ?? 0) ? [{ i, share: c.share > 0 ? c.share : 1 }] : []));
    if (open.length === 0) break;
    const shares = open.reduce((total, o) => total + o.share, 0);
    let given = 0;
    for (const { i, share } of open) {
      const add = Math.min((natural[i] ?? 0) - (widths[i] ?? 0), Math.floor((rest * share) / shares));
      widths[i] = (widths[i] ?? 0) + add;
      given += add;
    }
    if (given === 0) {
      // Less left than one column per share: one more to each open column in order.
      for (const { i } of open.slice(0, rest)) widths[i] = (widths[i] ?? 0) + 1;
      given = Math.min(rest, open.length);
    }
    rest -= given;
  }
  return widths;
}

/**
 * Draws the table: a header row, then each row, ruled apart; ends without a newline. Null when the
 * columns' minimums and atoms alone are wider than `options.width`: the caller then lays the rows
 * out one under another (renderBlocks).
 */
export function renderTextTable(columns: readonly TableColumn[], rows: readonly Cell[][], options: TextTableOptions): string | null {
  const identity = (s: string): string => s;
  const border = options.paintBorder ?? identity;
  const header: PreparedParagraph[][] = columns.map((c) => [prepare({ pieces: [c.header], ...(options.paintHeader ? { paint: options.paintHeader } : {}) })]);
  const body: PreparedParagraph[][][] = rows.map((row) => columns.map((_, i) => (row[i] ?? []).map(prepare)));

  const measures = columns.map((c, i) => {
    let natural = 0;
    let hard = c.min;
    let soft = c.min;
    for (const cells of [header[i] as PreparedParagraph[], ...body.map((row) => row[i] as PreparedParagraph[])]) {
      for (const p of cells) {
        natural = Math.max(natural, p.natural);
        for (const w of p.words) {
          if (w.atom) hard = Math.max(hard, p.indent + w.width);
          else soft = Math.max(soft, Math.min(w.width, WORD_FLOOR));
        }
      }
    }
    return { hard, soft, natural, share: c.share };
  });
  const available = options.width - (3 * columns.length + 1);
  if (measures.reduce((sum, m) => sum + Math.min(m.hard, Math.max(1, m.natural)), 0) > available) return null;
  const widths = fitColumns(measures, available);

  const rule = (left: string, mid: string, right: string): string =>
    border(left + widths.map((w) => "─".repeat(w + 2)).join(mid) + right);
  const out: string[] = [rule("┌", "┬", "┐")];
  const drawRow = (cells: PreparedParagraph[][]): void => {
    const wrapped = cells.map((paragraphs, i) => paragraphs.flatMap((p) => wrap(p, widths[i] as number)));
    const height = Math.max(1, ...wrapped.map((lines) => lines.length));
    for (let k = 0; k < height; k++) {
      let line = border("│");
      for (let i = 0; i < wrapped.length; i++) {
        const cell = (wrapped[i] as Line[])[k];
        const text = !cell ? "" : cell.paint ? cell.paint(cell.text) : cell.text;
        const fill = Math.max(0, (widths[i] as number) - (cell ? cell.width : 0));
        line += ` ${text}${" ".repeat(fill)} ${border("│")}`;
      }
      out.push(line);
    }
  };
  drawRow(header);
  for (const row of body) {
    out.push(rule("├", "┼", "┤"));
    drawRow(row);
  }
  out.push(rule("└", "┴", "┘"));
  return out.join("\n");
}

/**
 * Blocks of paragraphs one under another, each wrapped at `width`, a blank line between blocks;
 * ends without a newline. Only an atom wider than the width makes a line longer.
 */
export function renderBlocks(blocks: readonly Cell[], width: number): string {
  return blocks
    .map((block) =>
      block
        .flatMap((p) => wrap(prepare(p), Math.max(1, width)))
        .map((line) => (line.paint ? line.paint(line.text) : line.text))
        .join("\n"),
    )
    .join("\n\n");
}
