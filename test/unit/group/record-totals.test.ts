/**
 * A total a record or a lead is set with, its noun named before it and left out after the figure
 * ("set a club record for saves by a keeper with 61"): the frame reads what it counts
 * (src/extract/frames/counted.ts recordNounBefore) and the figure is a statistic of that noun
 * (src/group/stat-lines.ts), compared with the same statistic told otherwise. Sentences, names and
 * numbers written for this test; the expected readings were decided by reading the sentences.
 */
import { describe, expect, it } from "vitest";
import { recordNounBefore } from "../../../src/extract/frames/counted.js";
import { statOf } from "../../../src/group/stat-lines.js";
import type { Claim } from "../../../src/types.js";
import { frameRead } from "../../helpers/claims.js";
import { judgeAll as judge, relation } from "../../helpers/judged.js";

describe("recordNounBefore", () => {
  it.each<[string, string | null]>([
    // must match: the noun of the record or the lead
    ["Tess Ibarra set a club record for receptions by a wing back with ", "reception"],
    ["Ibarra broke the league mark for most tackles in a season with ", "tackle"],
    ["Ibarra led the league in sacks again this year with ", "sack"],
    // must not match: no record or lead of a noun named
    ["The Owls finished the season with ", null],
    ["Ibarra set a record for the club with ", null],
    ["The Owls won with ", null],
    ["Ibarra set a record for receptions, and the Owls finished with ", null],
  ])("%s → %s", (before, noun) => {
    expect(recordNounBefore(before)).toBe(noun);
  });
});

let docs = 0;
function told(sentence: string, text: string, n: number, counted: string, lemma: string): Claim {
  docs += 1;
  return frameRead(sentence, text, n, { counted, lemma, unit: "" }, `season-${docs}.txt`);
}

describe("a record's total is a statistic", () => {
  it.each<[string, string, number, string, string, string | null]>([
    // sentence, figure, value, what the frame counts, span, holder
    ["Tess Ibarra also set a club rookie record for receptions by a wing back with 38.", "38", 38, "reception", "season", "Tess Ibarra"],
    ["Ibarra set a career record for tackles with 410.", "410", 410, "tackle", "career", "Ibarra"],
  ])("%s", (sentence, text, n, counted, span, holder) => {
    expect(statOf(told(sentence, text, n, counted, "set"))).toMatchObject({ noun: counted === "reception" ? "catch" : counted, span, holder });
  });

  it("must not read a statistic where no record's noun is named", () => {
    expect(statOf(told("The Owls finished the year with 38.", "38", 38, "reception", "finish"))).toBeNull();
  });

  it("must agree: a record's total and a running total of one player's catches, the same figure", () => {
    const a = told("Tess Ibarra also set a club rookie record for receptions by a wing back with 38.", "38", 38, "reception", "set");
    const b = told("Ibarra had two catches on Saturday, bringing her season total to 38.", "38", 38, "catch", "bring");
    expect(relation(judge([a, b]), a, b)).toEqual(["agree"]);
  });
});
