/**
 * "he"/"she" opening a sentence, told back to the one person the sentence
 * before introduces with an age. Sentences written for this test; the referents read by hand.
 */
import { describe, expect, it } from "vitest";
import { personIntroducedBefore } from "../../../src/extract/coreference.js";
import { frame } from "./frames/helpers.js";

describe("personIntroducedBefore", () => {
  it.each([
    ["Officers were still looking for Tam Roe, 41, who is thought to be armed.", "Tam Roe"],
    ["Varga, 33, left the house at noon.", "Varga"],
    // must not: two people so introduced, none, or a name with no age
    ["Ann Lee, 30, and Tam Roe, 41, were held.", null],
    ["Police searched the block for hours.", null],
    ["Tam Roe fled on foot.", null],
  ])("%s → %s", (sentence, name) => {
    expect(personIntroducedBefore(sentence)).toBe(name);
  });
});

describe("a weight told with 'he' after the sentence that introduces him", () => {
  it("gives the holder the name", () => {
    const f = frame("Officers were still looking for Tam Roe, 41, who is thought to be armed. He is 6 feet tall, weighing 190 pounds.", "190 pounds");
    expect(f.participants.find((p) => p.role === "holder")?.refersTo).toBe("Tam Roe");
  });

  it("not: without such a sentence before it", () => {
    const f = frame("Officers searched the block for hours. He is 6 feet tall, weighing 190 pounds.", "190 pounds");
    expect(f.participants.find((p) => p.role === "holder")?.refersTo).toBeUndefined();
  });
});
