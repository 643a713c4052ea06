/**
 * Folder-per-case scans (fixtures/scan/<case>/, see test/helpers/scan-fixtures.ts): each case's
 * findings are what a person reading its texts expects (why.md → expected.json). Where relcheck
 * disagrees (SCAN_FIXTURE_BACKLOG), the case is a known gap in test/backlog/fixtures.todo.test.ts,
 * and here its answer is held to recorded.json so that any change is noticed; UPDATE_SNAPSHOTS=1
 * rewrites recorded.json (never expected.json).
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SCAN_FIXTURES, SCAN_FIXTURE_BACKLOG, readFixtureJson, scanFixture, scanFixtureCases } from "./helpers/scan-fixtures.js";

const update = process.env.UPDATE_SNAPSHOTS === "1";

describe.each(scanFixtureCases())("fixtures/scan/%s", (name) => {
  const dir = join(SCAN_FIXTURES, name);

  it("says in why.md what a reader expects, and expected.json records it", () => {
    expect(existsSync(join(dir, "why.md"))).toBe(true);
    expect(readFileSync(join(dir, "why.md"), "utf8")).toMatch(/Expected: /);
    expect(existsSync(join(dir, "expected.json"))).toBe(true);
    // recorded.json belongs to known gaps only.
    expect(existsSync(join(dir, "recorded.json"))).toBe(name in SCAN_FIXTURE_BACKLOG || update);
  });

  it(name in SCAN_FIXTURE_BACKLOG ? "reports what it reported before (a known gap, see test/backlog)" : "reports the expected findings", async () => {
    const { outcome, code, stderr } = await scanFixture(name);
    expect(code).toBe(outcome.exitCode);
    // Nothing on stderr but, for a run that fails, the line that says why.
    expect(stderr).toMatch(code === 1 ? /^relcheck: (1 contradiction fails|\d+ contradictions fail) the run \(--fail-on contradict\)\n$/ : /^$/);
    if (name in SCAN_FIXTURE_BACKLOG) {
      const file = join(dir, "recorded.json");
      if (update) writeFileSync(file, `${JSON.stringify(outcome, null, 2)}\n`);
      expect(outcome).toEqual(readFixtureJson(name, "recorded.json"));
    } else {
      expect(outcome).toEqual(readFixtureJson(name, "expected.json"));
    }
  });
});
