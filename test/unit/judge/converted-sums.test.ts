/**
 * Sums in two currencies compared at their story's rate: when only other reports of the story give
 * that rate (their brackets, "€4m (£3.4m)"), sums that differ at it diverge, and the reason names
 * the conversion; when one of the two reports gives a sum in both currencies itself, the rate is its
 * writer's and they may contradict. Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { withStoryRates } from "../../../src/group/exchange-rates.js";
import { comparePair } from "../../../src/judge/judge.js";
import { reasonFor } from "../../../src/judge/reasons.js";
import type { Claim } from "../../../src/types.js";
import { claimsOfText } from "../extract/frames/helpers.js";

/** The claim written `value` in `text`, as read in document `doc`, at `exchange` (one of its currency in the story's reference currency). */
function sum(doc: string, text: string, value: string, exchange: number, ratesTold?: string[]): Claim {
  const c = claimsOfText(text).find((x) => x.text === value);
  if (!c) throw new Error(`no “${value}” in “${text}”`);
  return { ...c, id: `c-${doc}`, document: doc, story: "s-1", exchange, ...(ratesTold ? { ratesTold } : {}) };
}

// a story where one pound is worth 1.5 dollars, the dollar its reference currency
const pounds12 = (told?: string[]) => sum("a.txt", "Thieves stole £1.2m of watches from the Orla shop in Keld.", "£1.2m", 1.5, told);
const dollars25 = (told?: string[]) => sum("b.txt", "Thieves stole $2.5m of watches from the Orla shop in Keld.", "$2.5m", 1, told);

describe("sums that differ at a rate only other reports give", () => {
  it("must diverge, and the reason names the conversion: £1.2m ($1.8m at the story's rate) and $2.5m", () => {
    const { verdict, basis } = comparePair(pounds12(), dollars25(), true);
    expect(verdict).toBe("diverge");
    expect(basis.kind).toBe("converted");
    const [a, b] = [pounds12(), dollars25()];
    const reason = reasonFor(basis, { topic: "theft", claims: new Map([[a.id, a], [b.id, b]]) });
    expect(reason).toContain("1 GBP = 1.5 USD");
  });

  it("must not diverge on that ground: one of the reports gives a sum in both currencies itself", () => {
    expect(comparePair(pounds12(["USD"]), dollars25(), true).basis.kind).not.toBe("converted");
    expect(comparePair(pounds12(), dollars25(["GBP"]), true).basis.kind).not.toBe("converted");
  });

  it("must still agree: £2m and $3.1m", () => {
    const pounds2 = sum("a.txt", "Thieves stole £2m of watches from the Orla shop in Keld.", "£2m", 1.5);
    const dollars31 = sum("b.txt", "Thieves stole $3.1m of watches from the Orla shop in Keld.", "$3.1m", 1);
    expect(comparePair(pounds2, dollars31, true).verdict).toBe("agree");
  });
});

describe("the currencies a report converts between itself", () => {
  it("marks the sums of a report with a bracket, and no others", () => {
    const inDoc = (doc: string, text: string): Claim[] => claimsOfText(text).map((c) => ({ ...c, document: doc, story: "s-1" }));
    const claims = withStoryRates([
      ...inDoc("a.txt", "Thieves stole €4 million (£3.4 million) of paintings from the Orla gallery."),
      ...inDoc("b.txt", "Thieves stole £1.6 million of paintings from the Orla gallery."),
    ]);
    const told = (doc: string, text: string) => claims.find((c) => c.document === doc && c.text === text)?.ratesTold;
    expect(told("a.txt", "€4 million")).toEqual(["GBP"]);
    expect(told("a.txt", "£3.4 million")).toEqual(["EUR"]);
    expect(told("b.txt", "£1.6 million")).toBeUndefined();
  });
});
