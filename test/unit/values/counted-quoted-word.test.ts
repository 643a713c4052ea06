/**
 * A word quoted on its own between a count and its noun ('300 "active" members') qualifies the
 * noun: the count still counts the noun. Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { findMentions } from "../../../src/values/index.js";

const countOf = (text: string, written: string) => findMentions(text, { asOf: "2020-06-30" }).find((m) => m.kind === "quantity" && m.text === written);

describe("must match: the noun after a quoted word is what is counted", () => {
  it.each<[string, string, string, string]>([
    ['The guild\'s 150 "senior" or sworn members paid dues.', "150", "senior sworn members", "person"],
    ['The agency ran 12 "sleeper" agents in Oslo.', "12", "sleeper agents", "agent"],
    ["Auditors found 40 “ghost” workers on the roll.", "40", "ghost workers", "person"],
  ])("%s", (text, written, counted, unit) => {
    expect(countOf(text, written)).toMatchObject({ counted, value: { unit } });
  });
});

describe("must not match: a quotation that goes on past one word counts nothing", () => {
  it.each<[string, string]>([
    ['He said 40 "and more" came to the rally.', "40"],
    ['They owed 12 "were never paid" the union said.', "12"],
  ])("%s", (text, written) => {
    expect(countOf(text, written)?.counted ?? null).toBeNull();
  });
});
