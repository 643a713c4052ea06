/**
 * People a count gives after a noun of telling ("the testimony of five informants") told it: the
 * count's happening is a testifying, not what the clause's verb did to the testimony ("took",
 * "relied on"). Sentences written for this test; the predicates read by hand.
 */
import { describe, expect, it } from "vitest";
import { frame } from "./helpers.js";

describe("must match: the testimony of N people", () => {
  it.each([
    ["The conviction took the testimony of five former smugglers.", "five"],
    ["The inquiry relied on the statements of 14 witnesses.", "14"],
    ["Jurors heard the accounts of three survivors of the blast.", "three"],
  ])("%s → %s: testify", (sentence, value) => {
    expect(frame(sentence, value).predicate?.lemma).toBe("testify");
  });
});

describe("must not match: no noun of telling, or no people", () => {
  it.each([
    ["Rebels took five hostages near the border.", "five"],
    ["The court ordered the release of six detainees.", "six"],
    ["The bank froze the accounts of 40 firms.", "40"],
  ])("%s → %s: not testify", (sentence, value) => {
    expect(frame(sentence, value).predicate?.lemma).not.toBe("testify");
  });
});
