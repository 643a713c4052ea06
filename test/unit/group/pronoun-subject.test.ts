/** A frame verb whose subject is he, she, they or it: someone or something told before (group/pronoun-subject.ts). */
import { describe, expect, it } from "vitest";
import { separates } from "../../../src/group/participants.js";
import { pronounActs } from "../../../src/group/pronoun-subject.js";
import type { Claim, Participant } from "../../../src/types.js";
import { claim, qty } from "../../helpers/claims.js";

const told = (sentence: string, lemma: string, voice: "active" | "passive" = "active", participants: [Participant["role"], string][] = [], actors: string[] = []): Claim =>
  claim(qty(3, 3, { unit: "month" }), {
    sentence,
    actors,
    claimFrame: {
      counted: "duration",
      predicate: { lemma, voice },
      participants: participants.map(([role, text]) => ({ role, text, key: text.toLowerCase() })),
      time: { tally: false, reportedAt: null },
      attribution: null,
      modality: [],
    },
  });

describe("pronounActs", () => {
  it.each([
    ["a pronoun opens the sentence", told("She spent three months in a county jail.", "spend"), true],
    ["after a fronted date and its comma", told("On 9 March 1988, he admitted two counts of fraud.", "admit"), true],
    ["past an auxiliary and an adverb", told("They had quietly sold the orchard for $2 million.", "sell"), true],
    ["an irregular past keeps the first letter", told("He began a three-month course at Dorling.", "begin"), true],
    ["a name for subject", told("Carla Voss spent three months in a county jail.", "spend"), false],
    ["a pronoun that is the subject of another verb", told("He said the mill sold three months of stock to Brandt.", "sell"), false],
    ["a pronoun after the verb, as its object", told("The board fined him for three months of late filings.", "fine"), false],
    ["a passive verb with a pronoun subject leaves its agent unsaid", told("He was held for three months at Ferrow.", "hold", "passive"), true],
    ["a pronoun opening a later clause", told("Young Ames farmed the land for years, until it was sold for $2 million.", "sell", "passive"), true],
    ["a pronoun that is the verb's object", told("The Orr family sold it for $2 million in 1975.", "sell"), false],
    ["a pronoun subject of another verb in a later clause", told("Ada Moss sold the mill for $2 million after she moved to Leeds.", "sell"), false],
    ["a pronoun deep inside the sentence", told("After the Tarn council voted against the plan for three months, she left.", "vote"), false],
  ])("%s", (_name, c, expected) => {
    expect(pronounActs(c)).toBe(expected);
  });
});

describe("an agent named in one report and a pronoun in the other", () => {
  const named = told("Carla Voss served three months in prison for her part in the Lindale fraud.", "serve", "active", [["agent", "Carla Voss"]], ["name:carla", "name:voss", "name:lindale"]);
  it("is not taken for someone else because the pronoun's sentence names others", () => {
    const pronoun = told("She served a shortened term of three months in return for helping the Brandt inquiry.", "serve", "active", [["patient", "a shortened term"]], ["name:brandt"]);
    expect(separates(named, pronoun)).toBe(false);
  });
  it("while a sentence whose subject is another name still parts them", () => {
    const other = told("Ivo Brandt served a shortened term of three months at Kelso.", "serve", "active", [["patient", "a shortened term"]], ["name:ivo", "name:brandt", "name:kelso"]);
    expect(separates(named, other)).toBe(true);
  });
});

describe("a seller named in one report and a thing sold told by a pronoun in the other", () => {
  it("is not parted by a name of the pronoun's sentence that plays no part in the sale", () => {
    const seller = told("The Orr family sold the Keel ranch for $2 million in 1975.", "sell", "active", [["agent", "The Orr family"], ["patient", "the Keel ranch"]], ["name:orr", "name:keel"]);
    const sold = told("Young Tomas worked the ranch for years, until it was sold for $2 million at an auction in Dunmore.", "sell", "passive", [["place", "Dunmore"]], ["name:tomas", "name:dunmore"]);
    expect(separates(seller, sold)).toBe(false);
  });
});
