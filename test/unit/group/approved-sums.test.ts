/**
 * A sum that names a thing voted through once ("voters approved a $3 million
 * bond") is one figure in every report of the story, whatever year each gives the vote and whatever
 * use each clause names (group/approved-sums.ts); the judge keeps the years apart from the sum.
 * Sentences, places and sums written for this test; the expected answers were decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { approvedSumOf, oneApprovedSum } from "../../../src/group/approved-sums.js";
import { judgeGroup } from "../../../src/judge/judge.js";
import type { Claim, ClaimGroup, DateValue } from "../../../src/types.js";
import { claim, date, qty } from "../../helpers/claims.js";

let n = 0;

function sum(sentence: string, text: string, amount: number, unit = "USD", year: string | null = null, story = "s-1"): Claim {
  n += 1;
  return claim(qty(amount, amount, { nominal: amount, unit }), {
    id: `m-${n}`,
    document: `report${n}.txt`,
    rule: "deal-value",
    sentence,
    text,
    length: text.length,
    offset: sentence.indexOf(text),
    story,
    ...(year !== null ? { frame: date(`${year}-01-01`, `${year}-12-31`, "year") as DateValue } : {}),
  });
}

describe("approvedSumOf: a sum that names a thing voted through", () => {
  it.each([
    ["Keld voters in 2031 approved a $3 million bond to buy the old mill.", "$3 million", 3_000_000, "USD", "USD 3000000 bond"],
    ["The board passed a £2m levy for the harbour wall.", "£2m", 2_000_000, "GBP", "GBP 2000000 levy"],
  ])("%s → %s", (sentence, text, amount, unit, expected) => {
    expect(approvedSumOf(sum(sentence, text, amount, unit))).toBe(expected);
  });

  it.each([
    ["The council approved spending $3 million on the mill.", "$3 million", "USD"],
    ["The town paid $3 million for a bond.", "$3 million", "USD"],
    ["The council approved a plan worth $3 million.", "$3 million", "USD"],
    ["The council approved a 300 home estate.", "300", ""],
  ])("%s → none", (sentence, text, unit) => {
    expect(approvedSumOf(sum(sentence, text, /300 home/.test(sentence) ? 300 : 3_000_000, unit))).toBeNull();
  });
});

describe("oneApprovedSum and the judge", () => {
  const in2031 = (): Claim => sum("Keld voters in 2031 approved a $3 million bond to pay for the purchase of the mill.", "$3 million", 3_000_000, "USD", "2031");
  const in2030 = (): Claim => sum("Voters in 2030 approved a $3 million bond to buy the mill, the mayor said.", "$3 million", 3_000_000, "USD", "2030");

  it("must be one: one bond's sum with two years of the vote; the sum agrees", () => {
    const [a, b] = [in2031(), in2030()];
    expect(oneApprovedSum(a, b)).toBe(true);
    const group: ClaimGroup = { key: "g", rule: "deal-value", topic: "deal", cardinality: "single", claims: [a, b], story: "s-1", identity: [] };
    expect(judgeGroup(group).map((f) => f.verdict)).toEqual(["agree"]);
  });

  it.each<[string, () => Claim]>([
    ["another thing voted through", () => sum("Voters in 2030 approved a $3 million levy to buy the mill.", "$3 million", 3_000_000, "USD", "2030")],
    ["another sum", () => sum("Voters in 2030 approved a $4 million bond to buy the mill.", "$4 million", 4_000_000, "USD", "2030")],
    ["another currency", () => sum("Voters in 2030 approved a £3 million bond to buy the mill.", "£3 million", 3_000_000, "GBP", "2030")],
    ["another story", () => sum("Voters in 2030 approved a $3 million bond to buy the mill.", "$3 million", 3_000_000, "USD", "2030", "s-2")],
  ])("must not be one: %s", (_name, other) => {
    expect(oneApprovedSum(in2031(), other())).toBe(false);
  });
});
