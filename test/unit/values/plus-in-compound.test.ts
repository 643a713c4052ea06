/**
 * "-plus" inside a compound before its unit or noun ("a 250-plus-pound tackle", "a 15-plus-year
 * feud") is a lower bound, as "-plus" at the end of a number is; a number after "plus" makes a name
 * ("a 4-plus-2 schedule"). Sentences written for this test; values worked out by reading them.
 */
import { describe, expect, it } from "vitest";
import { findMentions } from "../../../src/values/index.js";
import type { Mention } from "../../../src/types.js";

const at = (text: string, written: string): Mention | undefined => findMentions(text, { asOf: "2022-05-01" }).find((m) => m.text === written);

describe("must match: N-plus-unit is at least N units", () => {
  it.each<[string, string, number, string]>([
    ["Rex Oduya, a 250-plus-pound tackle, signed on Friday.", "250-plus-pound", 250, "lb"],
    ["The sisters ended a 15-plus-year feud at the wedding.", "15-plus", 15, "year"],
    ["Hikers set off on a 40-plus-mile loop around the lake.", "40-plus-mile", 40, "mi"],
  ])("%s → %s is at least %d %s", (text, written, min, unit) => {
    expect(at(text, written)?.value).toMatchObject({ type: "quantity", min, max: null, qualifier: "at least", unit });
  });
});

describe("must not match: a number after plus makes a name", () => {
  it.each<[string, string, number]>([
    ["The league tried a 4-plus-2 schedule last winter.", "4", 4],
    ["Dealers sold the 2-plus-2 hatchback in Lyon.", "2", 2],
  ])("%s → %s stays %d", (text, written, n) => {
    expect(at(text, written)?.value).toMatchObject({ min: n, max: n, qualifier: null });
  });
});
