/**
 * "Shooting" a film is filming it, not gunfire; and a film that "hits theaters" is released.
 * Sentences written for this test (each after an opening line, which a document reads as its
 * title); the readings expected were decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { frame } from "./helpers.js";
import { claimsOfText } from "./helpers.js";
import { oneKindOfHappening } from "../../../../src/group/predicate-classes.js";

const LEAD = "The studio spoke to reporters. ";

describe("must read a production's shooting as filming", () => {
  it.each([
    ["The sequel begins shooting in August.", "August"],
    ['After a long wait, "Blue Harbour" begins shooting in August with a new script.', "August"],
    ["The crew began shooting the pilot on Monday.", "Monday"],
    ["The series is set to start shooting in May.", "May"],
  ])("%s", (sentence, value) => {
    expect(frame(LEAD + sentence, value).predicate?.lemma).toBe("film");
  });
});

describe("must not read gunfire as filming", () => {
  it.each([
    ["The gunman began shooting outside the bank on Monday.", "Monday"],
    ["Two men started shooting on Friday near the bar.", "Friday"],
    ["Police began shooting tear gas on Monday.", "Monday"],
  ])("%s", (sentence, value) => {
    expect(frame(LEAD + sentence, value).predicate?.lemma).not.toBe("film");
  });
});

function dateClaim(sentence: string, value: string) {
  const c = claimsOfText(LEAD + sentence).find((x) => x.text === value);
  if (!c) throw new Error(`no claim “${value}” in “${sentence}”`);
  return c;
}

describe("a film that hits theaters is released", () => {
  const RELEASED = dateClaim("The comedy has a release date of May 2016.", "May 2016");
  it("must: 'is due to hit theaters in May 2016' is one kind with its release date", () => {
    expect(oneKindOfHappening(RELEASED, dateClaim("The comedy is due to hit theaters in May 2016.", "May 2016"))).toBe(true);
  });
  it.each([
    ["A strike hit the mill in May 2016.", "May 2016"],
    ["The storm hit the coast in May 2016.", "May 2016"],
  ])("must not: %s", (sentence, value) => {
    expect(oneKindOfHappening(RELEASED, dateClaim(sentence, value))).toBe(false);
  });
});
