/**
 * Builders for Report, Claim, Finding and Value objects, for reporter tests. Every builder fills
 * what the caller leaves out with plain defaults, so a test states only what it is about:
 *
 *   const a = makeClaim({ document: "a.txt", value: year(1997), text: "in 1997" });
 *   const report = makeReport({ claims: [a, b], findings: [makeFinding({ claims: [a.id, b.id] })] });
 */
import type {
  Claim,
  DateValue,
  Finding,
  Granularity,
  QuantityValue,
  RangeValue,
  Report,
  ReportDocument,
} from "../../src/types.js";

// ---- values ----------------------------------------------------------------------------------

export function dateValue(start: string, end: string, granularity: Granularity, approximate = false): DateValue {
  return { type: "date", start, end, granularity, approximate };
}

/** year(1997) → 1997-01-01…1997-12-31 */
export function year(y: number): DateValue {
  return dateValue(`${y}-01-01`, `${y}-12-31`, "year");
}

/** month(2021, 8) → 2021-08-01…2021-08-31 */
export function month(y: number, m: number): DateValue {
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const mm = String(m).padStart(2, "0");
  return dateValue(`${y}-${mm}-01`, `${y}-${mm}-${String(last).padStart(2, "0")}`, "month");
}

export function day(iso: string): DateValue {
  return dateValue(iso, iso, "day");
}

export function yearRange(from: number, to: number): RangeValue {
  return { type: "range", start: `${from}-01-01`, end: `${to}-12-31`, granularity: "year" };
}

export function quantity(fields: Partial<QuantityValue> & Pick<QuantityValue, "min" | "max">): QuantityValue {
  return {
    type: "quantity",
    unit: "person",
    approximate: false,
    qualifier: null,
    nominal: fields.min !== null && fields.min === fields.max ? fields.min : null,
    ...fields,
  };
}

// ---- claims, findings, reports ------------------------------------------------------------------

let claimCounter = 0;

/** A claim whose sentence contains its text; id, offset and position are derived when absent. */
export function makeClaim(fields: Partial<Claim> = {}): Claim {
  claimCounter += 1;
  const text = fields.text ?? "in 1997";
  const sentence = fields.sentence ?? `It was ${text} that the event took place.`;
  const rule = fields.rule ?? "taliban-recognition";
  return {
    id: fields.id ?? `c-${String(claimCounter).padStart(4, "0")}`,
    rule,
    topic: fields.topic ?? "Pakistan's recognition of the Taliban government",
    measure: fields.measure ?? null,
    document: fields.document ?? "docs/a.txt",
    line: fields.line ?? 1,
    column: fields.column ?? Math.max(1, sentence.indexOf(text) + 1),
    offset: fields.offset ?? Math.max(0, sentence.indexOf(text)),
    length: fields.length ?? text.length,
    text,
    value: fields.value ?? year(1997),
    sentence,
    frame: fields.frame ?? null,
    actors: fields.actors ?? [],
    trigger: fields.trigger ?? "recognised",
    provenance: fields.provenance ?? [`rule:${rule}`, "pattern:date/in-year", `trigger:${fields.trigger ?? "recognised"}`],
  };
}

let findingCounter = 0;

export function makeFinding(fields: Partial<Finding> & Pick<Finding, "claims">): Finding {
  findingCounter += 1;
  const [a = "", b = ""] = fields.claims;
  return {
    id: fields.id ?? `f-${String(findingCounter).padStart(4, "0")}`,
    rule: fields.rule ?? "taliban-recognition",
    topic: fields.topic ?? "Pakistan's recognition of the Taliban government",
    verdict: fields.verdict ?? "contradict",
    claims: fields.claims,
    measures: fields.measures ?? [null],
    basis: fields.basis ?? { kind: "disjoint-intervals", a, b },
    reason: fields.reason ?? "1997 and 1996 cannot both be the year of the recognition.",
    selfContradiction: fields.selfContradiction ?? false,
    ...(fields.sides ? { sides: fields.sides } : {}),
  };
}

export function makeDocument(path: string, fields: Partial<ReportDocument> = {}): ReportDocument {
  return { path, sha256: "0".repeat(64), date: null, dateSource: null, ...fields };
}

/** A report around the given claims and findings; documents and summary are derived when absent. */
export function makeReport(fields: Partial<Report> = {}): Report {
  const claims = fields.claims ?? [];
  const findings = fields.findings ?? [];
  const paths = [...new Set(claims.map((c) => c.document))].sort();
  const documents = fields.documents ?? paths.map((p) => makeDocument(p));
  const count = (v: Finding["verdict"]): number => findings.filter((f) => f.verdict === v).length;
  return {
    schema: "relcheck/report@1",
    tool: { name: "relcheck", version: "0.0.0-test" },
    asOf: fields.asOf ?? null,
    documents,
    claims,
    findings,
    summary: fields.summary ?? {
      documents: documents.length,
      claims: claims.length,
      agree: count("agree"),
      diverge: count("diverge"),
      contradict: count("contradict"),
    },
    diagnostics: fields.diagnostics ?? [],
  };
}
