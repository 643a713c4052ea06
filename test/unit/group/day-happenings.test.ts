/**
 * One person's happening told by its day in two reports (day-happenings.ts): the day of a move in
 * sports and transactions news, with whatever verb each outlet used. Sentences, names and days
 * written for this test; the expected answers were decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { dayHappeningGroups, oneDayOfOnePerson } from "../../../src/group/day-happenings.js";
import type { Claim, Participant } from "../../../src/types.js";
import { date, toldIn } from "../../helpers/claims.js";

const TUESDAY = "2031-09-16";
const WEDNESDAY = "2031-09-17";

let n = 0;
function told(sentence: string, text: string, lemma: string, participants: [Participant["role"], string][], names: string[], day = TUESDAY, reportedAt = WEDNESDAY, voice: "active" | "passive" = "active"): Claim {
  n += 1;
  return { ...toldIn(date(day), sentence, text, { lemma, voice, reportedAt, participants }), document: `report${n}.txt`, id: `c-${n}`, actors: names.map((x) => `name:${x}`) };
}

const waived = told("The Owls waived guard Ray Kimble on Tuesday.", "Tuesday", "waive", [["agent", "The Owls"], ["patient", "guard Ray Kimble"]], ["owls", "ray kimble"]);

describe("must be one person's happening of that day", () => {
  it.each<[string, Claim]>([
    ["another verb, the same man let go the same day", told("Ray Kimble, let go by the Owls on Tuesday, hopes to land in Tulsa.", "Tuesday", "let", [["patient", "Ray Kimble"]], ["ray kimble", "owls", "tulsa"], TUESDAY, TUESDAY, "passive")],
    ["'today' in a report of that Tuesday", told("The Owls waived Ray Kimble today.", "today", "waive", [["agent", "The Owls"], ["patient", "Ray Kimble"]], ["owls", "ray kimble"], TUESDAY, TUESDAY)],
    ["a sentence whose own verb is another, the man named in its relative clause", told("The roster woes went on Tuesday for the Hanley Owls, who cut veteran guard Ray Kimble.", "Tuesday", "go", [["agent", "The roster woes"]], ["hanley owls", "ray kimble"])],
    ["a sentence whose patient only holds the man's name before its head", told("The Owls signed Ray Kimble to take Luis Ortiz's spot on Tuesday.", "Tuesday", "take", [["agent", "Ray Kimble"], ["patient", "Luis Ortiz's spot"]], ["owls", "ray kimble", "luis ortiz"])],
    ["a capitalized noun read as its patient that ends a longer name", told("On Tuesday, after putting Luis Ortiz on Injured Reserve, the Owls cut Ray Kimble.", "Tuesday", "happen", [["patient", "Reserve"]], ["luis ortiz", "injured reserve", "owls", "ray kimble"])],
    ["the man named with his role before his name", told("Owls guard Ray Kimble was waived on Tuesday.", "Tuesday", "waive", [["patient", "Owls guard Ray Kimble"]], ["owls guard ray kimble"], TUESDAY, WEDNESDAY, "passive")],
  ])("%s", (_name, other) => {
    expect(oneDayOfOnePerson(waived, other)).toBe(true);
    expect(oneDayOfOnePerson(other, waived)).toBe(true);
  });
});

describe("must not be one person's happening of that day", () => {
  it.each<[string, Claim]>([
    ["the same man on another day", told("The Owls waived Ray Kimble on Wednesday.", "Wednesday", "waive", [["agent", "The Owls"], ["patient", "Ray Kimble"]], ["owls", "ray kimble"], WEDNESDAY)],
    ["the surname alone: kin and namesakes share it", told("The Owls signed Kimble on Tuesday.", "Tuesday", "sign", [["agent", "The Owls"], ["patient", "Kimble"]], ["owls", "kimble"])],
    ["another man of that surname", told("Guard Joe Kimble sat out practice on Tuesday.", "Tuesday", "sit", [["agent", "Guard Joe Kimble"]], ["joe kimble"])],
    ["another man moved by the club that day", told("The Owls signed Luis Ortiz on Tuesday, hours after Ray Kimble left.", "Tuesday", "sign", [["agent", "The Owls"], ["patient", "Luis Ortiz"]], ["owls", "luis ortiz", "ray kimble"])],
    ["only the club named in full in both, as who acted", told("The Hanley Owls held a closed practice on Tuesday.", "Tuesday", "hold", [["agent", "The Hanley Owls"]], ["hanley owls"])],
  ])("%s", (_name, other) => {
    expect(oneDayOfOnePerson(waived, other)).toBe(false);
    expect(oneDayOfOnePerson(other, waived)).toBe(false);
  });
  it("the day a man said something: one of the day's many statements", () => {
    const said = told("Ray Kimble said Tuesday that he was waived.", "Tuesday", "say", [["agent", "Ray Kimble"]], ["ray kimble"]);
    expect(oneDayOfOnePerson(waived, said)).toBe(false);
  });
  it("a moment of that day: the time of another happening", () => {
    const moment = told("The Owls bus left at 6:40 a.m. Tuesday with Ray Kimble aboard.", "6:40 a.m. Tuesday", "leave", [["agent", "The Owls bus"], ["patient", "Ray Kimble"]], ["owls", "ray kimble"]);
    expect(oneDayOfOnePerson(waived, moment)).toBe(false);
  });
  it("an arrest and a release of one man on one day are two happenings", () => {
    const arrested = told("Deputies arrested Ray Kimble on Tuesday.", "Tuesday", "arrest", [["agent", "Deputies"], ["patient", "Ray Kimble"]], ["ray kimble"]);
    const released = told("Ray Kimble was released from jail on Tuesday.", "Tuesday", "release", [["patient", "Ray Kimble"]], ["ray kimble"], TUESDAY, WEDNESDAY, "passive");
    expect(oneDayOfOnePerson(arrested, released)).toBe(false);
  });
  it("a game's result and a player's line in it date one game; his arrest that day is no part of it", () => {
    const beat = told("Ray Kimble hit four threes as the Owls beat the Hawks 71-60 on Friday.", "Friday", "beat", [["agent", "the Owls"], ["patient", "the Hawks"]], ["ray kimble", "owls", "hawks"], "2031-09-19", "2031-09-20");
    const line = told("Ray Kimble scored 23 points Friday for the Owls.", "Friday", "score", [["agent", "Ray Kimble"]], ["ray kimble", "owls"], "2031-09-19", "2031-09-20");
    const arrest = told("Police arrested Ray Kimble on Friday after the game.", "Friday", "arrest", [["agent", "Police"], ["patient", "Ray Kimble"]], ["ray kimble"], "2031-09-19", "2031-09-20");
    expect(oneDayOfOnePerson(beat, line)).toBe(true);
    expect(oneDayOfOnePerson(line, arrest)).toBe(false);
    expect(oneDayOfOnePerson(beat, arrest)).toBe(false);
  });
  it("two claims of one report are not two reports", () => {
    const again = { ...told("Kimble's agent, Ray Kimble Sr., said he was waived on Tuesday.", "Tuesday", "waive", [["patient", "Ray Kimble"]], ["ray kimble"]), document: waived.document };
    expect(oneDayOfOnePerson(waived, again)).toBe(false);
  });
});

describe("groups: agreements that no group already holds", () => {
  const letGo = told("Ray Kimble, let go by the Owls on Tuesday, hopes to land in Tulsa.", "Tuesday", "let", [["patient", "Ray Kimble"]], ["ray kimble", "owls", "tulsa"], TUESDAY, TUESDAY, "passive");
  const ortiz = told("The Owls signed Luis Ortiz on Tuesday.", "Tuesday", "sign", [["agent", "The Owls"], ["patient", "Luis Ortiz"]], ["owls", "luis ortiz"]);
  const ortiz2 = told("Luis Ortiz signed with the Owls on Tuesday.", "Tuesday", "sign", [["agent", "Luis Ortiz"]], ["luis ortiz", "owls"]);
  it("one group per person's happening, each over two reports", () => {
    const groups = dayHappeningGroups([waived, letGo, ortiz, ortiz2], []);
    const ids = groups.map((g) => g.claims.map((c) => c.id).sort()).sort();
    expect(ids).toEqual([[waived.id, letGo.id].sort(), [ortiz.id, ortiz2.id].sort()].sort());
  });
  it("a report that tells two men's moves of the day ties neither to the other's", () => {
    const both = { ...told("The Owls let Luis Ortiz go on Tuesday.", "Tuesday", "let", [["agent", "The Owls"]], ["owls", "luis ortiz"]), document: waived.document };
    const groups = dayHappeningGroups([waived, both, letGo, ortiz], []);
    const ids = groups.map((g) => g.claims.map((c) => c.id).sort()).sort();
    expect(ids).toEqual([[waived.id, letGo.id].sort(), [both.id, ortiz.id].sort()].sort());
  });
  it("a claim whose frame does not give the man joins through a member whose frame does", () => {
    const woes = told("The roster woes went on Tuesday for the Hanley Owls, who cut veteran guard Ray Kimble.", "Tuesday", "go", [["agent", "The roster woes"]], ["hanley owls", "ray kimble"]);
    const gm = told("It was Tuesday, general manager Ida Vos said, when Ray Kimble learned the news.", "Tuesday", "be", [], ["ida vos", "ray kimble"]);
    const groups = dayHappeningGroups([woes, gm, waived], []);
    expect(groups.map((g) => g.claims.map((c) => c.id).sort())).toEqual([[woes.id, gm.id, waived.id].sort()]);
    expect(oneDayOfOnePerson(woes, gm)).toBe(false);
  });
  it("none where a group already holds the pair", () => {
    const held = { key: "k", rule: "r", topic: "t", cardinality: "single" as const, claims: [waived, letGo], story: "s-1" };
    const groups = dayHappeningGroups([waived, letGo], [held]);
    expect(groups).toEqual([]);
  });
});
