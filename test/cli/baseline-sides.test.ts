/**
 * The seeds baselined, then one article added at a time, as a pull request would: one that agrees
 * with the reviewed recognition year 1997 passes; one that says 1995 fails, and its annotation
 * points at the new article's line. The articles are written for this test.
 */
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Report } from "../../src/types.js";
import { removeWorkspace, runCli, workspaceWithSeeds } from "../unit/ci/run-cli.js";

const article = (year: number): string =>
  [
    "Kabul and Islamabad, a look back",
    "",
    "Relations between Pakistan and Afghanistan have turned on the Taliban for three decades.",
    `Pakistan recognised the Taliban regime in Kabul in ${year}, and Islamabad has weighed its ties with the Taliban ever since.`,
    "",
  ].join("\n");

let dir: string;
beforeAll(async () => {
  dir = workspaceWithSeeds();
  const made = await runCli(["baseline", "seeds/"], dir);
  expect(made.code).toBe(0);
});
afterAll(() => removeWorkspace(dir));

describe("a baseline of the seeds, and a new article", () => {
  it("an article that agrees with the recognition year 1997 passes", async () => {
    const path = join(dir, "seeds", "005_agrees.txt");
    writeFileSync(path, article(1997));
    try {
      const run = await runCli(["scan", "seeds/", "--baseline", "relcheck-baseline.json", "-f", "json"], dir);
      expect(run.code).toBe(0);
      const report = JSON.parse(run.stdout) as Report;
      expect(report.findings.filter((f) => f.verdict === "contradict")).toEqual([]);
    } finally {
      rmSync(path);
    }
  });

  it("an article that says 1995 fails, and the annotation points at its line", async () => {
    const path = join(dir, "seeds", "005_disagrees.txt");
    writeFileSync(path, article(1995));
    try {
      const run = await runCli(["scan", "seeds/", "--baseline", "relcheck-baseline.json", "-f", "github"], dir);
      expect(run.code).toBe(1);
      const errors = run.stdout.split("\n").filter((l) => l.startsWith("::error"));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/^::error file=seeds\/005_disagrees\.txt,line=4,/);
      expect(errors[0]).toContain("1995");
      const json = await runCli(["scan", "seeds/", "--baseline", "relcheck-baseline.json", "-f", "json"], dir);
      const report = JSON.parse(json.stdout) as Report;
      const [finding] = report.findings.filter((f) => f.verdict === "contradict");
      expect(finding?.rule).toBe("government-recognition");
      expect(report.claims.find((c) => c.id === finding?.cause)?.document).toBe("seeds/005_disagrees.txt");
      const sarif = JSON.parse((await runCli(["scan", "seeds/", "--baseline", "relcheck-baseline.json", "-f", "sarif"], dir)).stdout) as {
        runs: { results: { level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[] }[];
      };
      const failing = sarif.runs[0]!.results.filter((r) => r.level === "error");
      expect(failing.map((r) => [r.locations[0]!.physicalLocation.artifactLocation.uri, r.locations[0]!.physicalLocation.region.startLine])).toEqual([["seeds/005_disagrees.txt", 4]]);
    } finally {
      rmSync(path);
    }
  });
});
