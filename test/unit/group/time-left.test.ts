/**
 * Readings of time left ("with 12 seconds left") mark moments: two different readings are two
 * moments, never one figure told twice (time-left.ts). Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { otherMomentLeft, timeLeft } from "../../../src/group/time-left.js";
import type { Claim } from "../../../src/types.js";
import { frameRead } from "../../helpers/claims.js";
import { judgeAll as judge, relation } from "../../helpers/judged.js";

/** A length in `unit` at `text` of `sentence`, read with verb `lemma`, in `document`. */
const length = (sentence: string, text: string, n: number, unit: string, document: string, lemma = "leave", max: number | null = n): Claim => {
  const c = frameRead(sentence, text, n, { counted: "duration", lemma, unit }, document);
  return c.value.type === "quantity" ? { ...c, value: { ...c.value, max } } : c;
};

describe("a reading of time left", () => {
  it.each([
    ["With 12 seconds left, Orr dropped back to pass.", "12 seconds", 12, "second"],
    ["The Wardens reached the 17 with 48 seconds remaining.", "48 seconds", 48, "second"],
    ["Kell scored with four minutes to play in the game.", "four minutes", 4, "minute"],
    ["With two days to go before the vote, Mabry led.", "two days", 2, "day"],
  ])("%s", (s, t, n, unit) => {
    expect(timeLeft(length(s, t, n, unit, "a.txt"))).toBe(true);
  });

  it.each([
    ["The drive took 48 seconds.", "48 seconds", 48, "second"],
    ["Orr was sacked 12 seconds later.", "12 seconds", 12, "second"],
    ["Kell left after four minutes.", "four minutes", 4, "minute"],
    // a count of people left is no time
    ["Twelve fans left.", "Twelve", 12, "person"],
  ])("not: %s", (s, t, n, unit) => {
    expect(timeLeft(length(s, t, n, unit, "a.txt"))).toBe(false);
  });
});

describe("two readings of time left", () => {
  const early = length("The Wardens reached the 17 with 48 seconds left when Orr spiked the ball.", "48 seconds", 48, "second", "a.txt");
  const late = length("With 12 seconds left, Orr dropped back and was sacked.", "12 seconds", 12, "second", "b.txt");
  const lateAgain = length("That left the Wardens with 12 seconds left on the clock.", "12 seconds", 12, "second", "a.txt");
  const overFour = length("Kell scored with just over four minutes remaining.", "just over four minutes", 4, "minute", "c.txt", "remain", null);
  const four = length("With four minutes left in the game, Kell scored.", "four minutes", 4, "minute", "d.txt");
  const ten = length("The key play came with 10 minutes left in the fourth quarter.", "10 minutes", 10, "minute", "d.txt");

  it("must part two readings, must not part one reading told twice", () => {
    expect(otherMomentLeft(early, late)).toBe(true);
    expect(otherMomentLeft(four, ten)).toBe(true);
    expect(otherMomentLeft(late, lateAgain)).toBe(false);
    expect(otherMomentLeft(four, overFour)).toBe(false);
  });

  it("must agree on one reading, and never set two readings against each other", () => {
    const found = judge([early, late, lateAgain, four, ten]);
    expect(relation(found, late, lateAgain)).toEqual(["agree"]);
    expect(relation(found, early, late)).toEqual([]);
    expect(relation(found, early, lateAgain)).toEqual([]);
    expect(relation(found, four, ten)).toEqual([]);
  });
});
