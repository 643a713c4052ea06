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
    ["a name inside the paragraph after a headline", "Quiet returns to the valley\n\nShelling stopped overnight near Tovar.", ["tovar"]],
    ["an event noun of the opening", "An earthquake shook the coast on Friday.", ["event:earthquake"]],
  ];
  it.each(mustHave)("%s", (_name, text, expected) => {
    expect(terms(text)).toEqual(expect.arrayContaining(expected));
  });

  const mustNot: [string, string, string[]][] = [
    ["words that open sentences", "The bank was closed. Police arrived. Three people were hurt.", ["the", "police", "three", "bank"]],
    ["titles, weekdays and months", "It happened on Wednesday, said President Jones in May.", ["president", "wednesday", "may"]],
    ["institution words", "The law passed the Senate and the House of Representatives.", ["senate", "house"]],
    ["a paragraph's first word after a headline", "Quiet returns to the valley\n\nShelling stopped overnight near Tovar.", ["shelling"]],
    ["a paragraph's first word after a paragraph that ends without a full stop", "Seen from the hills, in short\n\nAnalysts expect calm in Tovar.", ["analysts"]],
  ];
  it.each(mustNot)("not %s", (_name, text, unexpected) => {
    for (const t of unexpected) expect(terms(text)).not.toContain(t);
  });

  it("counts repeated names and keeps terms sorted", () => {
    const p = profileOf({ text: "Rescuers reached Padang first. Aid then arrived in Padang and in Bukittinggi." });
    expect(p.terms).toEqual(["bukittinggi", "padang"]);
    expect(p.counts).toEqual([1, 2]);
  });

  it("a line left out (a dateline, markup) is no blank line: the headline still carries over it", () => {
    const text = "Navy foils a raid at sea\nMarch 3, 2011\nKeldish sailors boarded the skiff.";
    const from = text.indexOf("March");
    expect(profileOf({ text, masked: [[from, from + "March 3, 2011".length]] }).terms).toContain("keldish");
    expect(profileOf({ text: text.replace("March 3, 2011", "") }).terms).not.toContain("keldish");
  });

  it("reads nothing in masked ranges", () => {
    const text = "<title>Visit Lisbon</title> The mayor met residents in Porto.";
    expect(profileOf({ text, masked: [[0, 28]] }).terms).toEqual(["porto"]);
  });
});
