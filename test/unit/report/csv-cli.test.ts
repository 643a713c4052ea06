/**
 * `scan --format csv` end to end: the seeds' CSV read back with a CSV parser matches the JSON
 * report row for row, and a crafted article whose text starts with spreadsheet formulas
 * yields neutralized cells.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { CSV_COLUMNS } from "../../../src/report/csv.js";
import { describeValue } from "../../../src/report/describe-value.js";
import type { Report } from "../../../src/types.js";
import { runCli } from "../../helpers/run-cli.js";

type Row = Record<(typeof CSV_COLUMNS)[number], string>;

function parseRows(text: string): Row[] {
  return parse(text, { bom: true, columns: true, relax_column_count: false }) as Row[];
}

describe("scan seeds/ --format csv", async () => {
  const json = await runCli(["scan", "seeds/", "--format", "json"]);
  const report = JSON.parse(json.stdout) as Report;
  const csv = await runCli(["scan", "seeds/", "--format", "csv"]);
  const rows = parseRows(csv.stdout);
  const claims = new Map(report.claims.map((c) => [c.id, c]));

  it("has one row per claim in a finding, every field matching the JSON report", () => {
    expect(csv.code).toBe(json.code);
    expect(csv.stdout.split("\r\n")[0]).toBe(CSV_COLUMNS.join(","));
    const expected = report.findings.flatMap((f) => f.claims.map((id) => ({ f, c: claims.get(id)! })));
    expect(rows).toHaveLength(expected.length);
    rows.forEach((row, i) => {
      const { f, c } = expected[i]!;
      expect(row.finding_id).toBe(f.id);
      expect(row.verdict).toBe(f.verdict);
      expect(row.topic).toBe(f.topic);
      expect(row.rule).toBe(f.rule);
      expect(row.measure).toBe(c.measure ?? "");
      expect(row.claim_id).toBe(c.id);
      expect(row.document).toBe(c.document);
      expect(row.line).toBe(String(c.line));
      expect(row.column).toBe(String(c.column));
      expect(row.quote).toBe(c.text);
      expect(row.sentence).toBe(c.sentence);
      expect(row.value).toBe(describeValue(c.value));
      expect(row.value_type).toBe(c.value.type);
      if (c.value.type === "quantity") {
        expect([row.min, row.max, row.unit]).toEqual([String(c.value.min ?? ""), String(c.value.max ?? ""), c.value.unit]);
        expect([row.start, row.end]).toEqual(["", ""]);
      } else {
        expect([row.start, row.end]).toEqual([c.value.start, c.value.end]);
        expect([row.min, row.max]).toEqual(["", ""]);
      }
      expect(row.reason).toBe(f.reason);
    });
  });

  it("holds the recognition contradiction and the refugee divergence of the seeds", () => {
    const recognition = rows.filter((r) => r.verdict === "contradict" && (r.start === "1997-01-01" || r.start === "1996-01-01"));
    expect(recognition.map((r) => [r.document.slice(0, 9), r.quote, r.value]).sort()).toEqual([
      ["seeds/001", "1997", "1997"],
      ["seeds/002", "1996", "1996"],
    ]);
    expect(new Set(recognition.map((r) => r.finding_id)).size).toBe(1);

    const refugees = rows.filter((r) => r.verdict === "diverge" && r.unit === "person" && r.measure !== "");
    const byMeasure = Object.fromEntries(refugees.map((r) => [r.measure, r.value]));
    expect(byMeasure).toMatchObject({
      "ordered-to-leave": "1.7 million people",
      repatriated: "about 1.2 million people",
      hosted: "an estimated 3 million people",
    });
    expect(rows.filter((r) => r.verdict === "contradict" && r.unit === "person")).toEqual([]);
  });

  it("leaves numeric cells bare and writes a BOM only with --csv-bom", async () => {
    expect(csv.stdout.charCodeAt(0)).not.toBe(0xfeff);
    expect(csv.stdout).toMatch(/,1700000,1700000,person,/);
    const bom = await runCli(["scan", "seeds/", "--format", "csv", "--csv-bom"]);
    expect(bom.stdout.charCodeAt(0)).toBe(0xfeff);
    expect(bom.stdout.slice(1)).toBe(csv.stdout);
  });
});

describe("a crafted article with formulas", () => {
  it("yields neutralized cells for =HYPERLINK( and @SUM(", async () => {
    const dir = mkdtempSync(join(tmpdir(), "relcheck-csv-injection-"));
    writeFileSync(
      join(dir, "=HYPERLINK.txt"),
      '=HYPERLINK("http://evil.example/x","click") It was in 1997 that Pakistan recognised the first Taliban regime, which has been the source of suspicion.\n',
    );
    writeFileSync(
      join(dir, "@SUM.txt"),
      "@SUM(1+1) In 1996, following the Taliban's capture of Kabul, Islamabad formalized diplomatic relations and recognized the group as Afghanistan's legitimate government.\n",
    );
    const run = await runCli(["scan", "=HYPERLINK.txt", "@SUM.txt", "--format", "csv"], { cwd: dir });
    const rows = parse(run.stdout, { bom: true }) as string[][];
    const [header, ...body] = rows;
    expect(body.length).toBeGreaterThanOrEqual(2);
    const numeric = new Set(["line", "column", "min", "max"]);
    for (const row of body) {
      row.forEach((cell, i) => {
        if (!numeric.has(header![i]!)) expect(cell, header![i]).not.toMatch(/^[=+\-@\t\r]/);
      });
    }
    const col = (name: string): number => header!.indexOf(name);
    const sentences = body.map((r) => r[col("sentence")]);
    expect(sentences).toContain(
      '\'=HYPERLINK("http://evil.example/x","click") It was in 1997 that Pakistan recognised the first Taliban regime, which has been the source of suspicion.',
    );
    expect(sentences.some((s) => s?.startsWith("'@SUM(1+1) In 1996"))).toBe(true);
    expect(body.map((r) => r[col("document")]).sort()).toEqual(["'=HYPERLINK.txt", "'@SUM.txt"]);
  });
});
