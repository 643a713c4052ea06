/**
 * A vehicle told by its make and model ("a blue Nissan Altima") is a thing described, as "the car"
 * is, not a party named: whoever drove it is named elsewhere, so it parts two reports of one crash
 * from no one. A make alone may be a person, a town or a company and stays a name. Sentences and
 * names written for this test.
 */
import { describe, expect, it } from "vitest";
import { namesAVehicle } from "../../../src/values/noise/vehicles.js";
import { namesOf } from "../../../src/group/participants.js";
import { claim, date } from "../../helpers/claims.js";

describe("namesAVehicle", () => {
  it.each([
    // must match: a model, a make and its kind, a model year and its make
    ["a blue Nissan Altima", true],
    ["the Mustang", true],
    ["a Ford pickup", true],
    ["his 2019 silver Honda", true],
    // must not match: a make alone, people and places
    ["Ford", false],
    ["Lincoln Park", false],
    ["Mayor Rob Ford", false],
    ["Nell Ruiz", false],
  ])("%s → %s", (text, expected) => {
    expect(namesAVehicle(text)).toBe(expected);
  });
});

describe("a vehicle in a frame names no party", () => {
  const day = date("2024-05-12");
  const told = (role: "agent" | "patient", text: string) =>
    claim(day, {
      sentence: `She was struck by ${text} on Sunday.`,
      claimFrame: { counted: null, predicate: { lemma: "attack", voice: "active" }, participants: [{ role, text, key: text.toLowerCase() }], time: { tally: false, reportedAt: null }, attribution: null, modality: [] },
    });
  it("the Altima that struck her gives no name; the driver does", () => {
    expect(namesOf(told("agent", "a blue Nissan Altima"))).toEqual([]);
    expect(namesOf(told("agent", "Dale Pruitt")).length).toBeGreaterThan(0);
  });
});
