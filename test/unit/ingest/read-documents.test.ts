import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { UserError } from "../../../src/errors.js";
import { position } from "../../../src/ingest/line-index.js";
import { isMasked } from "../../../src/ingest/mask-ranges.js";
import { readDocuments, readFileBounded } from "../../../src/ingest/read-documents.js";

let dir: string;
const put = (rel: string, content: string | Uint8Array) => {
  mkdirSync(join(dir, rel, ".."), { recursive: true });
  writeFileSync(join(dir, rel), content);
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "relcheck-read-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("readDocuments", () => {
  it("gives correct line numbers for LF, CRLF and lone CR files", () => {
    const lines = ["first line", "in 1997 Pakistan", "third"];
    put("lf.txt", lines.join("\n"));
    put("crlf.txt", lines.join("\r\n"));
    put("cr.txt", lines.join("\r"));
    const { documents } = readDocuments(["."], dir);
    expect(documents.map((d) => d.path)).toEqual(["cr.txt", "crlf.txt", "lf.txt"]);
    for (const doc of documents) {
      const offset = doc.text.indexOf("1997");
      expect(position(doc.lineStarts, offset)).toEqual({ line: 2, column: 4 });
    }
  });

  it("reads an empty file as a document with no text", () => {
    put("empty.txt", "");
    const { documents, diagnostics } = readDocuments(["empty.txt"], dir);
    expect(documents).toEqual([
      expect.objectContaining({ path: "empty.txt", text: "", lineStarts: [0], sha256: createHash("sha256").update("").digest("hex") }),
    ]);
    expect(diagnostics).toEqual([]);
  });

  it("counts byte-identical files once and names the others", () => {
    put("a.txt", "In 1997 Pakistan recognised the regime.\n");
    put("copy/a.txt", "In 1997 Pakistan recognised the regime.\n");
    put("b.txt", "In 1996 Islamabad recognised the group.\n");
    const { documents, diagnostics } = readDocuments(["."], dir);
    expect(documents.map((d) => [d.path, d.duplicates])).toEqual([
      ["a.txt", ["copy/a.txt"]],
      ["b.txt", undefined],
    ]);
    expect(diagnostics).toEqual([{ code: "RC104", severity: "warning", message: "same content as a.txt; counted once", file: "copy/a.txt" }]);
  });

  it("skips binaries with a warning and reads the rest", () => {
    put("a.txt", "text");
    put("photo.png", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]));
    put("paper.pdf", "%PDF-1.4\n1 0 obj\n");
    put("blob.txt", Buffer.from("abc\0def"));
    const { documents, diagnostics } = readDocuments(["a.txt", "photo.png", "paper.pdf", "blob.txt"], dir);
    expect(documents.map((d) => d.path)).toEqual(["a.txt"]);
    expect(diagnostics.map((d) => [d.code, d.file, d.message])).toEqual([
      ["RC101", "blob.txt", "binary file (contains NUL bytes); skipped"],
      ["RC101", "paper.pdf", "binary file (PDF document); skipped"],
      ["RC101", "photo.png", "binary file (PNG image); skipped"],
    ]);
  });

  it("reads UTF-16 with a BOM, and Windows-1252 with a warning", () => {
    put("u16.txt", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Kabul, August 2021", "utf16le")]));
    put("cp.txt", Buffer.from([0x93, 0x31, 0x39, 0x39, 0x37, 0x94]));
    const { documents, diagnostics } = readDocuments(["u16.txt", "cp.txt"], dir);
    expect(documents.map((d) => [d.path, d.encoding, d.text])).toEqual([
      ["cp.txt", "windows-1252", "“1997”"],
      ["u16.txt", "utf-16le", "Kabul, August 2021"],
    ]);
    expect(diagnostics).toEqual([{ code: "RC102", severity: "warning", message: "not valid UTF-8; read as Windows-1252", file: "cp.txt" }]);
  });

  it("turns a read error into a warning and goes on", () => {
    put("a.txt", "one");
    put("locked.txt", "two");
    const { documents, diagnostics } = readDocuments(["a.txt", "locked.txt"], dir, {
      readFile: (path, max) => {
        if (path.endsWith("locked.txt")) throw Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" });
        return readFileBounded(path, max);
      },
    });
    expect(documents.map((d) => d.path)).toEqual(["a.txt"]);
    expect(diagnostics).toEqual([{ code: "RC103", severity: "warning", message: "cannot read: permission denied; skipped", file: "locked.txt" }]);
  });

  it("reads to the end of a file whose stated size is 0 (/proc)", () => {
    const { documents } = readDocuments(["/proc/self/status"], dir);
    expect(documents[0]!.text).toMatch(/^Name:/m);
  });

  it("reads files larger than the 8 KB head whole", () => {
    const text = `${"x".repeat(10_000)}\nIn 1997 …\n${"y".repeat(70_000)}`;
    put("long.txt", text);
    expect(readDocuments(["long.txt"], dir).documents[0]!.text).toBe(text);
  });

  it("skips a file over the size limit without reading it whole", () => {
    put("big.txt", "x".repeat(5000));
    put("a.txt", "small");
    const { documents, diagnostics } = readDocuments(["a.txt", "big.txt"], dir, { maxBytes: 4096 });
    expect(documents.map((d) => d.path)).toEqual(["a.txt"]);
    expect(diagnostics.map((d) => [d.code, d.file])).toEqual([["RC106", "big.txt"]]);
  });

  it("fails in one line when nothing readable is left, naming the first file", () => {
    put("photo.jpg", Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]));
    try {
      readDocuments(["photo.jpg"], dir);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(UserError);
      expect((error as UserError).file).toBe("photo.jpg");
      expect((error as UserError).message).toBe("binary file (JPEG image); skipped — no readable text input left");
    }
  });

  it("masks Markdown and HTML markup while offsets still point into the file", () => {
    const md = "---\ndate: 2025-04-21\n---\nVisit on [19 April 2025](https://x.org/2025/04/19).\n";
    put("a.md", md);
    put("b.html", "<p class=\"x\">In <b>1997</b> it happened.</p>");
    const { documents } = readDocuments(["a.md", "b.html"], dir);
    const [a, b] = documents;
    expect(a!.text).toBe(md);
    expect(a!.date).toBe("2025-04-21");
    expect(a!.dateSource).toBe("frontmatter");
    const visit = md.indexOf("19 April 2025");
    expect(isMasked(a!.masked!, visit)).toBe(false);
    expect(isMasked(a!.masked!, md.indexOf("2025/04"))).toBe(true);
    expect(isMasked(a!.masked!, md.indexOf("2025-04-21"))).toBe(true);
    expect(b!.text.slice(b!.text.indexOf("1997"), b!.text.indexOf("1997") + 4)).toBe("1997");
    expect(isMasked(b!.masked!, b!.text.indexOf("1997"))).toBe(false);
    expect(isMasked(b!.masked!, b!.text.indexOf("class"))).toBe(true);
  });

  it("leaves plain text unmasked and undated", () => {
    put("a.txt", "<not a tag> [link](http://x.org) `code` 1997");
    const [doc] = readDocuments(["a.txt"], dir).documents;
    expect(doc!.masked).toBeUndefined();
    expect(doc!.date).toBeNull();
  });
});
