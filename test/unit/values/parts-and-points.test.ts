/**
 * Figures written as a part of one unit ("half a mile", "a mile and a half", "a quarter mile"),
 * from a decimal point (".08 percent", and ". 09 percent" as a tokenizer parted it), and counts of
 * a sports statistic's abbreviation without its plural "s" ("(31 KO)"). Sentences written for
 * this test; the values were worked out by reading them.
 */
import { describe, expect, it } from "vitest";
import { findMentions } from "../../../src/values/index.js";
import { splitSentences } from "../../../src/extract/sentences.js";
import type { Mention } from "../../../src/types.js";

const mentions = (text: string): Mention[] => findMentions(text, { asOf: "2021-03-04" });

describe("a part of one unit: must match", () => {
  it.each<[string, string, { min: number | null; max: number | null; unit: string }]>([
    ["The farm lies half a mile from the ford.", "half a mile", { min: 0.5, max: 0.5, unit: "mi" }],
    ["They rowed a mile and a half upstream.", "a mile and a half", { min: 1.5, max: 1.5, unit: "mi" }],
    ["Her flat is about a mile and a half away.", "about a mile and a half", { min: 1.25, max: 1.75, unit: "mi" }],
    ["The track runs one kilometre and a half past the mill.", "one kilometre and a half", { min: 1.5, max: 1.5, unit: "km" }],
    ["Snow covered a quarter mile of the road.", "a quarter mile", { min: 0.25, max: 0.25, unit: "mi" }],
    ["The lorry shed a quarter of a tonne of gravel.", "a quarter of a tonne", { min: 0.25, max: 0.25, unit: "t" }],
    ["The queue stretched three-quarters of a mile.", "three-quarters of a mile", { min: 0.75, max: 0.75, unit: "mi" }],
    ["The hikers were three and a half miles from camp.", "three and a half miles", { min: 3.5, max: 3.5, unit: "mi" }],
    ["She was three and a half miles from home.", "three and a half miles", { min: 3.5, max: 3.5, unit: "mi" }],
    ["Rates rose half a percent in May.", "half a percent", { min: 0.5, max: 0.5, unit: "percent" }],
  ])("%s", (text, written, value) => {
    const found = mentions(text).filter((m) => m.text === written);
    expect(found.map((m) => m.text)).toEqual([written]);
    expect(found[0]!.kind).toBe("quantity");
    expect(found[0]!.value).toMatchObject(value);
  });
});

describe("a part of one unit: must not match", () => {
  it.each<[string, string]>([
    // a part of something that is no unit stays a share, or nothing
    ["He ate half a loaf of bread.", "half a loaf"],
    ["A third of the vote went to Holm.", "A third of the vote"],
    ["They walked a mile and a bit.", "a mile and a bit"],
    // money keeps its own reading
    ["It cost half a million dollars.", "half a million dollars"],
    // "she was three" is not her age when miles follow
    ["She was three and a half miles from home.", "three"],
  ])("%s", (text, written) => {
    expect(mentions(text).filter((m) => m.text === written && m.value?.type === "quantity" && m.value.unit !== "percent" && m.value.unit !== "USD")).toEqual([]);
  });
  it("a quarter mile is no quarter of a year", () => {
    const found = mentions("The convoy crawled over a quarter mile of ice.");
    expect(found.filter((m) => m.kind === "duration")).toEqual([]);
    expect(found.find((m) => m.kind === "quantity")!.value).toMatchObject({ min: 0.25, max: null, unit: "mi" });
  });
  it("a quarter of a year is still a duration", () => {
    expect(mentions("The works took a quarter to finish.").filter((m) => m.kind === "duration").map((m) => m.text)).toEqual(["a quarter"]);
  });
});

describe("a figure from its decimal point", () => {
  it.each<[string, string, number]>([
    ["Her reading was .07 percent, under the limit.", ".07 percent", 0.07],
    ["The index slipped .5 percent on Monday.", ".5 percent", 0.5],
    ["A reading of. 06 percent was taken at the station.", ". 06 percent", 0.06],
  ])("must match: %s", (text, written, n) => {
    const found = mentions(text).filter((m) => m.text === written);
    expect(found.map((m) => m.text)).toEqual([written]);
    expect(found[0]!.value).toMatchObject({ min: n, max: n, unit: "percent" });
  });
  it.each<[string, string]>([
    // a sentence's end, then the next one's figure
    ["Sales fell. 15 percent of the stores shut.", ". 15 percent"],
    // no unit: a batting average, a rank
    ["He batted .310 last season.", ".310"],
  ])("must not match: %s", (text, written) => {
    expect(mentions(text).filter((m) => m.text === written)).toEqual([]);
  });
  it("the second sentence's figure is read whole", () => {
    expect(mentions("Sales fell. 15 percent of the stores shut.").filter((m) => m.kind === "quantity").map((m) => m.text)).toEqual(["15 percent"]);
  });
  it("a decimal point parted from its digits ends no sentence; a sentence that starts with a figure still starts", () => {
    expect(splitSentences("A reading of. 06 percent was taken.").map((s) => s.text)).toEqual(["A reading of. 06 percent was taken."]);
    expect(splitSentences("Sales fell. 15 stores shut.").map((s) => s.text)).toEqual(["Sales fell.", "15 stores shut."]);
  });
});

describe("a sports statistic's abbreviation counts its things", () => {
  it.each<[string, string, string]>([
    ["The champion went to 40-5 (31 KO) with the win.", "31", "ko"],
    ["The champion went to 40-5 (31 KOs) with the win.", "31", "ko"],
    ["The back has 9 TD this season.", "9", "td"],
    ["The slugger drove in 104 RBI last year.", "104", "rbi"],
    ["The slugger has 88 RBIs so far.", "88", "rbi"],
    // the abbreviation before a plural noun describes that noun: wins are counted
    ["The champion has 31 KO wins.", "31", "win"],
  ])("%s", (text, written, unit) => {
    const found = mentions(text).filter((m) => m.text === written && m.kind === "quantity");
    expect(found).toHaveLength(1);
    expect(found[0]!.value).toMatchObject({ unit });
  });
  it("an abbreviation in lower case is no statistic", () => {
    expect(mentions("The two teams met 31 ko times.").find((m) => m.text === "31")?.value).not.toMatchObject({ unit: "ko" });
  });
});

describe("a dash printed as a hyphen, glued between two words, ends what a number counts", () => {
  it.each<[string, string, string]>([
    ["She left with four medals-and a grudge.", "four", "medal"],
    ["He had two brothers-but no sisters.", "two", "brother"],
    // a true compound keeps its hyphen
    ["The club signed three left-handers.", "three", "left-hander"],
    ["They hired two well-known coaches.", "two", "coach"],
  ])("%s", (text, written, unit) => {
    const found = mentions(text).filter((m) => m.text === written && m.kind === "quantity");
    expect(found).toHaveLength(1);
    expect(found[0]!.value).toMatchObject({ unit });
  });
});

describe("a number glued to a word in -ed is a compound adjective, not a count", () => {
  it.each<[string, string]>([
    ["A fierce two-handed flurry ended it.", "two"],
    ["The army planned a three-pronged push.", "three"],
    ["He rolled a 12-sided die.", "12"],
  ])("must not match: %s", (text, written) => {
    expect(mentions(text).filter((m) => m.kind === "quantity" && m.text.startsWith(written))).toEqual([]);
  });
  it.each<[string, string, string]>([
    ["They opened a 200-bed ward.", "200", "bed"],
    ["It has a five-speed gearbox.", "five", "speed"],
    ["Two armed men fled.", "Two", "person"],
  ])("must match: %s", (text, written, unit) => {
    const found = mentions(text).filter((m) => m.kind === "quantity" && m.text.startsWith(written));
    expect(found).toHaveLength(1);
    expect(found[0]!.value).toMatchObject({ unit });
  });
});
