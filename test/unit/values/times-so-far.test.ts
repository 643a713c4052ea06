/**
 * "The Nth time" before a clause in a perfect tense counts a happening to date
 * (src/values/quantity/records.ts readTimesSoFar): "the sixth time Ana has won here" is six wins so
 * far, a count of times whose predicate is the clause's verb (frames/predicate.ts). Sentences
 * written for this test; the values and verbs were worked out by reading them.
 */
import { describe, expect, it } from "vitest";
import { findMentions } from "../../../src/values/index.js";
import type { Mention } from "../../../src/types.js";
import { frame } from "../extract/frames/helpers.js";

const at = (text: string, written: string): Mention | undefined => findMentions(text, { asOf: "2031-10-13" }).find((m) => m.text === written);

describe("the Nth time someone has done a thing is a count: must match", () => {
  it.each<[string, string, number, string]>([
    ["It was the sixth time Ana Ruiz has won on this course.", "sixth", 6, "win"],
    ["That made it the fourth time that the Otters had rallied from behind.", "fourth", 4, "rally"],
    ["This is the third time the two sides have ever met in a cup.", "third", 3, "meet"],
    ["Saturday marked the 11th time he has scored twice in a game.", "11th", 11, "score"],
  ])("%s → %s is %d times, %s", (text, written, n, verb) => {
    const m = at(text, written);
    expect(m?.kind).toBe("quantity");
    expect(m?.value).toMatchObject({ type: "quantity", min: n, max: n, unit: "time" });
    expect(frame(text, written).predicate?.lemma).toBe(verb);
  });
});

describe("an ordinal time that is no count so far: must not match", () => {
  it.each<[string, string]>([
    ["The office lies in the third time zone east of here.", "third"],
    ["The show moved to the fifth time slot of the night.", "fifth"],
    ["The plan worked the second time around.", "second"],
    ["She got through at the third time of asking.", "third"],
    ["It was the fourth time she won the race.", "fourth"],
    ["It is the second time.", "second"],
    ["It was the third time Mr Cole had been the host.", "third"],
  ])("%s (%s)", (text, written) => {
    expect(at(text, written)?.kind).toBe("ordinal");
  });
  it("a first is no count", () => {
    expect(at("It is the first time she has spoken in public.", "first")?.kind).toBe("ordinal");
  });
});
