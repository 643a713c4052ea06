/**
 * The day of a gathering told with its size (group/crowd-days.ts): sizes told of two days are two
 * gatherings; a size of a march told with its day and one told with none in a report of that day
 * may be compared. Sentences, names and figures written for this test; the expected answers were
 * decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { crowdDayOf, crowdsOfTwoDays, oneGatheringOfADay } from "../../../src/group/crowd-days.js";
import type { Claim } from "../../../src/types.js";
import { dayNumber } from "../../../src/values/intervals.js";
import { claim, qty } from "../../helpers/claims.js";

// 2031-03-13 is a Thursday; 2031-03-10 the Monday before it
function size(sentence: string, text: string, n: number, reportedAt = "2031-03-13", story = "s-1"): Claim {
  return claim(qty(n, n, { nominal: n }), {
    rule: "crowd-rule",
    sentence,
    text,
    length: text.length,
    offset: sentence.indexOf(text),
    story,
    claimFrame: { counted: "person", predicate: null, participants: [], time: { tally: false, reportedAt }, attribution: null, modality: [] },
  });
}

describe("crowdDayOf: the day a gathering's size is told for", () => {
  it.each([
    ["On Monday a column of roughly 140 residents was marching toward the courthouse.", "roughly 140", "2031-03-13", "2031-03-10"],
    ["On Wednesday night, about 200 people attended the vigil in Keld.", "about 200", "2031-03-13", "2031-03-12"],
    ["About 300 people rallied in Dunmore tonight.", "About 300", "2031-03-13", "2031-03-13"],
    ["Some 40 marchers reached the square on Thursday.", "Some 40", "2031-03-13", "2031-03-13"],
  ])("%s → its day", (sentence, text, reportedAt, day) => {
    expect(crowdDayOf(size(sentence, text, 1, reportedAt))).toBe(dayNumber(day));
  });

  it.each([
    ["More than 100 people joined a vigil where the boy was shot on Saturday.", "More than 100"],
    ["On Tuesday, police searched the shop where, the night before, a crowd of 40 ran riot.", "40"],
    ["Tuesday was calm, but on Wednesday the 200 person crowd turned on the police.", "200"],
    ["Roughly 140 people marched to the courthouse.", "Roughly 140"],
    ["Twelve were arrested on Monday in Keld.", "Twelve"],
  ])("%s → none", (sentence, text) => {
    expect(crowdDayOf(size(sentence, text, 1))).toBeNull();
  });

  it("an age is no crowd: 'a protest over the death of a 16-year-old turned into a riot tonight' → none", () => {
    const sentence = "A protest over the death of a 16-year-old turned into a riot in Keld tonight.";
    const age = claim(qty(16, 16, { nominal: 16, unit: "year" }), { rule: "age-rule", sentence, text: "16-year-old", length: 11, offset: sentence.indexOf("16-year-old"), story: "s-1",
      claimFrame: { counted: "age", predicate: null, participants: [], time: { tally: false, reportedAt: "2031-03-13" }, attribution: null, modality: [] } });
    expect(crowdDayOf(age)).toBeNull();
  });
});

describe("two gatherings, or one", () => {
  const monday = size("On Monday a column of roughly 140 residents was marching toward the courthouse.", "roughly 140", 140);
  const wednesday = size("On Wednesday night, about 200 people marched to the hall again.", "about 200", 200);
  it("must part: marches told of Monday and of Wednesday", () => {
    expect(crowdsOfTwoDays(monday, wednesday)).toBe(true);
  });
  it("must not part: a size told with no day", () => {
    expect(crowdsOfTwoDays(monday, size("About 90 people marched to the hall.", "About 90", 90))).toBe(false);
  });

  const sameNight = size("From around 7 p.m., close to 110 people left the market square to march on the courthouse.", "close to 110", 110, "2031-03-10");
  it("must tie: Monday's march and a march told with no day in a report of that Monday", () => {
    expect(oneGatheringOfADay(monday, sameNight)).toBe(true);
  });
  it.each<[string, Claim]>([
    ["a report of another day", size("From around 7 p.m., close to 110 people left to march on the courthouse.", "close to 110", 110, "2031-03-11")],
    ["a vigil, not a march", size("Close to 110 people held a vigil outside the courthouse.", "Close to 110", 110, "2031-03-10")],
    ["another story", size("From around 7 p.m., close to 110 people left to march on the courthouse.", "close to 110", 110, "2031-03-10", "s-2")],
    ["a day told from another", size("The night before, close to 110 people left to march on the courthouse.", "close to 110", 110, "2031-03-10")],
  ])("must not tie: %s", (_name, other) => {
    expect(oneGatheringOfADay(monday, other)).toBe(false);
  });
  it("must not tie: two sizes neither of which tells its day", () => {
    const a = size("About 90 people marched to the hall.", "About 90", 90, "2031-03-10");
    expect(oneGatheringOfADay(a, sameNight)).toBe(false);
  });
});
