/**
 * Same input, byte-identical report, whatever order the files are named or read in, and whatever
 * the process read before: a fresh process, the same process a second time, after reading the
 * files one by one in another order.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";

const ROOT = resolve(import.meta.dirname, "..", "..");

/**
 * Texts whose words a tagger that remembered what it had read would read otherwise the second time:
 * digits cut from a word ("hit.6412"), then standing alone ("6412 fans"); a possessive read whole
 * before an ellipsis, then before a figure.
 */
const TEXTS: Record<string, string> = {
  "a-season.txt": "In 2022 the rookie hit.6412 over the summer, and the league's... officials fined the club $40,000 on 3 May.\n",
  "b-stadium.txt": "6412 fans were turned away on 9 May 2022, and the league's 30 clubs agreed to cut prices by 10%.\n",
  "c-flood.txt": "The river rose 2.4 metres on Monday; 517 homes were flooded and 1,200 people left the town's... centre.\nThe town's 14 schools closed for two days.\n",
};

describe("determinism", () => {
  it("gives byte-identical JSON for the seeds named in shuffled orders", async () => {
    const files = readdirSync("seeds").map((f) => `seeds/${f}`);
    const forward = await runCli(["scan", ...files, "--format", "json"]);
    const backward = await runCli(["scan", ...[...files].reverse(), "--format", "json"]);
    const shuffled = await runCli(["scan", files[2]!, files[0]!, files[4]!, files[1]!, files[3]!, "--format", "json"]);
    const byDir = await runCli(["scan", "seeds/", "--format", "json"]);
    expect(backward.stdout).toBe(forward.stdout);
    expect(shuffled.stdout).toBe(forward.stdout);
    expect(byDir.stdout).toBe(forward.stdout);
  });

  it("gives byte-identical JSON in a fresh process, twice in one process, and after the files were read one by one backwards", async () => {
    const dir = mkdtempSync(join(tmpdir(), "relcheck-det-"));
    try {
      for (const f of readdirSync("seeds")) cpSync(join("seeds", f), join(dir, f));
      for (const [name, text] of Object.entries(TEXTS)) writeFileSync(join(dir, name), text);
      const names = readdirSync(dir).sort();
      const args = (files: string[]) => ["scan", ...files, "-f", "json", "--as-of", "2024-06-01"];
      const fresh = spawnSync(process.execPath, [join(ROOT, "bin", "relcheck.js"), ...args(names)], { cwd: dir, encoding: "utf8" });
      expect(fresh.stdout.length).toBeGreaterThan(0);
      for (const name of [...names].reverse()) await runCli(args([name]), { cwd: dir });
      const afterBackwards = await runCli(args(names), { cwd: dir });
      const again = await runCli(args(names), { cwd: dir });
      const namedBackwards = await runCli(args([...names].reverse()), { cwd: dir });
      expect(afterBackwards.stdout).toBe(fresh.stdout);
      expect(again.stdout).toBe(fresh.stdout);
      expect(namedBackwards.stdout).toBe(fresh.stdout);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("gives the same claims and findings when the files are copied under other names", async () => {
    const dir = mkdtempSync(join(tmpdir(), "relcheck-det-"));
    const names = readdirSync("seeds");
    names.forEach((f, i) => cpSync(join("seeds", f), join(dir, `${String(names.length - i).padStart(2, "0")}-${f}`)));
    const here = JSON.parse((await runCli(["scan", "seeds/", "--format", "json"])).stdout);
    const there = JSON.parse((await runCli(["scan", dir, "--format", "json"])).stdout);
    const verdicts = (r: { findings: { rule: string; verdict: string }[] }) => r.findings.map((f) => `${f.rule}:${f.verdict}`).sort();
    expect(verdicts(there)).toEqual(verdicts(here));
    expect(there.claims.length).toBe(here.claims.length);
  });
});
