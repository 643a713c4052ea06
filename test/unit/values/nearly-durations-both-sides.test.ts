/**
 * "Nearly", "almost", "just under" before a length of time say a little short of it,
 * as before a count ("nearly 30 people", quantity/qualifiers.ts): the length is bounded on both
 * sides, a tenth of the figure or half its last stated place below it at most. So a much shorter
 * length told elsewhere ("about twelve years" against "nearly forty years") does not fit inside
 * it, while the figure itself, or one just under it, still does. "Less than" and "under" remain
 * bounds (duration-upper-bounds.test.ts). Sentences written for this test; bounds worked out by hand.
 */
import { describe, expect, it } from "vitest";
import { comparePair } from "../../../src/judge/judge.js";
import { findMentions } from "../../../src/values/index.js";
import type { Claim, Value } from "../../../src/types.js";
import { claim } from "../../helpers/claims.js";

const duration = (text: string, shown: string) => findMentions(text, { asOf: "2021-04-09" }).find((m) => m.text === shown && m.kind === "duration")?.value;

describe("must bound a 'nearly' length below as well as above", () => {
  it.each<[string, string, number, number, string]>([
    // forty: last stated place ten, half is five; a tenth is four → 36 … 40
    ["The judge sat on the bench for nearly forty years.", "nearly forty years", 36, 40, "year"],
    ["The strike lasted almost three weeks.", "almost three weeks", 2.7, 3, "week"],
    ["He kept the post for almost 20 years.", "almost 20 years", 18, 20, "year"],
    // one hour: a tenth below it
    ["The hearing ran just under an hour.", "just under an hour", 0.9, 1, "hour"],
  ])("%s → %s … %s %s", (text, shown, min, max, unit) => {
    expect(duration(text, shown)).toMatchObject({ type: "quantity", min, max, unit, qualifier: "nearly", approximate: true });
  });
});

describe("must not: a bound below stays open", () => {
  it.each<[string, string, number, string]>([
    ["The crossing took less than two hours.", "less than two hours", 2, "hour"],
    ["Talks ran under a week.", "under a week", 1, "week"],
  ])("%s → up to %s %s", (text, shown, max, unit) => {
    expect(duration(text, shown)).toMatchObject({ type: "quantity", min: null, max, unit, qualifier: "up to" });
  });
});

const told = (text: string): Claim => {
  const v = findMentions(text, { asOf: "2021-04-09" }).find((m) => m.kind === "duration")?.value as Value;
  return claim(v, { text });
};

describe("judged: a 'nearly' length agrees only with lengths close to it", () => {
  it.each<[string, string]>([
    ["She taught there for nearly forty years.", "She taught there for about forty years."],
    ["The siege lasted almost eight hours.", "The siege lasted 8 hours."],
    ["The siege lasted almost eight hours.", "The siege lasted seven and a half hours."],
  ])("must agree: %s / %s", (x, y) => {
    expect(comparePair(told(x), told(y), true).verdict).toBe("agree");
    expect(comparePair(told(y), told(x), true).verdict).toBe("agree");
  });
  it.each<[string, string]>([
    ["She taught there for nearly forty years.", "She taught there for about twelve years."],
    ["The siege lasted almost eight hours.", "The siege lasted three hours."],
  ])("must not agree: %s / %s", (x, y) => {
    expect(comparePair(told(x), told(y), true).verdict).not.toBe("agree");
    expect(comparePair(told(y), told(x), true).verdict).not.toBe("agree");
  });
});
