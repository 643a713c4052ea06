/**
 * Is this file binary? Owns the decision from the first bytes only (at most 8 KB), so a large
 * image or archive is recognized without reading it whole. Text in UTF-16 (with or without a
 * BOM) is decided by decode-bytes.ts before this is asked.
 *
 *   %PDF-…            → "PDF document"
 *   89 50 4E 47 …     → "PNG image"
 *   "abc\0def"        → "contains NUL bytes"
 */

/** How many leading bytes are examined. */
export const SNIFF_BYTES = 8192;

const MAGIC: readonly (readonly [string, readonly number[]])[] = [
  ["PDF document", [0x25, 0x50, 0x44, 0x46, 0x2d]], // %PDF-
  ["PNG image", [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ["JPEG image", [0xff, 0xd8, 0xff]],
  ["GIF image", [0x47, 0x49, 0x46, 0x38]], // GIF8(7|9)a
  ["ZIP archive (or an Office document)", [0x50, 0x4b, 0x03, 0x04]],
  ["ZIP archive", [0x50, 0x4b, 0x05, 0x06]],
  ["gzip archive", [0x1f, 0x8b]],
  ["executable (ELF)", [0x7f, 0x45, 0x4c, 0x46]],
  ["WebAssembly module", [0x00, 0x61, 0x73, 0x6d]],
];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  if (bytes.length < magic.length) return false;
  return magic.every((b, i) => bytes[i] === b);
}

/** What kind of binary the head of a file shows, or null when it may be text. */
export function sniffBinary(head: Uint8Array): string | null {
  for (const [kind, magic] of MAGIC) if (startsWith(head, magic)) return kind;
  const end = Math.min(head.length, SNIFF_BYTES);
  for (let i = 0; i < end; i++) if (head[i] === 0) return "contains NUL bytes";
  return null;
}
