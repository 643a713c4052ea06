/**
 * A weekday told with "on a" and no noun after it ("on a Friday afternoon, as…", "on a Sunday.")
 * says what kind of day it was, not which day of the writer's week: it takes no date. "at a Friday
 * news conference", "on a Monday night flight" and plain "on Friday" are days of the week as before.
 * Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { findTemporal } from "../../../src/values/temporal/index.js";

const AS_OF = "2025-09-05"; // a Friday

function dateOf(text: string, word: string): string | null | undefined {
  const m = findTemporal(text, { asOf: AS_OF }).find((x) => x.text.includes(word));
  if (!m) return undefined;
  return m.value && m.value.type === "date" ? m.value.start : null;
}

describe("a weekday told with 'on a' takes no date", () => {
  it.each([
    ["He fired from the roof on a Friday afternoon, as pupils left school.", "Friday"],
    ["The fire broke out on a Sunday.", "Sunday"],
    ["They were married on a Tuesday in June.", "Tuesday"],
  ])("%s", (text, word) => {
    expect(dateOf(text, word) ?? null).toBeNull();
  });
});

describe("a day of the week as before", () => {
  it.each([
    ["The mayor spoke at a Friday news conference.", "Friday", "2025-09-05"],
    ["The fire started on Sunday.", "Sunday", "2025-08-31"],
    ["She was booked on a Monday night flight to Oslo.", "Monday", "2025-09-01"],
  ])("%s", (text, word, expected) => {
    expect(dateOf(text, word)).toBe(expected);
  });
});
