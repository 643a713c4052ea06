/**
 * One past happening counted back from each report's own day (group/counted-back.ts): two reports
 * of one week that retell it with their own verbs and estimates ("returned 12 weeks ago", "moved
 * back around six weeks ago"), or tell it alike ("tore a muscle in training last week"). Sentences,
 * names and days written for this test; the expected answers were decided by reading them.
 * 10 June 2031 is a Tuesday; the week before it runs from Monday 2 June to Sunday 8 June.
 */
import { describe, expect, it } from "vitest";
import { countedBackFrom, countedBackGroups, oneHappeningCountedBack } from "../../../src/group/counted-back.js";
import { judgeGroup } from "../../../src/judge/judge.js";
import type { Claim, Participant } from "../../../src/types.js";
import { date, toldIn } from "../../helpers/claims.js";

function told(
  verb: string,
  sentence: string,
  text: string,
  doc: string,
  [start, end]: [string, string],
  reportedAt: string,
  participants: [Participant["role"], string][] = [],
): Claim {
  const value = date(start, end, start === end ? "day" : "part");
  return { ...toldIn(value, sentence, text, { lemma: verb, voice: "active", reportedAt, participants }), document: doc, rule: `frame:${verb}/date` };
}

const returned = told("return", "Nell Ashby returned to her home town 12 weeks ago after years living in Dunmore.", "12 weeks ago", "first.txt", ["2031-03-17", "2031-03-23"], "2031-06-10");
const movedBack = told("move", "The pair had moved back to Keld around six weeks ago, after living in the south.", "around six weeks ago", "second.txt", ["2031-04-28", "2031-05-04"], "2031-06-12");

const tore = told("tear", "Coach Ida Marsh said Reyes tore a muscle in training last week.", "last week", "first.txt", ["2031-06-02", "2031-06-08"], "2031-06-10");
const toreAgain = told("tear", "Last week during training he tore the muscle, Marsh said.", "Last week", "second.txt", ["2031-06-02", "2031-06-08"], "2031-06-11");

describe("a time counted back from its report's day (countedBackFrom)", () => {
  it.each<[string, string, [string, string], boolean]>([
    ["The family returned 12 weeks ago.", "12 weeks ago", ["2031-03-17", "2031-03-23"], true],
    ["He was married about two weeks ago.", "about two weeks ago", ["2031-05-19", "2031-05-25"], true],
    ["She left last week.", "last week", ["2031-06-02", "2031-06-08"], true],
    ["The plant closed last December.", "last December", ["2030-12-01", "2030-12-31"], true],
    ["She left this week.", "this week", ["2031-06-09", "2031-06-15"], false],
    ["She had left the previous day.", "the previous day", ["2031-06-09", "2031-06-09"], false],
    ["She left on 3 May.", "3 May", ["2031-05-03", "2031-05-03"], false],
  ])("%s (%s) → %s", (sentence, text, span, counted) => {
    expect(countedBackFrom(told("leave", sentence, text, "x.txt", span, "2031-06-10")) !== null).toBe(counted);
  });

  it("a statement's date is not the happening's", () => {
    expect(countedBackFrom(told("say", "The club said last week that she had left.", "last week", "x.txt", ["2031-06-02", "2031-06-08"], "2031-06-10"))).toBeNull();
  });
});

describe("one past happening counted back (oneHappeningCountedBack)", () => {
  it("must be one: a return and a move back, two estimates of one time in the background; they diverge, never contradict", () => {
    expect(oneHappeningCountedBack(returned, movedBack)).toBe(true);
    const made = countedBackGroups([returned, movedBack], []);
    expect(made).toHaveLength(1);
    expect(judgeGroup(made[0]!).map((f) => f.verdict)).toEqual(["diverge"]);
  });

  it("must be one: one week told alike with other words; they agree", () => {
    expect(oneHappeningCountedBack(tore, toreAgain)).toBe(true);
    const made = countedBackGroups([tore, toreAgain], []);
    expect(made).toHaveLength(1);
    expect(judgeGroup(made[0]!).map((f) => f.verdict)).toEqual(["agree"]);
  });

  it.each<[string, Claim, Claim]>([
    [
      "estimates of two times (12 weeks and two years back)",
      returned,
      told("move", "The pair had moved back to Keld about two years ago, after living in the south.", "about two years ago", "second.txt", ["2029-06-01", "2029-06-30"], "2031-06-12"),
    ],
    [
      "one of them the news of its week",
      told("return", "Nell Ashby returned home last week after years living in Dunmore.", "last week", "first.txt", ["2031-06-02", "2031-06-08"], "2031-06-10"),
      told("return", "She returned to Keld two weeks ago after living in Dunmore.", "two weeks ago", "second.txt", ["2031-05-26", "2031-06-01"], "2031-06-12"),
    ],
    [
      "two people",
      told("return", "Tom Reed returned to his home town 12 weeks ago after years living in Dunmore.", "12 weeks ago", "first.txt", ["2031-03-17", "2031-03-23"], "2031-06-10", [["agent", "Tom Reed"]]),
      told("move", "Ann Lee had moved back to Keld around six weeks ago, after living in the south.", "around six weeks ago", "second.txt", ["2031-04-28", "2031-05-04"], "2031-06-12", [["agent", "Ann Lee"]]),
    ],
    [
      "two people described by different nouns",
      told("die", "His father died two years ago after a long illness.", "two years ago", "first.txt", ["2029-01-01", "2029-12-31"], "2031-06-10", [["patient", "His father"]]),
      told("die", "His mother died a year ago after a long illness.", "a year ago", "second.txt", ["2030-01-01", "2030-12-31"], "2031-06-12", [["patient", "His mother"]]),
    ],
    [
      "nothing in common but the verb",
      told("return", "Nell Ashby returned 12 weeks ago.", "12 weeks ago", "first.txt", ["2031-03-17", "2031-03-23"], "2031-06-10"),
      told("return", "The pair returned around six weeks ago.", "around six weeks ago", "second.txt", ["2031-04-28", "2031-05-04"], "2031-06-12"),
    ],
    [
      "nothing in common but a short verb",
      told("die", "Ed Hale died two years ago.", "two years ago", "first.txt", ["2029-01-01", "2029-12-31"], "2031-06-10"),
      told("die", "The old man died a year ago.", "a year ago", "second.txt", ["2030-01-01", "2030-12-31"], "2031-06-12"),
    ],
    [
      "two kinds of happening",
      returned,
      told("arrest", "The pair were arrested around six weeks ago, after living in the south.", "around six weeks ago", "second.txt", ["2031-04-28", "2031-05-04"], "2031-06-12"),
    ],
    [
      "nothing in common but the kind",
      returned,
      told("move", "The pair moved back around six weeks ago.", "around six weeks ago", "second.txt", ["2031-04-28", "2031-05-04"], "2031-06-12"),
    ],
    [
      "one week, told with nothing alike",
      tore,
      told("sign", "Reyes signed a new deal with the club last week.", "last week", "second.txt", ["2031-06-02", "2031-06-08"], "2031-06-11"),
    ],
    [
      "one week told alike, of two kinds",
      told("injure", "Reyes was injured at the training ground last week.", "last week", "first.txt", ["2031-06-02", "2031-06-08"], "2031-06-10"),
      told("arrest", "Reyes was arrested at the training ground last week.", "last week", "second.txt", ["2031-06-02", "2031-06-08"], "2031-06-11"),
    ],
    ["one report", returned, { ...movedBack, document: "first.txt" }],
    ["two stories", returned, { ...movedBack, story: "s-2" }],
    [
      "reports a month apart",
      returned,
      told("move", "The pair had moved back to Keld around ten weeks ago, after living in the south.", "around ten weeks ago", "second.txt", ["2031-04-28", "2031-05-04"], "2031-07-12"),
    ],
    [
      "a date not counted back",
      returned,
      told("move", "The pair had moved back to Keld on 1 May, after living in the south.", "1 May", "second.txt", ["2031-05-01", "2031-05-01"], "2031-06-12"),
    ],
  ])("must not be one: %s", (_name, a, b) => {
    expect(oneHappeningCountedBack(a, b)).toBe(false);
    expect(countedBackGroups([a, b], [])).toEqual([]);
  });

  it("makes no group that a group already holds", () => {
    const held = { key: "k", rule: "r", topic: "t", cardinality: "single" as const, claims: [returned, movedBack], story: "s-1", identity: [] };
    expect(countedBackGroups([returned, movedBack], [held])).toEqual([]);
  });
});
