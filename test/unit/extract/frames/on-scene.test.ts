/**
 * "Were at the scene by 9 a.m.", "were on site shortly after noon": being at the scene by a time
 * tells when those people got there (arrive). Sentences written for this test; the predicates
 * expected were decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { frame } from "./helpers.js";

const LEAD = "A barn burned down near the river. ";

describe("must read being at the scene by a time as arriving", () => {
  it.each([
    ["Detectives were at the scene by 9 a.m. to look for the cause.", "9 a.m."],
    ["Detectives were at the scene by 9 a. m. or so, the chief said.", "9 a. m."],
    ["Two crews were on scene at 4:12 a.m.", "4:12 a.m."],
    ["Medics were already on site shortly after noon.", "noon"],
  ])("%s", (sentence, value) => {
    expect(frame(LEAD + sentence, value).predicate?.lemma).toBe("arrive");
  });
});

describe("must not read an arrival where the sentence tells another happening", () => {
  it.each([
    ["Two crews were called to the scene at 4:12 a.m.", "4:12 a.m.", null],
    ["The fire marshal was at the office by 9 a.m. on Monday.", "9 a.m.", null],
  ])("%s", (sentence, value, lemma) => {
    const p = frame(LEAD + sentence, value).predicate?.lemma ?? null;
    expect(p).not.toBe("arrive");
    if (lemma !== null) expect(p).toBe(lemma);
  });

  it("the scene of a crash with its own date is the crash's day, not an arrival", () => {
    expect(frame(`${LEAD}The pastor was at the scene of the crash in 2010.`, "2010").predicate?.lemma).not.toBe("arrive");
  });
});
