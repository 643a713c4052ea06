/**
 * A running total a verb brings to a figure counts what the figure before it counts, and is a
 * running tally; "yardage" is yards. Sentences written for this test; the expected nouns were
 * decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { frame } from "./helpers.js";

describe("must match: a total brought to a value counts the figure before it", () => {
  it.each([
    ["Ruiz had four catches on Sunday, bringing his season total to 51.", "51", "catch"],
    ["Two more bodies were found on Monday, raising the tally to 9.", "9", "body"],
    ["She won three races this month, pushing her total to 17.", "17", "race"],
    ["The back piled up 130 yards, swelling his season yardage to 1,210.", "1,210", "yard"],
  ])("%s → %s counts %s", (sentence, value, noun) => {
    const f = frame(sentence, value);
    expect(f.counted).toBe(noun);
    expect(f.time.tally).toBe(true);
  });
});

describe("must not match: a total with no verb bringing it, or another clause's figure", () => {
  it.each([
    // the total is stated, not brought to a value by what came before
    ["Ruiz had four catches; the total for the team was 51.", "51", "catch"],
    ["The club signed four players and the total stood at 30.", "30", "player"],
  ])("%s → %s does not count %s", (sentence, value, noun) => {
    expect(frame(sentence, value).counted).not.toBe(noun);
  });
  it("a total with no figure before it stays a total", () => {
    expect(frame("The late goal brought their total to 40 for the season.", "40").counted).toBe("total");
  });
});
