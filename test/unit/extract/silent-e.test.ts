/**
 * The tagger's silent-e lemma (tagger.ts silentE) asks endsInEd before it lower-cases a word: a
 * word whose lower case does not end in "ed" keeps the model's lemma, so only such words need be
 * lower-cased. Words written for this test.
 */
import { describe, expect, it } from "vitest";
import { endsInEd, tagSentence } from "../../../src/extract/tag/tagger.js";

describe("endsInEd", () => {
  it.each(["fined", "DINED", "piPeD", "waded", "ed", "Ed", "shrEd"])("%s ends in ed", (w) => {
    expect(endsInEd(w)).toBe(true);
  });
  it.each(["fine", "end", "d", "", "ed.", "edd", "fined ", "e", "dé", "ÉD", "eᴅ"])("%s does not end in ed", (w) => {
    expect(endsInEd(w)).toBe(false);
  });

  it("agrees with lower-casing the word, for every code point before and after a final 'ed'", () => {
    // no character other than e/E lower-cases to something that ends in "e", nor other than d/D to one that ends in "d"
    const others: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCodePoint(cp);
      const l = c.toLowerCase();
      if ((l.endsWith("e") || l.endsWith("d")) && !"eEdD".includes(c)) others.push(c);
    }
    expect(others).toEqual([]);
    for (const w of ["bakeD", "Σed", "ΣED", "İd", "İed", "aİ", "eΣ", "dΣ"]) expect(endsInEd(w)).toBe(w.toLowerCase().endsWith("ed"));
  });
});

describe("silent e of a past read through endsInEd", () => {
  it.each([
    ["The court fined the firm 40,000 pounds on Monday.", "fined", "fine"],
    ["The guests DINED at the castle on 3 May.", "DINED", "dine"],
    ["Police planned 12 raids in March.", "planned", "plan"],
  ])("%s: %s has lemma %s", (sentence, word, lemma) => {
    expect(tagSentence(sentence).find((t) => t.text === word)?.lemma).toBe(lemma);
  });
});
