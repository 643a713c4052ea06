/** The calibre of a firearm is taken by its rule, whatever was done with the gun. Sentences written for this test. */
import { describe, expect, it } from "vitest";
import { claimsOfText } from "./helpers.js";

const rulesOf = (text: string, value: string): string[] => claimsOfText(text).filter((c) => c.text === value).map((c) => c.rule);

describe("a firearm's calibre", () => {
  it.each([
    ["The suspect drew a .45-caliber pistol before the deputies fired.", ".45"],
    ["Investigators recovered a .22-caliber rifle from the trunk.", ".22"],
    ["He pointed a .357 Magnum at the clerk.", ".357"],
    ["A loaded .38 revolver lay beside him, police said.", ".38"],
    // a bore before the gun's own name, with its point kept
    ["The farmhand kept a .22 rifle in the shed.", ".22"],
    ["Both guards carried .40 pistols on the night.", ".40"],
    ["He bought a .410 shotgun the week before.", ".410"],
  ])("is the rule's, whatever the verb: %s", (text, value) => {
    expect(rulesOf(text, value)).toEqual(["firearm-caliber"]);
  });

  it.each([
    ["Turnout rose 0.38 percent on the year.", "0.38"],
    ["Police seized 38 revolvers from the warehouse.", "38"],
    ["She batted .357 over the season.", ".357"],
    ["The club sold 22 rifles at the fair.", "22"],
    ["He hit .300 with 22 home runs.", ".300"],
  ])("is not a share, a count of guns or an average: %s", (text, value) => {
    expect(rulesOf(text, value)).not.toContain("firearm-caliber");
  });
});
