/**
 * The time of day of one happening told by several reports (group/clock-happenings.ts), each clock
 * read as the stretch its qualifier tells (group/clock-spans.ts) and compared by clock time
 * (judge/claim-facts.ts). Sentences, names, places and times were written for this test; the
 * expected answers were decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { clockHappeningGroups, mayTimeOneHappening, oneHappeningShown } from "../../../src/group/clock-happenings.js";
import { clockBound, clockSpan, minuteClocksApart } from "../../../src/group/clock-spans.js";
import { sameFigureGroups } from "../../../src/group/same-figure.js";
import { judgeGroup } from "../../../src/judge/judge.js";
import type { Claim, Participant } from "../../../src/types.js";
import { date, toldIn } from "../../helpers/claims.js";

let n = 0;
function at(verb: string, sentence: string, text: string, day = "2033-05-06", participants: [Participant["role"], string][] = [], doc?: string): Claim {
  n += 1;
  const c = toldIn(date(day), sentence, text, { lemma: verb, voice: "active", reportedAt: "2033-05-07", participants });
  return { ...c, document: doc ?? `report${n}.txt`, rule: `frame:${verb}/date` };
}

describe("the stretch a clock time covers (clockSpan, clockBound)", () => {
  it.each<[string, string, { lo: number; hi: number }]>([
    ["Gunfire was heard at about 4 p.m. near the quay.", "4 p.m.", { lo: 945, hi: 975 }],
    ["The blaze broke out around 4 p.m.", "4 p.m.", { lo: 945, hi: 975 }],
    ["A jogger found the car shortly after 4 p.m. on the towpath.", "4 p.m.", { lo: 960, hi: 975 }],
    ["The alarm went off just before 9 a.m.", "9 a.m.", { lo: 525, hi: 540 }],
    ["The ferry docked at 4:20 p.m.", "4:20 p.m.", { lo: 980, hi: 980 }],
    ["The ferry docked at roughly 4:20 p. m. on the north side.", "4:20 p. m.", { lo: 965, hi: 995 }],
  ])("%s → %o", (sentence, text, span) => {
    expect(clockSpan(at("dock", sentence, text))).toEqual(span);
  });

  it.each<[string, string, boolean]>([
    ["Crews had the fire out by 9 a.m.", "9 a.m.", true],
    ["The road stayed shut until 5 p.m.", "5 p.m.", true],
    ["Sirens were heard after 4 p.m.", "4 p.m.", true],
    ["A jogger found the car shortly after 4 p.m.", "4 p.m.", false],
    ["Gunfire was heard at about 4 p.m.", "4 p.m.", false],
  ])("%s — a bound: %s", (sentence, text, bound) => {
    expect(clockBound(at("find", sentence, text))).toBe(bound);
  });
});

const shooting = at("occur", "The shooting occurred about 4:10 p.m. on Dunmore Road in Keld.", "4:10 p.m.", "2033-05-06", [["event", "shooting"], ["place", "Keld"]], "times.txt");

describe("evidence of one happening (oneHappeningShown, mayTimeOneHappening)", () => {
  it.each<[string, Claim]>([
    ["the event both frames name", at("report", "The shooting was reported shortly after 4 p.m.", "4 p.m.", "2033-05-06", [["event", "shooting"]])],
    ["the place both frames give", at("hear", "Gunfire was heard at about 4 p.m. in Keld.", "4 p.m.", "2033-05-06", [["place", "Keld"]])],
  ])("must show one happening: %s", (_name, other) => {
    expect(oneHappeningShown(shooting, other)).toBe(true);
    expect(mayTimeOneHappening(shooting, other)).toBe(true);
  });

  it.each<[string, Claim]>([
    ["nothing in common", at("meet", "The council met at about 4 p.m.", "4 p.m.", "2033-05-06", [["agent", "council"]])],
    ["the same report", at("report", "The shooting was reported shortly after 4 p.m.", "4 p.m.", "2033-05-06", [["event", "shooting"]], "times.txt")],
  ])("must not show one happening: %s", (_name, other) => {
    expect(oneHappeningShown(shooting, other)).toBe(false);
  });

  it.each<[string, Claim]>([
    ["another day", at("report", "The shooting was reported shortly after 4 p.m.", "4 p.m.", "2033-05-05", [["event", "shooting"]])],
    ["half an hour or more apart", at("report", "The shooting was reported at 4:45 p.m.", "4:45 p.m.", "2033-05-06", [["event", "shooting"]])],
  ])("may not be one happening's: %s", (_name, other) => {
    expect(mayTimeOneHappening(shooting, other)).toBe(false);
  });
});

describe("groups of one happening's time of day (clockHappeningGroups)", () => {
  const verdicts = (a: Claim, b: Claim): string[] => {
    const made = clockHappeningGroups([a, b], []);
    expect(made).toHaveLength(1);
    expect(made[0]!.moments).toBe(true);
    return judgeGroup(made[0]!).map((f) => f.verdict);
  };

  it("about 4 p.m. and shortly after 4 p.m. of one shooting agree: the one holds the other", () => {
    const a = at("occur", "The shooting occurred about 4 p.m. in Keld.", "4 p.m.", "2033-05-06", [["event", "shooting"], ["place", "Keld"]]);
    const b = at("report", "The shooting was reported shortly after 4 p.m.", "4 p.m.", "2033-05-06", [["event", "shooting"]]);
    expect(verdicts(a, b)).toEqual(["agree"]);
  });

  it("about 4:10 p.m. and about 4:30 p.m. of one shooting diverge, never contradict", () => {
    const b = at("hear", "Gunfire was heard at about 4:30 p.m. in Keld.", "4:30 p.m.", "2033-05-06", [["place", "Keld"]]);
    expect(verdicts(shooting, b)).toEqual(["diverge"]);
  });

  it("4:10 p.m. and 4:25 p.m., told to the minute, diverge, never contradict", () => {
    const a = at("occur", "The shooting occurred at 4:10 p.m. in Keld.", "4:10 p.m.", "2033-05-06", [["event", "shooting"], ["place", "Keld"]]);
    const b = at("hear", "Gunfire was heard at 4:25 p.m. in Keld.", "4:25 p.m.", "2033-05-06", [["place", "Keld"]]);
    expect(verdicts(a, b)).toEqual(["diverge"]);
  });

  it.each<[string, Claim]>([
    ["a meeting at about 4 p.m. that day", at("meet", "The council met at about 4 p.m.", "4 p.m.", "2033-05-06", [["agent", "council"]])],
    ["the shooting reported after 4 p.m. (a bound, not its moment)", at("report", "The shooting was reported after 4 p.m.", "4 p.m.", "2033-05-06", [["event", "shooting"]])],
    ["the shooting reported at 11 p.m. (another moment of that day)", at("report", "The shooting was reported at 11 p.m.", "11 p.m.", "2033-05-06", [["event", "shooting"]])],
    ["a weekday whose clock stands before it (the claim quotes the day, not the clock)", at("report", "The shooting was reported at about 4:10 p.m. on Tuesday.", "Tuesday", "2033-05-06", [["event", "shooting"]])],
  ])("must not group: %s", (_name, other) => {
    expect(clockHappeningGroups([shooting, other], [])).toEqual([]);
  });

  it("forms the same groups whatever the order of the claims", () => {
    const b = at("hear", "Gunfire was heard at about 4:30 p.m. in Keld.", "4:30 p.m.", "2033-05-06", [["place", "Keld"]]);
    const c = at("report", "The shooting was reported shortly after 4 p.m.", "4 p.m.", "2033-05-06", [["event", "shooting"]]);
    const ids = (cs: Claim[]) => clockHappeningGroups(cs, []).map((g) => g.claims.map((x) => x.id).sort());
    expect(ids([shooting, b, c])).toEqual(ids([c, b, shooting]));
  });
});

describe("two clocks each told to its own minute a quarter of an hour apart (minuteClocksApart)", () => {
  it.each<[string, Claim, Claim]>([
    ["16:00 and 16:15", at("address", "The mayor addressed the town from the quay at 16:00 UTC.", "16:00 UTC"), at("brief", "At a press briefing at 16:15 UTC, the harbour master spoke.", "16:15 UTC")],
    ["9 a.m. and 9:40 a.m.", at("open", "The bridge opened at 9 a.m.", "9 a.m."), at("cross", "The first bus crossed at 9:40 a.m.", "9:40 a.m.")],
  ])("two moments: %s", (_name, a, b) => {
    expect(minuteClocksApart(a, b)).toBe(true);
  });
  it.each<[string, Claim, Claim]>([
    ["one minute in two notations", at("sail", "The ferry sailed at 06:00 BST.", "06:00 BST"), at("sail", "The ferry left Keld at 6am.", "6am")],
    ["ten minutes: a moment rounded", at("occur", "The crash happened at 3:10 p.m.", "3:10 p.m."), at("report", "The crash was reported at 3 p.m.", "3 p.m.")],
    ["an approximate clock that reaches the other", at("occur", "The crash happened about 3 p.m.", "3 p.m."), at("report", "The crash was reported at 3:20 p.m.", "3:20 p.m.")],
    ["a day with no clock", at("occur", "The crash happened at 3:10 p.m.", "3:10 p.m."), at("report", "The crash was reported on Friday.", "Friday")],
  ])("not two moments by this: %s", (_name, a, b) => {
    expect(minuteClocksApart(a, b)).toBe(false);
  });
  it("a speech at 16:00 and a press briefing at 16:15 that day are not brought together as one figure; at 16:05 they are", () => {
    const speech = { ...at("address", "The mayor addressed the town from the quay at 16:00 UTC today, after the harbour closed.", "16:00 UTC today", "2033-05-06", [["event", "closure"]]), story: "s1" };
    const brief = (clock: string) => ({ ...at("address", `At a press briefing at ${clock}, the harbour master addressed the closure.`, clock, "2033-05-06", [["event", "closure"]]), story: "s1" });
    const grouped = (b: Claim): number => sameFigureGroups([speech, b], new Map([[speech, "t"], [b, "t"]]), [], []).length;
    expect(grouped(brief("16:05 UTC"))).toBe(1);
    expect(grouped(brief("16:15 UTC"))).toBe(0);
  });
});
