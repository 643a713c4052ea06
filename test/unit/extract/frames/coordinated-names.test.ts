/**
 * A subject of proper names joined by "and" is all of them: "the Arden Trust and Velo Fund
 * offered" names both, in either order. Sentences written for this test (invented bodies and
 * people); what each must give was decided by reading the sentence.
 */
import { describe, expect, it } from "vitest";
import { frame } from "./helpers.js";

const agent = (sentence: string, value: string): string | undefined => frame(sentence, value).participants.find((p) => p.role === "agent")?.key;

describe("must name every party of the list", () => {
  it.each([
    ["The NTSB and FAA offered a $20,000 reward for the pilot's logbook.", "$20,000", "ntsb and faa"],
    ["Officials said the FAA and NTSB are offering a $20,000 reward.", "$20,000", "faa and ntsb"],
    ["Reid, Cole and Marsh paid $4,000 for the boat in Oska.", "$4,000", "reid, cole and marsh"],
  ])("%s → %s", (sentence, value, want) => {
    expect(agent(sentence, value)).toBe(want);
  });
});

describe("must not: a passive's names, each on its own", () => {
  it("Last year Dunmore and Kestrel were given loans worth $12 billion.", () => {
    const patient = frame("Last year Dunmore and Kestrel were given loans worth $12 billion.", "$12 billion").participants.find((p) => p.role === "patient")?.key;
    expect(patient).not.toBe("dunmore and kestrel");
  });
});

describe("must not: a common noun in the list", () => {
  it.each([
    ["The police and the FAA offered a $9,000 reward in Vell.", "$9,000", "faa"],
  ])("%s → %s", (sentence, value, want) => {
    expect(agent(sentence, value)).toBe(want);
  });
});
