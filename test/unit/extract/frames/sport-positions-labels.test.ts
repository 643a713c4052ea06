/**
 * Sport reports: ties and records the score family had missed, field positions, numbered parts of
 * a series, and passing lines with a slash. Sentences written for this test (other teams, names
 * and numbers); what each must give was decided by reading the sentence.
 */
import { describe, expect, it } from "vitest";
import type { Claim } from "../../../../src/types.js";
import { claimsOfText } from "./helpers.js";

const at = (text: string, value: string): Claim[] => claimsOfText(text).filter((c) => c.text === value);

describe("must not match: a tie's score, a record at home or away, a passing line", () => {
  it.each([
    ["a tie told with 'at'", "A late kick tied the game at 17 before the break.", ["17"]],
    ["a tie knotted at", "The sides were knotted at 9 entering the last minute.", ["9"]],
    ["a tie with 'all'", "The Hawks rallied to forge a 21-all tie at the half.", ["21"]],
    ["a tie with 'apiece'", "The match stood at 2 apiece after an hour.", ["2"]],
    ["a record at home, after another in parentheses", "The Ravens (9-6, 1-7 home) lost again.", ["1-7", "1", "7"]],
    // (the pair "3-5" is one claim of its own now: a split of a record, values/quantity/score-pairs.ts)
    ["a record on the road", "They fell to 3-5 on the road with the loss.", ["3", "5"]],
    ["a record with a remark before its noun", "They had posted a 3-13 (or worse) record a year earlier.", ["3-13", "3"]],
    ["completions of attempts with a slash", "Morris ended the night 22 / 31 for 260 yards.", ["22", "31", "22 / 31"]],
  ])("%s: %s", (_what, text, values) => {
    for (const v of values) expect(at(text, v)).toEqual([]);
  });
});

describe("must match: counts beside the same words stay counts", () => {
  it.each([
    ["boats tied at a dock are counted", "The crew tied 13 boats at the dock.", "13"],
    ["a count after 'at'", "The fire started at 3 warehouses on the edge of town.", "3"],
    ["the yards after a slash line", "Morris ended the night 22 / 31 for 260 yards.", "260"],
    ["a range of a count with its noun", "Between 3-5 people were hurt when the stand fell.", "Between 3-5"],
    ["a count before a name with 'All'", "Reyes played in six All-Star games and won two titles.", "six"],
  ])("%s: %s", (_what, text, value) => {
    expect(at(text, value).length).toBe(1);
  });
});

describe("a place on a field is no distance covered", () => {
  it.each([
    ["a yard line", "Brown lost a fumble on the Eagles 12-yard line.", "12"],
    ["a yard line with spaces", "The punt rolled dead at the 20 yard line.", "20"],
    ["a team's own side", "The drive began at their own 35 with a minute left.", "35"],
  ])("not a claim — %s: %s", (_what, text, value) => {
    expect(at(text, value)).toEqual([]);
  });
  it.each([
    ["a run's yards", "Patel broke a 64-yard run in the second half.", "64"],
    ["yards gained", "The Owls gained 20 yards on the drive.", "20"],
    ["a count after 'own' with its noun", "They sent their own 30 players home.", "30"],
  ])("still a claim — %s: %s", (_what, text, value) => {
    expect(at(text, value).length).toBe(1);
  });
});

describe("a number that names a part of a series", () => {
  it.each([
    ["a week of a season", "The Hawks clinched a place in Week 12 of the season.", "12"],
    ["a week in lower case", "Going into week 9, the Owls led the group.", "9"],
    ["a game of a final", "Game 6 of the final drew a record crowd.", "6"],
    ["a day of a trial", "On day 3 of the trial, the witness changed her story.", "3"],
  ])("not a claim — %s: %s", (_what, text, value) => {
    expect(at(text, value)).toEqual([]);
  });
  it.each([
    ["a count after a length of time", "In a week 16 people were hurt in the crowd.", "16"],
    ["a plural noun after the number", "On the day 10 protesters were held, the square was shut.", "10"],
    ["a number of weeks", "The strike lasted 16 weeks.", "16 weeks"],
  ])("still a claim — %s: %s", (_what, text, value) => {
    expect(at(text, value).length).toBe(1);
  });
});

describe("yards written short", () => {
  it.each([
    ["yds after the number", "Patel ran 74 yds for the score.", "74"],
    ["yd in a compound", "Ortiz hit a 52-yd field goal.", "52"],
    ["a kick called by its yards", "Ortiz missed a 41-yarder late.", "41"],
  ])("%s: %s", (_what, text, value) => {
    const c = at(text, value);
    expect(c.length).toBe(1);
    expect(c[0]!.value).toMatchObject({ type: "quantity", unit: "yard" });
  });
});
