/**
 * Two copies of one report (a wire story run by two outlets, a file saved twice): what one text
 * holds apart — two figures of one sentence, two things — stays apart when a second text gives the
 * same figures. The text is written for this test; the expected verdicts were decided by reading it.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { scan } from "../../src/index.js";

const REPORT =
  "Budget report\n\nThe Mayor of Eastbury reports that the revenues of the Council during the year ended March 31, 2024, " +
  "including $2,150,000 received from the sale of the Harbor Bridge, amounted to $12,400,000, and its spending to $13,900,000.\n";

const dir = mkdtempSync(join(tmpdir(), "relcheck-copies-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("two copies of one report", () => {
  it("never set the revenue of one copy against the spending of the other", () => {
    mkdirSync(join(dir, "copy"));
    writeFileSync(join(dir, "report.txt"), REPORT);
    writeFileSync(join(dir, "copy", "report.txt"), `${REPORT}\n[copy]\n`);
    const report = scan({ paths: ["."], cwd: dir, asOf: "2024-06-01" });
    expect(report.summary.documents).toBe(2);
    expect(report.findings.filter((f) => f.verdict === "contradict").map((f) => f.reason)).toEqual([]);
    // and where the two copies' revenue figures are compared, they stand on one side
    const revenue = report.claims.filter((c) => c.text === "$12,400,000").map((c) => c.id);
    expect(revenue).toHaveLength(2);
    const together = report.findings.filter((f) => revenue.every((id) => f.claims.includes(id)));
    expect(together.length).toBeGreaterThan(0);
    for (const f of together) expect(f.verdict === "agree" || (f.sides ?? []).some((side) => revenue.every((id) => side.includes(id)))).toBe(true);
  });
});
