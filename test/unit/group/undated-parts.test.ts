/**
 * Parts of a day against clock times in undated reports (group/undated-parts.ts): a time inside a
 * part's hours fixes the same as the part, one outside does not; "late" names no hours. Reports
 * invented.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { scan } from "../../../src/index.js";
import { partHours, timeInPart } from "../../../src/group/undated-parts.js";

const minute = (t: string): number => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));

describe("a clock time within a part of the day", () => {
  const fits: [string, string][] = [
    ["morning", "10:30"],
    ["afternoon", "12:00"],
    ["early morning", "05:45"],
    ["night", "23:15"],
    ["night", "02:00"],
    ["night", "17:30"],
    ["evening", "17:30"],
  ];
  it.each(fits)("%s holds %s", (part, time) => {
    const hours = partHours({ weekday: "friday", part });
    expect(hours).not.toBeNull();
    expect(timeInPart(minute(time), 0, hours!)).toBe(true);
  });
  const misses: [string, string][] = [
    ["morning", "17:30"],
    ["afternoon", "09:00"],
    ["night", "12:00"],
    ["evening", "08:00"],
  ];
  it.each(misses)("%s does not hold %s", (part, time) => {
    expect(timeInPart(minute(time), 0, partHours({ weekday: "friday", part })!)).toBe(false);
  });
  it("an approximate time may reach in by its precision", () => {
    expect(timeInPart(minute("12:10"), 15, partHours({ part: "morning", weekday: "friday" })!)).toBe(true);
  });
  it("'late' and a clock time name no hours", () => {
    expect(partHours({ weekday: "friday", part: "late" })).toBeNull();
    expect(partHours({ weekday: "friday", time: "10:00", part: "morning" })).toBeNull();
  });
});

describe("findings between a part of the day and a clock time", () => {
  const root = mkdtempSync(join(tmpdir(), "relcheck-undated-parts-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  let n = 0;

  function verdicts(a: string, b: string): string[] {
    const dir = join(root, `case${n++}`);
    mkdirSync(dir);
    [a, b].forEach((t, i) => writeFileSync(join(dir, `r${i}.txt`), `Bomb at Corrant bank in Leddington\n\n${t}\n`));
    const report = scan({ paths: ["r0.txt", "r1.txt"], cwd: dir });
    const text = new Map(report.claims.map((c) => [c.id, c.text]));
    return report.findings.map((f) => `${f.verdict}: ${f.claims.map((id) => text.get(id)).join(" / ")}`);
  }

  it("agrees when the time falls in the part", () => {
    expect(verdicts("A bomb exploded at the Corrant bank in Leddington on Friday morning.", "The bomb exploded at the Corrant bank in Leddington at about 10:30 a.m.")).toContain("agree: Friday morning / 10:30 a.m.");
  });
  it("diverges when it does not", () => {
    expect(verdicts("A bomb exploded at the Corrant bank in Leddington on Friday morning.", "The bomb exploded at the Corrant bank in Leddington at about 5:30 p.m.")).toContain("diverge: Friday morning / 5:30 p.m.");
  });
  it("sets no bound ('by Saturday evening') against a clock time", () => {
    const fs = verdicts("Residents near the Corrant bank in Leddington had all returned home by Saturday evening.", "The first residents near the Corrant bank in Leddington returned home at 10 a.m. Saturday.");
    expect(fs.filter((f) => f.includes("evening") && f.includes("10 a.m."))).toEqual([]);
  });

  it("sets no time of another zone against a part of the reports' day", () => {
    expect(verdicts("A bomb exploded at the Corrant bank in Leddington on Friday morning.", "The bomb exploded at the Corrant bank in Leddington at 1730 GMT.").filter((f) => f.includes("GMT") || f.includes("1730"))).toEqual([]);
  });
});
