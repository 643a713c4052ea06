/**
 * Figures told as of their reports' own days, and changes
 * of a level told in reports more than a week apart, are of two times, not one occurrence told
 * twice; reports a day apart, and a later report that gives the change its date, still meet.
 * Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { CHANGE_DAYS, changeOfItsReport, changesFarApart, changesOverTwoSpans, runningApart, runningAtClock, toldOfItsDay, toldOnTwoDays } from "../../../src/group/report-days.js";
import { groupClaims } from "../../../src/group/group.js";
import { mayMeet } from "../../../src/group/occurrence-topics.js";
import { judgeGroup } from "../../../src/judge/judge.js";
import type { Claim, Value } from "../../../src/types.js";
import { claim, date, framedAt, qty } from "../../helpers/claims.js";

interface Told {
  rule: string;
  lemma: string | null;
  counted: string;
  reportedAt: string;
  frame?: Value;
  attribution?: string;
  /** Who the frame reads as the agent ("the Korlan index"). */
  agent?: string;
}

let docs = 0;

function figure(n: number, unit: string, sentence: string, text: string, t: Told): Claim {
  docs += 1;
  return claim(qty(n, n, { nominal: n, unit }), {
    rule: t.rule,
    document: `report-${t.reportedAt}-${docs}.txt`,
    ...framedAt(sentence, text),
    ...(t.frame ? { frame: t.frame as Claim["frame"], frameImplied: false } : {}),
    claimFrame: {
      counted: t.counted,
      predicate: t.lemma === null ? null : { lemma: t.lemma, voice: "active" },
      participants: t.agent ? [{ role: "agent", text: t.agent, key: t.agent.toLowerCase().replace(/^the /, "") }] : [],
      time: { tally: false, reportedAt: t.reportedAt },
      attribution: t.attribution ?? null,
      modality: [],
    } as unknown as Claim["claimFrame"],
  });
}

const KORLAN = "the Korlan index";

const points = (n: number, sentence: string, text: string, reportedAt: string, lemma = "fall", frame?: Value): Claim =>
  figure(n, "point", sentence, text, { rule: `frame:${lemma}/point`, lemma, counted: "point", reportedAt, agent: KORLAN, ...(frame ? { frame } : {}) });

const level = (n: number, sentence: string, text: string, reportedAt: string): Claim =>
  figure(n, "point", sentence, text, { rule: "frame:have/point", lemma: "have", counted: "point", reportedAt, agent: KORLAN });

describe("toldOfItsDay: a figure its sentence tells as of the day of writing", () => {
  it.each([
    ["The Korlan index currently stands at 912 points.", "912"],
    ["The Korlan index fell 40 points today.", "40"],
    ["This morning the Korlan index stood 12 points lower.", "12"],
  ])("must: %s", (sentence, text) => {
    expect(toldOfItsDay(level(Number(text), sentence, text, "2031-05-03"))).toBe(true);
  });

  it("must not: a figure attributed to a source, whose 'today' may date the saying", () => {
    const said = figure(3, "person", "Police today said three people were hurt.", "three", { rule: "frame:injure/person", lemma: "hurt", counted: "person", reportedAt: "2031-05-03", attribution: "Police" });
    expect(toldOfItsDay(said)).toBe(false);
  });

  it("must not: no word of the day of writing, today's doings as a whole, a period of its own", () => {
    expect(toldOfItsDay(level(912, "The Korlan index has a value of 912 points.", "912", "2031-05-03"))).toBe(false);
    expect(toldOfItsDay(level(40, "Today's trading left the Korlan index 40 points lower.", "40", "2031-05-03"))).toBe(false);
    const stated = points(40, "Today the index is where it was in 2019, when it fell 40 points.", "40", "2031-05-03", "fall", date("2019-01-01", "2019-12-31", "year"));
    expect(toldOfItsDay(stated)).toBe(false);
  });
});

describe("toldOnTwoDays: one thing's state or a day's happening told as of two reports' days", () => {
  const may3 = level(912, "The Korlan index currently stands at 912 points.", "912", "2031-05-03");
  it("must: currently 912 points (3 May) and currently 950 points (6 May)", () => {
    const may6 = level(950, "The Korlan index currently stands at 950 points.", "950", "2031-05-06");
    expect(toldOnTwoDays(may3, may6)).toBe(true);
    expect(mayMeet(may3, may6)).toBe(false);
  });
  it("must not: two reports of one day", () => {
    const also = level(915, "The Korlan index currently stands at 915 points.", "915", "2031-05-03");
    expect(toldOnTwoDays(may3, also)).toBe(false);
  });
  it("must not: a report of the next day that does not say it is of its own day (it may retell the day before)", () => {
    const today = points(40, "The Korlan index fell 40 points today.", "40", "2031-05-03");
    const next = points(42, "The Korlan index fell 42 points on Thursday.", "42", "2031-05-04");
    expect(toldOnTwoDays(today, next)).toBe(false);
  });
});

describe("changesFarApart: changes of a level in reports more than a week apart", () => {
  it("the window is a week", () => {
    expect(CHANGE_DAYS).toBe(7);
  });
  it.each([
    ["fell 3%", figure(3, "percent", "The Korlan index fell 3%.", "3%", { rule: "frame:percent/fall", lemma: "fall", counted: "percent", reportedAt: "2031-05-03" })],
    ["suffered a 6% fall", figure(6, "percent", "Tessaly's market suffered a 6% fall.", "6%", { rule: "frame:percent/fall", lemma: "see", counted: "percent", reportedAt: "2031-05-03" })],
    ["lost 1.2%", figure(1.2, "percent", "The Dunmore 40 lost 1.2%.", "1.2%", { rule: "frame:percent/lose", lemma: "lose", counted: "percent", reportedAt: "2031-05-03" })],
    ["rose 55 points", points(55, "The Korlan index rose 55 points.", "55", "2031-05-03", "rise")],
  ])("a change: %s", (_name, c) => {
    expect(changeOfItsReport(c)).toBe(true);
  });
  it.each([
    ["lost three games", figure(3, "game", "The Hawks lost three games.", "three", { rule: "frame:lose/game", lemma: "lose", counted: "game", reportedAt: "2031-05-03" })],
    ["dropped five years in a row (how long, not how much)", figure(5, "year", "Crime in Keld has dropped five years in a row.", "five years", { rule: "frame:duration/drop", lemma: "drop", counted: "duration", reportedAt: "2031-05-03" })],
    ["killed 12", figure(12, "person", "The blast killed 12 people.", "12", { rule: "frame:kill/person", lemma: "kill", counted: "person", reportedAt: "2031-05-03" })],
    ["fell 40 points in 2019", points(40, "The index fell 40 points in 2019.", "40", "2031-05-03", "fall", date("2019-01-01", "2019-12-31", "year"))],
  ])("not a change of its report: %s", (_name, c) => {
    expect(changeOfItsReport(c)).toBe(false);
  });

  const korea = figure(6, "percent", "Tessaly's market suffered a 6% fall.", "6%", { rule: "frame:percent/fall", lemma: "see", counted: "percent", reportedAt: "2031-10-10" });
  it("must: a 6% fall of one index (10 October) and bank shares down by six percent (5 March), which tells no kind of its own", () => {
    const banks = figure(6, "percent", "Orlan bank shares were down by six percent.", "six percent", { rule: "frame:percent/-", lemma: null, counted: "percent", reportedAt: "2032-03-05" });
    expect(changesFarApart(korea, banks)).toBe(true);
    expect(mayMeet(korea, banks)).toBe(false);
  });
  it("must: one index's fall of 40 points (3 May) and of 55 points (14 May), whatever name both give", () => {
    const a = points(40, "The Korlan index fell 40 points.", "40", "2031-05-03");
    const b = points(55, "The Korlan index fell 55 points.", "55", "2031-05-14");
    expect(changesFarApart(a, b)).toBe(true);
    expect(mayMeet(a, b)).toBe(false);
  });
  it.each([
    ["a day apart", points(42, "The Korlan index fell 42 points in one day.", "42", "2031-05-04")],
    ["a week apart", points(42, "The Korlan index fell 42 points.", "42", "2031-05-10")],
    ["the later report gives the change its day", points(40, "On 3 May 2031 the Korlan index fell 40 points.", "40", "2031-06-20", "fall", date("2031-05-03"))],
  ])("must not: %s", (_name, other) => {
    const a = points(40, "The Korlan index fell 40 points.", "40", "2031-05-03");
    expect(changesFarApart(a, other)).toBe(false);
  });
  it("must not: a toll told again months later (no change of a level)", () => {
    const a = figure(12, "person", "The collapse of the Varn bridge killed 12 people.", "12", { rule: "frame:kill/person", lemma: "kill", counted: "person", reportedAt: "2031-03-03" });
    const b = figure(12, "person", "The Varn bridge collapse, which killed 12 people, came before the trial.", "12", { rule: "frame:kill/person", lemma: "kill", counted: "person", reportedAt: "2031-10-09" });
    expect(changesFarApart(a, b)).toBe(false);
    expect(mayMeet(a, b)).toBe(true);
  });
});

describe("runningApart: a change as it stood at a clock time, and a change told on another day", () => {
  it.each([
    ["a clock before the figure", points(210, "As of 14:20 UTC, the Korlan index had fallen 210 points to 7810.", "210", "2031-05-06")],
    ["a clock in the other clause of the sentence", points(96, "The Korlan index has fallen by 96 points, while the Brask index was 2% lower as of 16:05 UTC.", "96", "2031-05-06")],
    ["a clock told with am or pm", points(35, "The Korlan index was 35 points lower as of 11 am, after a slow start.", "35", "2031-05-06")],
  ])("running: %s", (_name, c) => {
    expect(runningAtClock(c)).toBe(true);
  });
  it.each([
    ["no clock", points(90, "The Korlan index fell 90 points.", "90", "2031-05-06")],
    ["no change of a level", figure(12, "person", "As of 14:20 UTC, rescuers had freed 12 people.", "12", { rule: "frame:free/person", lemma: "free", counted: "person", reportedAt: "2031-05-06" })],
    ["a period of its own", points(300, "As of 14:20 UTC the Korlan index had lost 300 points in 2030.", "300", "2031-05-06", "lose", date("2030-01-01", "2030-12-31", "year"))],
    ["a clock at which something else happened", points(90, "The Korlan index fell 90 points after the bank spoke at 14:20 UTC.", "90", "2031-05-06")],
  ])("not running: %s", (_name, c) => {
    expect(runningAtClock(c)).toBe(false);
  });
  const running = points(210, "As of 14:20 UTC, the Korlan index had fallen 210 points to 7810.", "210", "2031-05-06");
  it("must: a running fall (6 May) and a fall told two days later with no day", () => {
    const later = points(90, "The Korlan index fell 90 points to a four-year low.", "90", "2031-05-08");
    expect(runningApart(running, later)).toBe(true);
    expect(runningApart(later, running)).toBe(true);
    expect(mayMeet(running, later)).toBe(false);
  });
  it("must: a running fall and a fall told 'today' the next day", () => {
    const next = points(55, "The Korlan index also fell today, down 55 points.", "55", "2031-05-07");
    expect(mayMeet(running, next)).toBe(false);
  });
  it.each([
    ["another report of the same afternoon", points(215, "The Korlan index was down 215 points as of 14:30 UTC.", "215", "2031-05-06")],
    ["two plain falls two days apart (no clock)", points(95, "The Korlan index fell 95 points.", "95", "2031-05-08")],
    ["a toll told the next day", figure(12, "person", "Rescuers freed 12 people.", "12", { rule: "frame:free/person", lemma: "free", counted: "person", reportedAt: "2031-05-07" })],
  ])("must not: %s", (name, other) => {
    const a = name.startsWith("two plain") ? points(90, "The Korlan index fell 90 points.", "90", "2031-05-06") : running;
    expect(runningApart(a, other)).toBe(false);
  });
});

describe("grouping: what a fact-checker is shown", () => {
  const verdicts = (claims: Claim[]): string[] => groupClaims(claims, []).flatMap(judgeGroup).map((f) => f.verdict);
  it("a fall as of a clock time and a fall told three days later are not set against each other", () => {
    const a = points(320, "As of 14:40 UTC, the Korlan index had dropped 320 points.", "320", "2031-05-05");
    const b = points(140, "The Korlan index dropped 140 points.", "140", "2031-05-08");
    expect(verdicts([a, b])).toEqual([]);
  });
  it("two reports of one afternoon that give a fall as of a clock time still are", () => {
    const a = points(320, "As of 14:40 UTC, the Korlan index had dropped 320 points.", "320", "2031-05-05");
    const b = points(340, "The Korlan index had dropped 340 points as of 15:10 UTC.", "340", "2031-05-05");
    expect(verdicts([a, b])).toHaveLength(1);
  });
  it("two reports a day apart of one index's fall are set against each other", () => {
    const a = points(412, "The Korlan index fell 412 points.", "412", "2031-05-03");
    const b = points(413, "The Korlan index fell 413 points in one day.", "413", "2031-05-04");
    expect(verdicts([a, b])).toEqual(["diverge"]);
  });
  it("two reports a month apart of one index's falls on their own days are not", () => {
    const a = points(412, "The Korlan index fell 412 points.", "412", "2031-05-03");
    const b = points(251, "The Korlan index fell 251 points.", "251", "2031-06-05");
    expect(verdicts([a, b])).toEqual([]);
  });
  it("nor two reports eleven days apart", () => {
    const a = points(412, "The Korlan index fell 412 points.", "412", "2031-05-03");
    const b = points(251, "The Korlan index fell 251 points.", "251", "2031-05-14");
    expect(verdicts([a, b])).toEqual([]);
  });
  it("a day's fall and a fall since January, told a week apart, are not set against each other", () => {
    const day = figure(4, "percent", "The Korlan index lost 4%.", "4%", { rule: "frame:percent/lose", lemma: "lose", counted: "percent", reportedAt: "2031-03-05", agent: KORLAN });
    const year = figure(11, "percent", "The Korlan index has lost nearly 11 percent since January 2031.", "nearly 11 percent", { rule: "frame:percent/lose", lemma: "lose", counted: "percent", reportedAt: "2031-02-26", agent: KORLAN, frame: date("2031-01-01", "2031-02-26") });
    expect(changesOverTwoSpans(day, year)).toBe(true);
    expect(verdicts([day, year])).toEqual([]);
  });
  it("one index's level told 'currently' on two days is not set against itself", () => {
    const a = level(8120, "The Korlan index currently stands at 8120 points.", "8120", "2031-05-03");
    const b = level(8410, "The Korlan index currently stands at 8410 points.", "8410", "2031-05-06");
    expect(verdicts([a, b])).toEqual([]);
  });
  it("a later report that retells the fall by its date agrees with the report of that day", () => {
    const a = points(412, "The Korlan index fell 412 points.", "412", "2031-05-03");
    const b = points(412, "On 3 May 2031 the Korlan index fell 412 points.", "412", "2031-06-20", "fall", date("2031-05-03"));
    expect(verdicts([a, b])).toEqual(["agree"]);
  });
  it("a later report that retells a toll by the event's name agrees", () => {
    const a = figure(12, "person", "The collapse of the Varn bridge killed 12 people.", "12", { rule: "frame:kill/person", lemma: "kill", counted: "person", reportedAt: "2031-03-03" });
    const b = figure(12, "person", "The Varn bridge collapse killed 12 people, the court heard.", "12", { rule: "frame:kill/person", lemma: "kill", counted: "person", reportedAt: "2031-10-09" });
    expect(verdicts([a, b])).toEqual(["agree"]);
  });
});
