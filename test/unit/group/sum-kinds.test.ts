/**
 * Figures of one built-in rule that tell different things are different occurrences: sums of two
 * accounts, two kinds of period, one asked for and one not (sum-kinds.ts); changes of two things,
 * two days or two directions, as for a frame's own figures (occurrence-topics.ts
 * ruleFiguresApart). Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { sumKind, sumsApart } from "../../../src/group/sum-kinds.js";
import { ruleFiguresApart } from "../../../src/group/occurrence-topics.js";
import type { Claim } from "../../../src/types.js";
import { claim, framedAt, qty } from "../../helpers/claims.js";

let docs = 0;

/** A figure at `text` of `sentence`, of a rule, with the predicate and patient its frame reads. */
function told(n: number, sentence: string, text: string, lemma: string | null, patient: string | null, o: { reportedAt?: string; unit?: string; rule?: string; actors?: string[] } = {}): Claim {
  docs += 1;
  const unit = o.unit ?? "USD";
  return claim(qty(n, n, { nominal: n, unit }), {
    rule: o.rule ?? "company-figures",
    document: `report-${docs}.txt`,
    ...framedAt(sentence, text),
    actors: o.actors ?? ["name:pellam"],
    claimFrame: {
      counted: unit === "USD" ? "money" : unit,
      predicate: lemma === null ? null : { lemma, voice: "active" },
      participants: patient === null ? [] : [{ role: "patient", text: patient, key: patient.toLowerCase() }],
      time: { tally: false, reportedAt: o.reportedAt ?? "2031-03-07" },
      attribution: null,
      modality: [],
    },
  });
}

describe("sumKind: the account, period and asking of a sum", () => {
  it.each<[string, Claim, string, string, string]>([
    ["a profit in a quarter", told(9e6, "Pellam posted a net profit of $9 million in the second quarter.", "$9 million", "post", "a net profit"), "earnings", "quarter", ""],
    ["an annual profit", told(3e7, "Pellam posted an annual profit of $30 million.", "$30 million", "post", "an annual profit"), "earnings", "year", ""],
    ["a loss", told(4e6, "The firm posted a loss of $4 million.", "$4 million", "post", "a loss"), "loss", "", ""],
    ["costs", told(8e7, "Pellam cut its costs to $80 million.", "$80 million", "cut", "its costs"), "costs", "", ""],
    ["a rebate, by the word after the sum", told(400, "The bill offers a $400 rebate to buyers of small cars.", "$400", "offer", null), "incentive", "", ""],
    ["the price of a share", told(2.1, "Pellam shares rose 4.5% to a level of $2.10 in early trade.", "$2.10", "rise", null), "share", "", ""],
    ["a share, by 'a share'", told(0.3, "Quarro earned $0.30 a share.", "$0.30", "earn", null), "share", "", ""],
    ["a sum asked for", told(5e9, "Quarro asked the state for $5 billion in aid.", "$5 billion", "ask", "the state"), "", "", "asked"],
    ["a sum sought, by the words before it", told(2.1e7, "Ames is said to be seeking a yearly value of more than the $21 million another pitcher signed for.", "$21 million", "sign", null), "", "year", "asked"],
    ["a sum received, by the words before it", told(1.2e10, "Since May, Quarro has received $12 billion of loans.", "$12 billion", "loan", null), "", "", "given"],
  ])("must: %s", (_name, c, account, period, asking) => {
    expect(sumKind(c)).toEqual({ account, period, asking });
  });

  it("must not: a figure that is no sum of money", () => {
    expect(sumKind(told(12, "Pellam cut 12 jobs.", "12", "cut", "jobs", { unit: "job" }))).toBeNull();
  });
});

describe("sumsApart", () => {
  it.each<[string, Claim, Claim]>([
    [
      "a quarter's profit and a year's",
      told(9e6, "Pellam posted a net profit of $9 million in the second quarter.", "$9 million", "post", "a net profit"),
      told(3e7, "Pellam posted an annual profit of $30 million.", "$30 million", "post", "an annual profit", { reportedAt: "2031-08-01" }),
    ],
    ["a profit and a loss", told(9e6, "Pellam posted a profit of $9 million.", "$9 million", "post", "a profit"), told(4e6, "Pellam posted a loss of $4 million.", "$4 million", "post", "a loss")],
    [
      "a sum asked for and one received",
      told(5e9, "Quarro asked the state for $5 billion in aid.", "$5 billion", "ask", "the state", { rule: "aid-investment", actors: ["name:quarro"] }),
      told(1.2e10, "Quarro has received $12 billion in loans since May.", "$12 billion", "receive", null, { rule: "aid-investment", actors: ["name:quarro"] }),
    ],
    [
      "a rebate and a share's price",
      told(400, "The bill offers a $400 rebate to buyers of small cars.", "$400", "offer", null, { rule: "trade-volume" }),
      told(2.1, "Pellam shares rose 4.5% to a level of $2.10 in early trade.", "$2.10", "rise", null, { rule: "trade-volume" }),
    ],
  ])("must part: %s", (_name, a, b) => {
    expect(sumsApart(a, b)).toBe(true);
    expect(sumsApart(b, a)).toBe(true);
  });

  it.each<[string, Claim, Claim]>([
    ["a profit and earnings", told(9e6, "Pellam posted a profit of $9 million.", "$9 million", "post", "a profit"), told(9.5e6, "Pellam reported earnings of $9.5 million.", "$9.5 million", "report", "earnings")],
    [
      "a contract and a deal, no account read",
      told(4e7, "Quarro won a $40 million contract to build the bridge.", "$40 million", "win", "contract", { rule: "contracts-salaries" }),
      told(3.5e7, "The deal, worth $35 million, was signed in Brill.", "$35 million", "worth", null, { rule: "contracts-salaries" }),
    ],
    ["an annual profit and a profit of no period", told(3e7, "Pellam posted an annual profit of $30 million.", "$30 million", "post", "an annual profit"), told(2.8e7, "Pellam made a profit of $28 million.", "$28 million", "make", "a profit")],
    [
      "a sum asked for and one of no asking read",
      told(5e9, "Quarro asked the state for $5 billion in aid.", "$5 billion", "ask", "the state"),
      told(6e9, "Quarro would be eligible for a $6 billion loan.", "$6 billion", "loan", null),
    ],
    [
      "two sums sought, one read by its verb and one by the words before it",
      told(2.1e7, "Ames is said to be seeking a yearly value of more than the $21 million another pitcher signed for.", "$21 million", "sign", null),
      told(2.1e7, "Ames seeks more than $21 million per year.", "$21 million", "seek", null),
    ],
    [
      "a sum of a package given in exchange for cuts that were demanded, and one received",
      told(1.1e11, "Cuts demanded by the lenders in exchange for a $110 billion aid package.", "$110 billion", "demand", null, { rule: "aid-investment" }),
      told(1.1e11, "Orsk gets $110 billion of loans.", "$110 billion", "get", null, { rule: "aid-investment" }),
    ],
    ["two sums received", told(5e9, "Quarro received $5 billion in aid.", "$5 billion", "receive", null), told(6e9, "Quarro got $6 billion in aid.", "$6 billion", "get", null)],
  ])("must not part: %s", (_name, a, b) => {
    expect(sumsApart(a, b)).toBe(false);
  });
});

describe("ruleFiguresApart: a rule's changes as a frame's", () => {
  it("must: a company's value lost on one day and gained on another, of a rule", () => {
    const a = told(33, "Pellam, which lost more than 33% of its value, led the fall.", "33%", "lose", null, { unit: "percent", rule: "deal-value", reportedAt: "2031-03-04" });
    const b = told(31.5, "Pellam led the rally, with its value rising by 31.5%.", "31.5%", "rise", null, { unit: "percent", rule: "deal-value", reportedAt: "2031-03-09" });
    expect(ruleFiguresApart(a, b)).toBe(true);
  });

  it("must not: two falls of one company told in reports of two days", () => {
    const a = told(33, "Pellam lost 33% of its value.", "33%", "lose", null, { unit: "percent", rule: "deal-value", reportedAt: "2031-03-04" });
    const b = told(31, "Pellam lost 31% of its value.", "31%", "lose", null, { unit: "percent", rule: "deal-value", reportedAt: "2031-03-05" });
    expect(ruleFiguresApart(a, b)).toBe(false);
  });
});
