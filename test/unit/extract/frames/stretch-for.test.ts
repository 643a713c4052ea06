/**
 * A stretch of time told as what it was for someone ("quite a three days for Ada Brandt") is a
 * claim whose holder is that person; lengths of time said of no one stay unclaimed. Sentences
 * written for this test; the holders decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { stretchFor } from "../../../../src/extract/frames/stretch-for.js";
import { frame } from "./helpers.js";

describe("must read the person a stretch of time was for", () => {
  it.each([
    ["It has been quite a three days for Ada Brandt.", "three days", "Ada Brandt"],
    ["It was a hard two weeks for Kemp, who lost his seat.", "two weeks", "Kemp"],
    ["After an exhausting 48 hours for Ilse Marr, the count ended.", "48 hours", "Ilse Marr"],
  ])("%s", (sentence, value, name) => {
    const f = frame(sentence, value);
    expect(f.rule).toBe("frame:duration/person");
    expect(f.participants.filter((p) => p.role === "holder").map((p) => p.text)).toEqual([name]);
  });
});

describe("must not: no article, a modifier, no name, a verb of its own", () => {
  it.each([
    ["It has been three days for Kemp.", "three days"],
    ["It was a three-day trip for Kemp.", "three-day"],
    ["It was a long two weeks for the team.", "two weeks"],
    ["Kemp waited three days for Ilse Marr.", "three days"],
  ])("%s", (sentence, value) => {
    const f = frame(sentence, value);
    expect(f.participants.filter((p) => p.role === "holder").map((p) => p.text)).not.toContain("Kemp");
    expect(f.participants.filter((p) => p.role === "holder").map((p) => p.text)).not.toContain("Ilse Marr");
    expect(f.rule).not.toBe("frame:duration/person");
  });

  it("reads nothing without a duration", () => {
    expect(stretchFor("a three days for Kemp", 2, 12, { counted: "person", predicate: null, participants: [] })).toBeNull();
  });
});
