/** Every report the CLI produces validates against schema/report.schema.json (the public contract). */
import { readFileSync } from "node:fs";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";

const schema = JSON.parse(readFileSync("schema/report.schema.json", "utf8"));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

describe("report schema", () => {
  it.each([
    ["seeds", ["scan", "seeds/", "--format", "json"]],
    ["one seed with --as-of", ["scan", "seeds/003_560cb879dc23422f.txt", "--format", "json", "--as-of", "2025-09-05"]],
    ["undated reports (days with no calendar day)", ["scan", "fixtures/scan/undated-warehouse-fire/a.txt", "fixtures/scan/undated-warehouse-fire/b.txt", "fixtures/scan/undated-warehouse-fire/c.txt", "--format", "json"]],
  ])("%s", async (_name, argv) => {
    const run = await runCli(argv);
    const report = JSON.parse(run.stdout);
    const ok = validate(report);
    expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 3))).toEqual([]);
    expect(ok).toBe(true);
  });

  it("rejects a day with no calendar day but no `relative`, and a calendar day with one", () => {
    const report = (value: object): object => ({ schema: "relcheck/report@1", tool: { name: "relcheck", version: "1" }, asOf: null, documents: [], claims: [{ id: "c-1", rule: "r", topic: "t", measure: null, document: "a.txt", line: 1, column: 1, offset: 0, length: 6, text: "Friday", value, sentence: "Friday.", frame: null, actors: [], trigger: "", provenance: [] }], findings: [], summary: { documents: 1, claims: 1, agree: 0, diverge: 0, contradict: 0 }, diagnostics: [] });
    const friday = { type: "date", granularity: "day", approximate: false };
    expect(validate(report({ ...friday, start: null, end: null, relative: { weekday: "friday" } }))).toBe(true);
    expect(validate(report({ ...friday, start: null, end: null }))).toBe(false);
    expect(validate(report({ ...friday, start: "2030-01-04", end: "2030-01-04", relative: { weekday: "friday" } }))).toBe(false);
  });

  it("rejects a report that breaks the contract (the schema can fail)", () => {
    expect(validate({ schema: "relcheck/report@1", tool: { name: "relcheck", version: "1" }, asOf: "soon", documents: [], claims: [], findings: [], summary: {} })).toBe(false);
  });
});
