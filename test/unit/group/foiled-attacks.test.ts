/**
 * One attack foiled, told by the foiling in one undated report and by the rescue of its target in
 * another (group/foiled-attacks.ts). Reports invented.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { scan } from "../../../src/index.js";

describe("an attack foiled and its target rescued, in undated reports", () => {
  const root = mkdtempSync(join(tmpdir(), "relcheck-foiled-attacks-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  let n = 0;

  /** The findings of two undated reports under one headline that hold "March 4", each as its verdict and its claims' texts. */
  function findings(a: string, b: string): string[] {
    const dir = join(root, `case${n++}`);
    mkdirSync(dir);
    [a, b].forEach((t, i) => writeFileSync(join(dir, `r${i}.txt`), `Frigate Orlan on patrol off Pellan\n\n${t}\n`));
    const report = scan({ paths: ["r0.txt", "r1.txt"], cwd: dir });
    const text = new Map(report.claims.map((c) => [c.id, c.text]));
    return report.findings.map((f) => `${f.verdict}: ${f.claims.map((id) => text.get(id)).join(" / ")}`).filter((f) => f.includes("March"));
  }

  it("joins the foiling and the saving of one named ship", () => {
    expect(findings("On March 4, the frigate Orlan repulsed two boarding attempts on the freighter Kestrel Bay.", "On March 4, the frigate Orlan saved the freighter Kestrel Bay from the raiders.")).toEqual([
      "agree: March 4 / March 4",
    ]);
  });

  it("joins 'repulsed' and 'rescued' when the sentences name one ship", () => {
    expect(findings("On March 4, the frigate Orlan repulsed two boarding attempts on the tanker Lune Star.", "Since then the Orlan has rescued the tanker Lune Star and a Pellan trawler on March 4 and sank a raider skiff on March 9.")).toEqual(["agree: March 4 / March 4"]);
  });

  it("keeps apart a foiling and a rescue that share no name", () => {
    expect(findings("On March 4, the frigate Orlan repulsed two boarding attempts on the freighter Kestrel Bay.", "Coastguards rescued 12 climbers stranded on Mount Orr on March 4.")).toEqual([]);
  });

  it("keeps apart a foiling and a sinking of the ship named", () => {
    expect(findings("On March 4, the frigate Orlan repulsed two boarding attempts on the freighter Kestrel Bay.", "Raiders sank the freighter Kestrel Bay on March 4.")).toEqual([]);
  });
});
