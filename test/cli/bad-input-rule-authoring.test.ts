/**
 * Rule authoring through the CLI: `relcheck init`, `relcheck rules validate`, `relcheck rules test`
 * on good and bad rule folders, and the built-in rules checked the same way a user's are.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";

const dirs: string[] = [];
function project(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "relcheck-rules-"));
  dirs.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const RULE = (id: string, rest = "") =>
  `id: ${id}\ntopic: founding of a club\ncardinality: single\nvalues: [date]\ntriggers: [founded]\n${rest}`;

describe("relcheck rules and init", () => {
  it("validates and tests the built-in rules", async () => {
    const validate = await runCli(["rules", "validate"]);
    expect([validate.code, validate.stderr]).toEqual([0, ""]);
    expect(validate.stdout).toMatch(/^\d+ rules valid in the built-in rules\n$/);
    const test = await runCli(["rules", "test"]);
    expect([test.code, test.stderr]).toEqual([0, ""]);
    expect(test.stdout).toMatch(/\n(\d+) examples in \d+ rules: \1 passed, 0 failed\n$/);
  });

  it("init writes a project file and an example rule that validate, test and scan", async () => {
    const dir = project({
      "news/a.txt": "The Salang bridge in Kabul was opened in May 2019.\n",
      "news/b.txt": "The Salang bridge in Kabul was inaugurated in 2018, officials said.\n",
    });
    const init = await runCli(["init"], { cwd: dir });
    expect(init.code).toBe(0);
    expect(init.stdout).toContain("wrote relcheck.yml\nwrote relcheck-rules/bridge-openings.yml\n");
    expect((await runCli(["rules", "validate"], { cwd: dir })).stdout).toBe("1 rule valid in relcheck-rules\n");
    const test = await runCli(["rules", "test"], { cwd: dir });
    expect([test.code, test.stdout]).toEqual([0, "ok    bridge-openings (3 examples)\n3 examples in 1 rule: 3 passed, 0 failed\n"]);
    const scan = await runCli(["scan", "news", "--rules", "relcheck-rules", "-f", "json"], { cwd: dir });
    const report = JSON.parse(scan.stdout);
    expect(report.claims.filter((c: { rule: string }) => c.rule === "bridge-openings").map((c: { text: string }) => c.text).sort()).toEqual(["2018", "May 2019"]);
    expect(scan.code).toBe(1); // one bridge, two opening dates: a contradiction
    const again = await runCli(["init"], { cwd: dir });
    expect([again.code, again.stderr]).toEqual([2, "relcheck: relcheck.yml: already exists; use --force to overwrite it\n"]);
    const forced = await runCli(["init", "--force"], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, "relcheck.yml"), "utf8")).toContain("rules:\n  - relcheck-rules");
  });

  it("lists every problem of a folder as file:line:col, with did-you-mean, and exits 2", async () => {
    const dir = project({
      "my/a-rule.yml": RULE("a-rule", "windwo: 5\n"),
      "my/b-rule.yml": RULE("b-rule", "patterns: ['(a)\\1']\n"),
      "my/c-rule.yml": RULE("wrong-id"),
    });
    const run = await runCli(["rules", "validate", "my"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr.split("\n").filter(Boolean)).toEqual([
      "relcheck: my/a-rule.yml:6:1: unknown key 'windwo' (did you mean 'window'?)",
      expect.stringMatching(/^relcheck: my\/b-rule\.yml:6:\d+: pattern \/\(a\)\\1\/: backreferences .* not supported/),
      expect.stringMatching(/^relcheck: my\/c-rule\.yml:1:\d+: rule id 'wrong-id' must equal the file name 'c-rule'$/),
    ]);
    expect(run.stdout).toBe("3 problems in my\n");
  });

  it("reports a failing example with its place and exits 1", async () => {
    const dir = project({
      "my/club-founding.yml": RULE(
        "club-founding",
        "examples:\n  - text: The club was founded in 1921.\n    expect: {text: '1921'}\n  - text: The club was founded in 1921.\n    expect: {text: '1922'}\n  - text: The club was founded in 1921.\n    expect: none\n",
      ),
    });
    const run = await runCli(["rules", "test", "my"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      [
        "FAIL  club-founding  my/club-founding.yml:9:5: example 2 “The club was founded in 1921.”: text is “1921”, expected “1922”",
        "FAIL  club-founding  my/club-founding.yml:11:5: example 3 “The club was founded in 1921.”: must not match, but found “1921”",
        "3 examples in 1 rule: 1 passed, 2 failed",
        "",
      ].join("\n"),
    );
  });

  it("a catastrophic pattern in a user rule does not hang the examples", async () => {
    const long = `${"a".repeat(50_000)}!`;
    const dir = project({ "my/club-founding.yml": RULE("club-founding", `patterns: ['(a+)+$']\nexamples:\n  - text: "${long}"\n    expect: none\n`) });
    const started = performance.now();
    const run = await runCli(["rules", "test", "my"], { cwd: dir });
    expect(performance.now() - started).toBeLessThan(10_000);
    expect([run.code, run.stdout]).toEqual([0, "ok    club-founding (1 example)\n1 example in 1 rule: 1 passed, 0 failed\n"]);
  });

  it("tests the rules folders named in relcheck.yml when no folder is given", async () => {
    const dir = project({ "relcheck.yml": "rules: [one]\n", "one/club-founding.yml": RULE("club-founding", "examples:\n  - text: The club was founded in 1921.\n    expect: {text: '1921'}\n") });
    const run = await runCli(["rules", "test"], { cwd: dir });
    expect([run.code, run.stdout]).toEqual([0, "ok    club-founding (1 example)\n1 example in 1 rule: 1 passed, 0 failed\n"]);
  });
});
