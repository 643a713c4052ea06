import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { CSV_COLUMNS, csvReporter, neutralizeFormula } from "../../../src/report/csv.js";
import { dateValue, makeClaim, makeFinding, makeReport, quantity, year } from "../../helpers/make-report.js";

function parseCsv(text: string): string[][] {
  return parse(text, { bom: true, relax_column_count: false }) as string[][];
}

const a = makeClaim({
  id: "c-a",
  document: "seeds/001.txt",
  line: 6,
  column: 10,
  text: "in 1997",
  sentence: "It was in 1997 that Pakistan recognised the first Taliban regime.",
  value: year(1997),
});
const b = makeClaim({
  id: "c-b",
  document: "seeds/002.txt",
  line: 3,
  column: 1,
  text: "In 1996",
  sentence: 'In 1996, following the "capture" of Kabul, Islamabad recognized the group,\nformally.',
  value: year(1996),
});
const refugees = makeClaim({
  id: "c-r",
  rule: "afghan-refugees",
  topic: "Afghan refugees in Pakistan",
  measure: "ordered-to-leave",
  document: "seeds/000.txt",
  line: 12,
  column: 40,
  text: "1.7 million",
  sentence: "Pakistan ordered 1.7 million undocumented Afghan refugees to leave.",
  value: quantity({ min: 1_700_000, max: 1_700_000 }),
  frame: dateValue("2023-09-01", "2023-12-31", "part"),
});
const repatriated = makeClaim({
  id: "c-s",
  rule: "afghan-refugees",
  topic: "Afghan refugees in Pakistan",
  measure: "repatriated",
  document: "seeds/003.txt",
  text: "Around 1.2 million",
  value: quantity({ min: 1_080_000, max: 1_320_000, qualifier: "around", approximate: true, nominal: 1_200_000 }),
});
const report = makeReport({
  claims: [a, b, refugees, repatriated],
  findings: [
    makeFinding({ id: "f-1", claims: ["c-a", "c-b"], sides: [["c-a"], ["c-b"]], reason: "1997 and 1996, cannot both hold" }),
    makeFinding({
      id: "f-2",
      rule: "afghan-refugees",
      topic: "Afghan refugees in Pakistan",
      verdict: "diverge",
      claims: ["c-r", "c-s"],
      measures: ["ordered-to-leave", "repatriated"],
      basis: { kind: "different-measures", measures: ["ordered-to-leave", "repatriated"] },
      reason: "The figures count different things.",
    }),
  ],
});

describe("csvReporter", () => {
  const text = csvReporter(report, { color: false });
  const [header, ...rows] = parseCsv(text);

  it("writes a header and one row per claim in a finding, every field as expected (the side empty where a finding names none)", () => {
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(rows).toEqual([
      // prettier-ignore
      ["f-1", "contradict", "Pakistan's recognition of the Taliban government", "taliban-recognition", "", "c-a", "seeds/001.txt", "6", "10", "A",
        "in 1997", "It was in 1997 that Pakistan recognised the first Taliban regime.", "1997", "date", "1997-01-01", "1997-12-31",
        "", "", "", "", "false", "", "", "", "1997 and 1996, cannot both hold"],
      ["f-1", "contradict", "Pakistan's recognition of the Taliban government", "taliban-recognition", "", "c-b", "seeds/002.txt", "3", "1", "B",
        "In 1996", 'In 1996, following the "capture" of Kabul, Islamabad recognized the group,\nformally.', "1996", "date", "1996-01-01", "1996-12-31",
        "", "", "", "", "false", "", "", "", "1997 and 1996, cannot both hold"],
      ["f-2", "diverge", "Afghan refugees in Pakistan", "afghan-refugees", "ordered-to-leave", "c-r", "seeds/000.txt", "12", "40", "",
        "1.7 million", "Pakistan ordered 1.7 million undocumented Afghan refugees to leave.", "1.7 million people", "quantity", "", "",
        "1700000", "1700000", "person", "", "false", "late 2023", "2023-09-01", "2023-12-31", "The figures count different things."],
      ["f-2", "diverge", "Afghan refugees in Pakistan", "afghan-refugees", "repatriated", "c-s", "seeds/003.txt", "1", "8", "",
        "Around 1.2 million", "It was Around 1.2 million that the event took place.", "about 1.2 million people", "quantity", "", "",
        "1080000", "1320000", "person", "around", "true", "", "", "", "The figures count different things."],
    ]);
  });

  it("uses CRLF record delimiters (RFC 4180) and quotes only where needed", () => {
    expect(text.startsWith("finding_id,verdict,")).toBe(true);
    expect(text.split("\r\n").length).toBeGreaterThan(4);
    expect(text).toContain(',6,10,A,in 1997,');
    expect(text).toContain('"In 1996, following the ""capture"" of Kabul, Islamabad recognized the group,\nformally."');
  });

  it("writes numeric columns as bare numbers", () => {
    expect(text).toContain(",1700000,1700000,person,");
  });

  it("starts with a UTF-8 BOM only when asked", () => {
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    const withBom = csvReporter(report, { color: false, csvBom: true });
    expect(withBom.charCodeAt(0)).toBe(0xfeff);
    expect(withBom.slice(1)).toBe(text);
  });

  it("writes only the header when there are no findings", () => {
    const empty = parseCsv(csvReporter(makeReport({ claims: [a] }), { color: false }));
    expect(empty).toEqual([[...CSV_COLUMNS]]);
  });
});

describe("formula injection", () => {
  it.each([
    ["=HYPERLINK(\"http://x\",\"y\")", "'=HYPERLINK(\"http://x\",\"y\")"],
    ["@SUM(A1:A9)", "'@SUM(A1:A9)"],
    ["+1", "'+1"],
    ["-2+3", "'-2+3"],
    ["\tcmd", "'\tcmd"],
    ["\rcmd", "'\rcmd"],
    ["1997", "1997"],
    ["a=b", "a=b"],
    ["", ""],
  ])("neutralizeFormula(%j) → %j", (input, expected) => {
    expect(neutralizeFormula(input)).toBe(expected);
  });

  it("neutralizes every text cell of a crafted article and leaves numbers alone", () => {
    const evil = makeClaim({
      id: "c-evil",
      document: "@docs/evil.txt",
      text: "=HYPERLINK(\"http://evil.example\",\"1997\")",
      sentence: "@SUM(A1:A2) was the year, in =HYPERLINK(\"http://evil.example\",\"1997\").",
      value: quantity({ min: -5, max: -5, unit: "" }),
      measure: "+cmd",
    });
    const other = makeClaim({ id: "c-other", document: "docs/b.txt", text: "-1996", sentence: "-1996 it was." });
    const crafted = makeReport({
      claims: [evil, other],
      findings: [makeFinding({ id: "f-x", topic: "=1+1", claims: ["c-evil", "c-other"], reason: "@reason" })],
    });
    const [header, ...rows] = parseCsv(csvReporter(crafted, { color: false }));
    const col = (name: string): number => header!.indexOf(name);
    const numeric = new Set(["line", "column", "min", "max"]);
    for (const row of rows) {
      row.forEach((cell, i) => {
        if (numeric.has(header![i]!)) return;
        expect(cell, `column ${header![i]}`).not.toMatch(/^[=+\-@\t\r]/);
      });
    }
    const first = rows[0]!;
    expect(first[col("quote")]).toBe("'=HYPERLINK(\"http://evil.example\",\"1997\")");
    expect(first[col("sentence")]).toBe("'@SUM(A1:A2) was the year, in =HYPERLINK(\"http://evil.example\",\"1997\").");
    expect(first[col("document")]).toBe("'@docs/evil.txt");
    expect(first[col("measure")]).toBe("'+cmd");
    expect(first[col("topic")]).toBe("'=1+1");
    expect(first[col("reason")]).toBe("'@reason");
    expect(first[col("min")]).toBe("-5");
    expect(first[col("max")]).toBe("-5");
    expect(rows[1]![col("quote")]).toBe("'-1996");
  });
});

describe("cells holding a line break", () => {
  it("are quoted, so a reader that ends records at any CR or LF reads every row back whole", () => {
    const lf = makeClaim({ id: "c-lf", document: "news/two\nlines.txt", text: "in 1997", value: year(1997), sentence: "Recognised\rin 1997." });
    const cr = makeClaim({ id: "c-cr", document: "news/carriage\rreturn.txt", text: "in 1996", value: year(1996), sentence: "Recognised in\n1996." });
    const report = makeReport({ claims: [lf, cr], findings: [makeFinding({ id: "f-1", claims: ["c-lf", "c-cr"] })] });
    const rows = parse(csvReporter(report, { color: false }), { record_delimiter: ["\r\n", "\n", "\r"], columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.document, r.sentence])).toEqual([
      ["news/two\nlines.txt", "Recognised\rin 1997."],
      ["news/carriage\rreturn.txt", "Recognised in\n1996."],
    ]);
  });
});
