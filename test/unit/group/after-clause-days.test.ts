/**
 * A signing's day told in an opening "After …" clause of a report of that day
 * (src/group/after-clause-days.ts). Sentences, names and days written for this test; the expected
 * answers were decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { afterClauseDayGroups, oneSigningAfter, signedAfter } from "../../../src/group/after-clause-days.js";
import type { Claim, Participant } from "../../../src/types.js";
import { date, toldIn } from "../../helpers/claims.js";

const MONDAY = "2031-09-15";
const TUESDAY = "2031-09-16";

let n = 0;
function told(sentence: string, text: string, lemma: string, participants: [Participant["role"], string][], names: string[], day = MONDAY, reportedAt = MONDAY): Claim {
  n += 1;
  return { ...toldIn(date(day), sentence, text, { lemma, voice: "active", reportedAt, participants }), document: `report${n}.txt`, id: `c-${n}`, actors: names.map((x) => `name:${x}`) };
}

const after = told("After waiving Ray Kimble on Monday, the Owls replaced him by signing guard Luis Ortiz.", "Monday", "waive", [["patient", "Ray Kimble"]], ["ray kimble", "owls", "luis ortiz"]);
const today = told("The Owls signed Luis Ortiz today off the Hawks' practice squad.", "today", "sign", [["agent", "The Owls"], ["patient", "Luis Ortiz"]], ["owls", "luis ortiz", "hawks"]);

describe("signedAfter: the player the main clause signs", () => {
  it.each<[string, Claim, string[] | null]>([
    ["the report's own day in the opening clause", after, ["luis ortiz"]],
    ["the same sentence in a report of the next day", told("After waiving Ray Kimble on Monday, the Owls replaced him by signing guard Luis Ortiz.", "Monday", "waive", [["patient", "Ray Kimble"]], ["ray kimble", "owls", "luis ortiz"], MONDAY, TUESDAY), null],
    ["a main clause that signs no one", told("After waiving Ray Kimble on Monday, the Owls practised in the rain.", "Monday", "waive", [["patient", "Ray Kimble"]], ["ray kimble", "owls"]), null],
    ["the day in the main clause", told("After a long search, the Owls signed Luis Ortiz on Monday.", "Monday", "sign", [["agent", "the Owls"], ["patient", "Luis Ortiz"]], ["owls", "luis ortiz"]), null],
    ["no opening 'After'", told("The Owls waived Ray Kimble on Monday, then signed Luis Ortiz.", "Monday", "waive", [["patient", "Ray Kimble"]], ["ray kimble", "owls", "luis ortiz"]), null],
  ])("%s", (_name, c, players) => {
    expect(signedAfter(c)).toEqual(players);
  });
});

describe("must be one signing's day", () => {
  it.each<[string, Claim]>([
    ["'today' in another report of the day", today],
    ["the weekday in another report", told("On Monday the Owls signed rookie Luis Ortiz.", "Monday", "sign", [["agent", "the Owls"], ["patient", "rookie Luis Ortiz"]], ["owls", "luis ortiz"])],
  ])("%s", (_name, other) => {
    expect(oneSigningAfter(after, other)).toBe(true);
    expect(oneSigningAfter(other, after)).toBe(true);
  });
});

describe("must not be one signing's day", () => {
  it.each<[string, Claim]>([
    ["another player signed that day", told("The Owls signed Dale Brandt today.", "today", "sign", [["agent", "The Owls"], ["patient", "Dale Brandt"]], ["owls", "dale brandt"])],
    ["the player of the opening clause", told("The Owls waived Ray Kimble today.", "today", "waive", [["agent", "The Owls"], ["patient", "Ray Kimble"]], ["owls", "ray kimble"])],
    ["the player signed the day before", told("The Owls signed Luis Ortiz on Sunday.", "Sunday", "sign", [["agent", "The Owls"], ["patient", "Luis Ortiz"]], ["owls", "luis ortiz"], "2031-09-14")],
  ])("%s", (_name, other) => {
    expect(oneSigningAfter(after, other)).toBe(false);
    expect(oneSigningAfter(other, after)).toBe(false);
  });
  it("two claims of one report", () => {
    expect(oneSigningAfter(after, { ...today, document: after.document })).toBe(false);
  });
});

describe("groups: agreements only", () => {
  it("one group of the signing's day", () => {
    const groups = afterClauseDayGroups([after, today], []);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.claims.map((c) => c.id).sort()).toEqual([after.id, today.id].sort());
  });
  it("none without an 'After' day", () => {
    expect(afterClauseDayGroups([today], [])).toHaveLength(0);
  });
});
