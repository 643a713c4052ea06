/**
 * A past participle between a count and the noun it counts ("13 loaded magazines", "13 fully
 * loaded magazines") qualifies the noun: the count counts the noun and takes the clause's verb, not
 * the participle. Sentences written for this test (invented places and people); what each must
 * give was decided by reading the sentence.
 */
import { describe, expect, it } from "vitest";
import { frame } from "./helpers.js";

describe("must read the participle as the noun's modifier", () => {
  it.each<[string, string, string, string | undefined]>([
    ["Six pistols, 13 loaded magazines and a radio were found in the van.", "13", "magazine", "find"],
    ["Four rifles, a radio, 13 fully loaded magazines and a map were seized from the smugglers.", "13", "magazine", "seize"],
    ["Three heavily armed men stormed the depot at Tarn.", "Three", "person", "storm"],
    ["Ten badly damaged homes were pulled down in Vell.", "Ten", "home", "pull"],
  ])("%s → %s", (sentence, value, counted, predicate) => {
    const f = frame(sentence, value);
    expect(f.counted).toBe(counted);
    expect(f.predicate?.lemma).toBe(predicate);
  });
});

describe("must not: the participle is the clause's verb", () => {
  it.each<[string, string, string]>([
    // the participle takes an object: the count is its subject
    ["Rebels said 12 raided two banks in Oska on Friday.", "12", "raid"],
    // no noun after the participle: it is the count's verb
    ["In Vell 40 wounded were taken to hospital.", "40", "take"],
    // a clause of "have" or "be" only states the count: the participle tells what happened
    ["The town now has 212 flooded homes, the mayor of Vell said.", "212", "flood"],
    ["There were 40 damaged cars on the Oska road.", "40", "damage"],
    // a noun of an act: the participle names the act done
    ["Moss had 9 points and four blocked shots for the Otters.", "four", "block"],
    // a finite verb before the count and the participle: the verb is the clause's
    ["The gang robbed two guarded banks in Oska.", "two", "rob"],
  ])("%s → %s", (sentence, value, predicate) => {
    expect(frame(sentence, value).predicate?.lemma).toBe(predicate);
  });
});
