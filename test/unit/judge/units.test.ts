/**
 * Figures told in different units of one dimension are compared converted, each allowed its stated
 * precision and the rounding of a conversion (two significant digits); figures in different
 * currencies are never compared. Verdicts worked out by hand: a foot is 0.3048 m, a mile 1.609344
 * km, a mile an hour 1.609344 km/h, a pound 0.45359237 kg; "about N" covers half the last
 * significant digit either side ("about 600" 550–650, "about 2,000" 1,500–2,500).
 */
import { describe, expect, it } from "vitest";
import { groupClaims } from "../../../src/group/group.js";
import { judgeGroup } from "../../../src/judge/judge.js";
import { comparePair } from "../../../src/judge/judge.js";
import type { Claim, Verdict } from "../../../src/types.js";
import { claim, qty, rule } from "../../helpers/claims.js";

/** An exact figure as written. */
const exact = (text: string, n: number, unit: string): Claim => claim(qty(n, n, { unit, nominal: n }), { text });
/** "about N": N give or take half its last significant digit. */
const about = (text: string, n: number, tolerance: number, unit: string): Claim =>
  claim(qty(n - tolerance, n + tolerance, { unit, nominal: n, approximate: true, qualifier: "around" }), { text });
const upTo = (text: string, n: number, unit: string): Claim => claim(qty(null, n, { unit, nominal: n, qualifier: "up to" }), { text });
const over = (text: string, n: number, unit: string): Claim => claim(qty(n, null, { unit, nominal: n, qualifier: "over" }), { text });

describe("figures in two units of one dimension: must agree", () => {
  const cases: [string, Claim, Claim][] = [
    ["a fall of about 600 m and one of about 2,000 feet (609.6 m)", about("about 600 m", 600, 50, "m"), about("about 2,000 feet", 2000, 500, "ft")],
    ["a 48 km chase and a 30-mile one (48.3 km)", exact("48 km", 48, "km"), exact("30 miles", 30, "mi")],
    ["a speed of 193 km/h and one of 120 mph (193.1 km/h)", exact("193 km/h", 193, "km/h"), exact("120 mph", 120, "mph")],
    ["120 mph turned into 190 km/h, rounded by whoever converted it", exact("120 mph", 120, "mph"), exact("190 km/h", 190, "km/h")],
    ["speeds of up to 193 km/h and a speed of 120 mph", upTo("up to 193 km/h", 193, "km/h"), exact("120 mph", 120, "mph")],
    ["more than 100 mph and 193 km/h", over("more than 100 mph", 100, "mph"), exact("193 km/h", 193, "km/h")],
    ["2,000 feet and its conversion cut to 609 metres", exact("2,000 feet", 2000, "ft"), exact("609 metres", 609, "m")],
    ["a 5 km race, 3 miles in brackets", exact("5 km", 5, "km"), exact("3 miles", 3, "mi")],
    ["about 24 km and about 15 miles north of the city", about("about 24 km", 24, 0.5, "km"), about("about 15 miles", 15, 0.5, "mi")],
    ["a man of 180 pounds, 82 kg", exact("180 pounds", 180, "lb"), exact("82 kg", 82, "kg")],
  ];
  it.each(cases)("%s", (_name, a, b) => {
    expect(comparePair(a, b, true).verdict).toBe("agree");
    expect(comparePair(b, a, true).verdict).toBe("agree");
  });
});

describe("figures in two units of one dimension: must not agree", () => {
  const cases: [string, Claim, Claim, Verdict][] = [
    ["a fall of about 60 m against one of about 150 metres", about("about 60 m", 60, 5, "m"), about("about 150 metres", 150, 5, "m"), "contradict"],
    ["200 feet (61 m) against 200 metres: one outlet read the unit wrong", exact("200 ft", 200, "ft"), exact("200 m", 200, "m"), "contradict"],
    ["700 metres against 2,000 feet (610 m)", exact("700 m", 700, "m"), exact("2,000 feet", 2000, "ft"), "contradict"],
    ["about 150 metres against about 200 feet (46–76 m)", about("about 150 metres", 150, 5, "m"), about("about 200 feet", 200, 50, "ft"), "contradict"],
    ["2,000 feet against 1,000 metres", exact("2,000 ft", 2000, "ft"), exact("1,000 m", 1000, "m"), "contradict"],
    ["a 30-mile chase against a 60 km one (37 miles)", exact("30 miles", 30, "mi"), exact("60 km", 60, "km"), "contradict"],
    ["over 100 mph against 120 km/h (75 mph)", over("over 100 mph", 100, "mph"), exact("120 km/h", 120, "km/h"), "contradict"],
  ];
  it.each(cases)("%s", (_name, a, b, verdict) => {
    expect(comparePair(a, b, true).verdict).toBe(verdict);
    expect(comparePair(b, a, true).verdict).toBe(verdict);
  });
});

describe("an occurrence told in two units", () => {
  it("keeps each claim's own value and unit, and groups the figures that agree on one side", () => {
    const metres = about("about 600 m", 600, 50, "m");
    const feet = about("about 2,000 feet", 2000, 500, "ft");
    const cut = exact("609 metres", 609, "m");
    const other = exact("700 metres", 700, "m");
    const groups = groupClaims([metres, feet, cut, other], [rule({ values: ["quantity"] })]);
    expect(groups).toHaveLength(1);
    const [finding] = judgeGroup(groups[0]!);
    // 700 m misses "about 600 m" by less than that figure's own allowance (50 m): they diverge
    expect(finding!.verdict).toBe("diverge");
    expect(finding!.sides).toEqual([[metres.id, feet.id, cut.id].sort(), [other.id]].map((s) => s.sort()));
    expect(groups[0]!.claims.find((c) => c.id === feet.id)!.value).toMatchObject({ unit: "ft", min: 1500, max: 2500, nominal: 2000 });
  });

  it("takes a fall of 200 feet and one of 150 metres (2.5 times apart) for one measure, but not 200 feet and 609 metres (10 times)", () => {
    const feet = exact("200 feet", 200, "ft");
    const near = exact("150 metres", 150, "m");
    const far = exact("609 metres", 609, "m");
    expect(groupClaims([feet, near], [rule({ values: ["quantity"] })]).map((g) => g.claims.length)).toEqual([2]);
    expect(groupClaims([feet, far], [rule({ values: ["quantity"] })])).toEqual([]);
  });

  it("does not take figures of one dimension more than five times apart for one measure (a height and a chase)", () => {
    const height = exact("6-foot", 6, "ft");
    const chase = about("about 25 miles", 25, 0.5, "mi");
    const chase2 = about("about 25 miles", 25, 0.5, "mi");
    const groups = groupClaims([height, chase, chase2], [rule({ values: ["quantity"] })]);
    expect(groups.map((g) => g.claims.map((c) => c.id).sort())).toEqual([[chase.id, chase2.id].sort()]);
  });
});

describe("currencies are never converted", () => {
  it("keeps figures in two currencies apart: no finding sets euros against pounds, whatever the numbers", () => {
    const euros = exact("two million euros", 2e6, "EUR");
    const pounds = exact("£1.7 million", 1.7e6, "GBP");
    const dollars = exact("$2.6 million", 2.6e6, "USD");
    const pounds2 = exact("£2 million", 2e6, "GBP");
    const groups = groupClaims([euros, pounds, dollars, pounds2], [rule({ values: ["quantity"] })]);
    for (const g of groups) expect(new Set(g.claims.map((c) => (c.value.type === "quantity" ? c.value.unit : ""))).size).toBe(1);
    // the two pound figures meet (and differ); euros and dollars meet nothing
    expect(groups.map((g) => g.claims.map((c) => c.id).sort())).toEqual([[pounds.id, pounds2.id].sort()]);
  });
});
