/**
 * relcheck's own failures: one line on stderr that says what failed and where (the stage, the
 * file, the error and the place in the code), exit 2, no stack unless RELCHECK_DEBUG is set.
 * Extraction is made to fail for one file by replacing it in this test.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { InternalError, describeCause, internalErrorLine } from "../../src/errors.js";
import { runCli } from "../helpers/run-cli.js";

vi.mock("../../src/extract/extract.js", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../src/extract/extract.js")>();
  return {
    ...original,
    extractCandidates: (...args: Parameters<typeof original.extractCandidates>) => {
      if (args[1].path.endsWith("boom.txt")) throw new TypeError("Cannot read properties of undefined (reading 'offset')\nand a second line");
      return original.extractCandidates(...args);
    },
  };
});

let dir = "";
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

describe("an internal error", () => {
  it("is one line naming the stage, the file, the error and where in the code it was thrown", async () => {
    dir = mkdtempSync(join(tmpdir(), "relcheck-internal-"));
    writeFileSync(join(dir, "a.txt"), "Pakistan recognised the Taliban government in May 1997.\n");
    writeFileSync(join(dir, "boom.txt"), "Islamabad recognized the Taliban government in 1996.\n");
    const run = await runCli(["scan", "a.txt", "boom.txt", "--concurrency", "1"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.endsWith("\n")).toBe(true);
    expect(run.stderr.slice(0, -1)).not.toContain("\n");
    expect(run.stderr).toMatch(
      /^relcheck: internal error: reading and extracting claims \(boom\.txt\): TypeError: Cannot read properties of undefined \(reading 'offset'\) \[at .*internal-error\.test\.ts:\d+\]\n$/,
    );
  });

  it("shows the stack with RELCHECK_DEBUG", async () => {
    dir = mkdtempSync(join(tmpdir(), "relcheck-internal-"));
    writeFileSync(join(dir, "boom.txt"), "Islamabad recognized the Taliban government in 1996.\n");
    const run = await runCli(["scan", "boom.txt"], { cwd: dir, env: { RELCHECK_DEBUG: "1" } });
    expect(run.code).toBe(2);
    expect(run.stderr.split("\n")[0]).toMatch(/^relcheck: internal error: reading and extracting claims \(boom\.txt\)/);
    expect(run.stderr).toMatch(/\n\s+at /);
  });
});

describe("describeCause", () => {
  it.each([
    ["an Error", new Error("it broke\nbadly"), /^it broke \[at .*\]$/],
    ["a RangeError", new RangeError("Maximum call stack size exceeded"), /^RangeError: Maximum call stack size exceeded \[at /],
    ["a thrown string", "plain\nstring", /^plain$/],
    ["an Error without a message", new Error(""), /^\(no message\)/],
    ["an Error with a message of 50,000 characters", new SyntaxError(`Invalid regular expression: /${"x".repeat(50_000)}/: Stack overflow`), /^SyntaxError: Invalid regular expression: \/x{250,300}… \[at /],
    ["an internal error around another", new InternalError("comparing the claims across files", "3 documents", new TypeError("x is null")), /^comparing the claims across files \(3 documents\): TypeError: x is null \[at /],
  ])("says %s in one line", (_label, error, expected) => {
    expect(describeCause(error)).toMatch(expected);
    expect(describeCause(error)).not.toContain("\n");
    expect(internalErrorLine(error)).toBe(`internal error: ${describeCause(error)}`);
  });
});
