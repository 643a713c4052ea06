/** One person's age told jointly with another's and alone. Sentences written for this test. */
import { describe, expect, it } from "vitest";
import { jointAgeGroups, jointAgeOf } from "../../../src/group/joint-ages.js";
import type { Claim } from "../../../src/types.js";
import { claim, qty } from "../../helpers/claims.js";

let n = 0;
function age(sentence: string, text: string, years: number, document = `d${++n}.txt`, story = "s-1"): Claim {
  return claim(qty(years, years, { unit: "year" }), {
    sentence,
    text,
    offset: sentence.indexOf(text),
    document,
    story,
    claimFrame: { counted: "age", predicate: null, participants: [], time: { tally: false, reportedAt: null }, attribution: null, modality: [] },
  });
}

describe("jointAgeOf: the people an age told of two at once names", () => {
  it.each([
    ["after a comma and 'both'", "Ann Vell and Tam Roe, both 47, were hurt in the crash.", [["ann", "vell"], ["tam", "roe"]]],
    ["with titles", "Police Sgt. Ann Vell and Deputy Tam Roe, both 47, were hurt.", [["police", "sgt", "ann", "vell"], ["deputy", "tam", "roe"]]],
    ["after 'were each'", "Vell and Roe were each 47 when they left Keldon.", [["vell"], ["roe"]]],
    ["after 'both aged'", "On Monday, Ann Vell and Tam Roe, both aged 47, sailed.", [["ann", "vell"], ["tam", "roe"]]],
  ])("must: %s", (_name, sentence, people) => {
    expect(jointAgeOf(age(sentence, sentence.includes("47") ? "47" : "", 47))).toEqual(people);
  });

  it.each([
    ["one person's age", "Tam Roe, 47, was hurt in the crash."],
    ["an age written as an adjective", "Both were hurt, and 47-year-old Tam Roe died."],
    ["'both' with no names joined by 'and'", "The two guards, both 47, were hurt."],
  ])("must not: %s", (_name, sentence) => {
    const text = sentence.includes("47-year-old") ? "47-year-old" : "47";
    expect(jointAgeOf(age(sentence, text, 47))).toBeNull();
  });
});

describe("jointAgeGroups: a person's age told jointly and alone agree", () => {
  const joint = (): Claim => age("Ann Vell and Tam Roe, both 47, were hurt in the crash.", "47", 47);
  const texts = (gs: readonly { claims: readonly Claim[] }[]): string[][] => gs.map((g) => g.claims.map((c) => c.sentence));

  it("must: the joint age and another report's '47-year-old Tam Roe'", () => {
    const a = joint();
    const b = age("The police named the driver as 47-year-old Tam Roe.", "47-year-old", 47);
    expect(texts(jointAgeGroups([a, b], []))).toEqual([[a.sentence, b.sentence]]);
  });

  it("must: 'Vell and Roe were both 47' and 'Tam Roe, 47'", () => {
    const a = age("Vell and Roe were both 47 when they crashed.", "47", 47);
    const b = age("The driver, Tam Roe, 47, was hurt.", "47", 47);
    expect(jointAgeGroups([a, b], [])).toHaveLength(1);
  });

  it.each([
    ["another value", "The police named the driver as 48-year-old Tam Roe.", 48],
    ["another Roe", "The police named the driver as 47-year-old Ida Roe.", 47],
    ["someone not named", "The police named the driver as 47-year-old Lou Marr.", 47],
  ])("must not: %s", (_name, sentence, years) => {
    const b = age(sentence, `${years}-year-old`, years);
    expect(jointAgeGroups([joint(), b], [])).toEqual([]);
  });

  it("must not: a joint age and an age of one report alone", () => {
    const a = joint();
    const b = age("The police named the driver as 47-year-old Tam Roe.", "47-year-old", 47, a.document);
    expect(jointAgeGroups([a, b], [])).toEqual([]);
  });

  it("must not: two stories", () => {
    const b = age("The police named the driver as 47-year-old Tam Roe.", "47-year-old", 47, "dx.txt", "s-2");
    expect(jointAgeGroups([joint(), b], [])).toEqual([]);
  });
});
