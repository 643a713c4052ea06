import { describe, expect, it } from "vitest";
import { inflections } from "../../../src/extract/inflect.js";
import { allMatches, termsRegex } from "../../../src/extract/terms.js";

describe("inflections of base-form trigger words", () => {
  it.each([
    ["withdraw", ["withdraw", "withdrawing", "withdrawn", "withdraws", "withdrew"]],
    ["strike", ["strike", "strikes", "striking", "struck"]],
    ["fee", ["fee", "fees"]],
    ["killed", ["killed"]],
    ["lives", ["lives"]],
  ])("%s → %j", (word, forms) => {
    expect(inflections(word)).toEqual(forms);
  });
});

describe("termsRegex", () => {
  const cases: [string[], string, string[]][] = [
    [["recogni*"], "Pakistan recognised it; recognition followed.", ["recognised", "recognition"]],
    [["air strike*"], "air strikes, air-strikes and airstrikes", ["air strikes", "air-strikes", "airstrikes"]],
    [["took ... control"], "the army took full military control of the city", ["took full military control"]],
    [["withdraw"], "the troops withdrew; a withdrawal", ["withdrew"]],
    [["return* to power"], "since the Taliban’s return to power", ["return to power"]],
    [["meeting*"], "Meetings resumed.", ["Meetings"]],
    [["fee"], "coffee and fees", ["fees"]],
  ];
  it.each(cases)("%j in %s", (terms, text, expected) => {
    expect(allMatches(termsRegex(terms), text).map((m) => m.text)).toEqual(expected);
  });
});
