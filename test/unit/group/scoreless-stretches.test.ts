/**
 * A team's scoreless stretch in one game told by two reports (src/group/scoreless-stretches.ts).
 * Sentences, teams and lengths written for this test; the expected answers were decided by
 * reading them.
 */
import { describe, expect, it } from "vitest";
import { oneScorelessStretch, scorelessSide, scorelessStretchGroups } from "../../../src/group/scoreless-stretches.js";
import type { Claim } from "../../../src/types.js";
import { frameRead } from "../../helpers/claims.js";

let docs = 0;
function told(sentence: string, text: string, minutes: number, reportedAt = "2031-03-08", unit = "minute"): Claim {
  docs += 1;
  return frameRead(sentence, text, minutes, { counted: "duration", lemma: "score", unit, reportedAt }, `report-${docs}.txt`);
}

const keptOff = told("The Owls kept Keld off the scoreboard for nearly six minutes to pull away.", "nearly six minutes", 6);

describe("scorelessSide: whose spell without scoring", () => {
  it.each<[string, Claim, string | null]>([
    ["kept off the scoreboard", keptOff, "keld"],
    ["the side a pronoun stands for", told("A late layup cut the Hawks' deficit to four, but they didn't score again for almost seven minutes.", "almost seven minutes", 7), "hawks"],
    ["a length then 'without a point'", told("Keld went five minutes without a point early on.", "five minutes", 5), "keld"],
    ["a length of a lead, not of a spell without scoring", told("Keld led for six minutes in the first half.", "six minutes", 6), null],
    ["weeks without a win: no length of play", told("Keld went six weeks without a win.", "six weeks", 6, "2031-03-08", "week"), null],
  ])("%s", (_name, c, team) => {
    expect(scorelessSide(c)).toBe(team);
  });
});

describe("must be one stretch", () => {
  it.each<[string, Claim]>([
    ["another report's length with other words", told("Keld didn't score again for almost seven minutes while the Owls stretched their lead.", "almost seven minutes", 7)],
    ["'failed to score' the same length", told("Keld failed to score for six minutes.", "six minutes", 6)],
    ["a length then 'without a point', in a half the other does not name", told("Keld went seven minutes without a point in the second half.", "seven minutes", 7)],
  ])("%s", (_name, other) => {
    expect(oneScorelessStretch(keptOff, other)).toBe(true);
    expect(oneScorelessStretch(other, keptOff)).toBe(true);
  });
});

describe("must not be one stretch", () => {
  it.each<[string, Claim]>([
    ["the other team's stretch", told("The Owls didn't score for almost seven minutes.", "almost seven minutes", 7)],
    ["a length of a lead", told("Keld led for seven minutes.", "seven minutes", 7)],
    ["a report of a week later", told("Keld didn't score again for almost seven minutes.", "almost seven minutes", 7, "2031-03-15")],
  ])("%s", (_name, other) => {
    expect(oneScorelessStretch(keptOff, other)).toBe(false);
    expect(oneScorelessStretch(other, keptOff)).toBe(false);
  });

  it("a stretch in the first half and one in the second", () => {
    const first = told("Keld went six minutes without a point in the first half.", "six minutes", 6);
    const second = told("Keld didn't score again for almost seven minutes early in the second half.", "almost seven minutes", 7);
    expect(oneScorelessStretch(first, second)).toBe(false);
    expect(oneScorelessStretch(second, first)).toBe(false);
    // the same half in both: one stretch
    const again = told("The Owls kept Keld off the scoreboard for nearly six minutes in the first half.", "nearly six minutes", 6);
    expect(oneScorelessStretch(first, again)).toBe(true);
  });
});

describe("groups: two lengths diverge, never contradict", () => {
  it("a group of recurring cardinality, of estimates", () => {
    const other = told("Keld didn't score again for almost seven minutes.", "almost seven minutes", 7);
    const groups = scorelessStretchGroups([keptOff, other], []);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.cardinality).toBe("recurring");
    expect(groups[0]!.estimates).toBe(true);
  });
});
