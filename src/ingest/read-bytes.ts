/**
 * Reading one file's bytes, bounded: the 8 KB head decides "binary" before anything else is read,
 * files over the size limit are not read whole, and the rest is read to the end of the file.
 * Errors are thrown as they come (read-documents.ts turns them into warnings).
 */
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { sniffBom, sniffUtf16 } from "./decode-bytes.js";
import { SNIFF_BYTES, sniffBinary } from "./sniff-binary.js";

/** The head is enough to decide "binary"; the whole is read only when it is text and small enough. */
export type FileBytes = { kind: "bytes"; bytes: Uint8Array } | { kind: "binary"; what: string } | { kind: "too-large"; size: number };

/** Up to `length` bytes from the current position; fewer only at the end of the file. */
function readUpTo(fd: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  let got = 0;
  while (got < length) {
    const n = readSync(fd, buffer, got, length - got, null);
    if (n === 0) break;
    got += n;
  }
  return buffer.subarray(0, got);
}

/**
 * Default file reader: the 8 KB head first (binary files are never read whole), then the rest
 * until the end of the file, never more than maxBytes. Reads to the end rather than trusting the
 * size stat reports, which is 0 for /proc files and may change while a file grows.
 */
export function readFileBounded(absolutePath: string, maxBytes: number): FileBytes {
  const fd = openSync(absolutePath, "r");
  try {
    const head = readUpTo(fd, SNIFF_BYTES);
    if (sniffBom(head) === null && sniffUtf16(head) === null) {
      const what = sniffBinary(head);
      if (what) return { kind: "binary", what };
    }
    const size = fstatSync(fd).size;
    if (Math.max(size, head.length) > maxBytes) return { kind: "too-large", size: Math.max(size, head.length) };
    if (head.length < SNIFF_BYTES) return { kind: "bytes", bytes: head };
    // One buffer of the stated size, filled in place; anything past it (a growing file) appended.
    const whole = Buffer.alloc(Math.max(size, head.length));
    head.copy(whole);
    let total = head.length;
    while (total < whole.length) {
      const n = readSync(fd, whole, total, whole.length - total, null);
      if (n === 0) break;
      total += n;
    }
    const chunks: Buffer[] = [whole.subarray(0, total)];
    for (let more = readUpTo(fd, 1 << 16); more.length > 0; more = readUpTo(fd, 1 << 16)) {
      chunks.push(more);
      total += more.length;
      if (total > maxBytes) return { kind: "too-large", size: total };
    }
    return { kind: "bytes", bytes: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total) };
  } finally {
    closeSync(fd);
  }
}

/**
 * Bytes already in memory (standard input) judged as a file's are: binary by their 8 KB head,
 * too large past maxBytes.
 */
export function classifyBytes(bytes: Uint8Array, maxBytes: number): FileBytes {
  const head = bytes.subarray(0, SNIFF_BYTES);
  if (sniffBom(head) === null && sniffUtf16(head) === null) {
    const what = sniffBinary(head);
    if (what) return { kind: "binary", what };
  }
  if (bytes.length > maxBytes) return { kind: "too-large", size: bytes.length };
  return { kind: "bytes", bytes };
}

export function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "is a directory";
  if (code === "ENOENT") return "disappeared while reading";
  if (code === "EIO") return "input/output error";
  if (code === "ENAMETOOLONG") return "path too long for the system";
  return error instanceof Error ? error.message : String(error);
}
