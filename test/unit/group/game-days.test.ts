/**
 * One game's day told in two reports (game-days.ts): by its result, with whatever verb or noun,
 * or by the round of a tournament it is. Sentences, names and days written for this test; the
 * expected answers were decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { gameDayGroups, oneGameDay } from "../../../src/group/game-days.js";
import type { Claim, Participant } from "../../../src/types.js";
import { date, toldIn } from "../../helpers/claims.js";

const SATURDAY = "2031-03-15";
const SUNDAY = "2031-03-16";
const MONDAY = "2031-03-17";

let n = 0;
function told(sentence: string, text: string, lemma: string, participants: [Participant["role"], string][], names: string[], day = SUNDAY, reportedAt = SUNDAY): Claim {
  n += 1;
  return { ...toldIn(date(day), sentence, text, { lemma, voice: "active", reportedAt, participants }), document: `report${n}.txt`, id: `c-${n}`, actors: names.map((x) => `name:${x}`) };
}

const gotTheWin = told("The Owls got the win today, though it was ugly.", "today", "get", [["agent", "The Owls"]], ["owls"]);

describe("must be one game's day", () => {
  it.each<[string, Claim]>([
    ["the loser's verb, the team named in full", told("The Tulsa Hawks fell to the Hanley Owls at Reed Field on Sunday afternoon.", "Sunday afternoon", "lose", [["agent", "The Tulsa Hawks"], ["recipient", "the Hanley Owls"]], ["tulsa hawks", "hanley owls", "reed field"], SUNDAY, MONDAY)],
    ["a noun of the result by the day", told("The Owls locked up a playoff berth with Sunday's victory.", "Sunday", "lock", [["agent", "The Owls"]], ["owls"], SUNDAY, MONDAY)],
    ["the winner's verb", told("The Owls beat the Hawks 20-17 on Sunday.", "Sunday", "beat", [["agent", "The Owls"], ["patient", "the Hawks"]], ["owls", "hawks"], SUNDAY, MONDAY)],
  ])("%s", (_name, other) => {
    expect(oneGameDay(gotTheWin, other)).toBe(true);
    expect(oneGameDay(other, gotTheWin)).toBe(true);
  });
  it("one round of a tournament by the day, whatever team each names", () => {
    const ahead = told("Leeds Tech moved on and will play Saturday in a 2:10 pm semifinal.", "Saturday", "play", [["agent", "Leeds Tech"]], ["leeds tech"], SATURDAY, "2031-03-14");
    const after = told("The rebounding edge carried the Rams into Saturday's semifinals.", "Saturday", "carry", [["patient", "the Rams"]], ["rams"], SATURDAY, "2031-03-14");
    expect(oneGameDay(ahead, after)).toBe(true);
  });
});

describe("must not be one game's day", () => {
  it.each<[string, Claim]>([
    ["the same team a day before", told("The Owls got the win on Saturday.", "Saturday", "get", [["agent", "The Owls"]], ["owls"], SATURDAY, SUNDAY)],
    ["another team's game that day, no one named in both", told("The Wolves lost to the Bears on Sunday.", "Sunday", "lose", [["agent", "The Wolves"], ["recipient", "the Bears"]], ["wolves", "bears"], SUNDAY, MONDAY)],
    ["the team's day with no game told", told("The Owls flew home on Sunday.", "Sunday", "fly", [["agent", "The Owls"]], ["owls"], SUNDAY, MONDAY)],
    ["what someone said of the game that day", told("Coach Ida Vos of the Owls said Sunday that the win mattered.", "Sunday", "say", [["agent", "Coach Ida Vos"]], ["ida vos", "owls"], SUNDAY, MONDAY)],
    ["a moment of that day", told("The Owls won at 4:05 p.m. Sunday.", "4:05 p.m. Sunday", "win", [["agent", "The Owls"]], ["owls"], SUNDAY, MONDAY)],
    ["a game of that date weeks before the report", told("The Owls won their opener on Sunday, March 16.", "Sunday, March 16", "win", [["agent", "The Owls"]], ["owls"], SUNDAY, "2031-05-02")],
  ])("%s", (_name, other) => {
    expect(oneGameDay(gotTheWin, other)).toBe(false);
    expect(oneGameDay(other, gotTheWin)).toBe(false);
  });
  it("two rounds of a tournament on one day, no one named in both", () => {
    const semi = told("Leeds Tech will play Saturday in a semifinal.", "Saturday", "play", [["agent", "Leeds Tech"]], ["leeds tech"], SATURDAY, "2031-03-14");
    const final = told("The Rams reached Saturday's final.", "Saturday", "reach", [["agent", "The Rams"]], ["rams"], SATURDAY, "2031-03-14");
    expect(oneGameDay(semi, final)).toBe(false);
  });
  it("two claims of one report are not two reports", () => {
    const again = { ...told("The Owls beat the Hawks on Sunday.", "Sunday", "beat", [["agent", "The Owls"]], ["owls", "hawks"]), document: gotTheWin.document };
    expect(oneGameDay(gotTheWin, again)).toBe(false);
  });
});

describe("groups: agreements that no group already holds", () => {
  const lost = told("The Hawks lost to the Owls on Sunday.", "Sunday", "lose", [["agent", "The Hawks"], ["recipient", "the Owls"]], ["hawks", "owls"], SUNDAY, MONDAY);
  const other = told("The Wolves beat the Bears on Sunday.", "Sunday", "beat", [["agent", "The Wolves"], ["patient", "the Bears"]], ["wolves", "bears"], SUNDAY, MONDAY);
  const other2 = told("The Bears fell to the Wolves on Sunday.", "Sunday", "fall", [["agent", "The Bears"]], ["bears", "wolves"], SUNDAY, MONDAY);
  it("one group per game, each over two reports, as agreements", () => {
    const groups = gameDayGroups([gotTheWin, lost, other, { ...other2, claimFrame: { ...other2.claimFrame!, predicate: { lemma: "lose", voice: "active" } } }], []);
    expect(groups.map((g) => g.claims.map((c) => c.id).sort()).sort()).toEqual([[gotTheWin.id, lost.id].sort(), [other.id, other2.id].sort()].sort());
    expect(groups.every((g) => g.cardinality === "single")).toBe(true);
  });
  it("none where a group already holds the pair", () => {
    const held = { key: "k", rule: "r", topic: "t", cardinality: "single" as const, claims: [gotTheWin, lost], story: "s-1" };
    expect(gameDayGroups([gotTheWin, lost], [held])).toEqual([]);
  });
});
