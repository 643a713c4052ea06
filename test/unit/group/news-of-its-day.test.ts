/**
 * One piece of news told on its day by whoever made it public (occurrence-topics.ts newsOfItsDay):
 * the body, its officials or the person concerned announce one thing, and reports of that day
 * credit it to different hands. Sentences, names and days written for this test; the expected
 * answers were decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { newsOfItsDay } from "../../../src/group/occurrence-topics.js";
import type { Claim } from "../../../src/types.js";
import { date, toldIn } from "../../helpers/claims.js";

const MONDAY = "2031-03-10";

function told(sentence: string, text: string, lemma: string, agent: string, reportedAt = MONDAY, day = MONDAY): Claim {
  return toldIn(date(day), sentence, text, { lemma, voice: "active", reportedAt, participants: [["agent", agent]] });
}

const league = told("The Kestrel League announced Monday that Hana Orsi will coach the All-Star team.", "Monday", "announce", "The Kestrel League");

describe("must be one announcement of the day", () => {
  it.each<[string, Claim]>([
    ["the coach made it public on the same Monday", told("Orsi announced the news on Monday on her blog.", "Monday", "announce", "Orsi")],
    ["the league's officials announced it 'today' in a report of that Monday", told("League officials announced today that Orsi will coach the team.", "today", "announce", "League officials")],
    ["the coach posted it the same morning", told("\"It's true, I'm coaching!\" Orsi tweeted Monday.", "Monday", "tweet", "Orsi")],
  ])("%s", (_name, other) => {
    expect(newsOfItsDay(league, other)).toBe(true);
    expect(newsOfItsDay(other, league)).toBe(true);
  });
});

describe("must not be one announcement of the day", () => {
  it.each<[string, Claim]>([
    ["the same words in a report of the next day (its own Monday is another day)", told("Orsi announced Tuesday that she will coach.", "Tuesday", "announce", "Orsi", "2031-03-11", "2031-03-11")],
    ["an arrest on that Monday: another kind of happening", told("Police arrested Orsi's manager on Monday.", "Monday", "arrest", "Police")],
    ["a Monday that is not the report's own day", told("Orsi announced last Monday that she will coach.", "last Monday", "announce", "Orsi", "2031-03-17", MONDAY)],
  ])("%s", (_name, other) => {
    expect(newsOfItsDay(league, other)).toBe(false);
  });
  it("two stories", () => {
    const other = { ...told("Orsi announced the news on Monday on her blog.", "Monday", "announce", "Orsi"), story: "s-2" };
    expect(newsOfItsDay(league, other)).toBe(false);
  });
  it("an announcement dated to its month only", () => {
    const month = toldIn(date("2031-03-01", "2031-03-31", "month"), "The league announced in March that Orsi will coach.", "March", { lemma: "announce", voice: "active", reportedAt: MONDAY });
    expect(newsOfItsDay(league, month)).toBe(false);
  });
});
