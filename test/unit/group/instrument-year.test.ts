/**
 * A date written before a noun of an enacted instrument ("the 1986 grazing regulations",
 * "its 2004 charter", "the 1990 act") says when the instrument came into force: one kind of
 * happening with "passed in 1986", "adopted in 1986" and "dating back to 1986". A date after the
 * noun ("the rule on Tuesday"), or before a noun of something else ("the 1986 election"), is not.
 * Sentences written for this test; the kinds decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { classesOfClaim, oneKindOfHappening } from "../../../src/group/predicate-classes.js";
import type { Claim, Value } from "../../../src/types.js";
import { claim, date } from "../../helpers/claims.js";

const year = (y: string): Value => date(`${y}-01-01`, `${y}-12-31`, "year");
/** A date claim told in `sentence` at `text`, read with the predicate `lemma` (voice null: a noun). */
const read = (value: Value, sentence: string, text: string, lemma: string, voice: "active" | "passive" | null): Claim =>
  claim(value, {
    sentence,
    text,
    offset: sentence.indexOf(text),
    story: "s-1",
    claimFrame: { counted: null, predicate: { lemma, voice }, participants: [], time: { tally: false, reportedAt: "2011-05-02" }, attribution: null, modality: [] },
  });

describe("must match: a date before an instrument's noun is its coming into force", () => {
  it.each<[string, Claim, Claim]>([
    [
      "the 1986 grazing regulations / a practice dating back to 1986",
      read(year("1986"), "The board will review the 1986 grazing regulations now back in force.", "1986", "regulation", null),
      read(year("1986"), "The duty to consult, dating back to 1986, was dropped.", "1986", "date", "active"),
    ],
    [
      "the 1990 act / the act was passed in 1990",
      read(year("1990"), "Under the 1990 act, ferries must carry rafts.", "1990", "act", null),
      read(year("1990"), "The ferry act was passed in 1990 after a sinking.", "1990", "pass", "passive"),
    ],
    [
      "its 2004 charter / the charter was adopted in 2004",
      read(year("2004"), "Its 2004 charter bars members from office.", "2004", "charter", null),
      read(year("2004"), "The league adopted its charter in 2004.", "2004", "adopt", "active"),
    ],
  ])("%s", (_name, a, b) => {
    expect(classesOfClaim(a)).toEqual(expect.arrayContaining(["adopt", "found"]));
    expect(oneKindOfHappening(a, b)).toBe(true);
  });
});

describe("must not match: other dates by an instrument, or other nouns", () => {
  it.each<[string, Claim]>([
    ["a date after the noun", read(date("2011-04-26"), "The mayor scrapped the parking rule on Tuesday.", "Tuesday", "rule", null)],
    ["a year before a noun of no instrument", read(year("1986"), "She lost the 1986 election by 40 votes.", "1986", "election", null)],
    ["the noun as a verb's object, read with the verb", read(year("1986"), "Regulators rewrote the rule in 1986.", "1986", "rewrite", "active")],
  ])("%s", (_name, c) => {
    expect(classesOfClaim(c) ?? []).not.toContain("found");
    expect(classesOfClaim(c) ?? []).not.toContain("adopt");
  });
});
