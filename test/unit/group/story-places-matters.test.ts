/**
 * A name after "in the" that goes on with a general noun of a matter (an inquiry, a trial, a
 * controversy) or of a building (a complex, a tower) names that matter or building, not a town.
 * Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { placesSetIn } from "../../../src/group/story-places.js";

describe("placesSetIn: a name before a general noun of a matter or a building", () => {
  it.each([
    ["an inquiry", "Two clerks gave evidence in the Dunmore inquiry last spring.", "dunmore"],
    ["a controversy", "The minister was caught up in the Hallow controversy for months.", "hallow"],
    ["a trial", "She was a witness in the Prenn trial in 1981.", "prenn"],
    ["a complex", "The fire started in the Ostley complex before dawn.", "ostley"],
    ["a tower", "Nobody was hurt in the Carrow tower on Sunday.", "carrow"],
  ])("must not read a town: %s", (_name, sentence, name) => {
    expect(placesSetIn(sentence)).not.toContain(name);
  });

  it.each([
    ["a town after 'in'", "The clerks gave evidence in Dunmore last spring.", "dunmore"],
    ["a town after 'in the' with no noun of a matter", "Two barns burned near the Ostley road in Carrow on Sunday.", "carrow"],
  ])("must read a town: %s", (_name, sentence, name) => {
    expect(placesSetIn(sentence)).toContain(name);
  });
});
