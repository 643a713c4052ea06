/**
 * An age told as a bare number counts years (group/age-years.ts), so one person's age told at an
 * arrest and told again at the trial a year later meets itself however each report writes it.
 * Sentences, names and ages written for this test; the answers were decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { isAgeInYears, sexOfAge } from "../../../src/group/age-years.js";
import { oneAgeRetold } from "../../../src/judge/ages-retold.js";
import { ruleMayMeet, unitOf } from "../../../src/group/occurrence-topics.js";
import { separates } from "../../../src/group/participants.js";
import { claimsOfText } from "../extract/frames/helpers.js";

const age = (text: string, value: string, day: string) => {
  const c = claimsOfText(text, day).find((x) => x.text === value && x.rule === "ages");
  if (!c) throw new Error(`no age ${value} in ${text}`);
  return { ...c, story: "s-1", document: `${day}.txt` };
};

describe("an age written as a bare number is in years", () => {
  it.each([
    ["Orme has been charged with arson; his two stepsons, 15 and 19, were also held.", "15"],
    ["Orme has been charged with arson; his two stepsons, 15 and 19, were also held.", "19"],
    ["Tala Brisk, 15, was also held in Keld.", "15"],
    ["Also held was Orme's stepson, 15-year-old Davin.", "15-year-old"],
  ])("%s (%s)", (text, value) => {
    expect(unitOf(age(text, value, "2031-03-02"))).toBe("year");
  });

  it("isAgeInYears", () => {
    const bare = { type: "quantity", min: 15, max: 15, unit: "", approximate: false, qualifier: null, nominal: 15 } as const;
    expect(isAgeInYears("age", bare)).toBe(true);
    expect(isAgeInYears("age", { ...bare, unit: "month" })).toBe(false);
    expect(isAgeInYears("person", bare)).toBe(false);
    expect(isAgeInYears(null, bare)).toBe(false);
  });
});

describe("one age told at the arrest and again at the trial", () => {
  const atArrest = age("Orme has been charged with arson; his two stepsons, 15 and 19, were also held.", "15", "2031-03-02");
  const atTrial = age("Also held at the time was Orme's stepson, 15-year-old Davin, and a cousin.", "15-year-old", "2032-09-20");

  it("must meet: the same age, reports a year and a half apart", () => {
    expect(ruleMayMeet(atArrest, atTrial, { cardinality: "single" })).toBe(true);
    expect(separates(atArrest, atTrial)).toBe(false);
  });

  it("must not: another age of another person (the other stepson, 19, against the trial's 15)", () => {
    const other = age("Orme has been charged with arson; his two stepsons, 15 and 19, were also held.", "19", "2031-03-02");
    expect(separates(other, atTrial)).toBe(true);
  });
});

describe("one age told again in a later year is judged as one (judge/ages-retold.ts)", () => {
  const atArrest = age("Orme has been charged with arson; his two stepsons, 15 and 19, were also held.", "15", "2031-03-02");
  const atTrial = age("Also held at the time was Orme's stepson, 15-year-old Davin, and a cousin.", "15-year-old", "2032-09-20");

  it("must: the same age, one of them beside a name", () => {
    expect(oneAgeRetold([atArrest, atTrial])).toBe(true);
  });

  it("must not: two ages", () => {
    const older = age("Also held at the time was Orme's stepson, 17-year-old Davin, and a cousin.", "17-year-old", "2032-09-20");
    expect(oneAgeRetold([atArrest, older])).toBe(false);
  });

  it("must not: one age beside no name in either (a 12-year-old of one year and one of the next)", () => {
    const a = age("A 12-year-old girl read the pledge in Keld.", "12-year-old", "2031-03-02");
    const b = age("A 12-year-old boy won the spelling prize in Dunmore.", "12-year-old", "2032-03-02");
    expect(oneAgeRetold([a, b])).toBe(false);
  });
});

describe("the same age of a boy and of a girl is two people's", () => {
  it.each([
    ["He is survived by two sons, ages 4 and 14.", "4", "male"],
    ["Two of her children, girls age 4 and 9, looked on.", "4", "female"],
    ["Two of her children, girls age 4 and 9, looked on.", "9", "female"],
    ["A 4-year-old girl was unhurt.", "4-year-old", "female"],
    ["A 4-year-old Keld boy was unhurt.", "4-year-old", "male"],
    ["Tala Brisk, 4, was unhurt.", "4", null],
    ["The 4-year-old was unhurt.", "4-year-old", null],
  ] as const)("%s (%s) → %s", (sentence, text, want) => {
    expect(sexOfAge(sentence, text, sentence.indexOf(text))).toBe(want);
  });

  it("must part: sons and girls of one age, reports a week apart; must not part: two sons of one age", () => {
    const son = age("He is survived by two sons, ages 4 and 14, and his wife.", "4", "2031-03-02");
    const girl = age("Two of her children, girls age 4 and 9, looked on from the porch.", "4", "2031-03-09");
    const son2 = age("He leaves a wife and two sons, 4 and 14.", "4", "2031-03-09");
    expect(separates(son, girl)).toBe(true);
    expect(separates(son, son2)).toBe(false);
  });
});
