/**
 * The making of one rule or law, told by outlets with different verbs
 * (made, issued, passed, finalized) and a month apart, is one past happening: its dates share a
 * topic and an occurrence, and agree or diverge — never contradict. A law and a rule, two rules years
 * apart, two makers, or a change of something else stay apart. Sentences written for this test;
 * the expected results decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { groupClaims } from "../../../src/group/group.js";
import { instrumentMade, oneInstrumentMade } from "../../../src/group/instrument-makings.js";
import { judgeGroup } from "../../../src/judge/judge.js";
import type { Claim, Finding } from "../../../src/types.js";
import { claimsOfText } from "../extract/frames/helpers.js";

/** The date claim written `value` in a one-sentence document reported on `day`, in story s-1. */
function claim(sentence: string, value: string, day = "2031-05-02"): Claim {
  const c = claimsOfText(sentence, day).find((x) => x.text === value && x.value.type === "date");
  if (!c) throw new Error(`no claim “${value}” in “${sentence}”`);
  return { ...c, document: `${sentence.slice(0, 14)}-${day}.txt`, story: "s-1" };
}

describe("a date of a rule's or a law's making", () => {
  it.each([
    ["Anglers want the board to undo quota changes made in March that cut the autumn catch.", "March", null],
    ["Growers asked the state to scrap rule changes made in March that cut water allowances.", "March", "rule"],
    ["The rule, finalized in October, ended the spring hunt on the moor.", "October", "rule"],
    ["The Tallis government made the permits optional in regulations issued last October, weeks before the vote.", "last October", "rule"],
    ["Passed in February 2030, the Tallis-era rule let mines skip the water tests.", "February 2030", "rule"],
    ["The change to the Coastal Waters Act was made last October by the Tallis government.", "last October", "rule"],
    ["The harbour act was passed in 1958 after the flood.", "1958", "law"],
    // not a making: a decision, a lineup change, a rule that is only in force
    ["The decision was made in March after a long review.", "March", null],
    ["Lineup changes made in March helped the Rovers climb the table.", "March", null],
    ["The rule has been in force since October.", "October", null],
    ["Until last October, builders had to ask the wardens first.", "last October", null],
  ])("“%s” (%s) → %s", (sentence, value, kind) => {
    expect(instrumentMade(claim(sentence, value))).toBe(kind);
  });
});

describe("one making, or two", () => {
  it.each([
    ["The rule, finalized in October, ended the spring hunt on the moor.", "October", "Passed in November 2030, the Tallis-era rule let mines skip the water tests.", "November 2030"],
    ["The Tallis government made the permits optional in regulations issued last October, weeks before the vote.", "last October", "Growers asked the state to scrap rule changes made in November that cut water allowances.", "November"],
  ])("must be one: “%s” (%s) and “%s” (%s)", (s1, v1, s2, v2) => {
    const [a, b] = [claim(s1, v1, "2031-03-04"), claim(s2, v2, "2031-04-28")];
    expect(oneInstrumentMade(a, b)).toBe(true);
    expect(oneInstrumentMade(b, a)).toBe(true);
  });

  it.each([
    // a law and a rule, decades apart
    ["The harbour act was passed in 1958 after the flood.", "1958", "The rule, finalized in October 2030, ended the spring hunt on the moor.", "October 2030"],
    // two rules years apart
    ["Mines may skip the tests under rules issued in 2024.", "2024", "The rule, finalized in October 2030, ended the spring hunt on the moor.", "October 2030"],
    // two makers
    ["Passed in November 2030, the Tallis-era rule let mines skip the water tests.", "November 2030", "Passed in October 2030, the Orme-era rule closed the moor to hunters.", "October 2030"],
  ])("must not be one: “%s” (%s) and “%s” (%s)", (s1, v1, s2, v2) => {
    const [a, b] = [claim(s1, v1, "2031-03-04"), claim(s2, v2, "2031-04-28")];
    expect(oneInstrumentMade(a, b)).toBe(false);
    expect(oneInstrumentMade(b, a)).toBe(false);
  });
});

const judge = (claims: Claim[]): Finding[] => groupClaims(claims, []).flatMap(judgeGroup);
const verdicts = (findings: Finding[], claims: Claim[]): string[] =>
  findings.filter((f) => claims.every((c) => f.claims.includes(c.id))).map((f) => f.verdict);

describe("grouped and judged", () => {
  it("diverges, never contradicts: one rule finalized in October and passed in November, reported weeks apart", () => {
    const a = claim("The rule, finalized in October, ended the spring hunt on the moor.", "October", "2031-03-04");
    const b = claim("Passed in November 2030, the Tallis-era rule let mines skip the water tests.", "November 2030", "2031-04-28");
    expect(verdicts(judge([a, b]), [a, b])).toEqual(["diverge"]);
  });

  it("agrees: one rule's month told with two verbs", () => {
    const a = claim("The rule, finalized in October, ended the spring hunt on the moor.", "October", "2031-03-04");
    const b = claim("The change to the Coastal Waters Act was made last October by the Tallis government.", "last October", "2031-04-28");
    expect(verdicts(judge([a, b]), [a, b])).toEqual(["agree"]);
  });

  it("does not set a law of 1958 against a rule of 2030", () => {
    const a = claim("The harbour act was passed in 1958 after the flood.", "1958", "2031-03-04");
    const b = claim("The rule, finalized in October 2030, ended the spring hunt on the moor.", "October 2030", "2031-04-28");
    expect(verdicts(judge([a, b]), [a, b])).toEqual([]);
  });
});
