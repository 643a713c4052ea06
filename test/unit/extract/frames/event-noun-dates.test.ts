/**
 * A date that modifies an event noun dates that happening, not the sentence's verb, and
 * a verb's nominalization meets the verb ("the 2019 break-in" / "broke into the shop"; "the
 * resignation of President Ann Reid in 2004" / "resigned"). Also a year in parentheses after a
 * work's title (title-year.ts). Sentences written for this test; the expected predicates were
 * decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { claimsOfText, frame } from "./helpers.js";

describe("a date before a hyphenated event noun dates its happening (event-compounds.ts)", () => {
  it.each([
    ["The 2019 break-in was never solved.", "2019", "rob"],
    ["Police linked Tom Hale to the June 2019 break-in at the council's offices.", "June 2019", "rob"],
    ["Thieves broke into the shop on Monday.", "Monday", "rob"],
    ["The shop was broken into on Monday.", "Monday", "rob"],
    ["The June 2004 walk-out shut the plant.", "June 2004", "walkout"],
    ["A 1998 shoot-out trial ended in Keld.", "1998", "trial"],
    ["The 2019 flood closed the road.", "2019", "flood"],
  ])("%s → %s: %s", (sentence, value, expected) => {
    expect(frame(sentence, value).predicate?.lemma).toBe(expected);
  });

  it.each([
    // must not: a break with no particle, or another particle, is no break-in
    ["A cable break on Monday cut service to Keld.", "Monday", "rob"],
    ["Ann Reid broke the record in May 2019.", "May 2019", "rob"],
    ["The talks took a break in May 2019.", "May 2019", "rob"],
    ["Ann Reid broke into tears on Monday.", "Monday", "rob"],
    ["The single broke into the top ten in May 2019.", "May 2019", "rob"],
  ])("not: %s → %s: not %s", (sentence, value, unexpected) => {
    expect(frame(sentence, value).predicate?.lemma).not.toBe(unexpected);
  });

  it.each([
    // must not: a model year, a make's year and a route number are no event dates
    ["Ann Reid drove the 2019 model to Keld.", "2019"],
    ["Tom Hale owned a 1972 Chevrolet until May.", "1972"],
    ["Buses on route 1972 stop in Keld.", "1972"],
  ])("not a dated event: %s → %s", (sentence, year) => {
    expect(claimsOfText(sentence).filter((c) => c.text.includes(year))).toEqual([]);
  });
});

describe("an event noun 'of' a titled name dates that happening", () => {
  it("the resignation of President Ann Reid in 2004 → resignation", () => {
    expect(frame("The audit ultimately led to the resignation of President Ann Reid in 2004.", "2004").predicate?.lemma).toBe("resignation");
  });
  it("not: the son of President Ann Reid in 2004 is no happening", () => {
    expect(frame("It was the son of President Ann Reid in 2004.", "2004").rule).toBeNull();
  });
});

describe("a year in parentheses after a work's title (title-year.ts)", () => {
  it.each([
    ["Ann Reid wrote in `` Quiet Hours: A Life '' (2011) that she knew.", "2011", "write"],
    ["The band's album “Blue Roads” (1998) was a hit in Keld.", "1998", "publish"],
  ])("%s → %s: %s", (sentence, value, expected) => {
    expect(frame(sentence, value).predicate?.lemma).toBe(expected);
  });

  it("the writer is the agent of the writing", () => {
    expect(frame("Ann Reid wrote in `` Quiet Hours: A Life '' (2011) that she knew.", "2011").participants.some((p) => p.role === "agent" && p.key === "ann reid")).toBe(true);
  });

  it.each([
    // must not: a year in parentheses after no title
    ["The mill (1935) burned down on Monday.", "1935"],
  ])("not: %s → %s", (sentence, value) => {
    const p = frame(sentence, value).predicate?.lemma;
    expect(p === "publish" || p === "write").toBe(false);
  });
});
