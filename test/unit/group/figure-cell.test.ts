/**
 * Figures are put in cells by story and value before the kind of thing they count is read
 * (same-figure.ts figureCell): figures of one bucket must share a cell, so leaving out the cells
 * of one figure, or of one document's figures, changes no group. Rows written for the test.
 */
import { describe, expect, it } from "vitest";
import { figureCell, sameFigureGroups } from "../../../src/group/same-figure.js";
import type { Claim } from "../../../src/types.js";
import { claim, qty, rule } from "../../helpers/claims.js";

const fig = (n: number | null, unit: string, story: string | undefined, min: number | null = n, max: number | null = n): Claim =>
  claim(qty(min, max, { nominal: n, unit }), { story });

describe("a figure's cell: its story and its value, whatever it counts", () => {
  it.each<[string, Claim, Claim, boolean]>([
    ["12 boats and 12 people of one story", fig(12, "boat", "s-1"), fig(12, "person", "s-1"), true],
    ["four decades and 40 years of one story (in years)", fig(4, "decade", "s-1"), fig(40, "year", "s-1"), true],
    ["two centuries and 200 years", fig(2, "century", "s-1"), fig(200, "year", "s-1"), true],
    ["a span and the same span", fig(null, "person", "s-1", 30, 45), fig(null, "person", "s-1", 30, 45), true],
    ["two claims of no story", fig(7, "truck", undefined), fig(7, "boat", undefined), true],
    ["12 and 13 of one story", fig(12, "boat", "s-1"), fig(13, "boat", "s-1"), false],
    ["12 of two stories", fig(12, "boat", "s-1"), fig(12, "boat", "s-2"), false],
    ["four decades and 4 years", fig(4, "decade", "s-1"), fig(4, "year", "s-1"), false],
    ["a span and its low end", fig(null, "person", "s-1", 30, 45), fig(30, "person", "s-1"), false],
    ["5 miles and 5 km (not in years: as written)", fig(5, "mi", "s-1"), fig(5, "km", "s-1"), true],
  ])("%s → one cell: %s", (_, a, b, one) => {
    expect(figureCell(a) === figureCell(b)).toBe(one);
  });
});

describe("figures of one document, or alone in their cell, are never compared; the rest are as before", () => {
  const counted = (n: number, doc: string, story: string): Claim =>
    claim(qty(n, n, { nominal: n, unit: "boat" }), {
      document: doc,
      story,
      rule: "fleet",
      text: `${n} boats`,
      sentence: `Harbour staff counted ${n} boats at Varn.`,
      claimFrame: { counted: "boat", predicate: { lemma: "count", voice: "active" }, participants: [], time: { tally: false, reportedAt: "2031-03-04" }, attribution: null, modality: [] },
    });
  const rules = [rule({ id: "fleet", values: ["quantity"] })];
  const topics = (cs: Claim[]) => new Map(cs.map((c) => [c, "fleet"]));
  it.each<[string, string, boolean]>([
    // two reports of one story's figure may be told as one; a story id with "|" is read without cells, as it was
    ["s-1", "b.txt", true],
    ["s|1", "b.txt", true],
    // one report's figure twice is not compared with itself
    ["s-1", "a.txt", false],
    ["s|1", "a.txt", false],
  ])("story %s, second figure in %s → grouped: %s", (story, doc, grouped) => {
    const cs = [counted(9, "a.txt", story), counted(9, doc, story), counted(10, "c.txt", story)];
    const groups = sameFigureGroups(cs, topics(cs), rules, []);
    expect(groups.some((g) => g.claims.length === 2 && g.claims.every((c) => c.value.type === "quantity" && c.value.nominal === 9))).toBe(grouped);
  });
});
