/**
 * A year-less date right before a noun of a day fixed ahead ("her January start date", "a May 3 due
 * date") names a day still to come, as a deadline does, unless the sentence tells it in the past.
 * Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { findTemporal } from "../../../src/values/temporal/index.js";

const AS_OF = "2025-04-09";

function dateOf(text: string, expr: string): string | undefined {
  const m = findTemporal(text, { asOf: AS_OF }).find((x) => x.text === expr && x.value?.type === "date");
  return m && m.value?.type === "date" ? `${m.value.start}..${m.value.end}` : undefined;
}

describe("must look ahead: a date before 'start date', 'due date', 'launch date'", () => {
  it.each([
    ["The schedule has to fit the singer's January start date for her tour.", "January", "2026-01-01..2026-01-31"],
    ["The clinic keeps a March 2 due date for the twins.", "March 2", "2026-03-02..2026-03-02"],
    ["Engineers are working toward a February launch date for the probe.", "February", "2026-02-01..2026-02-28"],
  ])("%s", (text, expr, expected) => {
    expect(dateOf(text, expr)).toBe(expected);
  });
});

describe("must not look ahead: told in the past, or no such noun", () => {
  it.each([
    ["The builder missed its January start date for the tower.", "January", "2025-01-01..2025-01-31"],
    ["The singer's January tour sold out fast.", "January", "2025-01-01..2025-01-31"],
  ])("%s", (text, expr, expected) => {
    expect(dateOf(text, expr)).toBe(expected);
  });
});
