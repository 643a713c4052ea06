/**
 * The named day of 2001 written with a dash ("the 9-11 attacks", "the 9-11 Commission") is that day,
 * as "9/11" is, not a range of nine to eleven attacks; only before a word of that day, since "9-11 days"
 * and "9-11 wins" are ranges. Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { findMentions } from "../../../src/values/index.js";

const mentionOf = (text: string, shown: string) => findMentions(text, { asOf: "2014-06-02" }).find((m) => m.text === shown);

describe("9-11 before a word of that day is the day of 2001", () => {
  it.each([
    ["Flags flew at half mast on the anniversary of the 9-11 attacks.", "9-11"],
    ["She testified before the 9-11 Commission in Washington.", "9-11"],
    ["Security at ports was tightened in the 9-11 era.", "9-11"],
  ])("%s", (text, shown) => {
    const v = mentionOf(text, shown)?.value;
    expect(v?.type).toBe("date");
    expect(v).toMatchObject({ start: "2001-09-11", end: "2001-09-11" });
  });

  it.each([
    ["The crew was stranded for 9-11 days at sea.", "9-11 days"],
    ["The club expects 9-11 wins this season.", "9-11"],
  ])("still a range: %s", (text, shown) => {
    expect(mentionOf(text, shown)?.value?.type).not.toBe("date");
  });
});
