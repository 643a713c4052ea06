/**
 * A body named by its title in one report and described in plain words in another ties the two
 * claims as a proper name both give would. Sentences written for this test; the ties expected were
 * decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { describedAlike } from "../../../src/group/described-names.js";
import { groupClaims } from "../../../src/group/group.js";
import { loadRules } from "../../../src/ruleset/load-rules.js";
import { claimsOfText } from "../extract/frames/helpers.js";
import type { Claim } from "../../../src/types.js";

function claim(sentence: string, value: string, date = "2024-03-08"): Claim {
  const c = claimsOfText(sentence, date).find((x) => x.text === value);
  if (!c) throw new Error(`no claim “${value}” in “${sentence}”`);
  return c;
}

describe("must tie: a title and its description in plain words", () => {
  it.each([
    ["The Guild of Printers and Binders – formed in 2004 – will stand in the vote.", "2004", "A guild of printers and binders was set up in March 2004 in Leeds.", "March 2004"],
    ["The Union of Harbour Pilots was founded in 1991, its chair said.", "1991", "A union of local harbour pilots was founded in May 1991 in Hull.", "May 1991"],
  ])("%s / %s", (s1, v1, s2, v2) => {
    expect(describedAlike(claim(s1, v1), claim(s2, v2))).toBe(true);
    expect(describedAlike(claim(s2, v2), claim(s1, v1))).toBe(true);
  });
});

describe("must not tie", () => {
  it.each([
    // one word after "of"
    ["The Bank of England was founded in 1694, the museum says.", "1694", "A bank of england notes was opened in May 1694.", "May 1694"],
    // other words
    ["The Union of Harbour Pilots was founded in 1991, its chair said.", "1991", "A union of dock workers was founded in May 1991 in Hull.", "May 1991"],
    // the words without the head and "of"
    ["The Union of Harbour Pilots was founded in 1991, its chair said.", "1991", "Harbour pilots joined the union in May 1991.", "May 1991"],
    // the same title written twice (a proper name both give ties already)
    ["The Union of Harbour Pilots was founded in 1991, its chair said.", "1991", "The Union of Harbour Pilots was founded in May 1991 in Hull.", "May 1991"],
  ])("%s / %s", (s1, v1, s2, v2) => {
    expect(describedAlike(claim(s1, v1), claim(s2, v2))).toBe(false);
  });
});

describe("the grouping: one founding told by title and by description", () => {
  const loaded = loadRules({ cwd: process.cwd() });
  if (!loaded.ok) throw new Error("built-in rules do not load");
  const rules = loaded.rules;

  function together(a: Claim, b: Claim): boolean {
    const groups = groupClaims([{ ...a, story: "s" }, { ...b, document: "u.txt", story: "s" }], rules);
    return groups.some((g) => g.claims.length === 2);
  }

  it("a year and its month, told of the guild by title and by description, are one founding", () => {
    const a = claim("The Guild of Printers and Binders – founded in 2004 – will stand in the vote on Monday.", "2004");
    const b = claim("A guild of Kentish printers and binders was established in March 2004 in Canterbury.", "March 2004");
    expect(together(a, b)).toBe(true);
  });

  it("not when the plain words describe another body", () => {
    const a = claim("The Guild of Printers and Binders – founded in 2004 – will stand in the vote on Monday.", "2004");
    const b = claim("A guild of Kentish weavers and dyers was established in March 2004 in Canterbury.", "March 2004");
    expect(together(a, b)).toBe(false);
  });
});
