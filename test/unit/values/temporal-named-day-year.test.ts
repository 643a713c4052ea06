/**
 * A named day followed by "in" or "of" and a year is that year's day ("Valentine's Day in 2012",
 * "Christmas of 2009"), not the one nearest the text's date; a year that counts something, or a
 * named day with no year, is read as before. Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { findTemporal } from "../../../src/values/temporal/index.js";

const AS_OF = "2025-09-05";

function dated(text: string): string[] {
  return findTemporal(text, { asOf: AS_OF })
    .filter((m) => m.value?.type === "date")
    .map((m) => (m.value?.type === "date" ? `${m.text} = ${m.value.start}` : ""));
}

describe("a named day with its year after 'in' or 'of'", () => {
  it.each([
    ["They planned to wed on Valentine's Day in 2012.", "Valentine's Day in 2012 = 2012-02-14"],
    ["The family last met at Christmas of 2009.", "Christmas of 2009 = 2009-12-25"],
    ["The shop opened on Halloween in 2019, its owner said.", "Halloween in 2019 = 2019-10-31"],
  ])("%s", (text, expected) => {
    expect(dated(text)).toContain(expected);
  });

  it.each([
    ["Sales on Valentine's Day in 2500 stores rose.", "Valentine's Day = 2025-02-14"], // a count of stores, no year
    ["The couple married on Christmas Eve.", "Christmas Eve = 2024-12-24"],
  ])("not a year of the day: %s", (text, expected) => {
    expect(dated(text)).toContain(expected);
  });
});
