/**
 * A gun or a round named by its bore in millimetres ("9-mm shell casings", "a 9mm pistol") makes
 * no claim, as "a 12-gauge shotgun" makes none (extract/frames/bore-names.ts); millimetres of
 * anything else stay a measure, and a calibre told as such stays the calibre rule's. Sentences
 * written for this test; the answers were decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { namesABore } from "../../../../src/extract/frames/bore-names.js";
import { claimsOfText } from "./helpers.js";

const claimsAt = (text: string, value: string) => claimsOfText(text).filter((c) => c.text === value);

describe("a bore in millimetres before a gun or a round is no claim", () => {
  it.each([
    ["Police recovered 12 9-mm shell casings on the roof of the Larch Street building.", "9-mm"],
    ["He carried a 9mm Glock pistol into the bar in Keld.", "9mm"],
    ["Troops fired 7.62mm rounds at the convoy near Dunmore.", "7.62mm"],
    ["A 120mm mortar shell landed near the Keld school on Sunday.", "120mm"],
    ["The guard kept a 9 mm semi-automatic handgun in his locker.", "9 mm"],
  ])("%s", (text, value) => {
    expect(claimsAt(text, value)).toEqual([]);
  });

  it("the count of casings is still read", () => {
    expect(claimsAt("Police recovered 12 9-mm shell casings on the roof of the Larch Street building.", "12")).toHaveLength(1);
  });
});

describe("millimetres of anything else, and a calibre told as such, are still read", () => {
  it.each([
    ["The storm dropped 9mm of rain on Keld in an hour.", "9mm"],
    ["Engineers found a 5mm gap in the Dunmore bridge deck.", "5mm"],
    ["There was a 2mm crack in the rifle's stock, the armourer in Keld said.", "2mm"],
  ])("%s", (text, value) => {
    expect(claimsAt(text, value).length).toBeGreaterThan(0);
  });

  it("an inch bore with its point is the calibre rule's", () => {
    expect(claimsAt("A loaded .38 revolver lay beside him in Keld, police said.", ".38").map((c) => c.rule)).toEqual(["firearm-caliber"]);
  });
});

describe("namesABore", () => {
  it.each([
    ["mm", " shell casings on the roof", true],
    ["mm", " Glock pistol", true],
    ["millimetre", " rounds", true],
    ["mm", " of rain", false],
    ["mm", " gap in the deck", false],
    ["mm", " crack in the rifle's stock", false],
    ["km", " gun battle", false],
    ["in", " pistol", false],
  ] as const)("%s before “%s” → %s", (unit, after, want) => {
    expect(namesABore(unit, after)).toBe(want);
  });
});
