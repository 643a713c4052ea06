/**
 * The kinds of happening a claim's sentence tells, and the kind of the one it dates itself
 * (group/happening-kinds.ts). Sentences written for this test; the kinds expected decided by
 * reading them.
 */
import { describe, expect, it } from "vitest";
import { datesKindOf, happeningKinds, kindShared, predicateKinds } from "../../../src/group/happening-kinds.js";
import { claim } from "./pair-verdicts.js";

const KILLED = claim("A ferryman was killed at Tarn on March 14, 2031.", "March 14, 2031", "a.txt");
const SHOOTING = claim("A passer-by found the ferryman at about 9 a.m. and reported the shooting.", "9 a.m.", "b.txt");
const CONVICTED = claim("A jury convicted Ollen on May 2, 2032 of killing the ferryman.", "May 2, 2032", "c.txt");
const VOTED = claim("The council voted on the levee on March 14, 2031.", "March 14, 2031", "d.txt");

describe("happening kinds", () => {
  it("a killing is an attack, and a shooting named as an event is one too", () => {
    expect(happeningKinds(KILLED)).toContain("attack");
    expect(happeningKinds(SHOOTING)).toContain("attack");
    expect(kindShared(KILLED, SHOOTING)).toBe(true);
  });

  it("a vote and a killing share no kind", () => {
    expect(kindShared(VOTED, KILLED)).toBe(false);
  });

  it("the day a report gives for a killing dates an attack, one a shooting's clock tells", () => {
    expect(datesKindOf(KILLED, SHOOTING)).toBe(true);
  });

  it("a conviction for a killing dates a conviction, not an attack", () => {
    expect(predicateKinds(CONVICTED)).toContain("convict");
    expect(predicateKinds(CONVICTED)).not.toContain("attack");
    expect(datesKindOf(CONVICTED, SHOOTING)).toBe(false);
  });
});
