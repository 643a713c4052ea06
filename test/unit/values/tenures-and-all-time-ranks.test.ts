/**
 * Ordinals that count a running tenure's seasons ("now in her sixth season") or give a place on a
 * list of all time ("ninth in club history"): src/values/quantity/records.ts readTenure and
 * readAllTimeRank. Sentences and names written for this test; the expected units decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { findMentions } from "../../../src/values/index.js";

const at = (text: string, written: string) => findMentions(text, { asOf: "2031-03-02" }).find((m) => m.text === written);

describe("must read a count of a tenure's seasons or a rank of all time", () => {
  it.each<[string, string, string, number]>([
    ["Lutz, now in his 12th season in the league, scored nine.", "12th", "season", 12],
    ["Ames is in her sixth year as coach of the Owls.", "sixth", "year", 6],
    ["The Rovers are entering their third season together.", "third", "season", 3],
    ["The goal moved Ames into ninth in club history.", "ninth", "rank", 9],
    ["Lutz now sits fourth on the all-time scoring list.", "fourth", "rank", 4],
    ["She is now third all-time in assists.", "third", "rank", 3],
  ])("%s (%s) → %s", (text, written, unit, n) => {
    const m = at(text, written);
    expect(m?.kind).toBe("quantity");
    expect(m?.value).toMatchObject({ type: "quantity", unit, min: n, max: n });
  });
});

describe("must not: a season gone by, a game of a season, a table of this season", () => {
  it.each<[string, string]>([
    ["Ames won the title in her second season.", "second"],
    ["Lutz is in his 12th season opener tonight.", "12th"],
    ["The Owls are ninth in the standings.", "ninth"],
    ["It was the 10th season of the show.", "10th"],
    ["Lutz scored his fourth goal in history class.", "fourth"],
  ])("%s (%s) stays a rank", (text, written) => {
    const m = at(text, written);
    expect(m?.kind).toBe("ordinal");
  });
});
