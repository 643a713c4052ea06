/**
 * Figures of a happening (a toll belongs to its attack) that state periods of their own which do
 * not overlap are about different occurrences, whatever place both name. Sentences and figures
 * written for this test.
 */
import { describe, expect, it } from "vitest";
import { groupClaims } from "../../../src/group/group.js";
import type { DateValue } from "../../../src/types.js";
import { claim, date, qty, rule } from "../../helpers/claims.js";
import { claimsOfText } from "../extract/frames/helpers.js";

/** A stated period, as a claim's frame. */
const period = (...args: Parameters<typeof date>): DateValue => date(...args) as DateValue;

const frameOf = (text: string, value: string) => claimsOfText(text, "2030-05-01").find((c) => c.text === value)?.frame ?? null;

describe("the day a figure's happening took place, written with its year", () => {
  it.each([
    ["On 3 March 1950 the shelling of Varn killed 40 people.", "40", "1950-03-03"],
    ["The port was shelled on 9 June 1961, and the raid killed 75 people.", "75", "1961-06-09"],
  ])("is the figure's time: %s", (text, value, day) => {
    expect(frameOf(text, value)).toMatchObject({ start: day, end: day });
  });

  it.each([
    // a day without its year may be the day of a report, which outlets give differently
    ["The shelling of Varn on Friday killed 40 people.", "40"],
    ["After two raids that left 40 people dead, the mayor spoke on 4 January.", "40"],
  ])("a day without its year is not: %s", (text, value) => {
    expect(frameOf(text, value)).toBeNull();
  });

  it("nor is it the time of a level its sentence gives, such as an age", () => {
    const age = claimsOfText("Ada Rusk, 34, was walking home on 21 October 2031 when the car struck her.", "2031-11-01").find((c) => c.text === "34");
    expect(age?.rule).toBe("ages");
    // (at most the document's year, implied)
    expect(age?.frame?.granularity).not.toBe("day");
  });
});

describe("anchored figures with stated periods", () => {
  const anchored = rule({ values: ["quantity"], anchored: true });
  const ids = (claims: ReturnType<typeof claim>[], r = anchored) => groupClaims(claims, [r]).map((g) => g.claims.map((c) => c.id).sort());

  it("keeps apart two tolls of different years that name one place", () => {
    const first = claim(qty(40, 40), { frame: period("1950-03-03"), actors: ["name:varn"] });
    const second = claim(qty(75, 75), { frame: period("1961-06-09"), actors: ["name:varn"] });
    expect(ids([first, second])).toEqual([]);
  });

  it("joins a toll that states no period with either, and figures of one day", () => {
    const first = claim(qty(40, 40), { frame: period("1950-03-03"), actors: ["name:varn"] });
    const same = claim(qty(42, 42), { frame: period("1950-03-01", "1950-03-31", "month"), actors: ["name:varn"] });
    const unstated = claim(qty(40, 40), { actors: ["name:varn"] });
    expect(ids([first, same, unstated])).toEqual([[first.id, same.id, unstated.id].sort()]);
  });

  it("a frame implied by the document's year does not part them, for any rule", () => {
    const first = claim(qty(40, 40), { frame: period("1950-01-01", "1950-12-31", "year"), frameImplied: true, actors: ["name:varn"] });
    const second = claim(qty(75, 75), { frame: period("1961-06-09"), actors: ["name:varn"] });
    expect(ids([first, second])).toEqual([[first.id, second.id].sort()]);
    expect(ids([first, second], rule({ values: ["quantity"] }))).toEqual([[first.id, second.id].sort()]);
  });

  it("a rule not anchored to happenings parts them too: a figure's stated period tells its occurrence (figure-periods.ts)", () => {
    const a = claim(qty(40, 40), { frame: period("1950-03-03"), actors: ["name:varn"] });
    const b = claim(qty(75, 75), { frame: period("1961-06-09"), actors: ["name:varn"] });
    expect(ids([a, b], rule({ values: ["quantity"] }))).toEqual([]);
  });
});
