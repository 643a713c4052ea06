/**
 * A value is read once per document: the rules take the reading the frame pass made of the whole
 * text, so a date that leans on a year written in an earlier sentence ("the following year", "that
 * day", a month without its year) has the same value whichever way it becomes a claim.
 */
import { describe, expect, it } from "vitest";
import { claimsOfText } from "./frames/helpers.js";

const dated = (text: string, value: string, date = "2011-06-02") =>
  claimsOfText(text, date)
    .filter((c) => c.text === value && c.value.type === "date")
    .map((c) => [c.rule, c.value.type === "date" ? `${c.value.start}/${c.value.end}` : null]);

describe("a rule's date leans on the year its document wrote before it", () => {
  it.each([
    // text, value, [rule, start/end] the claim must have
    [
      "Talks on the Lakeside Accord opened in 1971. The following year the Lakeside Accord was signed in Geneva.",
      "following year",
      ["agreement-signing", "1972-01-01/1972-12-31"],
    ],
    [
      "The envoys met in Oslo on 3 May 1988. That day the Fjord Treaty was signed by both ministers.",
      "That day",
      ["agreement-signing", "1988-05-03/1988-05-03"],
    ],
  ])("%s → %s", (text, value, expected) => {
    expect(dated(text, value)).toContainEqual(expected);
  });

  it("a date with nothing before it to lean on is read against the document's own date", () => {
    // must not: no earlier year, so "the following year" is the year after the document's
    expect(dated("The following year the Lakeside Accord was signed in Geneva.", "following year")).toContainEqual([
      "agreement-signing",
      "2012-01-01/2012-12-31",
    ]);
  });
});
