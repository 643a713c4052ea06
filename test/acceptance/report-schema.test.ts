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
  ])("%s", async (_name, argv) => {
    const run = await runCli(argv);
    const report = JSON.parse(run.stdout);
    const ok = validate(report);
    expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 3))).toEqual([]);
    expect(ok).toBe(true);
  });

  it("rejects a report that breaks the contract (the schema can fail)", () => {
    expect(validate({ schema: "relcheck/report@1", tool: { name: "relcheck", version: "1" }, asOf: "soon", documents: [], claims: [], findings: [], summary: {} })).toBe(false);
  });
});
