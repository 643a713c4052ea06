/**
 * A date written as the field of a label ("End of Watch: Monday, July 2, 2012", "Date of death: May
 * 9, 2010", "Date of incident: …") is the day of the happening the label names. Lines written for
 * this test (after an opening sentence, which a document reads as its title); the predicates
 * expected were decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { happeningOfLabel } from "../../../../src/extract/frames/date-label.js";
import { claimsOfText, frame } from "./helpers.js";

const LEAD = "A county honours its fallen.\n";

describe("must read the labelled happening as the date's predicate", () => {
  it.each([
    ["End of Watch: Monday, July 2, 2012", "Monday, July 2, 2012", "die"],
    ["Date of death: May 9, 2010", "May 9, 2010", "die"],
    ["Date of birth: 14 October 1958", "14 October 1958", "bear"],
    ["Born: 14 October 1958", "14 October 1958", "bear"],
    ["Died: Sunday, May 9, 2010", "Sunday, May 9, 2010", "die"],
    // (a happening named only "an incident" is named "happen", as in a sentence: date-happening.ts)
    ["Date of incident: Tuesday, 4 June 2019.", "Tuesday, 4 June 2019", "happen"],
    ["Date of the crash: 3 May 2017", "3 May 2017", "attack"],
    ["Funeral date: August 30, 2011", "August 30, 2011", "funeral"],
  ])("%s", (line, value, lemma) => {
    expect(frame(LEAD + line, value).predicate?.lemma).toBe(lemma);
  });

  it("a labelled death is a claim of the day the person died", () => {
    const claims = claimsOfText(`${LEAD}End of Watch: Monday, July 2, 2012\n`, "2013-01-10");
    const day = claims.find((c) => c.text.includes("July 2, 2012"));
    expect(day?.value).toMatchObject({ type: "date", start: "2012-07-02", end: "2012-07-02" });
    expect(day?.claimFrame?.predicate?.lemma).toBe("die");
  });
});

describe("must not read a happening from a label that names none, nor from a line with more after the date", () => {
  it.each([
    ["The council met in the old hall. Update: the mayor resigned on Friday.", "Friday", "update"],
    ["The pastor said the best day was this: June 4, 1990.", "June 4, 1990", "die"],
    ["Last match report: March 2, 2015", "March 2, 2015", "report"],
  ])("%s is not read as '%s'", (line, value, not) => {
    expect(frame(LEAD + line, value).predicate?.lemma ?? null).not.toBe(not);
  });

  it("a verb before the date keeps the date's happening: 'Update: the mayor resigned on Friday'", () => {
    expect(frame(`${LEAD}The council met in the old hall. Update: the mayor resigned on Friday.`, "Friday").predicate?.lemma).toBe("resign");
  });

  it.each([
    [["date"], null],
    [["posted"], null],
    [["last", "modified"], null],
    [["date", "of", "the", "crash"], "crash"],
    [["arrest", "date"], "arrest"],
    [["born"], "bear"],
    [["died"], "die"],
    [["end", "of", "watch"], "die"],
    [["start", "of", "term"], null],
  ] as const)("label %j names %s", (words, lemma) => {
    expect(happeningOfLabel(words)?.lemma ?? null).toBe(lemma);
  });
});
