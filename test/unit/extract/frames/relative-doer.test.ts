/**
 * The doer of an active verb whose subject is "who", in a clause
 * set off by a comma after a name, where the figure follows the verb with no name between them.
 * Sentences written for this test; the doers read by hand.
 */
import { describe, expect, it } from "vitest";
import { frame } from "./helpers.js";

const agents = (sentence: string, value: string): string[] => frame(sentence, value).participants.filter((p) => p.role === "agent").map((p) => p.key);

describe("the name a 'who' clause's active verb is said of", () => {
  it.each<[string, string, string[]]>([
    // must
    ["The board appointed Ivo Marsh, who stayed for 40 games.", "40", ["ivo marsh"]],
    ["The club brought in Lena Ortiz, who scored 12 goals in her first season.", "12", ["lena ortiz"]],
  ])("%s (%s) → %s", (sentence, value, expected) => {
    expect(agents(sentence, value)).toEqual(expected);
  });

  it.each<[string, string, string]>([
    // must not: "that" may stand for anyone; a name between the verb and the figure; a common noun before the comma
    ["Ivo Marsh was the fighter that floored Cal Dunn to win 12 rounds.", "12", "ivo marsh"],
    ["The club kept Lena Ortiz, who beat Cal Dunn 12 times last year.", "12", "lena ortiz"],
    ["The board appointed a new coach, who stayed for 40 games.", "40", "board"],
  ])("%s (%s) → not %s", (sentence, value, notExpected) => {
    expect(agents(sentence, value)).not.toContain(notExpected);
  });
});
