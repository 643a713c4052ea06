/**
 * A date after the noun of the happening it dates (happening-nouns.ts): a death, a deployment, an
 * arrival told by its noun, and a place told between the noun and the date. Sentences written for
 * this test; the expected happenings were decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { frame } from "./helpers.js";

describe("the date of a happening's noun", () => {
  it.each([
    // the noun's happening, named after its kind (date-happening.ts: a death is "die")
    ["The cause of his death on Thursday was not immediately known.", "Thursday", "die"],
    ["The cause of his death at home on Thursday was not immediately known.", "Thursday", "die"],
    ["The frigate Osna sank a smuggling boat, its third strike since its deployment on June 2 this year.", "June 2 this year", "deployment"],
    ["Her arrival in Keld on Monday drew large crowds.", "Monday", "arrival"],
  ])("%s → %s: %s", (sentence, value, expected) => {
    expect(frame(sentence, value).predicate?.lemma).toBe(expected);
  });

  it.each([
    // no happening's noun before the place, or a verb before it
    ["Trains stopped at the station in Leeds on Monday.", "Monday", "station"],
    ["Tom Hale was arrested at home on Monday.", "Monday", "die"],
    ["The frigate Osna sank a smuggling boat on June 2.", "June 2", "deployment"],
    // a noun a verb takes as its object: the verb's day
    ["The village mourned his death at home on Monday.", "Monday", "die"],
    // an event noun before a place: a verb's object, or a phrase's place ("at the meeting")
    ["Crews knocked down the blaze at the depot on June 4, 2019.", "June 4, 2019", "fire"],
    ["Dunn sat out again, missing his fourth game in a row on Sunday.", "Sunday", "game"],
    // a noun that modifies another names no happening of its own
    ["The death toll in Kandor rose on Monday.", "Monday", "die"],
  ])("not: %s → %s: not %s", (sentence, value, unexpected) => {
    expect(frame(sentence, value).predicate?.lemma).not.toBe(unexpected);
  });

  it("the knowing a death's cause was not is no negation of the death", () => {
    expect(frame("The cause of his death at home on Thursday was not immediately known.", "Thursday").modality ?? []).not.toContain("negated");
  });
});
