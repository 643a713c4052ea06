/**
 * A fall, a plunge, a slip told of someone dates a death; told of a level (an index, shares, a
 * currency, a price) it does not (level-falls.ts, date-happening.ts). Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { frame } from "./helpers.js";

const happening = (sentence: string, value: string): string | undefined => frame(sentence, value).predicate?.lemma;

describe("a fall of a level is no death", () => {
  it.each([
    ["an amount of a share", "The Orvik index has fallen by 3.1% as of 14:10 UTC.", "14:10 UTC"],
    ["points, after an adverb", "The Brask 40 also fell sharply today, down 41.5 points.", "today"],
    ["a level reached", "On Friday the krona fell to 9.12, its weakest in a decade.", "Friday"],
    ["shares that plunged", "Shares in Delmar have plunged more than 40% this year.", "this year"],
    ["markets as the clause's subject, a phrase after them", "Stock markets across the region fell sharply today.", "today"],
    ["an index that tumbled", "The Tessaly index tumbled on Monday as traders sold.", "Monday"],
    ["prices that slipped", "Copper prices slipped on Thursday.", "Thursday"],
    ["temperatures", "Temperatures plunged overnight on Friday.", "Friday"],
  ])("must not be a death: %s", (_name, sentence, value) => {
    expect(happening(sentence, value)).not.toBe("die");
  });

  it.each([
    ["a climber's fall told by its length", "The climber fell 600 metres from the ridge on Sunday.", "Sunday"],
    ["a fall to a depth", "The hiker fell to 40 metres below the path on Sunday.", "Sunday"],
    ["a death named after the fall", "The climber fell 600 metres to his death on Sunday.", "Sunday"],
    ["a level's word in another clause", "Stocks were flat, and the guide slipped on the ice on Sunday.", "Sunday"],
    ["someone told by a pronoun", "She slipped on the stairs on Monday and broke her hip.", "Monday"],
    ["someone told by name", "Jon Arvik fell from a balcony on Friday.", "Friday"],
  ])("must be a death: %s", (_name, sentence, value) => {
    expect(happening(sentence, value)).toBe("die");
  });
});
