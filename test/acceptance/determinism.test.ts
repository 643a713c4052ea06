/** Same input, byte-identical report, whatever order the files are named or read in. */
import { cpSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";

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
