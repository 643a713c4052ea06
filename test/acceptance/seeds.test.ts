/**
 * The points of a correct scan of the seeds (five real articles on Afghanistan–Pakistan
 * relations): claims with their values, the one contradiction, the refugee divergence, the
 * agreements, and the spans that must not be read as claims.
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Claim, Report, Value } from "../../src/types.js";
import { findMentions } from "../../src/values/index.js";
import { runCli } from "../helpers/run-cli.js";

let report: Report;
let exitCode: number;
const text = (path: string): string => readFileSync(path, "utf8");

beforeAll(async () => {
  const run = await runCli(["scan", "seeds/", "--format", "json"]);
  exitCode = run.code;
  report = JSON.parse(run.stdout) as Report;
});

/** Claims whose value expression starts inside the anchor's span in the document named by prefix. */
function claimsAt(prefix: string, anchor: string): Claim[] {
  const doc = report.documents.find((d) => d.path.split("/").pop()!.startsWith(prefix));
  if (!doc) throw new Error(`no document ${prefix}`);
  const at = text(doc.path).indexOf(anchor);
  if (at < 0) throw new Error(`anchor not found: ${anchor}`);
  return report.claims.filter((c) => c.document === doc.path && c.offset >= at && c.offset < at + anchor.length);
}

/** Every claim at the anchor with the value (several rules may read the same expression). */
function claimAt(prefix: string, anchor: string, value: Partial<Value> & { nominal?: number }): Claim[] {
  const found = claimsAt(prefix, anchor).filter((c) => {
    const v = c.value as unknown as Record<string, unknown>;
    return Object.entries(value).every(([k, want]) => {
      if (k === "nominal") {
        const lo = v.min as number | null;
        const hi = v.max as number | null;
        return (lo === null || lo <= (want as number)) && (hi === null || hi >= (want as number));
      }
      return v[k] === want;
    });
  });
  expect(found, `${prefix} “${anchor}” with ${JSON.stringify(value)}; got ${JSON.stringify(claimsAt(prefix, anchor).map((c) => c.value))}`).not.toHaveLength(0);
  return found;
}

function verdictsBetween(a: Claim[], b: Claim[]): string[] {
  const has = (ids: string[], cs: Claim[]): boolean => cs.some((c) => ids.includes(c.id));
  return [...new Set(report.findings.filter((f) => has(f.claims, a) && has(f.claims, b)).map((f) => f.verdict))];
}

describe("a scan of the seeds", () => {
  it("exits 1 because it finds a contradiction", () => {
    expect(exitCode).toBe(1);
    expect(report.summary.documents).toBe(5);
  });

  it("extracts the claims with their values", () => {
    claimAt("000", "over 2,800 fatalities", { type: "quantity", min: 2800, max: null, unit: "person" });
    claimAt("000", "1.7 million undocumented", { type: "quantity", nominal: 1_700_000 });
    claimAt("000", "nearly $1 billion", { type: "quantity", max: 1_000_000_000, unit: "USD", approximate: true });
    claimAt("000", "10% fee", { type: "quantity", min: 10, max: 10, unit: "percent" });
    claimAt("001", "over $2 billion", { type: "quantity", min: 2_000_000_000, max: null, unit: "USD" });
    claimAt("002", "from 1996 to 2001, the Taliban", { type: "range", start: "1996-01-01", end: "2001-12-31" });
    claimAt("003", "16 security personnel", { type: "quantity", min: 16, max: 16 });
    claimAt("003", "Around 1.2 million Afghan", { type: "quantity", nominal: 1_200_000, approximate: true });
    claimAt("004", "an estimated 3 million Afghan", { type: "quantity", nominal: 3_000_000, approximate: true });
    claimAt("004", "(1979–1989) marked", { type: "range", start: "1979-01-01", end: "1989-12-31" });
  });

  it("gives the quantities their time frames", () => {
    const [fatalities] = claimAt("000", "over 2,800 fatalities", { type: "quantity" });
    expect(fatalities?.frame?.start).toBe("2021-01-01");
    const [trade] = claimAt("000", "nearly $1 billion", { type: "quantity" });
    expect(trade?.frame).toMatchObject({ start: "2025-01-01", end: "2025-06-30" });
  });

  it("reports the year Pakistan recognised the Taliban as a contradiction (1997 vs 1996)", () => {
    const a = claimAt("001", "in 1997 that Pakistan recognised", { type: "date", start: "1997-01-01", end: "1997-12-31" });
    const b = claimAt("002", "In 1996, following the Taliban", { type: "date", start: "1996-01-01", end: "1996-12-31" });
    expect(verdictsBetween(a, b)).toEqual(["contradict"]);
  });

  it("shows the sides of the recognition finding: 1997 on one, 1996 on the other", () => {
    const a = claimAt("001", "in 1997 that Pakistan recognised", { type: "date" });
    const b = claimAt("002", "In 1996, following the Taliban", { type: "date" });
    const finding = report.findings.find((f) => f.verdict === "contradict" && f.claims.includes(a[0]!.id));
    const ids = (cs: Claim[]): string[] => cs.map((c) => c.id);
    expect(finding?.sides).toHaveLength(2);
    expect(finding?.sides?.[0]).toEqual([a[0]!.id]);
    expect(finding?.sides?.[1]).toHaveLength(1);
    expect(ids(b)).toContain(finding?.sides?.[1]?.[0]);
  });

  it("reports the refugee figures as diverging by measure, never contradicting", () => {
    const ordered = claimAt("000", "1.7 million undocumented", { type: "quantity" });
    const repatriated = claimAt("003", "Around 1.2 million Afghan", { type: "quantity" });
    const hosted = claimAt("004", "an estimated 3 million Afghan", { type: "quantity" });
    expect(verdictsBetween(ordered, repatriated)).toEqual(["diverge"]);
    expect(verdictsBetween(ordered, hosted)).not.toContain("contradict");
    expect(verdictsBetween(repatriated, hosted)).not.toContain("contradict");
    expect([ordered[0]?.measure, repatriated[0]?.measure, hosted[0]?.measure]).toEqual(["ordered-to-leave", "repatriated", "hosted"]);
  });

  it.each([
    ["takeover", ["000", "in August 2021 placed", "2021-08-01"], ["001", "since August 2021 the situation", "2021-08-01"]],
    ["Doha Agreement", ["001", "Doha Agreement in 2020", "2020-01-01"], ["002", "Doha Agreement of February 2020", "2020-02-01"]],
    ["U.S. withdrawal", ["001", "troop withdrawal in 2021", "2021-01-01"], ["002", "withdrawal of US forces from Afghanistan in August 2021 and", "2021-08-01"]],
    ["December 2024 strikes (000/003)", ["000", "In December 2024, Pakistani forces", "2024-12-01"], ["003", "In December 2024, Pakistani fighter jets", "2024-12-01"]],
    ["December 2024 strikes (001/003)", ["001", "strikes on the TTP in December 2024", "2024-12-01"], ["003", "In December 2024, Pakistani fighter jets", "2024-12-01"]],
    ["Dar's visit to Kabul", ["000", "19th April 2025", "2025-04-19"], ["003", "Kabul in late April 2025", "2025-04-16"]],
  ] as const)("reports the %s as agreeing", (_name, [da, aa, sa], [db, ab, sb]) => {
    const a = claimAt(da, aa, { type: "date", start: sa });
    const b = claimAt(db, ab, { type: "date", start: sb });
    expect(verdictsBetween(a, b)).toEqual(["agree"]);
  });

  it("resolves “four years ago” against the document's date and joins it to the takeover", () => {
    const ago = claimAt("003", "four years ago", { type: "date", start: "2021-01-01", end: "2021-12-31" });
    const aug = claimAt("000", "in August 2021 placed", { type: "date" });
    expect(verdictsBetween(ago, aug)).toEqual(["agree"]);
    expect(report.documents.every((d) => d.dateSource === "inferred" && d.date !== null)).toBe(true);
  });

  it("keeps recurring events apart: strikes and meetings on different dates are no contradiction", () => {
    const strikeTopics = report.findings.filter((f) => f.rule === "air-strikes" || f.rule === "meetings" || f.rule === "official-visits");
    expect(strikeTopics.every((f) => f.verdict === "agree")).toBe(true);
  });

  it.each([
    ["004", "(Hussain, 2011)"],
    ["004", "(Rashid, 2010a)"],
    ["004", "(Waltz, 1979)"],
    ["004", "3.4."],
    ["004", "5.1."],
    ["001", "Taliban 2.0"],
    ["004", "0009-0005-3697-6034"],
    ["000", "@MIshaqDar50"],
  ])("does not read %s “%s” as a claim", (prefix, anchor) => {
    expect(claimsAt(prefix, anchor)).toEqual([]);
  });

  it("reads 9/11 only as the date 2001-09-11", () => {
    // No rule needs to claim it, but any claim there is that day, never a fraction or a count …
    for (const c of claimsAt("002", "9/11")) expect(c.value).toMatchObject({ type: "date", start: "2001-09-11", end: "2001-09-11" });
    // … and the value layer every rule reads through sees one mention there: the day.
    const path = report.documents.find((d) => d.path.includes("/002_"))!.path;
    const body = text(path);
    const at = body.indexOf("9/11 attacks");
    expect(at).toBeGreaterThan(0);
    const there = findMentions(body, { asOf: null }).filter((m) => m.offset <= at && at < m.offset + m.length);
    expect(there).toHaveLength(1);
    expect(there[0]).toMatchObject({ kind: "date", text: "9/11", value: { type: "date", start: "2001-09-11", end: "2001-09-11" } });
  });

  it("has no contradiction besides the recognition year", () => {
    const contradictions = report.findings.filter((f) => f.verdict === "contradict");
    expect(contradictions.map((f) => f.rule)).toEqual(["government-recognition"]);
  });
});
