/**
 * "Over" between a count and a length is the span the count was gathered across, not "more than"
 * the length (values/quantity/qualifiers.ts spanOver, read for counts in values/quantity/index.ts
 * and for lengths of time in values/temporal/mention.ts). Sentences written for this test; the
 * expected values were worked out by reading them.
 */
import { describe, expect, it } from "vitest";
import { findMentions } from "../../../src/values/index.js";
import { spanOver } from "../../../src/values/quantity/qualifiers.js";
import type { Mention } from "../../../src/types.js";

const mentions = (text: string): Mention[] => findMentions(text, { asOf: "2021-03-10" });
/** The mention that holds the written number, and its bounds. */
const boundsOf = (text: string, number: string): [number | null, number | null] => {
  const m = mentions(text).find((x) => x.text.includes(number) && x.value?.type === "quantity");
  if (!m || m.value?.type !== "quantity") throw new Error(`no quantity “${number}” in “${text}”: ${mentions(text).map((x) => x.text).join(", ")}`);
  return [m.value.min, m.value.max];
};

describe("spanOver", () => {
  it.each<[string, string, boolean]>([
    // must match: a count and its noun before "over", a length after the number
    ["She has 1,900 points in 98 games over ", " seasons at the club.", true],
    ["The club agreed a $45 million deal over ", " years.", true],
    ["He kicked 31 goals over ", " matches.", true],
    // must not match: no count before, no length after, an age
    ["The repairs took over ", " years.", false],
    ["The storm cut power to over ", " homes.", false],
    ["Police spoke to 12 people over ", " years old.", false],
  ])("%s#%s → %s", (before, after, expected) => {
    expect(spanOver(before, after)).toBe(expected);
  });
});

describe("a count gathered over a length reads the length exactly", () => {
  it.each<[string, string, [number | null, number | null]]>([
    // must: the span, exact
    ["Ada Reyes scored 1,900 points in 98 games over four seasons.", "four", [4, 4]],
    ["The club agreed a $45 million deal over five years.", "five", [5, 5]],
    ["He kicked 31 goals over 20 matches for the club.", "20", [20, 20]],
    // must not: "over" as "more than"
    ["The repairs took over three years.", "three", [3, null]],
    ["Over 300 people came to the vigil.", "300", [300, null]],
    ["Twelve people over 60 years old were treated.", "60", [60, null]],
  ])("%s → %s is %j", (text, number, expected) => {
    expect(boundsOf(text, number)).toEqual(expected);
  });
});
