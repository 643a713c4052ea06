/**
 * Prints one plain closing line after the run — "N passed, N failed" (", N skipped" when some
 * were) — so any CI log reader can tell the outcome without knowing vitest's own summary.
 *
 * Expected failures (`it.fails`: known gaps kept in test/backlog) are not passes: they are counted
 * apart, on a line of their own before the closing line. (One that starts to pass fails the run,
 * as vitest reports it: the gap is closed and the test should become a plain one.)
 */
import type { Reporter, TestCase, TestModule } from "vitest/node";

export interface RunCounts {
  passed: number;
  failed: number;
  skipped: number;
  expectedFailures: number;
}

/** The counts of a finished run, from each test's state and options. */
export function countTests(testModules: ReadonlyArray<Pick<TestModule, "children" | "state">>): RunCounts {
  const counts: RunCounts = { passed: 0, failed: 0, skipped: 0, expectedFailures: 0 };
  for (const module of testModules) {
    const tests: TestCase[] = [...module.children.allTests()];
    for (const test of tests) {
      const state = test.result().state;
      if (state === "passed" && test.options.fails) counts.expectedFailures++;
      else if (state === "passed") counts.passed++;
      else if (state === "failed") counts.failed++;
      else counts.skipped++;
    }
    if (module.state() === "failed" && tests.length === 0) counts.failed++;
  }
  return counts;
}

/** The closing lines: the expected failures, if any, then "N passed, N failed[, N skipped]". */
export function summaryLines(c: RunCounts): string {
  const expected = c.expectedFailures > 0 ? `${c.expectedFailures} expected ${c.expectedFailures === 1 ? "failure" : "failures"} (it.fails)\n` : "";
  return `\n${expected}${c.passed} passed, ${c.failed} failed${c.skipped > 0 ? `, ${c.skipped} skipped` : ""}\n`;
}

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    process.stdout.write(summaryLines(countTests(testModules)));
  }
}
