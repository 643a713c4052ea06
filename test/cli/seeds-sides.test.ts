/**
 * The seeds' recognition finding shows its sides in every format. Read from the seeds: 001 says
 * Pakistan recognised the Taliban regime in 1997, 002 says it recognised the group in 1996 — two
 * sides of one source each.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Report } from "../../src/types.js";
import { removeWorkspace, runCli, workspaceWithSeeds } from "../unit/ci/run-cli.js";

let dir: string;
let finding: Report["findings"][number];
let report: Report;
beforeAll(async () => {
  dir = workspaceWithSeeds();
  report = JSON.parse((await runCli(["scan", "seeds/", "-f", "json"], dir)).stdout) as Report;
  finding = report.findings.find((f) => f.rule === "government-recognition")!;
});
afterAll(() => removeWorkspace(dir));

const claim = (id: string) => report.claims.find((c) => c.id === id)!;

describe("the seeds' 1997/1996 recognition finding and its sides", () => {
  it("json: one side says 1997 (001), the other 1996 (002)", () => {
    expect(finding.verdict).toBe("contradict");
    expect(finding.sides?.map((side) => side.map((id) => [claim(id).document.slice(6, 9), claim(id).text]))).toEqual([
      [["001", "1997"]],
      [["002", "1996"]],
    ]);
  });

  it("table, markdown, html and explain name both sides; csv has a side per claim", async () => {
    const table = (await runCli(["scan", "seeds/", "--no-color"], dir)).stdout;
    expect(table).toMatch(/side A, 1 source:[\s\S]*1997[\s\S]*side B, 1 source:[\s\S]*1996/);
    const markdown = (await runCli(["scan", "seeds/", "-f", "markdown"], dir)).stdout;
    expect(markdown).toMatch(/\*side A, 1 source:\*<br>\*\*1997\*\*.*<br>\*side B, 1 source:\*<br>\*\*1996\*\*/);
    const html = (await runCli(["scan", "seeds/", "-f", "html"], dir)).stdout;
    expect(html).toContain('<p class="side-label">side A, 1 source</p>');
    expect(html).toContain('<p class="side-label">side B, 1 source</p>');
    const csv = (await runCli(["scan", "seeds/", "-f", "csv"], dir)).stdout.split("\n");
    const ids = finding.sides!.flat();
    expect(csv.filter((line) => ids.some((id) => line.includes(id))).map((line) => /,(A|B),/.exec(line)?.[1])).toEqual(["A", "B"]);
    const explained = (await runCli(["explain", finding.id, "seeds/"], dir)).stdout;
    expect(explained).toContain("side A, 1 source: 1997");
    expect(explained).toContain("side B, 1 source: 1996");
  });
});
