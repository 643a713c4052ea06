/**
 * "-plus" glued to a number ("three-plus seasons", "40-plus hours") is a lower bound, like "40
 * plus" or "40+": at least the number, and the noun after "plus" is what is counted
 * (values/quantity/qualifiers.ts readQualifierAfter). A compound that goes on after "plus"
 * ("a 3-plus-1 rotation") is a name, not a bound.
 * Sentences written for this test; the expected values were worked out by reading them.
 */
import { describe, expect, it } from "vitest";
import { findMentions } from "../../../src/values/index.js";
import type { Mention } from "../../../src/types.js";

const mentions = (text: string): Mention[] => findMentions(text, { asOf: "2021-03-09" });
const at = (text: string, written: string): Mention | undefined => mentions(text).find((m) => m.text === written);

describe("a number with -plus glued to it is a lower bound: must match", () => {
  it.each<[string, string, number, string]>([
    ["The keeper left after four-plus seasons in Leeds.", "four-plus", 4, "season"],
    ["Crews worked 36-plus hours to reopen the bridge.", "36-plus", 36, "hour"],
    ["The chain now runs 120-plus shops across Wales.", "120-plus", 120, "shop"],
    ["She has taught for 25-plus years at the school.", "25-plus", 25, "year"],
  ])("%s → %s is at least %d %s", (text, written, min, unit) => {
    expect(at(text, written)?.value).toMatchObject({ type: "quantity", min, max: null, qualifier: "at least", unit });
  });
});

describe("a number with -plus glued to it is a lower bound: must not match", () => {
  it.each<[string, string, number]>([
    // a compound name that goes on after "plus"
    ["The club tried a 3-plus-1 rotation in spring.", "3", 3],
    ["He bought a 2-plus-2 coupe in Turin.", "2", 2],
    // "plus" joining a sum keeps both numbers as stated
    ["The fee is 40 plus 5 for parking.", "40", 40],
  ])("%s → %s stays %d, not a bound", (text, written, n) => {
    const m = at(text, written);
    expect(m?.value).toMatchObject({ min: n, max: n, qualifier: null });
  });
});
