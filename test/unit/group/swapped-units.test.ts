/**
 * A term told with its number kept and its unit swapped ("four and a half months" in one report,
 * "more than four years" in another) is one measure that conflicts, not two figures that never
 * meet: months and years are one scale, and a figure read in the other unit of an occurrence's
 * members may join it. Days and weeks are not read so. Sentences written for this test; the
 * expected groupings and verdicts decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { fitsWithUnitSwapped } from "../../../src/group/swapped-units.js";
import { groupClaims } from "../../../src/group/group.js";
import { judgeGroup } from "../../../src/judge/judge.js";
import type { Claim, Value } from "../../../src/types.js";
import { qty, rule, toldIn } from "../../helpers/claims.js";
import { relation } from "../../helpers/judged.js";

const exact = (n: number): { min: number; max: number; nominal: number } => ({ min: n, max: n, nominal: n });
const over = (n: number): { min: number; max: null; nominal: number } => ({ min: n, max: null, nominal: n });

describe("fitsWithUnitSwapped", () => {
  // members' values in years: 4.5 months is 0.375 years
  const must: [string, ReturnType<typeof exact> | ReturnType<typeof over>, string, string[], number, number][] = [
    ["more than four years, members of 4.5 months", over(4), "year", ["month"], 0.375, 0.375],
    ["more than four years, members of 4 to 400 months", over(4), "year", ["month"], 4 / 12, 400 / 12],
    ["a 30-month term, members of 30 years", exact(30), "month", ["year"], 30, 30],
    ["six years, members of six months", exact(6), "year", ["month"], 0.5, 0.5],
  ];
  it.each(must)("must fit: %s", (_name, value, unit, units, lowest, highest) => {
    expect(fitsWithUnitSwapped(value, unit, new Set(units), lowest, highest, 5)).toBe(true);
  });
  const mustNot: [string, ReturnType<typeof exact> | ReturnType<typeof over>, string, string[], number, number][] = [
    ["40 years, members of 4 months (40 months is ten times 4)", exact(40), "year", ["month"], 4 / 12, 4 / 12],
    ["six years, members in years only (no other unit)", exact(6), "year", ["year"], 0.5, 0.5],
    ["two decades, members of two months (decades are not read)", exact(2), "decade", ["month"], 2 / 12, 2 / 12],
    ["three weeks, members of three days (weeks and days are not read)", exact(3), "week", ["day"], 3 * 86400, 3 * 86400],
    ["more than four years, members of 4 and 80 months (4 months read is 20 times below 80)", exact(4), "year", ["month"], 4 / 12, 80 / 12],
  ];
  it.each(mustNot)("must not fit: %s", (_name, value, unit, units, lowest, highest) => {
    expect(fitsWithUnitSwapped(value, unit, new Set(units), lowest, highest, 5)).toBe(false);
  });
});

describe("grouped and judged: a term in months against one in years", () => {
  const served = (value: Value, sentence: string, text: string): Claim => ({
    ...toldIn(value, sentence, text, { lemma: "serve", voice: "active", reportedAt: "2031-03-04" }),
    claimFrame: { counted: "duration", predicate: { lemma: "serve", voice: "active" }, participants: [{ role: "agent", text: "Vesk", key: "vesk" }], time: { tally: false, reportedAt: "2031-03-04" }, attribution: null, modality: [] },
  });
  const terms = rule({ values: ["quantity"] });
  const judged = (claims: Claim[]) => groupClaims(claims, [terms]).flatMap(judgeGroup);

  it("must contradict: 'four and a half months' and 'more than four years' served", () => {
    const a = served(qty(4.5, 4.5, { unit: "month", nominal: 4.5 }), "Orlan Vesk served four and a half months in jail.", "four and a half months");
    const b = served(qty(4, null, { unit: "year", nominal: 4, qualifier: "over" }), "Vesk went home after serving more than four years.", "more than four years");
    expect(relation(judged([a, b]), a, b)).toEqual(["contradict"]);
  });

  it("must agree: '18 months' and 'a year and a half'", () => {
    const a = served(qty(18, 18, { unit: "month", nominal: 18 }), "Orlan Vesk served 18 months in jail.", "18 months");
    const b = served(qty(1.5, 1.5, { unit: "year", nominal: 1.5 }), "Vesk served a year and a half.", "a year and a half");
    expect(relation(judged([a, b]), a, b)).toEqual(["agree"]);
  });

  it("must not meet: 'three days' and 'three weeks'", () => {
    const a = served(qty(3, 3, { unit: "day", nominal: 3 }), "Orlan Vesk served three days in jail.", "three days");
    const b = served(qty(3, 3, { unit: "week", nominal: 3 }), "Vesk served three weeks.", "three weeks");
    expect(relation(judged([a, b]), a, b)).toEqual([]);
  });
});
