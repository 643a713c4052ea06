/** "Fire" of a person is a dismissal, not a shooting. Sentences' frames written for this test. */
import { describe, expect, it } from "vitest";
import { firesSomeone } from "../../../src/extract/fired-someone.js";
import { classesOfClaim } from "../../../src/group/predicate-classes.js";
import type { Participant } from "../../../src/types.js";
import { claim, qty } from "../../helpers/claims.js";

const patient = (text: string): Participant[] => [{ role: "patient", text, key: text.toLowerCase() }];

describe("firesSomeone", () => {
  it.each([
    ["a bare name: 'to fire Tam Roe five times'", "Tam Roe"],
    ["a surname: 'fired Roe twice'", "Roe"],
    ["a pronoun: 'fired him twice'", "him"],
    ["a holder of a job: 'fired the coach twice'", "the coach"],
    ["people: 'fired two employees'", "two employees"],
  ])("must: %s", (_name, text) => {
    expect(firesSomeone("fire", patient(text))).toBe(true);
  });

  it.each([
    ["shots: 'fired five shots'", "fire", patient("five shots")],
    ["a weapon: 'fired a rocket twice'", "fire", patient("a rocket")],
    ["a weapon's make: 'fired a Kalashnikov'", "fire", patient("a Kalashnikov")],
    ["tear gas", "fire", patient("tear gas")],
    ["no patient: 'fired at Roe five times'", "fire", [{ role: "place", text: "Roe", key: "roe" }] as Participant[]],
    ["another verb: 'shot Roe five times'", "shoot", patient("Roe")],
  ])("must not: %s", (_name, lemma, participants) => {
    expect(firesSomeone(lemma, participants)).toBe(false);
  });
});

describe("the kind of happening of 'fire' read by what it acts on", () => {
  const fired = (sentence: string, patientText: string) =>
    claim(qty(5, 5, { unit: "time" }), {
      sentence,
      text: "five",
      claimFrame: { counted: "time", predicate: { lemma: "fire", voice: "active" }, participants: patient(patientText), time: { tally: false, reportedAt: null }, attribution: null, modality: [] },
    });

  it("must: a person fired is a dismissal only", () => {
    expect(classesOfClaim(fired("The owner told the manager to fire Tam Roe five times.", "Tam Roe"))).toEqual(["dismiss"]);
  });

  it("must not: shots fired are no dismissal", () => {
    expect(classesOfClaim(fired("The guard fired five shots at the van.", "five shots"))).toContain("shoot");
  });
});
