/**
 * "Hold … to ransom": the count is the holding verb's object; "ransom" after "to" is no verb of it.
 * Sentences written for this test (invented groups and places); what each must give was decided
 * by reading the sentence.
 */
import { describe, expect, it } from "vitest";
import { frame } from "./helpers.js";

const lemma = (sentence: string, value: string): string | undefined => frame(sentence, value).predicate?.lemma;

describe("must read the holding verb", () => {
  it.each([
    ["The gang still holds 40 sailors to ransom off Varn.", "40", "hold"],
    ["Raiders kept 12 fishermen for ransom near Oska.", "12", "keep"],
    ["They hold at least 9 tankers and more than 200 seamen to ransom.", "more than 200", "hold"],
  ])("%s → %s: %s", (sentence, value, want) => {
    expect(lemma(sentence, value)).toBe(want);
  });
});

describe("must not: a ransoming or no idiom", () => {
  it.each([
    // no verb of holding before "to ransom": the verb after the count is read as before
    ["Kidnappers seized 3 tourists in Vell and demanded a ransom.", "3", "seize"],
    ["The band held 30 hostages and demanded ransom from the firm.", "30", "hold"],
  ])("%s → %s: %s", (sentence, value, want) => {
    expect(lemma(sentence, value)).toBe(want);
  });
});
