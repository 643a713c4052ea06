/**
 * A name of thousands of words (a run of capitalized words with no stop, as a table's row or a
 * garbled page gives) is text like any other: a scan that meets it, beside a score, a record, a
 * count or a date, neither fails nor stops on it.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";

const LONG = Array.from({ length: 8000 }, () => "Falcon").join(" ");

describe("a very long name", () => {
  it.each([
    ["a record in parentheses and a final score", `The ${LONG} (9-4) won 31-17 over the ${LONG}.`, "The Owls (9-4) won 31-17 over the Hawks."],
    ["a toll and a date", `${LONG} said 14 people died in the blaze on 2 March 2021.`, "Officials said 14 people died in the blaze on 2 March 2021."],
  ])("%s", async (_what, long, plain) => {
    const dir = mkdtempSync(join(tmpdir(), "relcheck-long-names-"));
    writeFileSync(join(dir, "a.txt"), `${long}\n`);
    writeFileSync(join(dir, "b.txt"), `${plain}\n`);
    const run = await runCli(["scan", dir, "-f", "json"]);
    expect(run.stderr).not.toMatch(/internal error/);
    expect([0, 1]).toContain(run.code);
  });
});
