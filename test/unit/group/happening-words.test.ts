/**
 * One dated happening told with other verbs or nouns (happening-words.ts): a disclosure told as an
 * admission, a revelation, a coming forward or the end of a secret; a deployment told by its verb
 * or its noun; an approval told as a go-ahead. Sentences, names and dates written for this test; the
 * kinds expected were decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { classesOfClaim, oneKindOfHappening } from "../../../src/group/predicate-classes.js";
import { endsASecret } from "../../../src/group/happening-words.js";
import { groupClaims } from "../../../src/group/group.js";
import { claimsOfText } from "../extract/frames/helpers.js";
import type { Claim } from "../../../src/types.js";

function claim(sentence: string, value: string): Claim {
  const c = claimsOfText(sentence).find((x) => x.text === value);
  if (!c) throw new Error(`no claim “${value}” in “${sentence}”: ${claimsOfText(sentence).map((x) => x.text).join(", ")}`);
  return c;
}

describe("must be one kind of happening", () => {
  it.each([
    ["Ada Korr admitted in May 2011 that she had written the pamphlets.", "May 2011", "Ada Korr revealed in May 2011 that she had written the pamphlets.", "May 2011"],
    ["Ada Korr finally came forward in May 2011.", "May 2011", "Ada Korr disclosed in May 2011 that she had written the pamphlets.", "May 2011"],
    ["Ada Korr confessed in May 2011 to writing the pamphlets.", "May 2011", "Ada Korr went public in May 2011.", "May 2011"],
    ["The author of the pamphlets remained a secret until May 2011, when Ada Korr spoke out.", "May 2011", "Ada Korr admitted in May 2011 that she had written the pamphlets.", "May 2011"],
    ["The frigate Osna was deployed to the strait on March 4, 2017.", "March 4, 2017", "The navy dispatched the frigate Osna to the strait on March 4, 2017.", "March 4, 2017"],
    ["The navy dispatched the frigate Osna to the strait on March 4, 2017.", "March 4, 2017", "The navy deployed the frigate Osna to the strait on March 4, 2017.", "March 4, 2017"],
    ["The cabinet approved the port plan on June 2, 2015.", "June 2, 2015", "The cabinet gave the go-ahead to the port plan on June 2, 2015.", "June 2, 2015"],
    ["The cabinet authorized the port plan on June 2, 2015.", "June 2, 2015", "The cabinet approved the port plan on June 2, 2015.", "June 2, 2015"],
  ])("“%s” and “%s”", (sa, va, sb, vb) => {
    expect(oneKindOfHappening(claim(sa, va), claim(sb, vb))).toBe(true);
  });
});

describe("must not be one kind of happening", () => {
  it.each([
    // a stay in hospital is no disclosure
    ["Ada Korr was admitted to the city hospital in May 2011.", "May 2011", "Ada Korr revealed in May 2011 that she had written the pamphlets.", "May 2011"],
    // a term of office that lasted until a day ended no secret
    ["Ada Korr remained in office until May 2011.", "May 2011", "Ada Korr revealed in May 2011 that she had written the pamphlets.", "May 2011"],
    // a deployment and a sinking
    ["The navy deployed the frigate Osna to the strait on March 4, 2017.", "March 4, 2017", "The frigate Osna sank a smuggling boat on March 4, 2017.", "March 4, 2017"],
    // an approval and an undoing
    ["The cabinet approved the port plan on June 2, 2015.", "June 2, 2015", "The cabinet rescinded the port plan on June 2, 2015.", "June 2, 2015"],
    // an approval and a signing
    ["The cabinet approved the port plan on June 2, 2015.", "June 2, 2015", "The mayor signed the port plan on June 2, 2015.", "June 2, 2015"],
  ])("“%s” and “%s”", (sa, va, sb, vb) => {
    expect(oneKindOfHappening(claim(sa, va), claim(sb, vb))).toBe(false);
  });
});

describe("the end of a secret dates its disclosure", () => {
  it.each<[string, string, string, boolean]>([
    ["remain", "The author's name remained a secret until May 2011, when she spoke.", "May 2011", true],
    ["remain", "She insisted on remaining anonymous until 30 May 2011 when her son named her.", "30 May 2011", true],
    ["be", "The donor was unknown until June 2009.", "June 2009", true],
    ["remain", "She remained in office until May 2011.", "May 2011", false],
    ["remain", "The author's name remained a secret in May 2011.", "May 2011", false],
    ["reveal", "Her son revealed the secret until May 2011.", "May 2011", false],
  ])("%s: “%s”", (lemma, sentence, text, expected) => {
    expect(endsASecret(lemma, sentence, text)).toBe(expected);
  });

  it("a claim so told is a disclosure", () => {
    expect(classesOfClaim(claim("The author's name remained a secret until May 2011, when she spoke.", "May 2011"))).toEqual(["disclose"]);
  });
});

describe("in a story's grouping", () => {
  /** The date claim written `value` in a one-sentence report of story s-1. */
  function reported(sentence: string, value: string, day: string): Claim {
    const c = claimsOfText(sentence, day).find((x) => x.text === value && x.value.type === "date");
    if (!c) throw new Error(`no claim “${value}” in “${sentence}”`);
    return { ...c, document: `${sentence.slice(0, 16)}-${day}.txt`, story: "s-1" };
  }
  function together(a: Claim, b: Claim): boolean {
    return groupClaims([a, b], []).some((g) => g.claims.some((c) => c.id === a.id) && g.claims.some((c) => c.id === b.id));
  }

  it("must join: one person's disclosure told with two verbs", () => {
    const a = reported("Ada Korr admitted in May 2031 that she wrote the pamphlets.", "May 2031", "2031-05-20");
    const b = reported("Ada Korr finally came forward in May 2031.", "May 2031", "2031-05-21");
    expect(together(a, b)).toBe(true);
  });

  it("must not join: two people's disclosures", () => {
    const a = reported("Ada Korr admitted on May 12, 2031 that she wrote the pamphlets.", "May 12, 2031", "2031-05-20");
    const b = reported("Ben Lott finally came forward on May 14, 2031.", "May 14, 2031", "2031-05-21");
    expect(together(a, b)).toBe(false);
  });

  it("must not join: a deployment and a sinking of one story", () => {
    const a = reported("The frigate Osna was deployed to the strait on May 2, 2031.", "May 2, 2031", "2031-05-20");
    const b = reported("The frigate Osna sank a smuggling boat on May 4, 2031.", "May 4, 2031", "2031-05-21");
    expect(together(a, b)).toBe(false);
  });
});
