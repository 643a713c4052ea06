/**
 * The day of a deadly attack told by the attack in one report and by the death in another
 * (group/deadly-days.ts): one day, brought together as an agreement (same-figure.ts). Sentences,
 * names and days written for this test; the answers were decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { oneDeadlyAttackDay } from "../../../src/group/deadly-days.js";
import { ruleMayMeet } from "../../../src/group/occurrence-topics.js";
import type { Claim } from "../../../src/types.js";
import { date, toldIn } from "../../helpers/claims.js";

let n = 0;
function day(sentence: string, text: string, iso: string, lemma: string, reportedAt: string, doc?: string): Claim {
  n += 1;
  return { ...toldIn(date(iso), sentence, text, { lemma, voice: "active", reportedAt }), rule: "event-dates", document: doc ?? `report${n}.txt`, id: `d-${n}` };
}

// a report of Tuesday 14 March 2045 telling Friday's shooting
const shooting = day("Two youths were held on Monday over the shooting last Friday outside the Carrow depot that claimed the life of courier Pia Lund.", "last Friday", "2045-03-10", "shoot", "2045-03-14");

describe("must be one day of a deadly attack", () => {
  it.each<[string, Claim]>([
    ["the death told the next day with 'died'", day("A courier who died on Friday as she ran for cover was hit by a stray bullet, police said.", "Friday", "2045-03-10", "die", "2045-03-15")],
    ["the death told as a killing a week later", day("Pia Lund was killed on March 10 while loading her van.", "March 10", "2045-03-10", "kill", "2045-03-21")],
  ])("%s", (_name, other) => {
    expect(oneDeadlyAttackDay(shooting, other)).toBe(true);
    expect(oneDeadlyAttackDay(other, shooting)).toBe(true);
  });

  it("an attack told as deadly by 'fatal'", () => {
    const attack = day("The fatal attack on the Carrow depot happened on Friday.", "Friday", "2045-03-10", "attack", "2045-03-11");
    const died = day("A courier died on Friday at the depot.", "Friday", "2045-03-10", "die", "2045-03-12");
    expect(oneDeadlyAttackDay(attack, died)).toBe(true);
  });
});

describe("must not be one day of a deadly attack", () => {
  it.each<[string, Claim, Claim]>([
    ["the attack's sentence tells no death", day("The shooting last Friday outside the Carrow depot wounded courier Pia Lund.", "last Friday", "2045-03-10", "shoot", "2045-03-14"), day("A courier who died on Friday as she ran for cover was hit by a stray bullet.", "Friday", "2045-03-10", "die", "2045-03-15")],
    ["two days (never a licence to set them against each other)", shooting, day("A courier who died on Saturday in hospital had been hit by a stray bullet.", "Saturday", "2045-03-11", "die", "2045-03-15")],
    ["a day a month before both reports", day("The shooting on 3 February outside the Carrow depot claimed the life of a guard.", "3 February", "2045-02-03", "shoot", "2045-03-14"), day("A guard who died on 3 February was hit by a stray bullet.", "3 February", "2045-02-03", "die", "2045-03-15")],
    ["two attacks (the topic's own grouping compares them)", shooting, day("Gunmen opened fire on Friday, killing a courier.", "Friday", "2045-03-10", "shoot", "2045-03-15")],
    ["an arrest on the day of a death", day("Police arrested a youth on Friday over the killing.", "Friday", "2045-03-10", "arrest", "2045-03-14"), day("A courier who died on Friday was hit by a stray bullet.", "Friday", "2045-03-10", "die", "2045-03-15")],
    ["one report", shooting, day("The courier died on Friday.", "Friday", "2045-03-10", "die", "2045-03-14", shooting.document)],
    ["not reported together: a death told a year on", shooting, day("A courier who died on Friday was hit by a stray bullet.", "Friday", "2045-03-10", "die", "2046-03-20")],
  ])("%s", (_name, a, b) => {
    expect(oneDeadlyAttackDay(a, b)).toBe(false);
    expect(oneDeadlyAttackDay(b, a)).toBe(false);
  });
});

describe("a death's day written with its year, told far from the report of the day", () => {
  // a memorial page written a year on, its labelled field naming the day with its year
  const memorial = day("Date of death: Friday, March 10, 2045", "Friday, March 10, 2045", "2045-03-10", "die", "2046-03-20");

  it("must be one day: the page's day with its year and the report of the day's deadly shooting", () => {
    expect(oneDeadlyAttackDay(shooting, memorial)).toBe(true);
    expect(oneDeadlyAttackDay(memorial, shooting)).toBe(true);
  });

  it.each<[string, Claim, Claim]>([
    ["another day written with its year", shooting, day("Date of death: Saturday, March 11, 2045", "Saturday, March 11, 2045", "2045-03-11", "die", "2046-03-20")],
    ["the day with its year, but the attack's sentence tells no death", day("The shooting last Friday outside the Carrow depot wounded courier Pia Lund.", "last Friday", "2045-03-10", "shoot", "2045-03-14"), memorial],
    ["both written with the year, both long after the day (news of neither report)", day("The shooting on March 10, 2045 outside the Carrow depot claimed the life of a courier.", "March 10, 2045", "2045-03-10", "shoot", "2046-01-05"), memorial],
  ])("must not be one day: %s", (_name, a, b) => {
    expect(oneDeadlyAttackDay(a, b)).toBe(false);
  });
});

describe("a recurring topic of one kind of happening per occurrence meets them too (occurrence-topics.ts ruleMayMeet)", () => {
  const rule = { cardinality: "recurring" as const, oneKindOfHappening: true };
  const memorial = day("Date of death: Friday, March 10, 2045", "Friday, March 10, 2045", "2045-03-10", "die", "2046-03-20");

  it("must meet: the death's day with its year and the deadly shooting's day, reported a year apart", () => {
    expect(ruleMayMeet(shooting, memorial, rule)).toBe(true);
  });

  it("must not meet: the day with its year and a shooting that wounded (two kinds, no death told)", () => {
    const wounding = day("The shooting last Friday outside the Carrow depot wounded courier Pia Lund.", "last Friday", "2045-03-10", "shoot", "2045-03-14");
    expect(ruleMayMeet(wounding, memorial, rule)).toBe(false);
  });
});
