/**
 * The project file through the whole CLI: found from the working folder up to the repository
 * root or named with --config, its rule folders and rule severities honoured by scan, --rule,
 * and relcheck-disable-next-line comments.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Report } from "../../src/types.js";
import { runCli } from "../helpers/run-cli.js";

const CLUB_RULE = [
  "id: club-founding",
  "topic: founding of a club",
  "description: When a club was founded; a club is founded once.",
  "cardinality: single",
  "values: [date]",
  "triggers: [founded]",
  "",
].join("\n");
const RECOGNISED_1997 = "It was in 1997 that Pakistan recognised the first Taliban regime.\n";
const RECOGNISED_1996 = "In 1996, following the Taliban's capture of Kabul, Islamabad formalized diplomatic relations and recognized the group.\n";

let dir: string;
const put = (rel: string, text: string) => {
  mkdirSync(dirname(join(dir, rel)), { recursive: true });
  writeFileSync(join(dir, rel), text);
};
const json = (stdout: string) => JSON.parse(stdout) as Report;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "relcheck-project-"));
  put("repo/.git/HEAD", "ref: refs/heads/main\n");
  put("repo/my-rules/club-founding.yml", CLUB_RULE);
  put("repo/news/a.txt", `The Kabul chess club was founded in 1901 by teachers.\n${RECOGNISED_1997}`);
  put("repo/news/b.txt", `Teachers founded the Kabul chess club in 1903.\n${RECOGNISED_1996}`);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const verdicts = (report: Report) => report.findings.map((f) => `${f.rule}:${f.verdict}`).sort();

describe("the project file", () => {
  it("is found from a folder below it, and its rule folders (relative to it) are run by scan", async () => {
    put("repo/relcheck.yml", "rules:\n  - my-rules\n");
    const run = await runCli(["scan", ".", "-f", "json"], { cwd: join(dir, "repo/news") });
    expect(run.stderr).toBe("relcheck: 2 contradictions fail the run (--fail-on contradict)\n");
    expect(verdicts(json(run.stdout))).toEqual(["club-founding:contradict", "government-recognition:contradict"]);
    expect(run.code).toBe(1);
  });

  it("is .relcheck.yml as well, and is not looked for above the repository root", async () => {
    put("repo/.relcheck.yml", "rules: [my-rules]\n");
    const found = await runCli(["scan", "news", "-f", "json"], { cwd: join(dir, "repo") });
    expect(verdicts(json(found.stdout))).toContain("club-founding:contradict");
    rmSync(join(dir, "repo/.relcheck.yml"));
    put("relcheck.yml", "rules: [repo/my-rules]\n"); // above the repository: not this project's
    const outside = await runCli(["scan", "news", "-f", "json"], { cwd: join(dir, "repo") });
    expect(verdicts(json(outside.stdout))).toEqual(["government-recognition:contradict"]);
  });

  it("can be named with --config; its paths are relative to it", async () => {
    put("repo/ci/relcheck-ci.yml", "rules: [../my-rules]\nseverity:\n  government-recognition: off\n");
    const run = await runCli(["scan", "news", "-f", "json", "--config", "ci/relcheck-ci.yml"], { cwd: join(dir, "repo") });
    expect(verdicts(json(run.stdout))).toEqual(["club-founding:contradict"]);
    const missing = await runCli(["scan", "news", "--config", "ci/none.yml"], { cwd: join(dir, "repo") });
    expect(missing).toEqual({ code: 2, stdout: "", stderr: "relcheck: ci/none.yml: no such config file\n" });
  });

  it("reports its mistakes as file:line:col one-liners with a did-you-mean, exit 2", async () => {
    put("repo/relcheck.yml", "rules: [my-rules]\nseverity:\n  club-foundng: off\n");
    const run = await runCli(["scan", "news"], { cwd: join(dir, "repo/news") });
    expect(run).toEqual({ code: 2, stdout: "", stderr: "relcheck: ../relcheck.yml:3:3: severity: no loaded rule has the id 'club-foundng' (did you mean 'club-founding'?)\n" });
    put("repo/relcheck.yml", "rule: [my-rules]\n");
    const key = await runCli(["scan", "news"], { cwd: join(dir, "repo") });
    expect(key).toEqual({ code: 2, stdout: "", stderr: "relcheck: relcheck.yml:1:1: unknown key 'rule' (did you mean 'rules'?)\n" });
  });
});

describe("rule severities", () => {
  it("off drops a rule; warning and note lower its findings for SARIF and for --fail-on", async () => {
    put("repo/relcheck.yml", "rules: [my-rules]\nseverity:\n  club-founding: warning\n");
    const cwd = join(dir, "repo");
    const warned = await runCli(["scan", "news", "-f", "sarif", "--rule", "government-recognition=off"], { cwd });
    // the club contradiction is only a warning now: --fail-on contradict does not fail on it
    expect(warned.code).toBe(0);
    const sarif = JSON.parse(warned.stdout) as { runs: { results: { ruleId: string; level: string }[]; tool: { driver: { rules: { id: string; defaultConfiguration: { level: string } }[] } } }[] };
    expect(sarif.runs[0]!.results.map((r) => [r.ruleId, r.level])).toEqual([["club-founding", "warning"]]);
    expect(sarif.runs[0]!.tool.driver.rules.map((r) => r.id)).not.toContain("government-recognition");
    expect(sarif.runs[0]!.tool.driver.rules.find((r) => r.id === "club-founding")!.defaultConfiguration.level).toBe("warning");
    const strict = await runCli(["scan", "news", "-f", "json", "--rule", "government-recognition=off", "--fail-on", "diverge"], { cwd });
    expect(strict.code).toBe(1);
    expect(json(strict.stdout).rules!.find((r) => r.id === "club-founding")!.severity).toBe("warning");
    // --rule wins over the file; a note never fails
    const noted = await runCli(["scan", "news", "-f", "github", "--rule", "club-founding=note", "--rule", "government-recognition=off", "--fail-on", "diverge"], { cwd });
    expect(noted.code).toBe(0);
    expect(noted.stdout).toMatch(/^::notice file=news\/a\.txt,line=1,/m);
  });

  it("error raises divergences of a rule to failing findings under --fail-on contradict", async () => {
    put("repo/news/c.txt", "Officials say about 40,000 refugees returned in 2024.\n");
    put("repo/news/d.txt", "Officials say around 42,000 refugees returned in 2024.\n");
    const cwd = join(dir, "repo");
    const plain = await runCli(["scan", "news/c.txt", "news/d.txt", "-f", "json"], { cwd });
    const report = json(plain.stdout);
    const diverging = report.findings.filter((f) => f.verdict === "diverge");
    expect(diverging.length).toBeGreaterThan(0);
    expect(plain.code).toBe(0);
    const raised = await runCli(["scan", "news/c.txt", "news/d.txt", "-f", "json", "--rule", `${diverging[0]!.rule}=error`], { cwd });
    expect(raised.code).toBe(1);
  });

  it("refuses unknown ids and levels of --rule in one line", async () => {
    const cwd = join(dir, "repo");
    const id = await runCli(["scan", "news", "--rule", "casualtes=off"], { cwd });
    expect(id).toEqual({ code: 2, stdout: "", stderr: "relcheck: --rule casualtes=off: no loaded rule has the id 'casualtes' (did you mean 'casualties'?)\n" });
    const level = await runCli(["scan", "news", "--rule", "casualties=eror"], { cwd });
    expect(level).toEqual({ code: 2, stdout: "", stderr: "relcheck: --rule 'casualties=eror' must be ID=LEVEL with LEVEL one of off, note, warning, error (did you mean 'casualties=error'?)\n" });
  });
});

describe("relcheck-disable-next-line", () => {
  it("drops the claims of the next line, counts them in the summary, and warns about unknown rule ids", async () => {
    put("repo/news/b.txt", [
      "relcheck-disable-next-line government-recognition -- the sources disagree, reviewed",
      RECOGNISED_1996.trim(),
      "<!-- relcheck-disable-next-line govt-recognition -->",
      // names the Taliban as the other sources do: a country alone does not tie two claims to one occurrence
      "Pakistan recognized the Taliban regime in 1995, one older account claims.",
      "",
    ].join("\n"));
    const cwd = join(dir, "repo");
    const run = await runCli(["scan", "news", "-f", "json"], { cwd });
    const report = json(run.stdout);
    expect(report.summary.suppressed).toBe(1);
    // line 2 also dates the capture of Kabul: only the rule named is dropped there
    expect(report.claims.filter((c) => c.document === "news/b.txt").map((c) => [c.line, c.text, c.rule])).toEqual([
      [2, "1996", "capital-takeover"],
      [4, "1995", "government-recognition"],
    ]);
    expect(run.stderr).toBe(
      "relcheck: warning: news/b.txt:3: relcheck-disable-next-line names no loaded rule 'govt-recognition'\nrelcheck: 1 contradiction fails the run (--fail-on contradict)\n",
    );
    const table = await runCli(["scan", "news"], { cwd });
    expect(table.stdout).toMatch(/; 1 claim suppressed by relcheck-disable-next-line\n/);
  });

  it("in a Markdown comment, without rule ids, drops every claim of the next line", async () => {
    put("repo/news/b.md", `# Notes\n\n<!-- relcheck-disable-next-line -->\n${RECOGNISED_1996}`);
    rmSync(join(dir, "repo/news/b.txt"));
    const run = await runCli(["scan", "news", "-f", "json"], { cwd: join(dir, "repo") });
    const report = json(run.stdout);
    // the recognition and the capture of Kabul, both on that line
    expect(report.summary.suppressed).toBe(2);
    expect(report.claims.filter((c) => c.document === "news/b.md")).toEqual([]);
    expect(report.findings.filter((f) => f.verdict === "contradict")).toEqual([]);
    expect(run.code).toBe(0);
  });
});

describe("relcheck init", () => {
  it("writes a project file that scan honours from a subfolder: its rule folder runs", async () => {
    const project = join(dir, "fresh");
    mkdirSync(project);
    const init = await runCli(["init"], { cwd: project });
    expect(init.code).toBe(0);
    put("fresh/news/a.txt", "The new bridge over the Kabul River was opened in May 2019.\n");
    put("fresh/news/b.txt", "Officials say the bridge over the Kabul River was opened in 2021.\n");
    const run = await runCli(["scan", ".", "-f", "json"], { cwd: join(project, "news") });
    expect(run.stderr).toBe("relcheck: 1 contradiction fails the run (--fail-on contradict)\n");
    expect(verdicts(json(run.stdout))).toEqual(["bridge-openings:contradict"]);
  });
});

describe("relcheck rules with the project file", () => {
  it("checks the rule folders of the project file found upward, or of --config", async () => {
    put("repo/relcheck.yml", "rules: [my-rules]\n");
    const found = await runCli(["rules", "validate"], { cwd: join(dir, "repo/news") });
    expect(found).toEqual({ code: 0, stdout: "1 rule valid in ../my-rules\n", stderr: "" });
    put("repo/ci/other.yml", "rules: [../my-rules]\n");
    const named = await runCli(["rules", "validate", "--config", "ci/other.yml"], { cwd: join(dir, "repo") });
    expect(named).toEqual({ code: 0, stdout: "1 rule valid in my-rules\n", stderr: "" });
  });
});

describe("the suppressed count in every summary", () => {
  it("is in the Markdown, HTML and table summaries, and absent when nothing was suppressed", async () => {
    put("repo/news/b.txt", `<!-- relcheck-disable-next-line government-recognition -->\n${RECOGNISED_1996}`);
    const cwd = join(dir, "repo");
    const markdown = await runCli(["scan", "news", "-f", "markdown"], { cwd });
    expect(markdown.stdout).toMatch(/ 1 claim suppressed by relcheck-disable-next-line\./);
    const html = await runCli(["scan", "news", "-f", "html"], { cwd });
    expect(html.stdout).toMatch(/\(1 suppressed by relcheck-disable-next-line\)/);
    rmSync(join(dir, "repo/news/b.txt"));
    put("repo/news/b.txt", RECOGNISED_1996);
    const none = await runCli(["scan", "news", "-f", "json"], { cwd });
    expect(json(none.stdout).summary).not.toHaveProperty("suppressed");
  });
});
