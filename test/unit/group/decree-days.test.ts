/**
 * One act of an office told by its day with other verbs (group/decree-days.ts): a governor's act
 * told as what it undid, as what it directed, or as the order it put out, by weekday, date or
 * month, by full name or surname, in reports written the next day and weeks later. Sentences,
 * names and days written for this test; the answers were decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { decreeDayGroups, oneActOfOffice } from "../../../src/group/decree-days.js";
import type { Claim, Participant } from "../../../src/types.js";
import { date, toldIn } from "../../helpers/claims.js";

const MONDAY = "2033-06-06";
const NEXT_DAY = "2033-06-07";
const WEEKS_LATER = "2033-07-20";

let n = 0;
function told(
  sentence: string,
  text: string,
  lemma: string,
  participants: [Participant["role"], string][],
  names: string[],
  day: string,
  reportedAt: string,
  granularity: "day" | "month" = "day",
): Claim {
  n += 1;
  const value = granularity === "month" ? date(`${day.slice(0, 7)}-01`, `${day.slice(0, 7)}-30`, "month") : date(day);
  return { ...toldIn(value, sentence, text, { lemma, voice: "active", reportedAt, participants }), document: `report${n}.txt`, id: `c-${n}`, actors: names.map((x) => `name:${x}`) };
}

// the report of the next day: the act told as what it undid, the governor by title and surname
const rescinded = told(
  "Governor Lind on Monday rescinded a late-term trout rule that anglers say weakened the Clearwater Act.",
  "Monday",
  "rescind",
  [["agent", "Governor Lind"], ["patient", "a late-term trout rule"]],
  ["lind", "clearwater act"],
  MONDAY,
  NEXT_DAY,
);

describe("must be one act of an office on that day", () => {
  it.each<[string, Claim]>([
    [
      "the date written out weeks later, the act told as what it directed, the same word in common",
      told("On June 6, Governor Lind instructed the fisheries board to look again at the trout rule.", "June 6", "instruct", [["agent", "Governor Lind"], ["patient", "the fisheries board"]], ["lind"], MONDAY, WEEKS_LATER),
    ],
    [
      "the full name, and the memorandum she signed that day",
      told("Governor Ada Lind signed a memorandum on June 6 freezing the trout rule.", "June 6", "sign", [["agent", "Governor Ada Lind"], ["patient", "a memorandum"]], ["ada lind"], MONDAY, WEEKS_LATER),
    ],
    [
      "an order to review, told the same day, sharing the name of the law",
      told("Lind ordered a fresh review on Monday, saying the Clearwater Act deserved better.", "Monday", "order", [["agent", "Lind"], ["patient", "a fresh review"]], ["lind", "clearwater act"], MONDAY, MONDAY),
    ],
  ])("%s", (_name, other) => {
    expect(oneActOfOffice(rescinded, other)).toBe(true);
    expect(oneActOfOffice(other, rescinded)).toBe(true);
    const groups = decreeDayGroups([rescinded, other], []);
    expect(groups.map((g) => g.claims.length)).toEqual([2]);
  });
});

describe("must not be one act of an office on that day", () => {
  it.each<[string, Claim]>([
    ["the same act told on the next day", told("On June 7, Governor Lind instructed the fisheries board to look again at the trout rule.", "June 7", "instruct", [["agent", "Governor Lind"], ["patient", "the fisheries board"]], ["lind"], NEXT_DAY, WEEKS_LATER)],
    ["another official that day", told("On June 6, Mayor Omar Bey instructed the fisheries board to look again at the trout rule.", "June 6", "instruct", [["agent", "Mayor Omar Bey"], ["patient", "the fisheries board"]], ["omar bey"], MONDAY, WEEKS_LATER)],
    ["what the governor said that day: a statement, not an act of office", told("Lind said on Monday that the trout rule had been unfair.", "Monday", "say", [["agent", "Lind"]], ["lind"], MONDAY, NEXT_DAY)],
    ["a signing of no instrument of office", told("Governor Ada Lind signed copies of a trout cookbook on Monday.", "Monday", "sign", [["agent", "Governor Ada Lind"], ["patient", "copies of a trout cookbook"]], ["ada lind"], MONDAY, NEXT_DAY)],
    ["another act of hers that day, told with no word in common but her name", told("Governor Lind on Monday ordered the harbour bridge closed to lorries.", "Monday", "order", [["agent", "Governor Lind"], ["patient", "the harbour bridge"]], ["lind"], MONDAY, NEXT_DAY)],
    ["the governor only named in the sentence, not who acted", told("Deputies on Monday ordered a review of the trout rule Lind had rescinded.", "Monday", "order", [["agent", "Deputies"], ["patient", "a review"]], ["lind"], MONDAY, NEXT_DAY)],
  ])("%s", (_name, other) => {
    expect(oneActOfOffice(rescinded, other)).toBe(false);
    expect(oneActOfOffice(other, rescinded)).toBe(false);
    expect(decreeDayGroups([rescinded, other], [])).toEqual([]);
  });

  it("a day of the background, two months before both reports", () => {
    const a = told("Governor Lind rescinded the trout rule on April 4.", "April 4", "rescind", [["agent", "Governor Lind"], ["patient", "the trout rule"]], ["lind"], "2033-04-04", NEXT_DAY);
    const b = told("On April 4, Lind instructed the fisheries board to look again at the trout rule.", "April 4", "instruct", [["agent", "Lind"], ["patient", "the fisheries board"]], ["lind"], "2033-04-04", WEEKS_LATER);
    expect(oneActOfOffice(a, b)).toBe(false);
    expect(decreeDayGroups([a, b], [])).toEqual([]);
  });

  it("two claims of one report", () => {
    const same = { ...told("Lind ordered a fresh review on Monday of the trout rule.", "Monday", "order", [["agent", "Lind"], ["patient", "a fresh review"]], ["lind"], MONDAY, NEXT_DAY), document: rescinded.document };
    expect(oneActOfOffice(rescinded, same)).toBe(false);
  });
});

describe("a month beside the days", () => {
  const directed = told("On June 6, Governor Lind instructed the fisheries board to look again at the trout rule.", "June 6", "instruct", [["agent", "Governor Lind"], ["patient", "the fisheries board"]], ["lind"], MONDAY, WEEKS_LATER);
  const inJune = told("In June, Governor Ada Lind issued an executive order putting the trout rule on hold.", "June", "issue", [["agent", "Governor Ada Lind"], ["patient", "an executive order"]], ["ada lind"], MONDAY, WEEKS_LATER, "month");

  it("a month that holds the day joins the day's group, by full name", () => {
    const groups = decreeDayGroups([rescinded, directed, inJune], []);
    expect(groups.map((g) => g.claims.map((c) => c.id).sort())).toEqual([[directed.id, inJune.id, rescinded.id].sort()]);
  });

  it("a month and no day of it: nothing to agree on", () => {
    const other = told("Governor Lind in June rescinded the trout rule.", "June", "rescind", [["agent", "Governor Lind"], ["patient", "the trout rule"]], ["lind"], MONDAY, WEEKS_LATER, "month");
    expect(decreeDayGroups([inJune, other], [])).toEqual([]);
  });

  it("two acts of the month on nearby days never join, and a month that fits both tells neither", () => {
    const lateJune = "2033-06-20";
    const second = told("Governor Lind on Monday rescinded a trout quota that anglers say weakened the Clearwater Act.", "Monday", "rescind", [["agent", "Governor Lind"], ["patient", "a trout quota"]], ["lind", "clearwater act"], lateJune, "2033-06-21");
    const groups = decreeDayGroups([rescinded, directed, second, inJune], []);
    // (June 6 and June 20 are two acts: the groups hold one day each, and "in June" neither)
    for (const g of groups) expect(new Set(g.claims.map((c) => c.value.type === "date" && c.value.start)).size).toBe(1);
    expect(groups.some((g) => g.claims.includes(second))).toBe(false);
    expect(groups.flatMap((g) => g.claims).some((c) => c.id === inJune.id)).toBe(false);
  });
});

describe("an instrument told by its office, with no one named as who put it out", () => {
  const memo = told(
    "The gubernatorial memorandum issued yesterday, a fresh blow to the trout rule, takes effect at once.",
    "yesterday",
    "issue",
    [["agent", "The gubernatorial memorandum"]],
    [],
    MONDAY,
    NEXT_DAY,
  );
  const bySurname = told("Lind on Monday ordered a fresh review of the trout rule.", "Monday", "order", [["agent", "Lind"], ["patient", "a fresh review"]], ["lind"], MONDAY, MONDAY);

  it("is the act of the one its report's story gives that office", () => {
    expect(oneActOfOffice(rescinded, memo)).toBe(true);
    const groups = decreeDayGroups([rescinded, bySurname, memo], []);
    expect(groups.map((g) => g.claims.map((c) => c.id).sort())).toEqual([[bySurname.id, memo.id, rescinded.id].sort()]);
  });

  it("is not the act of a holder of another office, nor of a surname nothing gives that office", () => {
    const president = told("The presidential memorandum issued yesterday, a fresh blow to the trout rule, takes effect at once.", "yesterday", "issue", [["agent", "The presidential memorandum"]], [], MONDAY, NEXT_DAY);
    expect(oneActOfOffice(rescinded, president)).toBe(false);
    expect(oneActOfOffice(bySurname, memo)).toBe(false);
    expect(decreeDayGroups([bySurname, memo], [])).toEqual([]);
  });

  it("an instrument of no office named: a memorandum anyone may put out", () => {
    const plainMemo = told("The memorandum issued yesterday, a fresh blow to the trout rule, takes effect at once.", "yesterday", "issue", [["agent", "The memorandum"]], [], MONDAY, NEXT_DAY);
    expect(oneActOfOffice(rescinded, plainMemo)).toBe(false);
  });
});
