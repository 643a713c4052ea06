/**
 * A clause-initial "one" that names a member by what it is, or the impersonal "one",
 * or a "one" before a thing in a clause with no verb, counts nothing the sentence states; a "one"
 * whose verb says what happened to it stays a count. Sentences written for this test; expected
 * results read off them by hand.
 */
import { describe, expect, it } from "vitest";
import type { Claim } from "../../../../src/types.js";
import { claimsOfText, readings } from "./helpers.js";

/** The claims whose value is the single "one" of the sentence. */
const ones = (text: string): Claim[] => claimsOfText(text).filter((c) => /^one$/i.test(c.text));

describe("must not count: the one member the sentence says something about", () => {
  it.each([
    ["a contact relative, then a copula and a name", "One town he never tires of visiting is Brannock."],
    ["a contact relative, then a copula and a possessive", "One man the widow still trusts is her cousin."],
    ["a 'that' relative before the copula", "One road that floods every spring is the lane to the mill."],
    ["a prepositional phrase before the copula", "One woman on the ferry was a retired nurse."],
    ["a plain noun, copula and a noun phrase", "One motive for the move was the rent."],
    ["a partitive, copula and a noun phrase", "One of the passengers was a schoolteacher from Ardley."],
    ["the relative's own copula passed over", "One guard who was hurt is a cousin of the owner."],
    ["after a conjunction", "The bus stopped, and one rider was an off-duty officer."],
    ["the impersonal pronoun before a modal", "One can only guess what the jury will decide."],
    ["the impersonal pronoun, another modal", "One might ask why the bridge was never repaired."],
    ["a fragment with no verb", "One more sign of a slow recovery in the valley."],
    ["a fragment with only a verb of saying", "One clear change since the spring, said Oyelaran: the queues."],
  ])("%s: %s", (_what, sentence) => {
    expect(ones(sentence).map((c) => c.text)).toEqual([]);
    for (const r of readings(sentence).filter((x) => /^one$/i.test(x.value.mention.text))) expect(r.notAClaim).toMatch(/^determiner-/);
  });
});

describe("must count: a one the sentence states as a figure", () => {
  it.each([
    ["a death", "One climber died on the ridge.", "die"],
    ["a passive of harm", "One guard was wounded in the raid.", "wound"],
    ["a partitive of a group, harmed", "One of the victims died later that night.", "die"],
    ["a state after the copula", "One cyclist is dead after the collision.", "die"],
  ])("%s: %s", (_what, sentence, predicate) => {
    const cs = ones(sentence);
    expect(cs.length).toBe(1);
    expect(cs[0]!.value).toMatchObject({ min: 1, max: 1 });
    expect(cs[0]!.claimFrame?.predicate?.lemma).toBe(predicate);
  });
  it.each([
    ["a place after the copula", "One man is in custody after the raid."],
    ["a fragment about a person", "One man in custody after the raid."],
    ["a harm noun after the copula", "One of the riders was a fatality."],
  ])("%s stays a figure: %s", (_what, sentence) => {
    expect(ones(sentence).map((c) => c.value)).toEqual([expect.objectContaining({ min: 1, max: 1 })]);
  });
});
