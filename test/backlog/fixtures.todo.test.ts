/**
 * Known gaps among the folder-per-case scans: cases where relcheck's findings differ from what a
 * person reading the texts expects (fixtures/scan/<case>/why.md and expected.json). `it.fails`
 * rows fail today and pass (turning the test red) once relcheck reads the case right; then remove
 * the case from SCAN_FIXTURE_BACKLOG and its recorded.json.
 */
import { describe, expect, it } from "vitest";
import { SCAN_FIXTURE_BACKLOG, readFixtureJson, scanFixture } from "../helpers/scan-fixtures.js";

describe("backlog: scan fixtures", () => {
  for (const [name, gap] of Object.entries(SCAN_FIXTURE_BACKLOG)) {
    it.fails(`${name}: ${gap}`, async () => {
      const { outcome } = await scanFixture(name);
      expect(outcome).toEqual(readFixtureJson(name, "expected.json"));
    });
  }
});
