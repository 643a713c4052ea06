/**
 * The year a named holder's record dates from, told by two reports with other verbs
 * (src/group/record-years.ts). Sentences, names and years written for this test; the expected
 * answers were decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { oneRecordYear, recordYearGroups, recordYearOf } from "../../../src/group/record-years.js";
import type { Claim } from "../../../src/types.js";
import { claim, date } from "../../helpers/claims.js";

let docs = 0;
function told(sentence: string, year: string, story = "s-1"): Claim {
  docs += 1;
  return claim(date(`${year}-01-01`, `${year}-12-31`, "year"), { sentence, text: year, offset: sentence.indexOf(year), story, document: `report-${docs}.txt` });
}

const stood = told("Her layup moved her past Ann Moss's school mark, which had stood since 2009.", "2009");

describe("recordYearOf: a year in a sentence that names a holder's record", () => {
  it.each<[string, Claim, string[] | null]>([
    ["a mark that had stood since the year", stood, ["2009 moss"]],
    ["a record written with a spaced apostrophe", told("Back in 2009 nobody thought Moss ’ s record would fall.", "2009"), ["2009 moss"]],
    ["a team's record", told("The Owls' franchise record was set in 1988.", "1988"), ["1988 owls"]],
    ["a year in a sentence that names no record", told("Moss joined the club in 2009.", "2009"), null],
    ["a record no one is named as holding", told("The record has stood since 2009.", "2009"), null],
  ])("%s", (_name, c, key) => {
    expect(recordYearOf(c)).toEqual(key);
  });
});

describe("must be one record's year", () => {
  it.each<[string, Claim]>([
    ["the year of the game the record was set in, the surname alone", told("After that final game in 2009, who thought Moss's record would last?", "2009")],
    ["'set in' the year", told("Ann Moss's scoring record, set in 2009, fell on Friday.", "2009")],
  ])("%s", (_name, other) => {
    expect(oneRecordYear(stood, other)).toBe(true);
    expect(oneRecordYear(other, stood)).toBe(true);
  });
});

describe("must not be one record's year", () => {
  it.each<[string, Claim]>([
    ["another holder's record of the same year", told("Lena Dunn's record had stood since 2009.", "2009")],
    ["another year of the holder's record", told("Moss's record was set in 2010.", "2010")],
    ["a year in a sentence that names no record", told("Moss left the club in 2009.", "2009")],
    ["another story", told("Ann Moss's record, set in 2009, still stands.", "2009", "s-2")],
  ])("%s", (_name, other) => {
    expect(oneRecordYear(stood, other)).toBe(false);
    expect(oneRecordYear(other, stood)).toBe(false);
  });
  it("two claims of one report", () => {
    expect(oneRecordYear(stood, { ...told("Ann Moss's record, set in 2009, still stands.", "2009"), document: stood.document })).toBe(false);
  });
});

describe("groups: agreements only", () => {
  it("one group of one year, none for another holder", () => {
    const set = told("Ann Moss's scoring record, set in 2009, fell on Friday.", "2009");
    const dunn = told("Lena Dunn's record had stood since 2009.", "2009");
    const groups = recordYearGroups([stood, set, dunn], []);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.claims.map((c) => c.id).sort()).toEqual([stood.id, set.id].sort());
  });
});
