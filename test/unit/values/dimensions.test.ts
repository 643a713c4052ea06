/**
 * Units of one dimension: the table of factors, the rounding a conversion is allowed, and the
 * speeds, knots and lengths the value layer reads. Factors are the defined ones (a foot is 0.3048
 * m, a mile 1,609.344 m, a pound 0.45359237 kg, a knot 1,852 m an hour); expected readings worked
 * out by hand from each sentence.
 */
import { describe, expect, it } from "vitest";
import { findMentions } from "../../../src/values/index.js";
import { comparedAs, conversionStep, dimensionOf, factorOf, sameConverted } from "../../../src/values/quantity/dimensions.js";

describe("dimensionOf and factorOf", () => {
  const cases: [string, string | null, number][] = [
    ["ft", "length", 0.3048],
    ["mi", "length", 1609.344],
    ["km", "length", 1000],
    ["m", "length", 1],
    ["mph", "speed", 0.44704],
    ["km/h", "speed", 1 / 3.6],
    ["kn", "speed", 1852 / 3600],
    ["lb", "mass", 0.45359237],
    // tons: short, long or metric, read alike
    ["t", null, 1],
    ["acre", "area", 4046.8564224],
    ["MW", "power", 1000],
    // currencies, people and counted things have no dimension: no rate is known between them
    ["EUR", null, 1],
    ["GBP", null, 1],
    ["person", null, 1],
    ["yard", null, 1],
    // lengths of time from seconds to weeks; months and years vary in length in seconds, and are
    // counted in years: twelve months to the year
    ["second", "time", 1],
    ["minute", "time", 60],
    ["hour", "time", 3600],
    ["day", "time", 86400],
    ["week", "time", 604800],
    ["month", "years", 1 / 12],
    // long lengths of time, counted in years: a decade is always ten of them
    ["year", "years", 1],
    ["decade", "years", 10],
    ["century", "years", 100],
    ["millennium", "years", 1000],
    ["", null, 1],
  ];
  it.each(cases)("%s", (unit, dimension, factor) => {
    expect(dimensionOf(unit)).toBe(dimension);
    expect(factorOf(unit)).toBeCloseTo(factor, 12);
    expect(comparedAs(unit)).toBe(dimension ?? unit);
  });
});

describe("conversionStep: a conversion is rounded to two significant digits", () => {
  const cases: [number, number][] = [
    [190, 10],
    [610, 10],
    [48, 1],
    [1.6, 0.1],
    [2000, 100],
    [99, 1],
    [100, 10],
    [0.5, 0.01],
  ];
  it.each(cases)("%d → %d", (n, step) => {
    expect(conversionStep(n)).toBeCloseTo(step, 12);
  });
});

describe("sameConverted: one figure told in two units", () => {
  const same: [string, number, string, number, string][] = [
    ["2,000 feet is 610 metres", 2000, "ft", 610, "m"],
    ["2,000 feet is 609 metres (cut, not rounded)", 2000, "ft", 609, "m"],
    ["30 miles is 48 km", 30, "mi", 48, "km"],
    ["two hours is 120 minutes", 2, "hour", 120, "minute"],
    ["three weeks is 21 days", 3, "week", 21, "day"],
    ["120 mph is 193 km/h", 120, "mph", 193, "km/h"],
    ["120 mph is 190 km/h", 120, "mph", 190, "km/h"],
    ["200 feet is 60 metres", 200, "ft", 60, "m"],
    ["180 pounds is 82 kg", 180, "lb", 82, "kg"],
  ];
  it.each(same)("%s", (_name, a, ua, b, ub) => {
    expect(sameConverted(a, ua, b, ub)).toBe(true);
    expect(sameConverted(b, ub, a, ua)).toBe(true);
  });
  const different: [string, number, string, number, string][] = [
    ["200 feet is not 200 metres", 200, "ft", 200, "m"],
    ["2,000 feet is not 700 metres", 2000, "ft", 700, "m"],
    ["60 metres is not 150 metres told in feet (500 ft)", 60, "m", 500, "ft"],
    ["two million euros are not 1.7 million pounds: no rate is known", 2e6, "EUR", 1.7e6, "GBP"],
    ["200 euros are not 200 pounds", 200, "EUR", 200, "GBP"],
    ["a length is not a speed", 100, "mi", 100, "mph"],
    ["eight hours are not two days", 8, "hour", 2, "day"],
    ["a month is not 30 days: months vary", 1, "month", 30, "day"],
  ];
  it.each(different)("%s", (_name, a, ua, b, ub) => {
    expect(sameConverted(a, ua, b, ub)).toBe(false);
  });
});

describe("the value layer reads speeds, knots and their units", () => {
  const unitIn = (text: string): string[] =>
    findMentions(text, { asOf: "2020-06-01" }).flatMap((m) => (m.kind === "quantity" && m.value?.type === "quantity" ? [`${m.text}|${m.value.unit}|${m.value.min}|${m.value.max}`] : []));
  const cases: [string, string[]][] = [
    ["The van reached 120 miles an hour on the highway.", ["120 miles an hour|mph|120|120"]],
    ["Officers clocked the car at 95 miles per hour.", ["95 miles per hour|mph|95|95"]],
    ["They chased it at up to 193 kilometres per hour.", ["up to 193 kilometres per hour|km/h|null|193"]],
    ["Its top speed is 193km / h.", ["193km / h|km/h|193|193"]],
    ["The wind blew at 30 metres per second.", ["30 metres per second|m/s|30|30"]],
    ["The ferry sailed at 18 knots.", ["18 knots|kn|18|18"]],
    // a distance stays a distance when no hour follows
    ["The chase covered 30 miles before the car stopped.", ["30 miles|mi|30|30"]],
    ["He drove 30 miles in an hour.", ["30 miles|mi|30|30"]],
  ];
  it.each(cases)("%s", (text, expected) => {
    expect(unitIn(text)).toEqual(expected);
  });
});
