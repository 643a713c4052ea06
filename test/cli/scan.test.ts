/** The scan command as a user meets it: formats, exit codes, flags, errors. */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";

function tempDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "relcheck-cli-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe("relcheck scan", () => {
  it("prints a table with the verdicts and a summary line, exit 1 on a contradiction", async () => {
    const run = await runCli(["scan", "seeds/"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("CONTRADICT");
    expect(run.stdout).toContain("recognition of");
    expect(run.stdout).toContain("“1997” — seeds/001_960c20d4e2caabca.txt:4:131");
    expect(run.stdout).toContain("(001_960c20d4e2caabca.txt:4)");
    expect(run.stdout).toMatch(/5 documents, \d+ claims: 1 contradiction, \d+ divergences?, \d+ agreements?\n$/);
    expect(run.stdout).not.toMatch(/\u001b\[/); // no colour when not a TTY
  });

  it("colours the table on a TTY unless NO_COLOR is set", async () => {
    expect((await runCli(["scan", "seeds/"], { tty: true })).stdout).toMatch(/\u001b\[/);
    expect((await runCli(["scan", "seeds/"], { tty: true, env: { NO_COLOR: "1" } })).stdout).not.toMatch(/\u001b\[/);
  });

  it("fits the table to COLUMNS, else the terminal, else 120 columns, every file:line:column whole", async () => {
    const report = JSON.parse((await runCli(["scan", "seeds/", "--format", "json"])).stdout);
    const byId = new Map<string, { document: string; line: number; column: number }>(report.claims.map((c: { id: string }) => [c.id, c]));
    const locations = report.findings.flatMap((f: { claims: string[] }) =>
      f.claims.map((id) => byId.get(id)).map((c) => `${c?.document}:${c?.line}:${c?.column}`),
    );
    const widest = (text: string) => Math.max(...text.split("\n").map((l) => [...l].length));
    for (const [options, width] of [
      [{}, 120],
      [{ env: { COLUMNS: "100" } }, 100],
      [{ env: { COLUMNS: "200" } }, 200],
      [{ env: { COLUMNS: "70" } }, 70],
      [{ tty: true, columns: 90, env: { NO_COLOR: "1" } }, 90],
    ] as const) {
      const run = await runCli(["scan", "seeds/"], options);
      expect(widest(run.stdout)).toBeLessThanOrEqual(width);
      const lines = run.stdout.split("\n");
      for (const where of locations) expect(lines.some((l) => l.includes(where))).toBe(true);
    }
    // A wide terminal gets a wider table than a pipe.
    expect(widest((await runCli(["scan", "seeds/"], { env: { COLUMNS: "200" } })).stdout)).toBeGreaterThan(120);
  });

  it.each([
    [{ tty: true }, [], true],
    [{ tty: true, env: { TERM: "dumb" } }, [], false],
    [{ tty: true, env: { NO_COLOR: "1" } }, [], false],
    [{ tty: true, env: { NO_COLOR: "" } }, [], true],
    [{ tty: true }, ["--no-color"], false],
    [{ tty: false }, ["--color"], true],
    [{ tty: true, env: { TERM: "dumb", NO_COLOR: "1" } }, ["--color"], true],
    [{ tty: false, env: { FORCE_COLOR: "1" } }, [], true],
    [{ tty: false, env: { FORCE_COLOR: "" } }, [], true],
    [{ tty: true, env: { FORCE_COLOR: "0" } }, [], false],
    [{ tty: true, env: { FORCE_COLOR: "false" } }, [], false],
    [{ tty: false, env: { FORCE_COLOR: "1", NO_COLOR: "1" } }, [], true],
    [{ tty: false, env: { FORCE_COLOR: "1" } }, ["--no-color"], false],
  ] as const)("colour with %j and flags %j: %s", async (options, flags, coloured) => {
    const run = await runCli(["scan", "seeds/", ...flags], options);
    expect(/\u001b\[/.test(run.stdout)).toBe(coloured);
    expect(run.stdout).toContain("CONTRADICT");
  });

  it("exits 0 when sources agree", async () => {
    const dir = tempDir({
      "a.txt": "The Taliban took power in Kabul in August 2021, a year of upheaval.\n",
      "b.txt": "Since the group's return to power on 15 August 2021, aid has fallen.\n",
    });
    const run = await runCli(["scan", dir, "--format", "json"]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.findings.map((f: { verdict: string }) => f.verdict)).toEqual(["agree"]);
  });

  it("finds a conflict between two articles in other words", async () => {
    const dir = tempDir({
      "a.txt": "Pakistan formally recognised the Taliban government in May 1997.\n",
      "b.txt": "Islamabad established diplomatic relations with the Taliban regime in 1996.\n",
    });
    const run = await runCli(["scan", dir, "--format", "json"]);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).findings[0]).toMatchObject({ rule: "government-recognition", verdict: "contradict" });
  });

  it("writes CSV with one row per claim in a finding", async () => {
    const run = await runCli(["scan", "seeds/", "--format", "csv"]);
    const [header, ...rows] = run.stdout.trimEnd().split("\r\n");
    expect(header?.startsWith("finding_id,verdict,topic")).toBe(true);
    expect(rows.length).toBeGreaterThan(4);
  });

  it.each([
    [["scan", "no/such/dir"], /^relcheck: no\/such\/dir: no such file or directory\n$/],
    [["scan", "seeds/", "--format", "xml"], /^relcheck: --format 'xml' is not one of: table, json, csv/],
    [["scan", "seeds/", "--as-of", "2025-02-30"], /^relcheck: --as-of '2025-02-30' is not a date/],
    [["scan"], /^relcheck: missing required argument 'paths' \(see 'relcheck --help'\)\n$/],
    [["scan", "seeds/", "--bogus"], /^relcheck: unknown option '--bogus' \(see 'relcheck --help'\)\n$/],
    [["frobnicate"], /^relcheck: unknown command 'frobnicate'/],
  ])("%j → exit 2 with one clear line", async (argv, message) => {
    const run = await runCli(argv as string[]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it("refuses to write the report over an input it skipped (a binary named on the command line)", async () => {
    const dir = tempDir({ "a.txt": "Pakistan recognised the Taliban government in 1997.\n" });
    const png = join(dir, "photo.png");
    const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    writeFileSync(png, bytes);
    const run = await runCli(["scan", join(dir, "a.txt"), png, "--output", png]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/photo\.png/);
    expect(readFileSync(png)).toEqual(bytes);
  });

  it("--as-of sets the reference date of undated documents and the report says so", async () => {
    const run = await runCli(["scan", "seeds/003_560cb879dc23422f.txt", "--as-of", "2025-09-05", "--format", "json"]);
    const report = JSON.parse(run.stdout);
    expect(report.asOf).toBe("2025-09-05");
    expect(report.documents[0]).toMatchObject({ date: "2025-09-05", dateSource: "flag" });
  });
});
