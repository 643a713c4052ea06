/** A frame verb whose subject is he, she, they or it: someone or something told before (group/pronoun-subject.ts). */
import { describe, expect, it } from "vitest";
import { separates } from "../../../src/group/participants.js";
import { pronounActs } from "../../../src/group/pronoun-subject.js";
import type { Claim, Participant } from "../../../src/types.js";
import { claim, qty } from "../../helpers/claims.js";

const told = (sentence: string, text: string, lemma: string, voice: "active" | "passive" = "active", participants: [Participant["role"], string][] = [], actors: string[] = []): Claim =>
  claim(qty(3, 3, { unit: "month" }), {
    sentence,
    text,
    actors,
    claimFrame: {
      counted: "duration",
      predicate: { lemma, voice },
      participants: participants.map(([role, t]) => ({ role, text: t, key: t.toLowerCase() })),
      time: { tally: false, reportedAt: null },
      attribution: null,
      modality: [],
    },
  });

describe("pronounActs", () => {
  it.each([
    ["a pronoun opens the sentence", told("She spent three months in a county jail.", "three months", "spend"), true],
    ["after a date that opens the sentence, and its comma", told("On 9 March 1988, he admitted two counts of fraud.", "9 March 1988", "admit"), true],
    ["after an opening adverb and a date with their commas", told("Then, on 9 March 1988, she admitted two counts of fraud.", "9 March 1988", "admit"), true],
    ["after a clause and a date that follows it", told("After the Tarn council met, on 9 March 1988, she admitted two counts.", "9 March 1988", "admit"), false],
    ["past an auxiliary and an adverb", told("They had quietly sold the orchard for $2 million.", "$2 million", "sell"), true],
    ["an irregular past keeps the first letter", told("He began a three-month course at Dorling.", "three-month", "begin"), true],
    ["a short irregular past in -ed", told("She led the club to a 12-win season.", "12-win", "lead"), true],
    ["a passive verb with a pronoun subject leaves its agent unsaid", told("He was held for three months at Ferrow.", "three months", "hold", "passive"), true],
    ["a pronoun opening a later clause, before the value", told("Young Ames farmed the land for years, until it was sold for $2 million.", "$2 million", "sell", "passive"), true],
    ["a name for subject", told("Carla Voss spent three months in a county jail.", "three months", "spend"), false],
    ["a pronoun that is the subject of a verb of saying", told("He said the mill sold three months of stock to Brandt.", "three months", "sell"), false],
    ["a pronoun after the verb, as its object", told("The board fined him for three months of late filings.", "three months", "fine"), false],
    ["a pronoun that is the verb's object", told("The Orr family sold it for $2 million in 1975.", "$2 million", "sell"), false],
    ["a pronoun of a clause after the value", told("The guards escorted five trucks through the pass when they spotted two gunmen.", "five", "spot"), false],
    ["a pronoun deep inside the sentence, after the value", told("After the Tarn council voted against the plan for three months, she left.", "three months", "vote"), false],
    ["a regular form of another verb with the same first letter", told("They sailed home after three months at sea.", "three months", "serve"), false],
  ])("%s", (_name, c, expected) => {
    expect(pronounActs(c)).toBe(expected);
  });
});

describe("an agent named in one report and a pronoun in the other", () => {
  const named = told("Carla Voss served three months in prison for her part in the Lindale fraud.", "three months", "serve", "active", [["agent", "Carla Voss"]], ["name:carla", "name:voss", "name:lindale"]);
  it("is not taken for someone else because the pronoun's sentence names others", () => {
    const pronoun = told("She served a shortened term of three months in return for helping the Brandt inquiry.", "three months", "serve", "active", [["patient", "a shortened term"]], ["name:brandt"]);
    expect(separates(named, pronoun)).toBe(false);
  });
  it("while a sentence whose subject is another name still parts them", () => {
    const other = told("Ivo Brandt served a shortened term of three months at Kelso.", "three months", "serve", "active", [["patient", "a shortened term"]], ["name:ivo", "name:brandt", "name:kelso"]);
    expect(separates(named, other)).toBe(true);
  });
});

describe("a seller named in one report and a thing sold told by a pronoun in the other", () => {
  it("is not parted by a name of the pronoun's sentence that plays no part in the sale", () => {
    const seller = told("The Orr family sold the Keel ranch for $2 million in 1975.", "$2 million", "sell", "active", [["agent", "The Orr family"], ["patient", "the Keel ranch"]], ["name:orr", "name:keel"]);
    const sold = told("Young Tomas worked the ranch for years, until it was sold for $2 million at an auction in Dunmore.", "$2 million", "sell", "passive", [["place", "Dunmore"]], ["name:tomas", "name:dunmore"]);
    expect(separates(seller, sold)).toBe(false);
  });
});
