/**
 * Calibres of different guns are different occurrences: the officers' pistols and the suspect's
 * revolver, several guns and one. Sentences and names written for this test.
 */
import { describe, expect, it } from "vitest";
import { gunOf, separates } from "../../../src/group/participants.js";
import { claimsOfText } from "../extract/frames/helpers.js";

const calibre = (text: string, value: string) => {
  const c = claimsOfText(text).find((x) => x.text === value && x.rule === "firearm-caliber");
  if (!c) throw new Error(`no calibre “${value}” in “${text}”`);
  return c;
};

describe("the gun a calibre is given for", () => {
  it.each([
    ["Two deputies fired their .40-caliber pistols at the van.", ".40", { several: true, officers: true }],
    ["The gunman pointed a .38 revolver at the clerk.", ".38", { several: false, officers: false }],
    ["A .38-caliber revolver was found under the seat.", ".38", { several: false, officers: null }],
  ])("%s", (text, value, expected) => {
    expect(gunOf(calibre(text, value))).toEqual(expected);
  });
});

describe("calibres of different guns are kept apart", () => {
  const officers = calibre("Two deputies fired their .40-caliber pistols at the van.", ".40");
  const suspect = calibre("The gunman pointed a .38 revolver at the clerk.", ".38");
  const found = calibre("A .38-caliber revolver was found under the seat.", ".38");
  const found45 = calibre("A .45-caliber handgun was found under the seat.", ".45");
  const drawn = calibre("Ira Kemp drew a .45-caliber handgun, the sheriff said.", ".45");

  it("several guns against one, the officers' against the gunman's", () => {
    expect(separates(officers, suspect)).toBe(true);
    expect(separates(officers, found)).toBe(true);
  });

  it("must not: one gun that nobody is said to hold, against one gun held by someone", () => {
    expect(separates(suspect, found)).toBe(false);
    expect(separates(found45, drawn)).toBe(false);
    expect(separates(found, found45)).toBe(false);
  });
});
