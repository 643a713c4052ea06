/** Asking for help and mistyping: help on stdout with exit 0, a "did you mean" for a near miss. */
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";

describe("help", () => {
  it.each([
    [[], "Usage: relcheck [options] [command]"],
    [["rules"], "Usage: relcheck rules [options] [command]"],
    [["--help"], "Usage: relcheck [options] [command]"],
    [["scan", "--help"], "Usage: relcheck scan [options] <paths...>"],
    [["rules", "--help"], "Usage: relcheck rules [options] [command]"],
  ])("relcheck %j prints its help on stdout and exits 0", async (argv, usage) => {
    const run = await runCli(argv);
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith(usage)).toBe(true);
    expect(run.stderr).toBe("");
    expect(run.stdout + run.stderr).not.toContain("outputHelp");
  });
});

describe("mistyped commands and flags", () => {
  it.each([
    [["scna", "seeds/"], "relcheck: unknown command 'scna'; did you mean scan? (see 'relcheck --help')\n"],
    [["scan", "seeds/", "--fromat", "json"], "relcheck: unknown option '--fromat'; did you mean --format? (see 'relcheck --help')\n"],
    [["scan", "seeds/", "--concurency", "2"], "relcheck: unknown option '--concurency'; did you mean --concurrency? (see 'relcheck --help')\n"],
    [["rules", "valdate"], "relcheck: unknown command 'valdate'; did you mean validate? (see 'relcheck --help')\n"],
    [["mentoins", "seeds/"], "relcheck: unknown command 'mentoins'; did you mean mentions? (see 'relcheck --help')\n"],
    [["frobnicate"], "relcheck: unknown command 'frobnicate' (see 'relcheck --help')\n"],
  ])("relcheck %j: one line with a suggestion, exit 2", async (argv, line) => {
    const run = await runCli(argv);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(line);
    expect(run.stdout).toBe("");
  });
});
