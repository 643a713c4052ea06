/**
 * A bare count taken "into custody" counts people arrested. Sentences written for this test
 * (invented places); what each must give was decided by reading the sentence.
 */
import { describe, expect, it } from "vitest";
import { frame } from "./helpers.js";

describe("must read an arrest of people", () => {
  it.each([
    ["The coast guard stopped the raid near Varn and took 14 into custody.", "14"],
    ["Nine were taken into custody in Vell on Friday.", "Nine"],
  ])("%s → %s", (sentence, value) => {
    const f = frame(sentence, value);
    expect(f.counted).toBe("person");
    expect(f.predicate?.lemma).toBe("arrest");
  });
});

describe("must not", () => {
  it.each<[string, string, string | null, string]>([
    // a noun of its own: the noun counts
    ["Customs took 23 crates into custody at Oska.", "23", "crate", "take"],
    // no custody
    ["The crossing took 3 hours in the storm.", "3 hours", "duration", "take"],
  ])("%s → %s", (sentence, value, counted, predicate) => {
    const f = frame(sentence, value);
    expect(f.counted).toBe(counted);
    expect(f.predicate?.lemma).toBe(predicate);
  });
});
