/**
 * The rules a framed value may fall to are those that take its kind and count what it counts
 * (vocabulary.ts eligible, worked out once per kind and counted thing): passengers are people to
 * a rule that counts people, a thing a rule does not count never reaches it, and a date reaches
 * only rules of dates. Sentences written for this test; the expected topics were decided by
 * reading them.
 */
import { describe, expect, it } from "vitest";
import { claimsOfText } from "./helpers.js";

const ruleOf = (text: string, value: string): string | undefined => claimsOfText(text).find((c) => c.text === value)?.rule;

describe("a framed value's rule takes its kind and its counted thing", () => {
  it.each([
    // must: people, and passengers as people, arrested
    ["Police in Keld arrested 40 protesters on Friday.", "40", "arrests"],
    ["Border guards detained 40 passengers at the Orm ferry port on Friday.", "40", "arrests"],
    // must: the same words again, after other values have been read (the lists are kept, not used up)
    ["Police in Keld arrested 12 protesters on Friday and 7 on Saturday.", "12", "arrests"],
  ])("%s → %s: %s", (text, value, rule) => {
    expect(ruleOf(text, value)).toBe(rule);
  });

  it.each([
    // must not: things no rule of arrests counts
    ["Police in Keld towed 40 cars on Friday.", "40", "arrests"],
    // must not: a date is no count of arrests
    ["Police in Keld arrested the two men on Friday.", "Friday", "arrests"],
  ])("%s → %s is not %s", (text, value, rule) => {
    expect(ruleOf(text, value)).not.toBe(rule);
  });
});
