/** The suite's closing line counts expected failures (it.fails) apart from passes. */
import { describe, expect, it } from "vitest";
import type { TestModule } from "vitest/node";
import { countTests, summaryLines } from "../../helpers/summary-reporter.js";

type State = "passed" | "failed" | "skipped" | "pending";

/** A finished module as vitest hands it to a reporter, reduced to what the counts read. */
function fakeModule(tests: { state: State; fails?: boolean }[], moduleState: "passed" | "failed" = "passed") {
  const cases = tests.map((t) => ({ result: () => ({ state: t.state }), options: { fails: t.fails } }));
  return { children: { allTests: () => cases.values() }, state: () => moduleState } as unknown as Pick<TestModule, "children" | "state">;
}

describe("summary reporter", () => {
  it("counts passing it.fails tests as expected failures, not as passes", () => {
    const counts = countTests([
      fakeModule([{ state: "passed" }, { state: "passed" }, { state: "passed", fails: true }]),
      fakeModule([{ state: "passed", fails: true }, { state: "failed" }, { state: "skipped" }]),
    ]);
    expect(counts).toEqual({ passed: 2, failed: 1, skipped: 1, expectedFailures: 2 });
    expect(summaryLines(counts)).toBe("\n2 expected failures (it.fails)\n2 passed, 1 failed, 1 skipped\n");
  });

  it("counts an it.fails test that passed its body (vitest marks it failed) as a failure", () => {
    expect(countTests([fakeModule([{ state: "failed", fails: true }])])).toEqual({ passed: 0, failed: 1, skipped: 0, expectedFailures: 0 });
  });

  it("counts a module that failed before any test ran as one failure, and prints no expected-failure line when there are none", () => {
    const counts = countTests([fakeModule([], "failed"), fakeModule([{ state: "passed" }])]);
    expect(summaryLines(counts)).toBe("\n1 passed, 1 failed\n");
  });
});
