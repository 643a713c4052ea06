/** The salient terms of a document: words of proper names inside sentences, event nouns of its opening. */
import { describe, expect, it } from "vitest";
import { profileOf } from "../../../src/extract/salient-terms.js";

const terms = (text: string): string[] => profileOf({ text }).terms;

describe("profileOf", () => {
  const mustHave: [string, string, string[]][] = [
    ["a name inside a sentence, word by word", "A fire broke out at the Marfin Investment Bank in Athens.", ["marfin", "investment", "bank", "athens"]],
    ["a name after a comma", "Protesters gathered, Syntagma Square filled quickly.", ["syntagma", "square"]],
    ["a possessive", "Police said the blaze began in Stadiou Street's largest branch.", ["stadiou", "street"]],
    ["a headline's name carried over its line break", "Greek austerity: views from abroad\nGreece's parliament votes today.", ["greece"]],
    ["an event noun of the opening", "An earthquake shook the coast on Friday.", ["event:earthquake"]],
  ];
  it.each(mustHave)("%s", (_name, text, expected) => {
    expect(terms(text)).toEqual(expect.arrayContaining(expected));
  });

  const mustNot: [string, string, string[]][] = [
    ["words that open sentences", "The bank was closed. Police arrived. Three people were hurt.", ["the", "police", "three", "bank"]],
    ["titles, weekdays and months", "It happened on Wednesday, said President Jones in May.", ["president", "wednesday", "may"]],
    ["institution words", "The law passed the Senate and the House of Representatives.", ["senate", "house"]],
  ];
  it.each(mustNot)("not %s", (_name, text, unexpected) => {
    for (const t of unexpected) expect(terms(text)).not.toContain(t);
  });

  it("counts repeated names and keeps terms sorted", () => {
    const p = profileOf({ text: "Rescuers reached Padang first. Aid then arrived in Padang and in Bukittinggi." });
    expect(p.terms).toEqual(["bukittinggi", "padang"]);
    expect(p.counts).toEqual([1, 2]);
  });

  it("reads nothing in masked ranges", () => {
    const text = "<title>Visit Lisbon</title> The mayor met residents in Porto.";
    expect(profileOf({ text, masked: [[0, 28]] }).terms).toEqual(["porto"]);
  });
});
