/** `relcheck mentions` run in-process through main(argv, io) with captured output. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../../src/cli/main.js";
import type { CliIo } from "../../../src/cli/io.js";

async function run(argv: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), cwd, env: {}, stdoutIsTTY: false, stderrIsTTY: false };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

function dir(files: Record<string, string>): string {
  const d = mkdtempSync(join(tmpdir(), "relcheck-mentions-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(d, name), text);
  return d;
}

const TEXT = "Dar visited Kabul on 19th April 2025.\nTwo days ago, 1,200 people left; since 2021 over 2,800 died.\n";

describe("relcheck mentions", () => {
  it("prints JSON with position, kind, value and TIMEX for each mention", async () => {
    const cwd = dir({ "a.txt": TEXT });
    const r = await run(["mentions", "a.txt", "--as-of", "2025-09-05", "--format", "json"], cwd);
    expect(r.code).toBe(0);
    const { mentions } = JSON.parse(r.stdout) as { mentions: Record<string, unknown>[] };
    const byText = Object.fromEntries(mentions.map((m) => [m.text, m]));
    expect(byText["19th April 2025"]).toMatchObject({
      document: "a.txt", offset: 21, length: 15, line: 1, column: 22, kind: "date",
      value: { type: "date", start: "2025-04-19", end: "2025-04-19", granularity: "day", approximate: false },
      timex: { type: "DATE", value: "2025-04-19", mod: null },
    });
    expect(byText["Two days ago"]).toMatchObject({ line: 2, column: 1, timex: { value: "2025-09-03" } });
    expect(byText["2021"]).toMatchObject({ kind: "date", timex: { value: "2021" } });
    // quantities come from the merged value layer, not only the temporal grammar
    expect(mentions.some((m) => m.kind === "quantity")).toBe(true);
    // a mention's text is the document's text at its offset
    for (const m of mentions) expect(TEXT.slice(m.offset as number, (m.offset as number) + (m.length as number))).toBe(m.text);
  });

  it("infers the reference date from the text as scan does, when none is given", async () => {
    const cwd = dir({ "a.txt": "Talks resumed on 3 March 2025. Two days ago the envoy left.\n" });
    const r = await run(["mentions", "a.txt", "--format", "json"], cwd);
    const m = (JSON.parse(r.stdout).mentions as { text: string; timex: { value: string } }[]).find((x) => x.text === "Two days ago");
    expect(m?.timex.value).toBe("2025-03-01");
  });

  it("leaves relative expressions unresolved when the text gives no date at all", async () => {
    const cwd = dir({ "a.txt": "Two days ago the envoy left; talks resume next week.\n" });
    const r = await run(["mentions", "a.txt", "--format", "json"], cwd);
    const m = (JSON.parse(r.stdout).mentions as { text: string; value: unknown; timex: { value: string } }[]).find((x) => x.text === "Two days ago");
    expect(m).toMatchObject({ value: null, timex: { value: "XXXX-XX-XX" } });
  });

  it("uses the document's front-matter date when --as-of is not given", async () => {
    const cwd = dir({ "a.md": "---\ndate: 2024-03-10\n---\nTwo days ago the talks ended.\n" });
    const r = await run(["mentions", "a.md", "--format", "json"], cwd);
    const m = (JSON.parse(r.stdout).mentions as { text: string; timex: { value: string } }[]).find((x) => x.text === "Two days ago");
    expect(m?.timex.value).toBe("2024-03-08");
  });

  it("prints a table by default: where, kind, text, value in words, TIMEX", async () => {
    const cwd = dir({ "a.txt": TEXT });
    const r = await run(["mentions", "a.txt", "--as-of", "2025-09-05"], cwd);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("a.txt:1:22");
    expect(r.stdout).toContain("DATE 2025-04-19");
    expect(r.stdout).toMatch(/\d+ mentions\n$/);
  });

  it("rejects a bad --as-of with exit 2 and one line", async () => {
    const cwd = dir({ "a.txt": TEXT });
    const r = await run(["mentions", "a.txt", "--as-of", "2025-02-30"], cwd);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^relcheck: --as-of '2025-02-30' is not a date.*\n$/);
  });

  it("rejects an unknown format with exit 2", async () => {
    const cwd = dir({ "a.txt": TEXT });
    const r = await run(["mentions", "a.txt", "--format", "csv"], cwd);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--format 'csv'");
  });
});
