/**
 * One sale told with its price and two dates (group/sale-prices.ts). A
 * sale recurs (a thing may be sold again), so two years of "sold" stay apart by distance alone;
 * the same price fetched, told in the sale's own clause, says the two dates are one sale's, and
 * they may then contradict. Sentences written for this test; the expected results decided by
 * reading them.
 */
import { describe, expect, it } from "vitest";
import { groupClaims } from "../../../src/group/group.js";
import { onePriceOfOneSale, oneSaleAtOnePrice, salePrice, salePriceOfFigure } from "../../../src/group/sale-prices.js";
import { judgeGroup } from "../../../src/judge/judge.js";
import type { Claim, Finding } from "../../../src/types.js";
import { claimsOfText } from "../extract/frames/helpers.js";

function claim(sentence: string, value: string, day = "2031-05-02"): Claim {
  const c = claimsOfText(sentence, day).find((x) => x.text === value);
  if (!c) throw new Error(`no claim “${value}” in “${sentence}”`);
  return { ...c, document: `${sentence.slice(0, 12)}-${day}.txt`, story: "s-1" };
}

describe("the price a date's sale fetched", () => {
  it.each([
    ["Her uncle sold the Varley quarry for a reported $12 million in 1948.", "1948", "$ 12000000"],
    ["The quarry, which the Orme brothers sold for $12m in 1958, closed later.", "1958", "$ 12000000"],
    ["In 1990 the mill was sold for about £450,000 to a developer.", "1990", "£ 450000"],
  ])("must read: “%s” (%s) → %s", (s, v, price) => {
    expect(salePrice(claim(s, v))).toBe(price);
  });

  it.each([
    // a price, but not of the sale: the sum is spent on something else
    ["Ann Drew sold the mill in 1950 and spent $4 million on a new house.", "1950"],
    // a sale with no price
    ["The Kestrel family sold the estate in 1962.", "1962"],
    // a purchase, not a sale
    ["The trust bought the estate for $3 million in 1962.", "1962"],
    // shares, and goods counted by the lot, are sold again and again
    ["The founder sold her shares for $3 million in 1962.", "1962"],
    ["The dealer sold 40 paintings for $3 million in 1962.", "1962"],
  ])("must not read: “%s” (%s)", (s, v) => {
    expect(salePrice(claim(s, v))).toBeNull();
  });
});

describe("one sale, or two", () => {
  it.each([
    ["Her uncle sold the Varley quarry for a reported $12 million in 1948.", "1948", "The quarry, which the Orme brothers sold for $12m in 1958, closed later.", "1958"],
    ["In 1990 the mill was sold for about £450,000 to a developer.", "1990", "The mill was sold for £450,000 in 1993, records show.", "1993"],
  ])("must be one: “%s” (%s) and “%s” (%s)", (s1, v1, s2, v2) => {
    const [a, b] = [claim(s1, v1), claim(s2, v2, "2031-05-03")];
    expect(oneSaleAtOnePrice(a, b)).toBe(true);
    expect(oneSaleAtOnePrice(b, a)).toBe(true);
  });

  it.each([
    // two prices
    ["Her uncle sold the Varley quarry for $12 million in 1948.", "1948", "The Orme brothers sold the quarry for $15 million in 1958.", "1958"],
    // one figure in two currencies
    ["Her uncle sold the Varley quarry for $12 million in 1948.", "1948", "The Orme brothers sold the quarry for £12 million in 1958.", "1958"],
    // one price, but one side tells no sale
    ["Her uncle sold the Varley quarry for $12 million in 1948.", "1948", "The Orme brothers bought the quarry for $12 million in 1958.", "1958"],
  ])("must not be one: “%s” (%s) and “%s” (%s)", (s1, v1, s2, v2) => {
    const [a, b] = [claim(s1, v1), claim(s2, v2, "2031-05-03")];
    expect(oneSaleAtOnePrice(a, b)).toBe(false);
    expect(oneSaleAtOnePrice(b, a)).toBe(false);
  });
});

const judge = (claims: Claim[]): Finding[] => groupClaims(claims, []).flatMap(judgeGroup);
const verdicts = (findings: Finding[], claims: Claim[]): string[] =>
  findings.filter((f) => claims.every((c) => f.claims.includes(c.id))).map((f) => f.verdict);

describe("grouped and judged", () => {
  it("contradicts: one quarry sale at one price, told in 1948 and in 1958", () => {
    const a = claim("Her uncle sold the Varley quarry for a reported $12 million in 1948.", "1948");
    const b = claim("The quarry, which the Orme brothers sold for $12m in 1958, closed later.", "1958", "2031-05-03");
    expect(verdicts(judge([a, b]), [a, b])).toEqual(["contradict"]);
  });

  it("does not set against each other two sales at two prices ten years apart", () => {
    const a = claim("Her uncle sold the Varley quarry for $12 million in 1948.", "1948");
    const b = claim("The Orme brothers sold the quarry for $15 million in 1958.", "1958", "2031-05-03");
    expect(verdicts(judge([a, b]), [a, b])).not.toContain("contradict");
  });
});

describe("the price a sale fetched, told as the figure", () => {
  it.each([
    ["Her uncle sold the Varley quarry for a reported $12 million in 1948.", "$12 million", "$ 12000000"],
    ["The quarry, which the Orme brothers sold for $12m in 1958, closed later.", "$12m", "$ 12000000"],
    ["In 1990 the mill was sold for about £450,000 to a developer.", "about £450,000", "£ 450000"],
  ])("must read: “%s” (%s) → %s", (s, v, price) => {
    expect(salePriceOfFigure(claim(s, v))).toBe(price);
  });

  it.each([
    // a sum, but not the sale's price: spent on something else
    ["Ann Drew sold the mill in 1950 and spent $4 million on a new house.", "$4 million"],
    // a purchase, not a sale
    ["The trust bought the estate for $3 million in 1962.", "$3 million"],
    // shares and goods counted by the lot are sold again and again
    ["The founder sold her shares for $3 million in 1962.", "$3 million"],
    ["The dealer sold 40 paintings for $3 million in 1962.", "$3 million"],
    // a second sum of the sentence, not the one after "for"
    ["The Kestrel family sold the estate for $2 million and paid $1 million in taxes.", "$1 million"],
  ])("must not read: “%s” (%s)", (s, v) => {
    expect(salePriceOfFigure(claim(s, v))).toBeNull();
  });

  it.each([
    ["Her uncle sold the Varley quarry for a reported $12 million in 1948.", "$12 million", "The quarry, which the Orme brothers sold for $12m in 1958, closed later.", "$12m", true],
    ["Lena Ost worked at the quarry for years, until it was sold for $12 million in 1958.", "$12 million", "The quarry, which the Orme brothers sold for $12 million in 1958, closed later.", "$12 million", true],
    // two prices, two currencies, a purchase beside a sale
    ["Her uncle sold the Varley quarry for $12 million in 1948.", "$12 million", "The Orme brothers sold the quarry for $15 million in 1958.", "$15 million", false],
    ["Her uncle sold the Varley quarry for $12 million in 1948.", "$12 million", "The Orme brothers sold the quarry for £12 million in 1958.", "£12 million", false],
    ["Her uncle sold the Varley quarry for $12 million in 1948.", "$12 million", "The Orme brothers bought the quarry for $12 million in 1958.", "$12 million", false],
  ])("“%s” (%s) and “%s” (%s): one price of one sale: %s", (s1, v1, s2, v2, one) => {
    const [a, b] = [claim(s1, v1), claim(s2, v2, "2031-05-03")];
    expect(onePriceOfOneSale(a, b)).toBe(one);
    expect(onePriceOfOneSale(b, a)).toBe(one);
  });

  it("agrees: one price of one quarry sale, told with 1948 in one report and 1958 in another", () => {
    const a = claim("Her uncle sold the Varley quarry for a reported $12 million in 1948.", "$12 million");
    const b = claim("Lena Ost worked at the quarry for years, until it was sold for $12 million in 1958.", "$12 million", "2031-05-03");
    expect(verdicts(judge([a, b]), [a, b])).toEqual(["agree"]);
  });

  it("does not join two sales at two prices, nor a sale's price and a purchase's", () => {
    const a = claim("Her uncle sold the Varley quarry for $12 million in 1948.", "$12 million");
    const b = claim("The Orme brothers sold the quarry for $15 million in 1958.", "$15 million", "2031-05-03");
    const c = claim("The Orme brothers bought the quarry for $12 million in 1958.", "$12 million", "2031-05-03");
    expect(verdicts(judge([a, b]), [a, b])).toEqual([]);
    expect(verdicts(judge([a, c]), [a, c])).not.toContain("agree");
  });
});
