/** Which date a document takes: what the user states, what the document states, its path, --as-of, inference. */
import { describe, expect, it } from "vitest";
import { compilePathPattern } from "../../../src/ingest/dates/path-date.js";
import { buildDocument } from "../../../src/ingest/build-document.js";
import { assignDates } from "../../../src/ingest/document-date.js";
import { withManifestDate } from "../../../src/ingest/manifest.js";
import type { SourceDocument } from "../../../src/types.js";

const doc = (path: string, text: string): SourceDocument => buildDocument(path, "0".repeat(64), { text, encoding: "utf-8" } as never).document;
const dated = (d: SourceDocument, asOf: string | null = null, patterns: string[] = []) => {
  const [r] = assignDates([d], { asOf, pathPatterns: patterns.map(compilePathPattern) });
  return [r!.date, r!.dateSource, r!.dateConfidence ?? null];
};

describe("document dates: the order of preference", () => {
  const dateline = "OSLO, 14 March 2019 — The council voted to close the plant in 2021.";

  it("front matter first, then a manifest, then what the document states", () => {
    const front = doc("2020-01-01-a.md", `---\ndate: 2019-03-01\n---\n${dateline}`);
    expect(dated(front)).toEqual(["2019-03-01", "frontmatter", null]);
    expect(dated(withManifestDate(front, "2018-01-01"))).toEqual(["2019-03-01", "frontmatter", null]);
    expect(dated(withManifestDate(doc("a.txt", dateline), "2018-01-01"))).toEqual(["2018-01-01", "manifest", null]);
  });

  it("HTML metadata, then the dateline, then the address line", () => {
    const html = `<html><head><meta property="article:published_time" content="2019-03-13T22:00:00Z"></head><body><p>${dateline}</p></body></html>`;
    expect(dated(doc("a.html", html))).toEqual(["2019-03-13", "html-meta", "high"]);
    expect(dated(doc("a.txt", dateline))).toEqual(["2019-03-14", "dateline", "high"]);
    expect(dated(doc("a.txt", `http://example.com/2019/03/15/council\n${dateline}`))).toEqual(["2019-03-14", "dateline", "high"]);
    expect(dated(doc("a.txt", "http://example.com/2019/03/15/council\nThe council voted."))).toEqual(["2019-03-15", "url", "high"]);
  });

  it("a document's own date wins over its path, its path over --as-of, --as-of over inference", () => {
    expect(dated(doc("2020-05-05-a.txt", dateline), "2022-01-01")).toEqual(["2019-03-14", "dateline", "high"]);
    const plain = "The council met on 2 May 2019.";
    expect(dated(doc("2020-05-05-a.txt", plain), "2022-01-01")).toEqual(["2020-05-05", "path", "high"]);
    expect(dated(doc("1866_address.txt", plain), "2022-01-01")).toEqual(["1866-01-01", "path", "low"]);
    expect(dated(doc("a.txt", plain), "2022-01-01")).toEqual(["2022-01-01", "flag", null]);
    expect(dated(doc("a.txt", plain))).toEqual(["2019-05-02", "inferred", "low"]);
    expect(dated(doc("a.txt", "Police said on Tuesday the man was arrested."))).toEqual([null, null, null]);
  });

  it("reads relcheck.yml path patterns before the default path dates", () => {
    const plain = "The council met.";
    expect(dated(doc("minutes/1999_council_14.03.2019.txt", plain), null, ["*_{day}.{month}.{year}.txt"])).toEqual(["2019-03-14", "path", "high"]);
    expect(dated(doc("minutes/1999_council_14.03.2019.txt", plain))).toEqual(["1999-01-01", "path", "low"]);
  });

  it("masks the dateline whichever date wins", () => {
    const d = doc("a.md", `---\ndate: 2019-03-01\n---\n${dateline}`);
    const start = d.text.indexOf("OSLO");
    expect(d.masked?.some(([s, e]) => s <= start && e >= d.text.indexOf("—") + 1)).toBe(true);
    expect(d.masked?.some(([s, e]) => s <= d.text.indexOf("2021") && d.text.indexOf("2021") < e)).toBe(false);
  });
});

describe("an address that names a month but no day dates the document to a span of that month", () => {
  const span = (d: SourceDocument) => [d.date, d.dateUntil ?? null];
  it.each([
    // a month and no day: from its first day (or the day the text's own dates point to) to its last
    ["http://example.org/2011/02/ferry-sinks\nThe ferry sank with 40 aboard.", ["2011-02-01", "2011-02-28"]],
    ["http://example.org/2012/02/ferry-sinks\nThe ferry sank with 40 aboard.", ["2012-02-01", "2012-02-29"]],
    ["http://example.org/2011/11/ferry-sinks\nThe ferry sank on 9 November 2011 with 40 aboard.", ["2011-11-09", "2011-11-30"]],
    // a day in the address, or a dateline: one day
    ["http://example.org/2011/02/14/ferry-sinks\nThe ferry sank with 40 aboard.", ["2011-02-14", null]],
    ["http://example.org/2011/02/ferry-sinks\nMOMBASA, 16 February 2011 — The ferry sank with 40 aboard.", ["2011-02-16", null]],
  ] as const)("%s", (text, expected) => {
    expect(span(doc("a.txt", text))).toEqual(expected);
  });

  it("a date the user states replaces the span", () => {
    const monthly = doc("a.txt", "http://example.org/2011/02/ferry-sinks\nThe ferry sank with 40 aboard.");
    expect(span(withManifestDate(monthly, "2011-02-20"))).toEqual(["2011-02-20", null]);
  });
});
