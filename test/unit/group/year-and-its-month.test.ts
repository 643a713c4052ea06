/**
 * One happening dated by two outlets, one with its year only and one with the month or day of that
 * year ("in 1983", "in November 1983"), is one occurrence told more or less precisely; two months
 * of one year, or a date reckoned from the day of writing ("last year") against a date written
 * with its year, are not joined that way. Sentences written for this test; the groupings expected
 * were decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { groupClaims } from "../../../src/group/group.js";
import { loadRules } from "../../../src/ruleset/load-rules.js";
import type { Claim } from "../../../src/types.js";
import { claimsOfText } from "../extract/frames/helpers.js";

const loaded = loadRules({ cwd: process.cwd() });
if (!loaded.ok) throw new Error("built-in rules do not load");
const RULES = loaded.rules;

/** The claim written `value` in `text`, as a document of its own in one story. */
function said(doc: string, text: string, value: string, date = "2024-06-04"): Claim {
  const c = claimsOfText(text, date).find((x) => x.text === value);
  if (!c) throw new Error(`no claim “${value}” in “${text}”`);
  return { ...c, document: doc, story: "s-1" };
}

/** Whether a and b end up in one group. */
function together(a: Claim, b: Claim): boolean {
  return groupClaims([a, b], RULES).some((g) => g.claims.some((c) => c.id === a.id) && g.claims.some((c) => c.id === b.id));
}

describe("must be one occurrence: a year and a date inside it, both written with the year", () => {
  it.each([
    [["In 1987, the Tarrow tannery was forced to file for bankruptcy.", "1987"], ["The Tarrow tannery filed for bankruptcy in October 1987.", "October 1987"]],
    [["Ines Voll joined the coastguard in 1990.", "1990"], ["Ines Voll joined the coastguard on 4 May 1990.", "4 May 1990"]],
  ])("%j and %j", ([ta, va], [tb, vb]) => {
    expect(together(said("a.txt", ta!, va!), said("b.txt", tb!, vb!))).toBe(true);
  });
});

describe("must not be joined that way", () => {
  it.each([
    // two months of one year
    [["The Tarrow tannery filed for bankruptcy in March 1987.", "March 1987"], ["The Tarrow tannery filed for bankruptcy in October 1987.", "October 1987"]],
    // a decade and a year in it
    [["Ines Voll joined the coastguard in the 1990s.", "the 1990s"], ["Ines Voll joined the coastguard in 1994.", "1994"]],
    // a year reckoned from the day of writing
    [["Ines Voll joined the coastguard last year.", "last year"], ["Ines Voll joined the coastguard on 4 May 2023.", "4 May 2023"]],
  ])("%j and %j", ([ta, va], [tb, vb]) => {
    expect(together(said("a.txt", ta!, va!), said("b.txt", tb!, vb!))).toBe(false);
  });
});
