/**
 * A count's phrase after "of" or "and" runs over a participle or a possessive before its noun, so
 * the verb of the whole phrase is the count's: "17 of the hijacked ships and their crew are held".
 * Sentences written for this test (invented places); what each must give was decided by reading it.
 */
import { describe, expect, it } from "vitest";
import { frame } from "./helpers.js";

describe("must take the verb after the phrase", () => {
  it.each<[string, string, string, string]>([
    ["At least 8 of the stolen trucks and their drivers are still held by the militia.", "At least 8", "truck", "hold"],
    ["Five of the damaged ferries were towed to Varn.", "Five", "ferry", "tow"],
    ["Two of their wounded men died in Oska.", "Two", "person", "die"],
    // a possessive noun inside the partitive
    ["She now looks after three of her sister's orphaned children in Vell.", "three", "person", "look"],
  ])("%s → %s", (sentence, value, counted, predicate) => {
    const f = frame(sentence, value);
    expect(f.counted).toBe(counted);
    expect(f.predicate?.lemma).toBe(predicate);
  });
});

describe("a reduced relative after the counted noun: the verb its noun is the subject of", () => {
  it.each<[string, string, string]>([
    ["Four of the ships seized in May were freed in Vell.", "Four", "free"],
    ["Police said 300 cars recalled in May were sold in Oska.", "300", "sell"],
    // no verb after the relative: the participle is all that is said of the noun
    ["The firm named 300 cars recalled in May.", "300", "name"],
    ["Some 300 cars recalled in May.", "Some 300", "recall"],
    // the count's own verb, no relative
    ["The firm recalled 300 cars in May.", "300", "recall"],
  ])("%s → %s", (sentence, value, predicate) => {
    expect(frame(sentence, value).predicate?.lemma).toBe(predicate);
  });
});
