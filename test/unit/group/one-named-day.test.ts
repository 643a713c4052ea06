/**
 * One recent day told from reports weeks apart (group/one-day.ts): a weekday resolved in the
 * report of the day and the date written out in a later follow-up, in sentences that name one
 * person or place, or one deciding body by its common noun (a jury, a council), tell one day, and the two are brought together as an agreement
 * (same-figure.ts). Sentences, names and days written for this test; the answers were decided by
 * reading them.
 */
import { describe, expect, it } from "vitest";
import { oneNamedDay } from "../../../src/group/one-day.js";
import { sameFigureGroups } from "../../../src/group/same-figure.js";
import type { Claim, Participant } from "../../../src/types.js";
import { date, toldIn } from "../../helpers/claims.js";

function day(
  doc: string,
  sentence: string,
  text: string,
  iso: string,
  lemma: string,
  reportedAt: string,
  participants: [Participant["role"], string][],
  granularity: "day" | "month" | "part" = "day",
): Claim {
  const end = granularity === "month" ? `${iso.slice(0, 7)}-31` : iso;
  const start = granularity === "month" ? `${iso.slice(0, 7)}-01` : iso;
  return { ...toldIn(date(start, end, granularity), sentence, text, { lemma, voice: "active", reportedAt, participants }), rule: `frame:${lemma}/date`, document: doc };
}

// the report of the day: Wednesday 5 May 2032, telling Tuesday's veto
const veto = day("a.txt", "Mayor Ines Ruiz on Tuesday vetoed the harbour levy.", "Tuesday", "2032-05-04", "veto", "2032-05-05", [["agent", "Mayor Ines Ruiz"], ["patient", "the harbour levy"]]);

describe("must be one day", () => {
  it.each<[string, Claim]>([
    [
      "the date written out in a follow-up five weeks later, with another verb",
      day("b.txt", "On May 4, Ruiz struck down the levy the council had passed.", "May 4", "2032-05-04", "strike", "2032-06-10", [["agent", "Ruiz"], ["patient", "the levy"]]),
    ],
    [
      "a part of that day in a follow-up, naming the same place",
      day("c.txt", "Late on May 4, Ruiz told Harbour Board members the levy was dead.", "Late on May 4", "2032-05-04", "tell", "2032-06-20", [["agent", "Ruiz"], ["recipient", "Harbour Board members"]], "part"),
    ],
  ])("%s", (_name, other) => {
    expect(oneNamedDay(veto, other)).toBe(true);
    expect(oneNamedDay(other, veto)).toBe(true);
    const cs = [veto, other];
    const groups = sameFigureGroups(cs, new Map(cs.map((c) => [c, c.rule])), [], []);
    expect(groups.some((g) => g.claims.length === 2)).toBe(true);
  });
});

describe("must not be one day", () => {
  it.each<[string, Claim]>([
    ["the next day, same person", day("b.txt", "On May 5, Ruiz struck down the levy the council had passed.", "May 5", "2032-05-05", "strike", "2032-06-10", [["agent", "Ruiz"]])],
    ["the same day, another person", day("b.txt", "On May 4, Governor Tom Okafor signed the ferry bill.", "May 4", "2032-05-04", "sign", "2032-06-10", [["agent", "Governor Tom Okafor"]])],
    ["the month only", day("b.txt", "In May, Ruiz struck down the levy.", "May", "2032-05-04", "strike", "2032-06-10", [["agent", "Ruiz"]], "month")],
  ])("%s", (_name, other) => {
    expect(oneNamedDay(veto, other)).toBe(false);
    const cs = [veto, other];
    const groups = sameFigureGroups(cs, new Map(cs.map((c) => [c, c.rule])), [], []);
    expect(groups.some((g) => g.claims.length === 2)).toBe(false);
  });

  it("a day of the background, told in two reports written years after it", () => {
    const a = day("a.txt", "Ruiz first took office on 4 May 2020 after a recount.", "4 May 2020", "2020-05-04", "take", "2032-05-05", [["agent", "Ruiz"]]);
    const b = day("b.txt", "Ruiz was sworn in on May 4 of that year.", "May 4", "2020-05-04", "swear", "2032-06-10", [["patient", "Ruiz"]]);
    expect(oneNamedDay(a, b)).toBe(false);
  });
});

// a jury's sitting, told by the report of the day (Thursday 9 September 2032) and later ones
const verdict = day("a.txt", "A Dunmore jury on Wednesday sent the arsonist to prison for life.", "Wednesday", "2032-09-08", "send", "2032-09-09", [["agent", "A Dunmore jury"], ["patient", "the arsonist"]]);

describe("one deciding body's day", () => {
  it.each<[string, Claim, boolean]>([
    ["the same day in a follow-up a month later, told with the jury's members", day("b.txt", "Six hours of talks in the jurors' room came before the September 8 verdict.", "September 8", "2032-09-08", "come", "2032-10-12", []), true],
    ["the defendant's reaction that day, as the jury's ruling was read", day("c.txt", "The arsonist smiled Wednesday as the jury's decision was read.", "Wednesday", "2032-09-08", "smile", "2032-09-09", [["agent", "The arsonist"]]), true],
    ["another body on that day", day("b.txt", "The harbour board on September 8 approved the new pier.", "September 8", "2032-09-08", "approve", "2032-10-12", [["agent", "The harbour board"], ["patient", "the new pier"]]), false],
    ["the jury on the next day", day("b.txt", "The jury on September 9 was thanked and dismissed.", "September 9", "2032-09-09", "thank", "2032-10-12", [["patient", "The jury"]]), false],
    ["a judge, a person, is no body: two judges may sit on one day", day("b.txt", "A judge on September 8 denied bail to a burglar.", "September 8", "2032-09-08", "deny", "2032-10-12", [["agent", "A judge"]]), false],
  ])("%s → one day: %s", (_name, other, one) => {
    expect(oneNamedDay(verdict, other)).toBe(one);
    const cs = [verdict, other];
    const groups = sameFigureGroups(cs, new Map(cs.map((c) => [c, c.rule])), [], []);
    expect(groups.some((g) => g.claims.length === 2)).toBe(one);
  });
});

it("'on board' twice is no deciding body", () => {
  const a = day("a.txt", "Customs officers on board the freighter on Wednesday counted the crates.", "Wednesday", "2032-09-08", "count", "2032-09-09", [["agent", "Customs officers"]]);
  const b = day("b.txt", "Two stowaways were found on board a Dunmore freighter on September 8.", "September 8", "2032-09-08", "find", "2032-10-12", [["patient", "Two stowaways"]]);
  expect(oneNamedDay(a, b)).toBe(false);
});
