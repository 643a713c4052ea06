/**
 * A place in a text told by a number in words after its label ("page twenty", "chapter three") is
 * no claim; a count of pages or chapters, or a number that counts what follows it, stays a value.
 * Hand-written sentences.
 */
import { describe, expect, it } from "vitest";
import { findMentions } from "../../../src/values/index.js";
import { findTextPlaces } from "../../../src/values/noise/text-places.js";

const places = (text: string): string[] => findTextPlaces(text).map((m) => m.text);
const values = (text: string): string[] =>
  findMentions(text, { asOf: "2021-03-30" })
    .filter((m) => m.value !== null)
    .map((m) => m.text);

describe("places in a text told in words", () => {
  it.each([
    ["The recipe is printed on page twenty of the club cookbook.", "twenty"],
    ["The clause sits on page twenty-four of the contract.", "twenty-four"],
    ["He quoted chapter three of the memoir at length.", "three"],
    ["The pastor read verse sixteen aloud.", "sixteen"],
    ["Paragraph four of the ruling was struck out.", "four"],
    ["The firm filed under Chapter Eleven last week.", "Eleven"],
    ["It is set out in section two, which the court upheld.", "two"],
  ])("must: %s → %s", (text, span) => {
    expect(places(text)).toEqual([span]);
    expect(values(text)).not.toContain(span);
  });

  it.each([
    ["The paper ran four pages on the flood.", "four"],
    ["She wrote twenty chapters in a year.", "twenty"],
    ["He turned the page twenty years later.", "twenty years"],
    ["They repaved a section two miles long.", "two miles"],
    ["On the last page, twenty people signed their names.", "twenty"],
    ["The chapter three members founded closed in May.", "three"],
  ])("must not: %s keeps %s", (text, value) => {
    expect(places(text)).toEqual([]);
    expect(values(text)).toContain(value);
  });
});
