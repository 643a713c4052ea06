/**
 * Families of figures as news copy writes them, each with sentences that must and must not be
 * read that way: finance's "MM" million and scale words joined by a hyphen; a comparison that
 * names its figure with "the"; a currency glued to the number ("euro110 billion", "R26 million");
 * a gun's calibre; two alternatives ("40 or 50"); a thousands separator a tokenizer spaced out
 * ("2, 000ft"); "up" of a verb before "to" ("bringing us up to 83%"); vague lengths of time.
 * Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { findMentions } from "../../../src/values/index.js";

const mentions = (sentence: string) => findMentions(sentence, { asOf: "2012-06-01" }).filter((m) => m.kind === "quantity" || m.kind === "duration");
const one = (sentence: string, text: string) => {
  const found = mentions(sentence).filter((m) => m.text === text);
  expect(found.map((m) => m.text), JSON.stringify(mentions(sentence).map((m) => m.text))).toEqual([text]);
  return found[0]!.value as { min: number | null; max: number | null; unit: string; approximate: boolean };
};

describe("money as news copy writes it", () => {
  it.each([
    ["The club tabled a $150MM offer.", "$150MM", 150_000_000, "USD"],
    ["He earns $18.5MM a season.", "$18.5MM", 18_500_000, "USD"],
    ["Lenders agreed a $96-billion rescue.", "$96-billion", 96_000_000_000, "USD"],
    ["The thieves took a $3.1-million haul.", "$3.1-million", 3_100_000, "USD"],
    ["The bloc approved a euro45 billion loan.", "euro45 billion", 45_000_000_000, "EUR"],
    ["Ministers pledged euro2.5 million for repairs.", "euro2.5 million", 2_500_000, "EUR"],
    ["The stolen gems were worth R14 million.", "R14 million", 14_000_000, "ZAR"],
    ["The mine lost R1.2 billion last year.", "R1.2 billion", 1_200_000_000, "ZAR"],
    // the euro sign set as a plain lower-case "e", glued to an amount with a scale word
    ["A barge loaded with e40m worth of grain sank.", "e40m", 40_000_000, "EUR"],
    ["The port owes e2.5 billion to its lenders.", "e2.5 billion", 2_500_000_000, "EUR"],
  ] as const)("%s → %s = %d %s", (sentence, text, value, unit) => {
    const v = one(sentence, text);
    expect([v.min, v.max, v.unit]).toEqual([value, value, unit]);
  });
  it.each([
    ["a lower-case mm is millimetres", "The screw is 4mm long.", "4mm", 4, "mm"],
    ["a road numbered R26 stays a name", "The R26 was closed after the crash.", null, null, null],
    ["a trophy named Euro 2012 stays a name", "Spain won Euro 2012 in Kiev.", null, null, null],
    ["an \"e\" glued to a figure with no scale word stays a label", "Take the e5 exit for Dunmore.", null, null, null],
    ["a fuel named E85 stays a name", "The pump by the depot sells E85.", null, null, null],
    ["an upper-case E before an amount is no euro sign", "Plot E40m was sold.", null, null, null],
  ] as const)("not money: %s", (_what, sentence, text, value, unit) => {
    const found = mentions(sentence).filter((m) => (m.value as { unit?: string } | null)?.unit === "ZAR" || (m.value as { unit?: string } | null)?.unit === "EUR");
    expect(found).toEqual([]);
    if (text) {
      const v = one(sentence, text);
      expect([v.min, v.unit]).toEqual([value, unit]);
    }
  });
  it("a comparison that names its figure with 'the' keeps its bound", () => {
    const v = one("He wants more than the $21 million his rival got.", "more than the $21 million");
    expect([v.min, v.max]).toEqual([21_000_000, null]);
    expect([one("It sold for less than the $9 million asked.", "less than the $9 million").max]).toEqual([9_000_000]);
  });
});

describe("a gun's calibre is a fraction of an inch, not a count", () => {
  it.each([
    ["He carried a. 357 Magnum.", ". 357", 0.357],
    ["Police found a .38 caliber revolver.", ".38", 0.38],
    ["She bought a 45-caliber pistol.", "45", 0.45],
    ["The gun was a. 22 revolver.", ". 22", 0.22],
  ] as const)("%s → %s = %d", (sentence, text, value) => {
    const v = one(sentence, text);
    expect([v.min, v.unit]).toEqual([value, "caliber"]);
  });
  it.each([
    ["38 officers carried revolvers.", "38"],
    ["He owned 12 pistols.", "12"],
  ])("a count of guns stays a count: %s", (sentence, text) => {
    expect(one(sentence, text).unit).not.toBe("caliber");
  });
});

describe("two alternatives make an approximate range", () => {
  it.each([
    ["The store was looted by 40 or 50 of them.", "40 or 50", 40, 50],
    ["One or two windows were broken.", "One or two", 1, 2],
    ["Three or four cars were set alight.", "Three or four", 3, 4],
    ["The convoy lost two or three trucks.", "two or three", 2, 3],
  ] as const)("%s → %s", (sentence, text, min, max) => {
    const v = one(sentence, text);
    expect([v.min, v.max, v.approximate]).toEqual([min, max, true]);
  });
  it.each([
    ["Three hundred or more people came.", "Three hundred or more", 300, null],
    ["He hoped to win 5 or more races.", "5 or more", 5, null],
  ] as const)("'or more' stays a bound: %s", (sentence, text, min, max) => {
    const v = one(sentence, text);
    expect([v.min, v.max]).toEqual([min, max]);
  });
});

describe("a thousands separator a tokenizer spaced out", () => {
  it("'2, 000ft' is two thousand feet", () => {
    const v = one("The climber fell 2, 000ft into the gully.", "2, 000ft");
    expect([v.min, v.unit]).toEqual([2000, "ft"]);
  });
  it("a list of numbers stays a list", () => {
    expect(mentions("The winning numbers were 4, 17, 250 and 31.").map((m) => m.text)).toEqual(["4", "17", "250", "31"]);
  });
});

describe("'up to' after a verb of raising is no bound", () => {
  it.each([
    ["The new link came online, bringing us up to 83% of capacity.", "83%", 83, 83],
    ["Two more deaths took the toll up to 31.", "31", 31, 31],
  ] as const)("%s → %s is reached", (sentence, text, min, max) => {
    const v = one(sentence, text);
    expect([v.min, v.max]).toEqual([min, max]);
  });
  it("a plain 'up to' is a bound", () => {
    const v = one("Up to 83% of users lost service.", "Up to 83%");
    expect([v.min, v.max]).toEqual([null, 83]);
  });
});

describe("vague lengths of time are bounded", () => {
  it.each([
    ["The outage may last a few days.", "a few days", 2, 5, "day"],
    ["Repairs will take a couple of weeks.", "a couple of weeks", 2, 2, "week"],
    ["The trial lasted several months.", "several months", 3, 9, "month"],
  ] as const)("%s → %s", (sentence, text, min, max, unit) => {
    const v = one(sentence, text);
    expect([v.min, v.max, v.unit]).toEqual([min, max, unit]);
  });
  it("a period back from now stays a time frame: 'over the past few days'", () => {
    const found = findMentions("Prices rose over the past few days.", { asOf: "2012-06-01" }).filter((m) => m.text === "the past few days");
    expect(found.map((m) => m.value)).toEqual([null]);
  });
});
