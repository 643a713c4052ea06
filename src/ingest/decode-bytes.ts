/**
 * Bytes → text. Owns encoding detection: byte-order marks, UTF-8 validity, UTF-16 without a
 * mark, and the Windows-1252 fallback. The BOM is removed, so offset 0 is the first character.
 *
 *   EF BB BF …        → UTF-8 (BOM removed)
 *   FF FE … / FE FF … → UTF-16 LE / BE (BOM removed)
 *   valid UTF-8       → UTF-8
 *   UTF-8 with a few invalid bytes (no more than it has valid multi-byte characters)
 *                     → UTF-8, each bad sequence as U+FFFD, a warning with their byte offsets
 *   41 00 42 00 …     → UTF-16 LE without BOM (a warning says it was guessed)
 *   anything else     → Windows-1252, with a warning ("caf\xE9" → "café", "\x93x\x94" → "“x”")
 */

export interface Decoded {
  text: string;
  /** "utf-8", "utf-16le", "utf-16be" or "windows-1252". */
  encoding: string;
  /** Set when the encoding was a guess the user should know about. */
  warning?: string;
}

export type Bom = "utf-8" | "utf-16le" | "utf-16be" | "utf-32";

/** The encoding a byte-order mark announces, or null. */
export function sniffBom(bytes: Uint8Array): Bom | null {
  const [a, b, c, d] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return "utf-8";
  if ((a === 0xff && b === 0xfe && c === 0 && d === 0) || (a === 0 && b === 0 && c === 0xfe && d === 0xff)) return "utf-32";
  if (a === 0xff && b === 0xfe) return "utf-16le";
  if (a === 0xfe && b === 0xff) return "utf-16be";
  return null;
}

/**
 * UTF-16 without a BOM: in text of Latin letters every other byte is zero. Looks at `head` only;
 * needs a clear pattern (≥ 90 % zeros on one side, ≤ 5 % on the other) so binary files with
 * scattered NUL bytes are not mistaken for text.
 */
export function sniffUtf16(head: Uint8Array): "utf-16le" | "utf-16be" | null {
  const pairs = Math.floor(head.length / 2);
  if (pairs < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (head[i] === 0) evenZeros++;
    if (head[i + 1] === 0) oddZeros++;
  }
  if (oddZeros >= pairs * 0.9 && evenZeros <= pairs * 0.05) return "utf-16le";
  if (evenZeros >= pairs * 0.9 && oddZeros <= pairs * 0.05) return "utf-16be";
  return null;
}

// Windows-1252 0x80–0x9F; the five unassigned bytes map to the C1 control of the same value,
// as the WHATWG Encoding Standard does.
const CP1252_HIGH =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

/** Windows-1252 → string (Node's TextDecoder treats this label as Latin-1, so the table is ours). */
export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  return latin1.replace(/[\x80-\x9f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

function utf16(bytes: Uint8Array, encoding: "utf-16le" | "utf-16be", skip: number): string {
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes.subarray(skip));
}

/** Decode bytes (see the module header). Never throws. */
export function decodeBytes(bytes: Uint8Array): Decoded {
  const bom = sniffBom(bytes);
  if (bom === "utf-8") {
    const rest = bytes.subarray(3);
    try {
      return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(rest), encoding: "utf-8" };
    } catch {
      const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(rest);
      const { invalid, count } = utf8Errors(rest);
      return { text, encoding: "utf-8", warning: invalidUtf8Warning(invalid.map((at) => at + 3), count) };
    }
  }
  if (bom === "utf-16le" || bom === "utf-16be") return { text: utf16(bytes, bom, 2), encoding: bom };
  const guessed = bom === null ? sniffUtf16(bytes.subarray(0, 8192)) : null;
  if (guessed) {
    return { text: utf16(bytes, guessed, 0), encoding: guessed, warning: `no byte-order mark; read as ${guessed.toUpperCase()}` };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    // A UTF-8 text with a stray byte (a truncated character, a Windows-1252 quote pasted in) is
    // still UTF-8; a text whose non-ASCII bytes are mostly not UTF-8 is Windows-1252.
    const { multibyte, invalid, count } = utf8Errors(bytes);
    if (multibyte > 0 && count <= multibyte) {
      return { text: new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes), encoding: "utf-8", warning: invalidUtf8Warning(invalid, count) };
    }
    return { text: decodeWindows1252(bytes), encoding: "windows-1252", warning: "not valid UTF-8; read as Windows-1252" };
  }
}

/** Offsets listed in a warning; the rest are counted. */
const LISTED = 5;

function invalidUtf8Warning(offsets: readonly number[], count: number): string {
  const listed = offsets.slice(0, LISTED);
  const where =
    count === 1
      ? `byte ${listed[0]}`
      : count <= LISTED
        ? `bytes ${listed.slice(0, -1).join(", ")} and ${listed.at(-1)}`
        : `bytes ${listed.join(", ")} and ${count - LISTED} more ${count - LISTED === 1 ? "place" : "places"}`;
  return `invalid UTF-8 at ${where}; read as UTF-8, ${count === 1 ? "that byte" : "those bytes"} as U+FFFD`;
}

/**
 * One pass over UTF-8: how many valid multi-byte characters, and where each invalid sequence
 * starts (the first LISTED of them) and how many there are — one per U+FFFD a decoder puts in
 * (the WHATWG "maximal subpart": a lead byte and the continuation bytes that fit it).
 */
export function utf8Errors(bytes: Uint8Array): { multibyte: number; invalid: number[]; count: number } {
  let multibyte = 0;
  let count = 0;
  const invalid: number[] = [];
  const bad = (at: number): void => {
    if (invalid.length < LISTED) invalid.push(at);
    count++;
  };
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let needed: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) needed = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      needed = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      needed = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else {
      bad(i);
      i++;
      continue;
    }
    let j = i + 1;
    let ok = true;
    for (let k = 0; k < needed; k++, j++) {
      const c = bytes[j];
      if (c === undefined || c < lo || c > hi) {
        ok = false;
        break;
      }
      lo = 0x80;
      hi = 0xbf;
    }
    if (ok) multibyte++;
    else bad(i);
    i = j;
  }
  return { multibyte, invalid, count };
}
