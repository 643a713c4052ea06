/**
 * What a change or a level is of: the subject of the verb that tells it, read across a clause that
 * goes on with the subject before (a participle, a verb after an apposition, "or", "with X losing",
 * "shares of X"); two different figures of two subjects are two occurrences (change-subjects.ts).
 * Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { changeOrLevel, changeSubject, changeSubjectsApart } from "../../../src/group/change-subjects.js";
import { mayMeet } from "../../../src/group/occurrence-topics.js";
import { groupClaims } from "../../../src/group/group.js";
import { judgeGroup } from "../../../src/judge/judge.js";
import type { Claim } from "../../../src/types.js";
import { claim, framedAt, qty } from "../../helpers/claims.js";

let docs = 0;

/** A figure at `text` of `sentence`, its frame's predicate `lemma`, reported on `reportedAt`, naming `names`. */
function told(n: number, unit: string, sentence: string, text: string, lemma: string, names: string[], reportedAt = "2031-03-07", from = 0): Claim {
  docs += 1;
  const counted = unit === "percent" ? "percent" : "point";
  const offset = sentence.indexOf(text, from);
  return claim(qty(n, n, { nominal: n, unit }), {
    rule: `frame:${counted}/${lemma}`,
    document: `report-${docs}.txt`,
    ...framedAt(sentence, text),
    offset,
    actors: names.map((x) => `name:${x}`),
    claimFrame: {
      counted,
      predicate: { lemma, voice: "active" },
      participants: [],
      time: { tally: false, reportedAt },
      attribution: null,
      modality: [],
    } as unknown as Claim["claimFrame"],
  });
}

const pct = (n: number, sentence: string, text: string, lemma: string, names: string[], from = 0): Claim => told(n, "percent", sentence, text, lemma, names, "2031-03-07", from);

describe("changeSubject: what a change or a level is of", () => {
  it.each([
    ["a participle after the clause of the subject", pct(2.1, "The Orvik 30 closed at its lowest in a year on Friday, having lost 2.1%, or 40 points.", "2.1%", "lose", ["orvik"]), "name:orvik"],
    ["the figure told again 'or' another way", told(40, "point", "The Orvik 30 closed at its lowest in a year on Friday, having lost 2.1%, or 40 points.", "40", "lose", ["orvik"]), "name:orvik"],
    ["a verb after an apposition", pct(4, "At noon, the main Tessalian index, the Orvik 30, dropped by 4%.", "4%", "drop", ["orvik"]), "name:orvik"],
    ["a word of direction after the verb's clause", pct(1.2, "The Brask Composite slid again today, down 1.2% by the close.", "1.2%", "slide", ["brask composite"]), "name:brask"],
    ["an absolute clause", pct(5, "Lenders were lower, with Pellam losing 5% and Quarro falling by 3%.", "5%", "lose", ["pellam", "quarro"]), "name:pellam"],
    ["a possessor", pct(6, "Late in the day, shares of Pellam fell 6% on the news.", "6%", "fall", ["pellam"]), "name:pellam"],
    ["a relative clause between the subject and its verb", pct(2, "The Hale 40, which rose on Monday, fell 2% by noon.", "2%", "fall", ["hale"]), "name:hale"],
    ["a name closed by its abbreviation before 'which'", pct(4, "The worst day was for the Varn Composite (VRC), which fell 4% to 710.", "4%", "fall", ["varn composite"]), "name:varn"],
    ["points that restate the percent in a 'which is' clause", told(61.2, "point", "The leading Tessalian index, the Orvik 30, climbed by 3.4%, which is 61.2 points, to 1861.", "61.2", "climb", ["orvik"]), "name:orvik"],
    ["the same, told with 'which was'", told(18, "point", "The Brask Composite slipped 1.1% late on Friday, which was 18 points.", "18", "slip", ["brask composite"]), "name:brask"],
    ["an absolute clause told of 'it'", told(140, "point", "After a weak open, the Brask Composite won back much of its loss, with it climbing over 140 points by noon.", "over 140", "climb", ["brask composite"]), "name:brask"],
  ])("must: %s", (_name, c, name) => {
    expect(changeSubject(c)).toContain(name);
  });

  it.each([
    ["a part, not the mover", pct(3, "Pellam led the fall, including 3% at its Quarro unit.", "3%", "fall", ["pellam", "quarro"])],
    ["a clause with no name before the verb", pct(3, "It was a grim day, and stocks fell 3% by noon.", "3%", "fall", [])],
    ["a source", pct(3, "According to Pellam, sales fell 3%.", "3%", "fall", ["pellam"])],
    ["no change or level", told(12, "point", "The Hawks, having trailed all game, scored 12 points in the last quarter.", "12", "score", ["hawks"])],
    ["a 'which is' clause after a clause that names no one", told(30, "point", "Stocks fell by 2% in all, which is 30 points.", "30", "fall", [])],
    ["'with it' after a sentence that opens without a name", told(90, "point", "It was a wild day, with it climbing 90 points by noon.", "90", "climb", [])],
  ])("must not: %s", (_name, c) => {
    expect(changeSubject(c)).toBeNull();
  });

  it("a change, a level reached or posted; not a figure a source reported", () => {
    expect(changeOrLevel(pct(3, "The Orvik 30 fell 3%.", "3%", "fall", ["orvik"]))).toBe(true);
    expect(changeOrLevel(told(912, "point", "The Orvik 30 closed at 912 points.", "912", "close", ["orvik"]))).toBe(true);
    expect(changeOrLevel(told(12, "point", "Pellam reported 12 points of growth.", "12", "report", ["pellam"]))).toBe(false);
  });

  it("a length of time only as the span of a level's record", () => {
    const span = (sentence: string, text: string, lemma: string): Claim => ({ ...told(6, "point", sentence, text, lemma, ["orvik"]), claimFrame: { ...told(6, "point", sentence, text, lemma, ["orvik"]).claimFrame!, counted: "duration" } });
    expect(changeOrLevel(span("The Orvik 30 closed at its lowest level in six years.", "six years", "close"))).toBe(true);
    expect(changeOrLevel(span("The Varn strike ended after six years.", "six years", "end"))).toBe(false);
  });
});

describe("changeSubjectsApart: two subjects' changes are two occurrences", () => {
  it("must: 'having lost 2.1%' of one index and 'lost 1.4%' of another", () => {
    const a = pct(2.1, "The Orvik 30 closed at its lowest in a year on Friday, having lost 2.1%.", "2.1%", "lose", ["orvik"]);
    const b = pct(1.4, "The Brask Composite lost 1.4%, closing at 712.", "1.4%", "lose", ["brask composite"]);
    expect(changeSubjectsApart(a, b)).toBe(true);
    expect(mayMeet(a, b)).toBe(false);
  });
  it("must: an index told in apposition and a bank's shares", () => {
    const a = pct(4, "At noon, the main Tessalian index, the Orvik 30, dropped by 4%.", "4%", "drop", ["orvik"]);
    const b = pct(6, "Late in the day, shares of Pellam fell 6% on the news.", "6%", "fall", ["pellam"]);
    expect(changeSubjectsApart(a, b)).toBe(true);
  });
  it.each([
    ["one name both give", pct(2.3, "The Orvik index, having lost 2.3%, closed at 801.", "2.3%", "lose", ["orvik"])],
    ["the same number", pct(2.1, "The Brask Composite lost 2.1%.", "2.1%", "lose", ["brask composite"])],
    ["a subject not read", pct(2.4, "It lost 2.4% by the close.", "2.4%", "lose", [])],
  ])("must not: 'having lost 2.1%' of the Orvik 30 and %s", (_name, b) => {
    const a = pct(2.1, "The Orvik 30 closed at its lowest in a year on Friday, having lost 2.1%.", "2.1%", "lose", ["orvik"]);
    expect(changeSubjectsApart(a, b)).toBe(false);
  });
  it("must: a rise restated in points after 'which is' and another index's rise", () => {
    const a = told(61.2, "point", "The leading Tessalian index, the Orvik 30, climbed by 3.4%, which is 61.2 points, to 1861.", "61.2", "climb", ["orvik"]);
    const b = told(120, "point", "In the first hour, the Brask Composite climbed nearly 120 points.", "nearly 120", "climb", ["brask composite"]);
    expect(changeSubjectsApart(a, b)).toBe(true);
    expect(mayMeet(a, b)).toBe(false);
  });
  it("must: one index's gain told 'with it climbing' and another's closing gain", () => {
    const a = told(140, "point", "After a weak open, the Brask Composite won back much of its loss, with it climbing over 140 points by noon.", "over 140", "climb", ["brask composite"]);
    const b = told(305.4, "point", "In Harlow, the Orvik 30 closed up 305.4 points.", "305.4", "close", ["orvik", "harlow"]);
    expect(changeSubjectsApart(a, b)).toBe(true);
  });
  it("grouping: two indexes' losses are not set against each other; one index's told twice still is", () => {
    const verdicts = (claims: Claim[]): string[] => groupClaims(claims, []).flatMap(judgeGroup).map((f) => f.verdict);
    const a = pct(2.1, "The Orvik 30 closed lower on Friday, having lost 2.1%.", "2.1%", "lose", ["orvik"]);
    const b = pct(1.4, "The Brask Composite lost 1.4%, closing at 712.", "1.4%", "lose", ["brask composite"]);
    expect(verdicts([a, b])).toEqual([]);
    const again = pct(2.2, "The Orvik 30 lost 2.2% on Friday.", "2.2%", "lose", ["orvik"]);
    expect(verdicts([a, again])).toEqual(["diverge"]);
  });
});

describe("changeOrLevel: a level told right after 'closing at', whatever verb the frame gives it", () => {
  const level = (n: number, sentence: string, text: string, lemma: string): Claim => told(n, "", sentence, text, lemma, ["orvik"]);
  it.each([
    ["closing at, read with the sentence's 'lost'", level(1442.8, "The Orvik Composite lost 25 points, closing at 1,442.8.", "1,442.8", "lose")],
    ["ended the day at", level(7114, "The Orvik 30 shed 2%, and ended the day at 7,114.", "7,114", "shed")],
    ["finished at", level(88.5, "The Orvik 30 lost 1%, having finished at 88.5.", "88.5", "lose")],
  ])("must: %s", (_name, c) => {
    expect(changeOrLevel(c)).toBe(true);
  });
  it.each([
    ["a count after 'closing at least'", level(40, "Pellam is closing at least 40 shops.", "40", "shop")],
    ["a count of things closed", level(12, "Pellam closed 12 branches.", "12", "branch")],
    ["a figure told elsewhere in a sentence that closes", level(40, "Pellam hired 40 people, closing at noon.", "40", "hire")],
  ])("must not: %s", (_name, c) => {
    expect(changeOrLevel(c)).toBe(false);
  });
});
