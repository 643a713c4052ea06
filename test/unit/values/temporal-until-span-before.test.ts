/**
 * "until" followed by a length of time before or after a year-less date ("did not open talks
 * until two weeks before the May 3 launch") reaches a point the date sets: it is no cue of the
 * future, so the date is placed by the clause's own tense, or as the nearest occurrence. "until"
 * right before a date still looks ahead. Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { findTemporal } from "../../../src/values/temporal/index.js";

const AS_OF = "2025-05-20";

function dateOf(text: string, expr: string): string | undefined {
  const m = findTemporal(text, { asOf: AS_OF }).find((x) => x.text === expr && x.value?.type === "date");
  return m && m.value?.type === "date" ? `${m.value.start}..${m.value.end}` : undefined;
}

describe("must not lean ahead: until + a length before or after the date", () => {
  it.each([
    ["The board, which now wants a bigger budget, did not open talks with the builder until about two weeks before the bridge's May 3 opening.", "May 3", "2025-05-03..2025-05-03"],
    ["Officials held back the figures until three days after the April 30 count.", "April 30", "2025-04-30..2025-04-30"],
  ])("%s", (text, expr, expected) => {
    expect(dateOf(text, expr)).toBe(expected);
  });
});

describe("must still lean ahead: until right before the date", () => {
  it.each([
    ["The bridge stays shut until May 3.", "May 3", "2026-05-03..2026-05-03"],
    ["Talks are suspended until April 30.", "April 30", "2026-04-30..2026-04-30"],
  ])("%s", (text, expr, expected) => {
    expect(dateOf(text, expr)).toBe(expected);
  });
});
