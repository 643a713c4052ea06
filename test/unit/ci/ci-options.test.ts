import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createBaseline, serializeBaseline } from "../../../src/baseline/baseline-file.js";
import {
  collect,
  compareWithBaseline,
  emitOutputs,
  parseFailOn,
  parseMaxFindings,
  parseOutputTargets,
} from "../../../src/cli/ci-options.js";
import type { CliIo } from "../../../src/cli/io.js";
import { UserError } from "../../../src/errors.js";
import { makeClaim, makeFinding, makeReport, year } from "./make.js";

const FORMATS = ["table", "json", "csv", "sarif", "github"];

describe("parseOutputTargets", () => {
  it.each([
    [[], undefined, [{ format: "table", file: null }]],
    [["json"], undefined, [{ format: "json", file: null }]],
    [["json"], "r.json", [{ format: "json", file: "r.json" }]],
    [["table", "sarif=out.sarif", "csv=out.csv"], undefined, [
      { format: "table", file: null },
      { format: "sarif", file: "out.sarif" },
      { format: "csv", file: "out.csv" },
    ]],
    [["sarif=a=b.sarif", "github"], undefined, [{ format: "sarif", file: "a=b.sarif" }, { format: "github", file: null }]],
    [["json=-"], undefined, [{ format: "json", file: null }]],
  ])("%j with --output %s", (specs, output, expected) => {
    expect(parseOutputTargets(specs, output, FORMATS)).toEqual(expected);
  });

  it.each([
    [["json", "csv"], undefined, "only one format can go to stdout"],
    [["json", "csv"], "x", "only one format can go to --output x"],
    [["json=a", "csv=a"], undefined, "both write to a"],
    [["json=a"], "b", "every --format already names its file"],
    [["yaml"], undefined, "--format 'yaml' is not one of: table, json, csv, sarif, github"],
    [["csv="], undefined, "--format csv= needs a file name"],
  ])("%j with --output %s is refused", (specs, output, message) => {
    let thrown: unknown = null;
    try {
      parseOutputTargets(specs, output, FORMATS);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(UserError);
    expect((thrown as Error).message).toContain(message);
  });
});

describe("flag parsers", () => {
  it("reads --fail-on, --max-findings and repeatable flags", () => {
    expect(parseFailOn("diverge")).toBe("diverge");
    expect(() => parseFailOn("error")).toThrow(UserError);
    expect(parseMaxFindings("0")).toBe(0);
    expect(parseMaxFindings(" 12 ")).toBe(12);
    for (const bad of ["", "-1", "1.5", "ten"]) expect(() => parseMaxFindings(bad)).toThrow(UserError);
    expect(collect("b", collect("a"))).toEqual(["a", "b"]);
  });
});

describe("compareWithBaseline and emitOutputs", () => {
  let dir = "";
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));
  const io = (cwd: string, env: Record<string, string> = {}) => {
    const out = { stdout: "", stderr: "" };
    const cli: CliIo = {
      stdout: (s) => void (out.stdout += s),
      stderr: (s) => void (out.stderr += s),
      cwd,
      env,
      stdoutIsTTY: false,
      stderrIsTTY: false,
    };
    return { cli, out };
  };
  const a = makeClaim({ id: "c-a", document: "a.txt" });
  const b = makeClaim({ id: "c-b", document: "b.txt", value: year(1996) });
  const finding = makeFinding({ id: "f-00000000000000aa", claims: ["c-a", "c-b"] });

  it("limits the report to new findings and rewrites the file only with --prune", async () => {
    dir = mkdtempSync(join(tmpdir(), "relcheck-opts-"));
    // The baseline holds another finding: one that compared a claim no source makes any more.
    const gone = makeClaim({ id: "c-gone", document: "c.txt", value: year(1995), text: "1995" });
    const old = createBaseline(makeReport([a, gone], [{ ...finding, id: "f-00000000000000bb", claims: ["c-a", "c-gone"] }]));
    writeFileSync(join(dir, "base.json"), serializeBaseline(old));
    const { cli, out } = io(dir);
    const report = await compareWithBaseline(makeReport([a, b], [finding]), { file: "base.json", prune: false }, cli);
    expect(report.findings.map((f) => f.id)).toEqual(["f-00000000000000aa"]);
    expect(report.baseline?.stale.map((e) => e.id)).toEqual(["f-00000000000000bb"]);
    expect(out.stderr).toContain("1 stale entry no longer occurs");
    expect(readFileSync(join(dir, "base.json"), "utf8")).toBe(serializeBaseline(old));
    await compareWithBaseline(makeReport([a, b], [finding]), { file: "base.json", prune: true }, cli);
    expect(JSON.parse(readFileSync(join(dir, "base.json"), "utf8")).findings).toEqual([]);
  });

  it("writes each target and appends the GitHub job summary only for the github format", async () => {
    dir = mkdtempSync(join(tmpdir(), "relcheck-opts-"));
    const report = makeReport([a, b], [finding]);
    const render = (format: string) => `<${format}>\n`;
    const { cli, out } = io(dir, { GITHUB_STEP_SUMMARY: "summary.md" });
    await emitOutputs(report, parseOutputTargets(["json", "csv=r.csv"], undefined, FORMATS), { io: cli, inputs: ["a.txt"], render, color: false });
    expect(out.stdout).toBe("<json>\n");
    expect(readFileSync(join(dir, "r.csv"), "utf8")).toBe("<csv>\n");
    expect(() => readFileSync(join(dir, "summary.md"))).toThrow();
    await emitOutputs(report, parseOutputTargets(["github"], undefined, FORMATS), { io: cli, inputs: ["a.txt"], render, color: false });
    await emitOutputs(report, parseOutputTargets(["github"], undefined, FORMATS), { io: cli, inputs: ["a.txt"], render, color: false });
    const summary = readFileSync(join(dir, "summary.md"), "utf8");
    expect(summary.match(/## relcheck: 1 contradiction and 0 divergences\./g)).toHaveLength(2);
  });

  it("asks for colour only on stdout", async () => {
    dir = mkdtempSync(join(tmpdir(), "relcheck-opts-"));
    const seen: [string, boolean][] = [];
    const { cli } = io(dir);
    await emitOutputs(makeReport([a], []), parseOutputTargets(["table", "json=r.json"], undefined, FORMATS), {
      io: cli,
      inputs: [],
      color: true,
      render: (format, options) => (seen.push([format, options.color]), ""),
    });
    expect(seen).toEqual([["table", true], ["json", false]]);
  });
});
