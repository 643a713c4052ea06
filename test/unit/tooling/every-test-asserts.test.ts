/** The suite's setup makes a test without an assertion fail. */
import { describe, expect, it } from "vitest";

describe("every test asserts", () => {
  // A loop over nothing makes no assertion: the setup turns that into a failure, which it.fails expects.
  it.fails("fails a test whose loop asserts nothing", () => {
    for (const n of [] as number[]) expect(n).toBe(0);
  });

  it("passes a test that asserts", () => {
    expect(1 + 1).toBe(2);
  });
});
