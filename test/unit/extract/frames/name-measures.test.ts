/**
 * A person's size in parentheses right after the name: the figures are the
 * named person's and complete no verb. Sentences written for this test; holders read by hand.
 */
import { describe, expect, it } from "vitest";
import { frame } from "./helpers.js";

const holderOf = (sentence: string, value: string): string | null => frame(sentence, value).participants.find((p) => p.role === "holder")?.text ?? null;

describe("a person's size in parentheses after the name", () => {
  it.each([
    // must: the name before the parenthesis holds the weight, and no verb before it is its predicate
    ["Keld promoted reserve forward Tom Adder (6-1, 215) from the practice squad on Monday.", "215", "Tom Adder"],
    ["Adder (6-foot-1, 215 pounds) spent two years in Keld.", "215 pounds", "Adder"],
    ["Veteran guard Lena Ortiz (5-9, 160) joined the squad on Friday.", "160", "Lena Ortiz"],
  ])("%s (%s) → %s, no predicate", (sentence, value, holder) => {
    const f = frame(sentence, value);
    expect(holderOf(sentence, value)).toBe(holder);
    expect(f.predicate).toBeNull();
  });

  it.each([
    // must not: words inside the parenthesis, no name before it, no parenthesis at all
    ["The club signed Tom Adder (who weighs 215 pounds) on Friday.", "215 pounds"],
    ["The crate (215 pounds) was lifted onto the truck.", "215 pounds"],
    ["Tom Adder, 215 pounds, signed on Friday.", "215 pounds"],
  ])("%s (%s) → not the name's size by its parenthesis", (sentence, value) => {
    const h = holderOf(sentence, value);
    expect(h === "Tom Adder" || h === "Adder").toBe(false);
  });
});
