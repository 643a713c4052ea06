/**
 * A stretch of time spent in a post, a team or a place is one kind of happening however an outlet
 * tells it: "spent nine seasons", "served nine seasons", "stayed for nine seasons", "played nine
 * seasons there", "lived nine years", "worked nine years". Only when what is counted is time:
 * "spent $9 million" is a payment, "played nine games" a game's tally. Sentences written for this
 * test; the kinds expected were decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { classesOfClaim, oneKindOfHappening } from "../../../src/group/predicate-classes.js";
import { mayDiffer, occurrenceTopics } from "../../../src/group/occurrence-topics.js";
import { claimsOfText } from "../extract/frames/helpers.js";
import type { Claim } from "../../../src/types.js";

function claim(sentence: string, value: string): Claim {
  const c = claimsOfText(sentence).find((x) => x.text === value);
  if (!c) throw new Error(`no claim “${value}” in “${sentence}”: ${claimsOfText(sentence).map((x) => x.text).join(", ")}`);
  return c;
}

const SPENT = claim("Moreau spent nine seasons as an assistant coach with the Rockets.", "nine");

describe("must be one kind: time spent", () => {
  it.each([
    ["Moreau served nine seasons as an assistant with the Rockets.", "nine"],
    ["Moreau stayed for nine seasons until the Comets hired him.", "nine"],
    ["Moreau played nine seasons with the Rockets before retiring.", "nine"],
  ])("%s is one kind with 'spent nine seasons'", (sentence, value) => {
    expect(classesOfClaim(claim(sentence, value))).toEqual(["time-spent"]);
    expect(oneKindOfHappening(SPENT, claim(sentence, value))).toBe(true);
  });
});

describe("must be one kind: time spent, counted in years", () => {
  const spentYears = claim("Moreau spent nine years as an assistant coach with the Rockets.", "nine years");
  it.each([
    ["The widow lived nine years in Dundee.", "nine years"],
    ["Moreau worked nine years at the plant.", "nine years"],
  ])("%s is one kind with 'spent nine years'", (sentence, value) => {
    expect(classesOfClaim(claim(sentence, value))).toEqual(["time-spent"]);
    expect(oneKindOfHappening(spentYears, claim(sentence, value))).toBe(true);
  });
});

describe("must not be one kind with time spent", () => {
  it.each([
    ["The club spent $9 million on the new arena.", "$9 million"],
    ["Moreau played nine games with the Rockets.", "nine"],
    ["Moreau coached nine seasons with the Rockets.", "nine"],
    ["The appeal will last nine years.", "nine years"],
  ])("%s", (sentence, value) => {
    expect(oneKindOfHappening(SPENT, claim(sentence, value))).toBe(false);
  });
  it("a sum spent is still a payment", () => {
    expect(classesOfClaim(claim("The club spent $9 million on the new arena.", "$9 million"))).toEqual(["spend"]);
  });
});

describe("two stretches of time spent, of different lengths", () => {
  it("must not be set against each other when the frames do not say whose both are", () => {
    const a = { ...claim("Moreau has spent 19 seasons with the Rockets.", "19"), story: "s-1" };
    const b = { ...claim("He played 15 seasons in the league before retiring.", "15"), story: "s-1" };
    expect(mayDiffer(a, b)).toBe(false);
  });
  it("must be set against each other when one verb tells both, as before", () => {
    const a = { ...claim("The inmate served four months in the county jail.", "four months"), story: "s-1" };
    const b = { ...claim("The inmate served five months in the county jail.", "five months"), story: "s-1" };
    expect(mayDiffer(a, b)).toBe(true);
  });
});

describe("durations of time spent share one topic in a story", () => {
  const inStory = (sentence: string, value: string): Claim => ({ ...claim(sentence, value), story: "s-1" });
  it("must: 'spent nine years' and 'lived eight years' (frame:duration/time-spent)", () => {
    const a = inStory("Moreau spent nine years as an assistant coach with the Rockets.", "nine years");
    const b = inStory("The widow lived eight years in Dundee.", "eight years");
    const topics = occurrenceTopics([a, b], new Set());
    expect(topics.get(a)).toBe("frame:duration/time-spent");
    expect(topics.get(b)).toBe("frame:duration/time-spent");
  });
  it("must not: a duration of another verb keeps its own topic", () => {
    const a = inStory("The repairs took nine years to finish.", "nine years");
    expect(occurrenceTopics([a], new Set()).get(a)).not.toBe("frame:duration/time-spent");
  });
});
