/**
 * A date told in the same words counted back from the day of writing ("11 weeks ago" twice), in
 * reports written less than one of that unit apart, is one time told twice: the calendar unit each
 * falls in may differ (the week before a Sunday, the week after it for a Monday), the writers do not.
 * Claims built for this test; verdicts decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { comparePair } from "../../../src/judge/judge.js";
import { date, toldIn } from "../../helpers/claims.js";
import type { Value } from "../../../src/types.js";

function back(text: string, value: Value, reportedAt: string) {
  return toldIn(value, `The family moved to Whitby ${text}.`, text, { lemma: "move", voice: "active", reportedAt });
}

describe("the same words counted back, reports less than a unit apart: agree", () => {
  it.each<[string, Value, string, string, Value, string]>([
    // a Sunday and the Monday after it: the ISO week twelve weeks back differs
    ["11 weeks ago", date("2017-01-16", "2017-01-22", "part"), "2017-04-09", "11 weeks ago", date("2017-01-23", "2017-01-29", "part"), "2017-04-10"],
    // either side of a new year
    ["two years ago", date("2010-01-01", "2010-12-31", "year"), "2012-12-30", "two years ago", date("2011-01-01", "2011-12-31", "year"), "2013-01-02"],
    ["about three months ago", date("2014-02-01", "2014-02-28", "month"), "2014-05-31", "about three months ago", date("2014-03-01", "2014-03-31", "month"), "2014-06-02"],
  ])("%s (%s) and %s", (ta, va, da, tb, vb, db) => {
    expect(comparePair(back(ta, va, da), back(tb, vb, db), true).verdict).toBe("agree");
  });
});

describe("not the same time counted back", () => {
  it.each<[string, Value, string, string, Value, string]>([
    // a day apart is a whole unit of days: two different days
    ["two days ago", date("2017-04-07"), "2017-04-09", "two days ago", date("2017-04-08"), "2017-04-10"],
    // other counts
    ["11 weeks ago", date("2017-01-23", "2017-01-29", "part"), "2017-04-10", "five weeks ago", date("2017-03-06", "2017-03-12", "part"), "2017-04-10"],
    // other words
    ["a year ago", date("2016-01-01", "2016-12-31", "year"), "2017-04-10", "last year", date("2016-01-01", "2016-12-31", "year"), "2017-04-10"],
    // a week apart, for weeks: a week's difference
    ["11 weeks ago", date("2017-01-16", "2017-01-22", "part"), "2017-04-09", "11 weeks ago", date("2017-01-23", "2017-01-29", "part"), "2017-04-16"],
  ])("%s (%s) and %s", (ta, va, da, tb, vb, db) => {
    const { verdict, basis } = comparePair(back(ta, va, da), back(tb, vb, db), true);
    expect(basis.kind === "same-event" && verdict === "agree").toBe(false);
  });
});
