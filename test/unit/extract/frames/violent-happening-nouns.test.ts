/**
 * Nouns of a violent happening that outlets use for a shooting or a killing ("rampage", "spree",
 * "shootout", "gunfight") are event nouns: a date right after one dates that happening, which is named
 * by its kind (an attack), not the verb of the clause around it ("convicted … of murder in a rampage
 * three years ago": the rampage's day, not the conviction's). Sentences written for this test; the
 * expected topics were decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { frame } from "./helpers.js";

describe("a date right after a noun of a violent happening dates that happening", () => {
  it.each([
    ["A jury convicted the guard of murder in a rampage three years ago in Leeds.", "three years ago", "frame:attack/date"],
    ["The court jailed the driver over a shooting spree in May 2019 that left four hurt.", "May 2019", "frame:attack/date"],
    ["Detectives charged two men after a shootout on Friday outside a bar.", "Friday", "frame:attack/date"],
  ])("%s → %s: %s", (sentence, value, expected) => {
    expect(frame(sentence, value).rule).toBe(expected);
  });

  it.each([
    // without such a noun the clause's verb keeps the date
    ["A jury convicted the guard three years ago in Leeds.", "three years ago", "frame:attack/date"],
    ["The court jailed the driver in May 2019 for fraud.", "May 2019", "frame:attack/date"],
  ])("not: %s → %s: not %s", (sentence, value, unexpected) => {
    expect(frame(sentence, value).rule).not.toBe(unexpected);
  });
});

/**
 * Nouns that name the harm of an attack in one word ("bloodshed", "carnage", "gunplay") are of the
 * same kind: a verb that only carries a happening ("prevented more bloodshed Tuesday", "witnessed the
 * carnage on Sunday") dates that attack, as it does "foiled an attack".
 */
describe("a carrier verb's noun of violent harm dates an attack", () => {
  it.each([
    ["The chief praised a drill for preventing more bloodshed on Tuesday night.", "Tuesday night", "frame:attack/date"],
    ["Neighbours witnessed the carnage on Sunday from their windows.", "Sunday", "frame:attack/date"],
  ])("%s → %s: %s", (sentence, value, expected) => {
    expect(frame(sentence, value).rule).toBe(expected);
  });

  it.each([
    // a carrier whose object names no harm keeps no attack
    ["The chief praised a drill for preventing more delays on Tuesday night.", "Tuesday night", "frame:attack/date"],
    ["Neighbours witnessed the parade on Sunday from their windows.", "Sunday", "frame:attack/date"],
  ])("not: %s → %s: not %s", (sentence, value, unexpected) => {
    expect(frame(sentence, value).rule).not.toBe(unexpected);
  });
});
