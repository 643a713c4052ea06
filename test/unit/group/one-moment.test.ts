/**
 * One moment told in two reports (group/moments.ts): the same day at the same minute, written to a
 * minute that is not a round one, is one happening of a topic whoever else the sentences name; a
 * round hour, another minute or another day is no such evidence. Sentences, names and times
 * written for this test; the expected answers were decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { byOddMinuteFirst, sameOddMoment } from "../../../src/group/moments.js";
import { mayMeet } from "../../../src/group/occurrence-topics.js";
import { sameFigureGroups } from "../../../src/group/same-figure.js";
import type { Claim } from "../../../src/types.js";
import { date, toldIn } from "../../helpers/claims.js";

const DAY = "2030-05-17";

function seen(sentence: string, text: string, day = DAY, reportedAt = "2031-02-03", others: [Parameters<typeof toldIn>[3]["participants"]] = [[]]): Claim {
  return { ...toldIn(date(day), sentence, text, { lemma: "see", voice: "passive", reportedAt, participants: others[0] ?? [] }), rule: "frame:see/date" };
}

// a security camera's footage told by two outlets, weeks apart (a trial and its retrial), naming different people
const tape = seen("At 4:52 p.m., Lia Moss and two other shoppers are seen leaving the Keld arcade.", "4:52 p.m.", DAY, "2031-02-03", [[["patient", "Lia Moss"]]]);

describe("must be one moment", () => {
  it.each<[string, Claim]>([
    ["the same minute written 'around' in another outlet, naming other people", seen("Around 4:52 p. m., the women are seen on the Dunmore Road camera.", "4:52 p. m.", DAY, "2031-03-20", [[["patient", "Dunmore Road women"]]])],
    ["the same minute on a 24-hour clock", seen("The two are seen on the tape at 16:52.", "16:52", DAY, "2031-03-20")],
  ])("%s", (_name, other) => {
    expect(sameOddMoment(tape, other)).toBe(true);
    expect(mayMeet(tape, other)).toBe(true);
    expect(mayMeet(other, tape)).toBe(true);
  });
});

describe("must not be one moment", () => {
  it.each<[string, Claim]>([
    ["a minute later", seen("At 4:53 p.m. a van is seen turning into the lane.", "4:53 p.m.", DAY, "2031-03-20", [[["patient", "Keld van"]]])],
    ["the same minute of another day", seen("At 4:52 p.m. the arcade is seen empty.", "4:52 p.m.", "2030-05-18", "2031-03-20", [[["patient", "Keld arcade"]]])],
    ["a day with no clock", seen("The shoppers were seen on Friday by a guard.", "Friday", DAY, "2031-03-20", [[["patient", "Rob Fenn"]]])],
  ])("%s", (_name, other) => {
    expect(sameOddMoment(tape, other)).toBe(false);
    expect(mayMeet(tape, other)).toBe(false);
  });

  it("a round hour told twice is no evidence by itself", () => {
    const a = seen("At 5 p.m. the guard is seen locking the gate.", "5 p.m.", DAY, "2031-02-03", [[["patient", "Rob Fenn"]]]);
    const b = seen("At 5 p.m. a cyclist is seen at the corner.", "5 p.m.", DAY, "2031-03-20", [[["patient", "Ana Diaz"]]]);
    expect(sameOddMoment(a, b)).toBe(false);
    expect(mayMeet(a, b)).toBe(false);
  });

  it("a quarter past is round too", () => {
    const a = seen("At 6:15 p.m. the guard is seen at the till.", "6:15 p.m.", DAY, "2031-02-03", [[["patient", "Rob Fenn"]]]);
    const b = seen("At 6:15 p.m. a courier is seen at the door.", "6:15 p.m.", DAY, "2031-03-20", [[["patient", "Ana Diaz"]]]);
    expect(sameOddMoment(a, b)).toBe(false);
  });
});

describe("one moment told with other verbs, in two topics of one story (same-figure.ts toldAsOne): verbs of two kinds (arrive, rescue)", () => {
  const at = (verb: string, sentence: string, text: string, doc: string, day = DAY, people: [Parameters<typeof toldIn>[3]["participants"]] = [[]]): Claim => ({
    ...toldIn(date(day), sentence, text, { lemma: verb, voice: "active", reportedAt: "2030-05-17", participants: people[0] ?? [] }),
    rule: `frame:${verb}/date`,
    document: doc,
  });
  const grouped = (a: Claim, b: Claim): boolean => {
    const topics = new Map([a, b].map((c) => [c, c.rule]));
    return sameFigureGroups([a, b], topics, [], []).some((g) => g.claims.length === 2);
  };
  const logged = at("arrive", "The first engine arrived at the depot at 4:17 a.m.", "4:17 a.m.", "a.txt");

  it("must join: the same day at the same odd minute, another verb", () => {
    expect(grouped(logged, at("rescue", "A night porter was rescued from the roof at 4:17 a. m.", "4:17 a. m.", "b.txt"))).toBe(true);
    expect(grouped(logged, at("escape", "The porter escaped through the loft window at 04:17.", "04:17", "b.txt"))).toBe(true);
  });

  it.each<[string, Claim]>([
    ["a round minute", at("rescue", "A night porter was rescued from the roof at 4:15 a.m.", "4:15 a.m.", "b.txt")],
    ["a minute later", at("rescue", "A night porter was rescued from the roof at 4:18 a.m.", "4:18 a.m.", "b.txt")],
    ["another day", at("rescue", "A night porter was rescued from the roof at 4:17 a.m.", "4:17 a.m.", "b.txt", "2030-05-18")],
    ["the same report", at("rescue", "A night porter was rescued from the roof at 4:17 a.m.", "4:17 a.m.", "a.txt")],
  ])("must not join: %s", (_name, other) => {
    expect(grouped(logged, other)).toBe(false);
  });

  it("must not join two round minutes told with two verbs", () => {
    const a = at("arrive", "The first engine arrived at the depot at 4:15 a.m.", "4:15 a.m.", "a.txt");
    expect(grouped(a, at("rescue", "A night porter was rescued from the roof at 4:15 a.m.", "4:15 a.m.", "b.txt"))).toBe(false);
  });
});

describe("two reports of one odd minute are gathered before a rounder moment of that day (moments.ts byOddMinuteFirst)", () => {
  const told = (verb: string, sentence: string, text: string, doc: string, people: Parameters<typeof toldIn>[3]["participants"]): Claim => ({
    ...toldIn(date(DAY), sentence, text, { lemma: verb, voice: "active", reportedAt: DAY, participants: people }),
    rule: `frame:${verb}/date`,
    document: doc,
  });
  // a round hour at one place, the odd minute twice: once with no place, once at another place
  const round = told("report", "Neighbours reported smoke at the Keld Mill at 4 a.m.", "4 a.m.", "a.txt", [["place", "Keld Mill"]]);
  const plain = told("report", "A passer-by reported the blaze at 4:17 a.m.", "4:17 a.m.", "b.txt", []);
  const placed = told("come", "The first alarm came at 4:17 a.m. at the Harlow Depot.", "4:17 a.m.", "c.txt", [["place", "Harlow Depot"]]);
  const groups = (): Claim[][] => {
    const claims = [round, plain, placed];
    return sameFigureGroups(claims, new Map(claims.map((c) => [c, c.rule])), [], []).map((g) => g.claims.map((c) => claims.find((x) => x.id === c.id)!));
  };

  it("must join the two reports of 4:17 a.m.", () => {
    expect(groups().some((g) => g.includes(plain) && g.includes(placed))).toBe(true);
  });

  it("must not put the round hour at another place with the odd minute told at the Harlow Depot", () => {
    expect(groups().some((g) => g.includes(round) && g.includes(placed))).toBe(false);
  });

  it.each<[string, Claim, Claim, number]>([
    ["an odd minute before a round one", plain, round, -1],
    ["a round one after an odd minute", round, plain, 1],
    ["one odd minute twice", plain, placed, 0],
    ["two round moments", round, told("report", "Smoke was reported at 4:30 a.m.", "4:30 a.m.", "d.txt", []), 0],
  ])("order: %s", (_name, a, b, sign) => {
    expect(Math.sign(byOddMinuteFirst(a, b))).toBe(sign);
  });
});
