import { describe, expect, it } from "vitest";
import { FINGERPRINT_KEY, buildSarif, claimEnd, pathToUri, sarif } from "../../../src/report/sarif.js";
import type { Report } from "../../../src/types.js";
import { makeClaim, makeFinding, makeReport, people, year } from "./make.js";
import { sarifSchemaErrors } from "./sarif-schema.js";

const a = makeClaim({ id: "c-a", document: "seeds/001.txt", line: 6, column: 10, offset: 200, length: 7, text: "in 1997" });
const b = makeClaim({ id: "c-b", document: "seeds/my file.txt", line: 12, column: 1, offset: 400, length: 7, text: "In 1996", value: year(1996) });
const q1 = makeClaim({ id: "c-q1", document: "seeds/001.txt", rule: "refugees", measure: "hosted", text: "3 million", length: 9, value: people(3e6, 3e6) });
const q2 = makeClaim({ id: "c-q2", document: "seeds/003.txt", rule: "refugees", measure: "repatriated", text: "1.2 million", length: 11, value: people(1.2e6, 1.2e6) });
const contradiction = makeFinding({ id: "f-00000000000000aa", claims: ["c-a", "c-b"], reason: "1997 [001] and 1996 cannot both hold." });
const divergence = makeFinding({
  id: "f-00000000000000bb",
  rule: "refugees",
  topic: "Refugees",
  claims: ["c-q1", "c-q2"],
  verdict: "diverge",
  measures: ["hosted", "repatriated"],
});
const agreement = makeFinding({ id: "f-00000000000000cc", claims: ["c-a", "c-b"], verdict: "agree" });
const report: Report = makeReport([a, b, q1, q2], [contradiction, divergence, agreement], {
  rules: [
    { id: "refugees", topic: "Refugees", description: "Refugee counts.", cardinality: "recurring", file: "rules/refugees.yml" },
    { id: "recognition", topic: "Recognition of the government", description: "The year a government was recognised.", cardinality: "single", file: "rules/recognition.yml" },
    { id: "unused-rule", topic: "Unused", description: "A rule with no finding.", cardinality: "single", file: "rules/unused.yml" },
  ],
  diagnostics: [{ code: "RC201", severity: "warning", message: "skipped a binary file", file: "seeds/x.bin", line: 1 }],
});

describe("SARIF reporter", () => {
  const log = buildSarif(report);
  const run = log.runs[0]!;

  it("validates against the SARIF 2.1.0 schema", () => {
    expect(sarifSchemaErrors(JSON.parse(sarif(report)))).toEqual([]);
    expect(sarifSchemaErrors(JSON.parse(sarif(makeReport([], []))))).toEqual([]);
  });

  it("the schema check does catch broken logs", () => {
    expect(sarifSchemaErrors({ version: "2.1.0", runs: [{ tool: { driver: {} } }] })).not.toEqual([]);
    const bad = structuredClone(log) as unknown as { runs: { results: { level: string }[] }[] };
    bad.runs[0]!.results[0]!.level = "fatal";
    expect(sarifSchemaErrors(bad)).not.toEqual([]);
  });

  it("describes every rule once, sorted, with short and full descriptions and help", () => {
    const rules = run.tool.driver.rules!;
    expect(rules.map((r) => r.id)).toEqual(["recognition", "refugees", "unused-rule"]);
    expect(rules[0]).toMatchObject({
      shortDescription: { text: "Recognition of the government" },
      fullDescription: { text: "The year a government was recognised." },
      defaultConfiguration: { level: "error" },
    });
    expect(rules[0]!.help!.text).toMatch(/one true value/);
    expect(rules[1]!.defaultConfiguration!.level).toBe("warning");
  });

  it("emits one result per contradiction or divergence, none for agreements", () => {
    expect(run.results!.map((r) => [r.ruleId, r.ruleIndex, r.level])).toEqual([
      ["recognition", 0, "error"],
      ["refugees", 1, "warning"],
    ]);
  });

  it("locates the first claim with a full region and the others as related locations", () => {
    const result = run.results![0]!;
    expect(result.locations![0]!.physicalLocation).toEqual({
      artifactLocation: { uri: "seeds/001.txt", index: 0 },
      region: { startLine: 6, startColumn: 10, endLine: 6, endColumn: 17, charOffset: 200, charLength: 7, snippet: { text: "in 1997" } },
    });
    expect(result.relatedLocations).toEqual([
      {
        id: 1,
        physicalLocation: {
          artifactLocation: { uri: "seeds/my%20file.txt", index: 2 },
          region: { startLine: 12, startColumn: 1, endLine: 12, endColumn: 8, charOffset: 400, charLength: 7, snippet: { text: "In 1996" } },
        },
        message: { text: '"In 1996" = 1996' },
      },
    ]);
    expect(result.message.text).toBe(
      '1997 \\[001\\] and 1996 cannot both hold. Here: "in 1997" = 1997. Compared with ["In 1996" = 1996](1) in seeds/my file.txt:12.',
    );
    expect(result.partialFingerprints).toEqual({ [FINGERPRINT_KEY]: "f-00000000000000aa" });
    expect(result.baselineState).toBeUndefined();
  });

  it("lists documents as artifacts with their hashes, and diagnostics as notifications", () => {
    expect(run.artifacts!.map((x) => x.location!.uri)).toEqual(["seeds/001.txt", "seeds/003.txt", "seeds/my%20file.txt"]);
    expect(run.invocations![0]!.executionSuccessful).toBe(true);
    expect(run.invocations![0]!.toolExecutionNotifications![0]).toMatchObject({ level: "warning", descriptor: { id: "RC201" } });
  });

  it("marks results as new when the scan used a baseline", () => {
    const withBaseline = buildSarif({ ...report, baseline: { file: "b.json", known: [], new: [], stale: [], pruned: false } });
    expect(withBaseline.runs[0]!.results!.every((r) => r.baselineState === "new")).toBe(true);
    expect(sarifSchemaErrors(withBaseline)).toEqual([]);
  });
});

describe("pathToUri / claimEnd", () => {
  it.each([
    ["seeds/a.txt", "seeds/a.txt"],
    ["seeds\\a b.txt", "seeds/a%20b.txt"],
    ["notes/#1?.md", "notes/%231%3F.md"],
    ["../x/é.txt", "../x/%C3%A9.txt"],
    ["/tmp/a.txt", "file:///tmp/a.txt"],
    ["C:\\docs\\a.txt", "file:///C:/docs/a.txt"],
  ])("%s → %s", (path, uri) => expect(pathToUri(path)).toBe(uri));

  it("ends a one-line claim on its line (exclusive column) and a wrapped one on a later line", () => {
    expect(claimEnd({ line: 6, column: 10, text: "in 1997", length: 7 })).toEqual({ endLine: 6, endColumn: 17 });
    expect(claimEnd({ line: 3, column: 70, text: "late\nApril 2025", length: 15 })).toEqual({ endLine: 4, endColumn: 11 });
  });
});
