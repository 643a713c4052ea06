import { describe, expect, it } from "vitest";
import { didYouMean, editDistance } from "../../../src/ruleset/did-you-mean.js";

const KEYS = ["id", "topic", "description", "cardinality", "values", "triggers", "patterns", "context", "exclude", "window", "examples", "measures"];

describe("didYouMean", () => {
  it.each([
    ["trigers", "triggers"],
    ["cardinalty", "cardinality"],
    ["exlude", "exclude"],
    ["windwo", "window"],
    ["Examples", "examples"],
    ["valeus", "values"],
    ["patern", "patterns"],
  ])("%s → %s", (typo, key) => {
    expect(didYouMean(typo, KEYS)).toBe(key);
  });

  it.each([["colour"], ["x"], ["completely-different"], [""]])("no suggestion for %j", (word) => {
    expect(didYouMean(word, KEYS)).toBeNull();
  });

  it("has no suggestion without candidates", () => {
    expect(didYouMean("window", [])).toBeNull();
  });

  it("measures edits", () => {
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("same", "same")).toBe(0);
  });
});
