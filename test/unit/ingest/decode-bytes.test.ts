import { describe, expect, it } from "vitest";
import { decodeBytes, decodeWindows1252, sniffUtf16 } from "../../../src/ingest/decode-bytes.js";
import { sniffBinary } from "../../../src/ingest/sniff-binary.js";

const bytes = (...parts: (number[] | string)[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === "string" ? [...Buffer.from(p, "utf8")] : p)));
const utf16le = (s: string) => Buffer.from(s, "utf16le");
const utf16be = (s: string) => Buffer.from(s, "utf16le").swap16();

describe("decodeBytes", () => {
  it.each([
    ["UTF-8 without BOM", bytes("café 1997"), "café 1997", "utf-8", false],
    ["UTF-8 with BOM (removed)", bytes([0xef, 0xbb, 0xbf], "café"), "café", "utf-8", false],
    ["UTF-16 LE with BOM", Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le("Kabul 😀 2021")]), "Kabul 😀 2021", "utf-16le", false],
    ["UTF-16 BE with BOM", Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be("Kabul 😀 2021")]), "Kabul 😀 2021", "utf-16be", false],
    ["UTF-16 LE without BOM (guessed)", utf16le("In 1997 Pakistan recognised the regime."), "In 1997 Pakistan recognised the regime.", "utf-16le", true],
    ["UTF-16 BE without BOM (guessed)", utf16be("In 1997 Pakistan recognised the regime."), "In 1997 Pakistan recognised the regime.", "utf-16be", true],
    ["Windows-1252 quotes and euro", bytes([0x93], "over ", [0x80], "2 billion", [0x94, 0x20, 0x96, 0x20, 0x63, 0x61, 0x66, 0xe9]), "“over €2 billion” – café", "windows-1252", true],
    ["Latin-1 e-acute", bytes("caf", [0xe9]), "café", "windows-1252", true],
    ["empty", bytes(), "", "utf-8", false],
  ])("%s", (_label, input, text, encoding, warns) => {
    const decoded = decodeBytes(input);
    expect(decoded.text).toBe(text);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.warning !== undefined).toBe(warns);
  });

  it("keeps invalid bytes after a UTF-8 BOM as U+FFFD with a warning", () => {
    const decoded = decodeBytes(bytes([0xef, 0xbb, 0xbf], "a", [0xff], "b"));
    expect(decoded.text).toBe("a\ufffdb");
    expect(decoded.warning).toMatch(/invalid UTF-8/);
  });

  it("maps every Windows-1252 byte to one UTF-16 unit, so offsets count characters", () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    const text = decodeWindows1252(all);
    expect(text.length).toBe(256);
    expect(text[0x80]).toBe("€");
    expect(text[0x81]).toBe("\u0081");
    expect(text[0x9f]).toBe("Ÿ");
    expect(text[0xff]).toBe("ÿ");
  });

  it("does not take scattered NUL bytes for UTF-16", () => {
    expect(sniffUtf16(bytes("ab", [0], "cdefgh", [0], "ij"))).toBeNull();
  });
});

describe("sniffBinary", () => {
  it.each([
    ["PDF document", bytes("%PDF-1.7\n%âãÏÓ")],
    ["PNG image", bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])],
    ["JPEG image", bytes([0xff, 0xd8, 0xff, 0xe0])],
    ["GIF image", bytes("GIF89a")],
    ["ZIP archive (or an Office document)", bytes("PK", [3, 4])],
    ["gzip archive", bytes([0x1f, 0x8b, 8])],
    ["contains NUL bytes", bytes("plain text", [0], "more")],
  ])("recognizes %s", (what, head) => {
    expect(sniffBinary(head)).toBe(what);
  });

  it("passes text, including text that mentions %PDF later", () => {
    expect(sniffBinary(bytes("A PDF starts with %PDF-1.7."))).toBeNull();
    expect(sniffBinary(bytes("café"))).toBeNull();
  });
});
