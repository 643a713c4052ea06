/**
 * A count of counts of one named charge ("three counts of receiving stolen
 * goods") told by a complaint and by a verdict months later is one figure, whatever verb carries
 * it. Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { chargeOf, oneChargeCount } from "../../../src/group/charge-counts.js";
import type { Claim } from "../../../src/types.js";
import { claim, qty } from "../../helpers/claims.js";

function count(sentence: string, text: string, value: number, story = "s-1"): Claim {
  return claim(qty(value, value, { nominal: value, unit: "count" }), { sentence, text, length: text.length, offset: sentence.indexOf(text), story });
}

describe("the charge a count of counts names", () => {
  it.each([
    ["The complaint also alleged three counts of receiving stolen goods for the March burglary.", "three", "receiving stolen goods"],
    ["Varga was found guilty of three counts of receiving stolen goods.", "three", "receiving stolen goods"],
    ["He faces four felony counts of attempted murder in the Leith shooting.", "four", "attempted murder"],
    ["She admitted two counts of driving without a licence, the court heard.", "two", "driving without licence"],
  ])("%s → %s", (sentence, text, charge) => {
    expect(chargeOf(count(sentence, text, 3))).toBe(charge);
  });

  it.each([
    ["He was charged with two counts of murder.", "two"],
    ["Prosecutors filed two counts in all.", "two"],
    ["The two counts were dropped.", "two"],
    ["She rang the bell two times of an evening.", "two"],
  ])("%s → no charge", (sentence, text) => {
    expect(chargeOf(count(sentence, text, 2))).toBeNull();
  });
});

describe("one count of one charge", () => {
  const alleged = count("The complaint also alleged three counts of receiving stolen goods for the March burglary.", "three", 3);
  const convicted = count("Varga was found guilty of three counts of receiving stolen goods.", "three", 3);

  it("must be one: a complaint's count and a verdict's count of one charge", () => {
    expect(oneChargeCount(alleged, convicted)).toBe(true);
  });

  it("must not: two charges, a one-word charge, two stories", () => {
    const robbery = count("Varga was found guilty of three counts of armed robbery.", "three", 3);
    const murderA = count("Kane was charged with two counts of murder.", "two", 2);
    const murderB = count("Rook was convicted on two counts of murder.", "two", 2);
    const elsewhere = count("Dunn was found guilty of three counts of receiving stolen goods.", "three", 3, "s-2");
    expect(oneChargeCount(alleged, robbery)).toBe(false);
    expect(oneChargeCount(murderA, murderB)).toBe(false);
    expect(oneChargeCount(alleged, elsewhere)).toBe(false);
  });
});
