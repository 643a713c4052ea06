/**
 * Acts an office does to a thing, told with different verbs: undoing a rule ("rescinded",
 * "revoked", "repealed", "overturned the ban"), bringing one into force ("passed", "adopted",
 * "finalized", "enacted"), putting someone in a role ("named", "tapped", "picked", "chosen"),
 * sending something ("sent", "delivered", "mailed"). Each is one kind of happening where a value
 * is told twice, but outlets' claims are not gathered into one topic by the class: what was acted
 * on tells one occurrence from another. A light verb whose object is a noun of a kind of happening
 * ("made the announcement") is that happening. Sentences written for this test; the kinds
 * expected were decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { classesOfClaim, oneKindOfHappening, predicateOf, topicClassesOf } from "../../../src/group/predicate-classes.js";
import { claimsOfText } from "../extract/frames/helpers.js";
import type { Claim } from "../../../src/types.js";

function claim(sentence: string, value: string): Claim {
  const c = claimsOfText(sentence).find((x) => x.text === value);
  if (!c) throw new Error(`no claim “${value}” in “${sentence}”: ${claimsOfText(sentence).map((x) => x.text).join(", ")}`);
  return c;
}

describe("must be one kind of happening", () => {
  it.each([
    ["The county board rescinded the parking rule on May 4, 2022.", "May 4, 2022", "The county board revoked the parking rule on May 4, 2022.", "May 4, 2022"],
    ["The council repealed the curfew on June 9, 2020.", "June 9, 2020", "The council scrapped the curfew on June 9, 2020.", "June 9, 2020"],
    ["The new mayor overturned the hosepipe ban on July 1, 2019.", "July 1, 2019", "The new mayor reversed the hosepipe ban on July 1, 2019.", "July 1, 2019"],
    ["The assembly passed the zoning code in March 2015.", "March 2015", "The assembly adopted the zoning code in March 2015.", "March 2015"],
    ["The agency finalized the fishing quota in October 2017.", "October 2017", "The agency enacted the fishing quota in October 2017.", "October 2017"],
    ["The guild picked Nora Vale as its host on April 2, 2021.", "April 2, 2021", "The guild named Nora Vale as its host on April 2, 2021.", "April 2, 2021"],
    ["The league tapped Omar Ruiz to lead the panel on August 5, 2016.", "August 5, 2016", "The league chose Omar Ruiz to lead the panel on August 5, 2016.", "August 5, 2016"],
    ["Nine hundred farmers sent petitions to the ministry on May 3, 2018.", "May 3, 2018", "Nine hundred farmers delivered petitions to the ministry on May 3, 2018.", "May 3, 2018"],
  ])("“%s” and “%s”", (sa, va, sb, vb) => {
    expect(oneKindOfHappening(claim(sa, va), claim(sb, vb))).toBe(true);
  });

  it("a light verb whose object names a happening is that happening: “made the announcement on Friday” is an announcement", () => {
    const made = claim("The singer made the announcement on Friday.", "Friday");
    expect(predicateOf(made)).toBe("announcement");
    expect(oneKindOfHappening(made, claim("The singer announced the tour on Friday.", "Friday"))).toBe(true);
  });
});

describe("must not be one kind of happening", () => {
  it.each([
    // undoing a rule and bringing one into force
    ["The council repealed the curfew on June 9, 2020.", "June 9, 2020", "The council passed the curfew on June 9, 2020.", "June 9, 2020"],
    // a ferry that overturned sank; a ban that was overturned was reversed
    ["The ferry Mona Bell overturned near the pier on July 1, 2019.", "July 1, 2019", "The new mayor rescinded the hosepipe ban on July 1, 2019.", "July 1, 2019"],
    // picking someone and announcing something
    ["The guild picked Nora Vale as its host on April 2, 2021.", "April 2, 2021", "The guild hosted a dinner on April 2, 2021.", "April 2, 2021"],
    // sending and receiving
    ["Nine hundred farmers sent petitions to the ministry on May 3, 2018.", "May 3, 2018", "The ministry received petitions on May 3, 2018.", "May 3, 2018"],
  ])("“%s” and “%s”", (sa, va, sb, vb) => {
    expect(oneKindOfHappening(claim(sa, va), claim(sb, vb))).toBe(false);
  });

  it("a light verb keeps no class when its object names none: “made a profit”, “took the lead”", () => {
    expect(classesOfClaim(claim("The bakery made a profit in 2019.", "2019"))).toBeNull();
    expect(classesOfClaim(claim("The visitors took the lead in the 2018 final.", "2018"))).toBeNull();
  });

  it("“passed away” is a death, not a law brought into force", () => {
    const died = claim("The old judge passed away on March 8, 2014.", "March 8, 2014");
    expect(classesOfClaim(died)).toContain("kill");
    expect(classesOfClaim(died)).not.toContain("adopt");
  });
});

describe("the topic of an act on a thing is its own verb's", () => {
  it.each([
    ["The county board rescinded the parking rule on May 4, 2022.", "May 4, 2022", "rescind"],
    ["The new mayor overturned the hosepipe ban on July 1, 2019.", "July 1, 2019", "overturn"],
    ["The assembly passed the zoning code in March 2015.", "March 2015", "pass"],
  ])("%s → %s", (sentence, value, own) => {
    const c = claim(sentence, value);
    expect(topicClassesOf(c)).toEqual([own]);
  });

  it("other classes gather as before: “seized” and “confiscated” give one topic class", () => {
    expect(topicClassesOf(claim("Customs seized 40 rifles on May 4, 2022.", "May 4, 2022"))).toEqual(["seize"]);
  });
});
