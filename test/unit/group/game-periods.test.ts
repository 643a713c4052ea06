/**
 * The period of play a figure of a game is told in (src/group/game-periods.ts). Sentences, teams
 * and numbers written for this test; the expected periods were decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { periodOf, periodsApart } from "../../../src/group/game-periods.js";
import { claim } from "../../helpers/claims.js";
import type { Claim } from "../../../src/types.js";

const at = (sentence: string, text: string): Claim => claim({ type: "quantity", min: 1, max: 1, unit: "run", approximate: false, qualifier: null, nominal: 1 }, { sentence, text });

describe("periodOf: must read the period of the figure's clause", () => {
  it.each<[string, string, string | null]>([
    ["The Owls went on a 9-0 run in the second half to pull away.", "9-0", "half 2"],
    ["Moss hit a jumper with 3:12 left in the third quarter.", "3:12", "quarter 3"],
    ["A second-half 11-2 run sank the Rovers.", "11-2", "half 2"],
    ["Keld scored the last six points in a 6-0 burst in overtime.", "6-0", "overtime"],
    ["Hale broke the record with 2:05 to play in the 1st half.", "2:05", "half 1"],
    // must not: another clause's period, or none
    ["The Owls had a 9-0 run, and in the second half they led by 20.", "9-0", null],
    ["The Owls had a 9-0 run that settled it.", "9-0", null],
    // two periods named around one figure: none is its own
    ["A 9-0 run spanning the first half and the second half ended it.", "9-0", null],
  ])("%s (%s) → %s", (sentence, text, period) => {
    expect(periodOf(at(sentence, text))).toBe(period);
  });
});

describe("periodsApart", () => {
  const first = at("Brill used an 8-0 run in the first half to go ahead.", "8-0");
  const second = at("Brill used an 8-0 run in the second half to go ahead.", "8-0");
  const none = at("Brill used an 8-0 run to go ahead.", "8-0");
  it("must part two named periods", () => expect(periodsApart(first, second)).toBe(true));
  it("must not part a named period from an unnamed one, or one period from itself", () => {
    expect(periodsApart(first, none)).toBe(false);
    expect(periodsApart(first, at("An 8-0 first-half run put Brill ahead.", "8-0"))).toBe(false);
  });
});
