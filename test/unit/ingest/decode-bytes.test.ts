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

  it("keeps a UTF-8 text with a few invalid bytes as UTF-8: U+FFFD there, and a warning with their byte offsets", () => {
    // "Kabul — a stray byte, then “quoted” text: …", the stray byte a lone 0x93 (a Windows-1252 quote pasted in)
    const input = bytes("Kabul — talks in 1997 ", [0x93], "stalled; “quoted” é ü and ", [0xc3], " more — end");
    const decoded = decodeBytes(input);
    expect(decoded.encoding).toBe("utf-8");
    expect(decoded.text).toBe("Kabul — talks in 1997 \ufffdstalled; “quoted” é ü and \ufffd more — end");
    const first = Buffer.from("Kabul — talks in 1997 ").length;
    const second = first + 1 + Buffer.from("stalled; “quoted” é ü and ").length;
    expect(decoded.warning).toBe(`invalid UTF-8 at bytes ${first} and ${second}; read as UTF-8, those bytes as U+FFFD`);
  });

  it.each([
    ["a lone continuation byte", [0x80], 1],
    ["a truncated three-byte sequence", [0xe2, 0x80], 1],
    ["an overlong encoding", [0xc0, 0xaf], 2],
    ["a surrogate", [0xed, 0xa0, 0x80], 3],
    ["beyond U+10FFFF", [0xf4, 0x90, 0x80, 0x80], 4],
  ])("counts %s as TextDecoder replaces it", (_label, bad, replacements) => {
    const input = bytes("— “a” — ", bad as number[], " — “b” — ü ö ä");
    const decoded = decodeBytes(input);
    expect(decoded.encoding).toBe("utf-8");
    expect(decoded.text).toBe(new TextDecoder().decode(input));
    expect([...decoded.text.matchAll(/\ufffd/g)]).toHaveLength(replacements as number);
    expect(decoded.warning).toMatch(/^invalid UTF-8 at byte/);
  });

  it("still reads a text with more invalid bytes than valid UTF-8 characters as Windows-1252", () => {
    const decoded = decodeBytes(bytes([0x93], "caf", [0xe9], " ", [0x96], " na", [0xef], "ve", [0x94], " — one"));
    expect(decoded.encoding).toBe("windows-1252");
  });

  it("lists at most five offsets and counts the rest", () => {
    const parts: (number[] | string)[] = ["€ ü ö ä ß é è à ç ñ "];
    for (let i = 0; i < 8; i++) parts.push([0xff], " ");
    const decoded = decodeBytes(bytes(...parts));
    expect(decoded.encoding).toBe("utf-8");
    expect(decoded.warning).toMatch(/^invalid UTF-8 at bytes \d+, \d+, \d+, \d+, \d+ and 3 more places; read as UTF-8, those bytes as U\+FFFD$/);
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
