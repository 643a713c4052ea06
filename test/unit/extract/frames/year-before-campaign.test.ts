/**
 * A year that premodifies a campaign or a bid dates that campaign ("Lowe's 1980 mayoral campaign",
 * "the campaign in 1980"), also when a participle opens the phrase after an article or a possessive
 * ("Lowe's failed 1980 bid", "a botched 2009 raid"). Sentences written for this test; the expected
 * predicates were decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { frame } from "./helpers.js";

const predicate = (sentence: string, value: string): string | undefined => frame(sentence, value).predicate?.lemma;

describe("a year of a campaign, and a participle that opens the phrase", () => {
  it.each([
    ["He gave money to Ann Lowe's 1980 mayoral campaign.", "1980", "campaign"],
    ["After giving heavily to Lowe's losing mayoral campaign in 1980, he backed Orr.", "1980", "campaign"],
    ["He was a big donor to Lowe's failed 1980 mayoral bid.", "1980", "bid"],
    ["Police led a botched 2009 raid on the farm.", "2009", "rob"],
  ])("%s → %s: %s", (sentence, value, expected) => {
    expect(predicate(sentence, value)).toBe(expected);
  });

  it.each([
    // a date right after a verb with no article or possessive before it is the verb's
    ["The mayor announced Sunday drastic spending cuts.", "Sunday", "announce"],
    // a campaign of something else keeps the happening it is of
    ["The army began a campaign of air strikes in March 2011.", "March 2011", "strike"],
  ])("not: %s → %s: %s", (sentence, value, expected) => {
    expect(predicate(sentence, value)).toBe(expected);
  });
});
