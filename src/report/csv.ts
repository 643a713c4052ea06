/**
 * The CSV reporter: one row per claim in a finding, for spreadsheets; `side` names the side the
 * claim stands on (claims of one side agree with each other). RFC 4180 (CRLF records, fields
 * quoted when they hold a comma, a quote, or a CR or LF of any kind) through csv-stringify.
 *
 * Owns the column set and the formula-injection guard: a text cell that begins with = + - @,
 * a tab or a carriage return would be run as a formula by Excel, LibreOffice or Google Sheets
 * (`=HYPERLINK("http://evil","click")`, `@SUM(A1)`), so it is prefixed with an apostrophe.
 * Numeric columns (line, column, min, max) are written as numbers and are never altered.
 */
import { stringify } from "csv-stringify/sync";
import type { Claim, Finding, Report, ReporterOptions, Value } from "../types.js";
import { describeFrame, describeValue } from "./describe-value.js";
import { findingView, sideLabel } from "./findings-view.js";

/** The columns, in order. Numeric ones hold numbers (or are empty); all others are text. */
export const CSV_COLUMNS = [
  "finding_id",
  "verdict",
  "topic",
  "rule",
  "measure",
  "claim_id",
  "document",
  "line",
  "column",
  "side",
  "quote",
  "sentence",
  "value",
  "value_type",
  "start",
  "end",
  "min",
  "max",
  "unit",
  "qualifier",
  "approximate",
  "frame",
  "frame_start",
  "frame_end",
  "reason",
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];
export type CsvRow = Record<CsvColumn, string | number | null>;

/** Leading characters that make a spreadsheet treat a cell as a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** "=HYPERLINK(…)" → "'=HYPERLINK(…)"; "@SUM(A1)" → "'@SUM(A1)"; "1997" → "1997". */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function valueColumns(value: Value): Pick<CsvRow, "value_type" | "start" | "end" | "min" | "max" | "unit" | "qualifier" | "approximate"> {
  switch (value.type) {
    case "date":
      return {
        value_type: "date",
        start: value.start,
        end: value.end,
        min: null,
        max: null,
        unit: null,
        qualifier: null,
        approximate: value.approximate ? "true" : "false",
      };
    case "range":
      return { value_type: "range", start: value.start, end: value.end, min: null, max: null, unit: null, qualifier: null, approximate: "false" };
    case "quantity":
      return {
        value_type: "quantity",
        start: null,
        end: null,
        min: value.min,
        max: value.max,
        unit: value.unit,
        qualifier: value.qualifier,
        approximate: value.approximate ? "true" : "false",
      };
  }
}

/** The rows of one finding: its claims in the finding's order, each with the side it stands on (A, B, …; empty when the finding does not say). */
export function findingRows(finding: Finding, claimsById: ReadonlyMap<string, Claim>): CsvRow[] {
  const rows: CsvRow[] = [];
  const view = findingView(finding, claimsById);
  const sideOf = new Map(view.sides.flatMap((side, i) => side.map((c) => [c.id, sideLabel(i)] as const)));
  for (const id of finding.claims) {
    const claim = claimsById.get(id);
    if (!claim) continue; // a finding names only claims of its own report; tolerate a trimmed report
    rows.push({
      finding_id: finding.id,
      verdict: finding.verdict,
      topic: finding.topic,
      rule: finding.rule,
      measure: claim.measure,
      claim_id: claim.id,
      side: sideOf.get(claim.id) ?? null,
      document: claim.document,
      line: claim.line,
      column: claim.column,
      quote: claim.text,
      sentence: claim.sentence,
      value: describeValue(claim.value),
      ...valueColumns(claim.value),
      frame: claim.frame ? describeFrame(claim.frame) : null,
      frame_start: claim.frame?.start ?? null,
      frame_end: claim.frame?.end ?? null,
      reason: finding.reason,
    });
  }
  return rows;
}

export function csvRows(report: Report): CsvRow[] {
  const claimsById = new Map(report.claims.map((c) => [c.id, c] as const));
  return report.findings.flatMap((f) => findingRows(f, claimsById));
}

export function csvReporter(report: Report, options: ReporterOptions): string {
  const rows = csvRows(report);
  return stringify(rows, {
    header: true,
    columns: CSV_COLUMNS.map((key) => ({ key, header: key })),
    bom: options.csvBom === true,
    record_delimiter: "windows",
    // A field holding a lone LF or CR is quoted too (a file name, a sentence): readers that end a
    // record at any line break (Python's csv, spreadsheets) otherwise split the row.
    quote_record_delimiter: true,
    cast: {
      // Every text cell passes the guard; numbers are left to the number cast (unchanged).
      string: (value) => neutralizeFormula(value),
      number: (value) => (Number.isFinite(value) ? String(value) : ""),
    },
  });
}
