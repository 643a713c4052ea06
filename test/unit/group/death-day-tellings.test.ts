/**
 * One death told by its day in undated reports: a report that gives only where he died and the
 * paper it credits ("…, wrote the Ashcombe Ledger paper in Halden") tells the day of the
 * death another report tells with his name, and a report that tells the death on one day and later
 * on another is set against both. Must join: the two reports of Thursday, though one names only a
 * town, a state and a newspaper, and the other names the man and the affair he is known by (a name
 * the story sets "in the … offices", a building, not a town). Must not: a newspaper credited with the
 * report is no one in it; the report of Friday never agrees with Thursday. Reports invented.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { scan } from "../../../src/index.js";

describe("one death told by its day in three undated reports", () => {
  const root = mkdtempSync(join(tmpdir(), "relcheck-death-days-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const HEADLINE = "Orbal Renk, long called the Kestrel affair whistleblower, dead at 88";
  const reports = [
    "Orbal Renk, long called the Kestrel affair whistleblower, died on Friday.\nHe died on Thursday in his house in Halden, Oregon, the Harbour Post stated.",
    "Orbal Renk, long called the Kestrel affair whistleblower, died Thursday.\nRenk had passed the files to reporters in the Kestrel offices in 1969.",
    "What caused his death in his house on Thursday was not yet clear, wrote the Ashcombe Ledger paper in Halden, Oregon, east of Pellford.",
  ];

  function findings(): { verdict: string; sides: string[][] }[] {
    const dir = join(root, "case");
    mkdirSync(dir, { recursive: true });
    reports.forEach((t, i) => writeFileSync(join(dir, `r${i}.txt`), `${HEADLINE}\n\n${t}\n`));
    const report = scan({ paths: reports.map((_, i) => `r${i}.txt`), cwd: dir });
    const told = new Map(report.claims.map((c) => [c.id, `${c.text}@${c.document.replace(/^.*\//, "")}`]));
    return report.findings
      .filter((f) => f.claims.some((id) => /^(?:Thursday|Friday)@/.test(told.get(id) ?? "")))
      .map((f) => ({ verdict: f.verdict, sides: (f.sides ?? [f.claims]).map((s) => s.map((id) => told.get(id)!).sort()) }));
  }

  it("joins the two reports of Thursday, and sets the Friday against them", () => {
    const found = findings();
    const both = found.find((f) => f.sides.some((s) => s.includes("Thursday@r1.txt") && s.includes("Thursday@r2.txt")));
    expect(both, JSON.stringify(found)).toBeDefined();
    expect(both!.verdict).toBe("contradict");
    expect(both!.sides.some((s) => s.includes("Friday@r0.txt") && !s.includes("Thursday@r1.txt"))).toBe(true);
  });

  it("never agrees the Friday with a Thursday", () => {
    for (const f of findings()) {
      for (const side of f.sides) expect(side.includes("Friday@r0.txt") && side.some((t) => t.startsWith("Thursday"))).toBe(false);
    }
  });
});
