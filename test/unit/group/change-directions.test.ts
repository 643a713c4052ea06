/**
 * Which way a change went: a rise and a fall told in reports of two days are two changes, whatever
 * figure they share; reports of one day that tell one move both ways are still set against each
 * other (change-directions.ts). Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { directionOf, directionsApart } from "../../../src/group/change-directions.js";
import { mayMeet } from "../../../src/group/occurrence-topics.js";
import type { Claim } from "../../../src/types.js";
import { claim, framedAt, qty } from "../../helpers/claims.js";

let docs = 0;

/** A figure at `text` of `sentence`; `lemma` null for a figure told with no verb ("was down 2.6%"). */
function told(n: number, sentence: string, text: string, lemma: string | null, reportedAt = "2031-03-07", unit = "percent"): Claim {
  docs += 1;
  return claim(qty(n, n, { nominal: n, unit }), {
    rule: `frame:${unit}/${lemma ?? "-"}`,
    document: `report-${docs}.txt`,
    ...framedAt(sentence, text),
    actors: ["name:orvik"],
    claimFrame: {
      counted: unit,
      predicate: lemma === null ? null : { lemma, voice: "active" },
      participants: [],
      time: { tally: false, reportedAt },
      attribution: null,
      modality: [],
    } as unknown as Claim["claimFrame"],
  });
}

describe("directionOf: which way a change went", () => {
  it.each([
    ["a rise", told(3, "The Orvik 30 rose 3%.", "3%", "rise"), "up"],
    ["a gain", told(9.7, "Pellam gained 9.7%.", "9.7%", "gain"), "up"],
    ["a fall", told(9.7, "Pellam fell by 9.7%.", "9.7%", "fall"), "down"],
    ["a loss in percent", told(1.2, "The Orvik 30 lost 1.2%.", "1.2%", "lose"), "down"],
    ["'was down' with no verb of a change", told(2.6, "The Orvik 30 was down 2.6% at noon.", "2.6%", null), "down"],
    ["'was up by nearly'", told(3.1, "The Orvik 30 was up by nearly 3.1% at noon.", "3.1%", null), "up"],
    ["'lower' after the figure", told(1.7, "The Brask was 1.7% lower than at the open.", "1.7%", null), "down"],
    ["'higher' after points", told(40, "The Orvik 30 ended the morning 40 points higher.", "40", null, "2031-03-07", "point"), "up"],
  ])("must: %s", (_name, c, way) => {
    expect(directionOf(c)).toBe(way);
  });

  it.each([
    ["no word of direction", told(2.6, "The Orvik 30 has a 2.6% weight in the basket.", "2.6%", null)],
    ["a loss that is no level's", told(3, "The Hawks lost three games.", "three", "lose", "2031-03-07", "game")],
    ["a count of people, whatever word follows", told(12, "About 12 people were up early to queue.", "12", null, "2031-03-07", "person")],
  ])("must not: %s", (_name, c) => {
    expect(directionOf(c)).toBeNull();
  });
});

describe("directionsApart: a rise and a fall", () => {
  it("must: 'gained 9.7%' and 'fell by 9.7%' of one company in reports of two days", () => {
    const a = told(9.7, "Pellam gained 9.7%.", "9.7%", "gain", "2031-03-04");
    const b = told(9.7, "Pellam fell by 9.7%.", "9.7%", "fall", "2031-03-13");
    expect(directionsApart(a, b)).toBe(true);
    expect(mayMeet(a, b)).toBe(false);
  });
  it("must: 'was down 2.6%' and 'was up 3.1%' in reports three days apart", () => {
    const a = told(2.6, "The Orvik 30 was down 2.6% at noon.", "2.6%", null, "2031-03-04");
    const b = told(3.1, "The Orvik 30 was up 3.1% at noon.", "3.1%", null, "2031-03-07");
    expect(directionsApart(a, b)).toBe(true);
  });
  it.each([
    ["one direction", told(2.8, "The Orvik 30 fell 2.8%.", "2.8%", "fall", "2031-03-07")],
    ["reports of one day telling one move both ways (a conflict to show)", told(2.6, "The Orvik 30 rose 2.6%.", "2.6%", "rise", "2031-03-04")],
    ["a figure of no direction", told(2.6, "The Orvik 30 has a 2.6% weight in the basket.", "2.6%", null, "2031-03-07")],
  ])("must not: 'was down 2.6%' (4 March) and %s", (_name, b) => {
    const a = told(2.6, "The Orvik 30 was down 2.6% at noon.", "2.6%", null, "2031-03-04");
    expect(directionsApart(a, b)).toBe(false);
  });
});
