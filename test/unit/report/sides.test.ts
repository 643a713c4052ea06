/**
 * Every human-facing format shows a finding's sides: "two sources say 1997, one says 1996" can be
 * read off the table, Markdown, CSV, HTML and `explain` alike.
 */
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { csvReporter } from "../../../src/report/csv.js";
import { explain } from "../../../src/report/explain.js";
import { htmlReporter } from "../../../src/report/html/index.js";
import { markdownReporter } from "../../../src/report/markdown.js";
import { tableReporter } from "../../../src/report/table.js";
import { day, makeClaim, makeFinding, makeReport, year } from "../../helpers/make-report.js";

const y1997 = makeClaim({ id: "c-1", document: "a/001.txt", text: "in 1997", value: year(1997) });
const may1997 = makeClaim({ id: "c-2", document: "a/002.txt", text: "on 25 May 1997", value: day("1997-05-25") });
const y1996 = makeClaim({ id: "c-3", document: "a/003.txt", text: "In 1996", value: year(1996) });
const report = makeReport({
  claims: [y1997, may1997, y1996],
  findings: [makeFinding({ id: "f-abc", claims: ["c-1", "c-2", "c-3"], sides: [["c-1", "c-2"], ["c-3"]], reason: "1997 and 1996 cannot both hold." })],
});

describe("sides in every format", () => {
  it("table: each side under its heading, with the number of its sources", () => {
    const text = tableReporter(report, { color: false });
    const a = text.indexOf("side A, 2 sources:");
    const b = text.indexOf("side B, 1 source:");
    expect(a).toBeGreaterThan(0);
    expect(b).toBeGreaterThan(a);
    expect(text.indexOf("“on 25 May 1997”")).toBeGreaterThan(a);
    expect(text.indexOf("“on 25 May 1997”")).toBeLessThan(b);
    expect(text.indexOf("“In 1996”")).toBeGreaterThan(b);
  });

  it("markdown: the side headings in the claims cell", () => {
    const row = markdownReporter(report, { color: false }).split("\n").find((l) => l.includes("f-abc"))!;
    expect(row).toMatch(/\*side A, 2 sources:\*<br>\*\*1997\*\*.*<br>\*\*25 May 1997\*\*.*<br>\*side B, 1 source:\*<br>\*\*1996\*\*/);
  });

  it("csv: a side column", () => {
    const [header, ...rows] = parse(csvReporter(report, { color: false })) as string[][];
    const side = header!.indexOf("side");
    expect(rows.map((r) => [r[header!.indexOf("claim_id")], r[side]])).toEqual([
      ["c-1", "A"],
      ["c-2", "A"],
      ["c-3", "B"],
    ]);
  });

  it("html: one labelled group per side", () => {
    const html = htmlReporter(report, { color: false });
    const groups = [...html.matchAll(/<div class="side"><p class="side-label">([^<]+)<\/p>/g)].map((m) => m[1]);
    expect(groups).toEqual(["side A, 2 sources", "side B, 1 source"]);
  });

  it("explain: the sides and the claims on each", () => {
    const text = explain(report, "f-abc");
    expect(text).toContain("side A, 2 sources: 1997 (claims 1, 2)");
    expect(text).toContain("side B, 1 source: 1996 (claims 3)");
  });
});
