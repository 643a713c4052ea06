/**
 * What a count counts when the noun is set in quotes (three "drones", five “sleeper” cells) or when
 * the count is of pieces of something (31 pieces of fire apparatus, 12 items of clothing); and a
 * noun of a thing that ends like a noun of an event ("equipment", "furniture") names no happening.
 * Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { frame } from "./helpers.js";

describe("must match: the noun in quotes, or the thing the pieces are of", () => {
  it.each([
    ['Three "drones," small craft with cameras, circled the quarry.', "Three", "drone"],
    ["Police raided five “sleeper” cells in Dunmore.", "five", "cell"],
    ["A total of 31 separate pieces of firefighting apparatus answered the alarm.", "31", "apparatus"],
    ["The charity handed out 40 items of warm clothing.", "40", "clothing"],
    ["More than two dozen pieces of rescue equipment were brought to the quarry.", "More than two dozen", "equipment"],
  ])("%s → %s counts %s", (sentence, value, counted) => {
    expect(frame(sentence, value).counted).toBe(counted);
  });
});

describe("must not match: pairs and containers count themselves, a quoted adjective is no noun", () => {
  it.each([
    ["She bought three pairs of boots at the fair.", "three", "pair"],
    ["Volunteers carried 50 bottles of water to the camp.", "50", "bottle"],
  ])("%s → %s counts %s", (sentence, value, counted) => {
    expect(frame(sentence, value).counted).toBe(counted);
  });
  it('the 3 "best" players: no quoted noun', () => {
    expect(frame('Coach Imre dropped the 3 "best" players from the squad.', "3").counted).not.toBe("best");
  });
});

describe("a noun of a thing with an event's ending names no happening", () => {
  it.each([
    ["Crews brought 24 pieces of equipment to the quarry.", "24", "bring"],
    ["Movers carried 30 tons of furniture out of the hall.", "30 tons", "carry"],
  ])("%s → %s is done by %s", (sentence, value, lemma) => {
    expect(frame(sentence, value).predicate?.lemma).toBe(lemma);
  });
  it("an event noun still names its happening: 46 arrests", () => {
    expect(frame("Police made 46 arrests in Dunmore overnight.", "46").predicate?.lemma).toBe("arrest");
  });
});
