/**
 * A clause of time in the present tense ("when he's sentenced", "after they are evicted") tells a step
 * still to come, so a year-less date inside it lies ahead of the text's date, although the clause holds a
 * past participle. The same clause told in the past, or a headline's present without such a clause,
 * still looks back. Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { findTemporal } from "../../../src/values/temporal/index.js";

const AS_OF = "2025-09-05"; // a Friday

function dateOf(text: string, expr: string): string | undefined {
  const m = findTemporal(text, { asOf: AS_OF }).find((x) => x.text === expr && x.value?.type === "date");
  return m && m.value?.type === "date" ? `${m.value.start}..${m.value.end}` : undefined;
}

describe("a year-less date in a present-tense clause of time lies ahead", () => {
  it.each([
    ["The driver faces ten years in jail when he's sentenced October 2.", "October 2", "2025-10-02..2025-10-02"],
    ["Prosecutors seek life when the gunman is sentenced on 14 January.", "14 January", "2026-01-14..2026-01-14"],
    ["The tenants get their deposits back after they are evicted on 9 February.", "9 February", "2026-02-09..2026-02-09"],
  ])("%s", (text, expr, expected) => {
    expect(dateOf(text, expr)).toBe(expected);
  });
});

describe("the same clause told in the past, or a headline's present, still looks back", () => {
  it.each([
    ["The driver wept when he was sentenced on October 2.", "October 2", "2024-10-02..2024-10-02"],
    ["Man is sentenced October 2 for the robbery of a jeweller.", "October 2", "2024-10-02..2024-10-02"],
    ["They were freed after they were questioned on August 30.", "August 30", "2025-08-30..2025-08-30"],
  ])("%s", (text, expr, expected) => {
    expect(dateOf(text, expr)).toBe(expected);
  });
});
