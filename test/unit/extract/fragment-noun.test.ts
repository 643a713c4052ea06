/**
 * A bare count in a sentence with no verb takes the noun the sentence before (or the one
 * before that, past a question with no figure) names after its last figure. Sentences written for
 * this test; what each count must count was decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { readings } from "./frames/helpers.js";

const countedOf = (text: string, value: string): string | null | undefined => readings(text).filter((r) => r.value.mention.text === value).at(-1)?.counted;

describe("a fragment's bare count takes the noun named before it", () => {
  it.each<[string, string, string | null]>([
    ["Ortiz set the club mark in 2019 with 41 goals. Before her? Lind in 1990 with 38.", "38", "goal"],
    ["Ortiz set the club mark in 2019 with 4,102 yards. Lind in 1990 with 3,655.", "3,655", "yard"],
    ["Ortiz set the club mark in 2019 with 4,102 yards. Who held it before? Ada Fielding in 1990 with 3,655.", "3,655", "yard"],
    // must not: a verb of its own, a word after the count, no noun named before, a year, too far back
    ["Ortiz set the club mark in 2019 with 41 goals. Lind scored 38.", "38", null],
    ["Ortiz set the club mark in 2019. Lind in 1990 with 38.", "38", null],
    ["Ortiz set the club mark with 41 goals. Lind in 1990.", "1990", null],
    ["Ortiz set the club mark with 41 goals.\n\n2.\n\nLind was next.", "2", null],
    ["Ortiz set the club mark with 41 goals. Who came next? Nobody knows. Who else? Lind in 1990 with 38.", "38", null],
  ])("%s (%s) → %s", (text, value, counted) => {
    expect(countedOf(text, value) ?? null).toBe(counted);
  });
  it("not: a count before a word of its own keeps its own reading", () => {
    expect(countedOf("Ortiz set the club mark in 2019 with 41 goals. Lind in 1990 with 38 caps.", "38")).not.toBe("goal");
  });
});
