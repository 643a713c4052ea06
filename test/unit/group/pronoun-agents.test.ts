/**
 * "he" or "she" as the subject of a frame's verb is the person the report named before
 * (extract/pronoun-antecedent.ts pronounSubjectOf), and that name parts the claim from another
 * person's (group/pronoun-agents.ts). Sentences invented for this test; expected names read by hand.
 */
import { describe, expect, it } from "vitest";
import { pronounSubjectOf } from "../../../src/extract/pronoun-antecedent.js";
import { toldBackApart, toldBackDoer } from "../../../src/group/pronoun-agents.js";
import { separates } from "../../../src/group/participants.js";
import type { Claim, Participant } from "../../../src/types.js";
import { claim, qty } from "../../helpers/claims.js";
import { readings } from "../extract/frames/helpers.js";

const texts = (...t: string[]): { text: string }[] => t.map((text) => ({ text }));

describe("pronounSubjectOf: the person a pronoun subject stands for", () => {
  it.each([
    ["a name opens the sentence before", ["Ilse Marrow was fined in May.", "She paid $400 within a week."], "Ilse Marrow"],
    ["after a fronted phrase", ["Jon Brill came off the bench.", "In the second half, he completed 14 passes."], "Jon Brill"],
    ["past a sentence that opens with the pronoun too", ["Jon Brill came off the bench.", "He looked sharp.", "He completed 14 passes."], "Jon Brill"],
    // must not
    ["an article opens the sentence before", ["The club fined Brill in May.", "He paid $400."], null],
    ["a possessive of nothing his own", ["Brill's pass was picked off by Dorne.", "He paid $400."], null],
    ["a quote opens the sentence before", ["“Brill will start,” Dorne said.", "He completed 14 passes."], null],
    ["a player told by a role: kept for statistics", ["Jon Brill came off the bench.", "The rookie completed 14 passes."], null],
    ["the first sentence", ["He completed 14 passes."], null],
  ])("%s", (_name, sentences, expected) => {
    expect(pronounSubjectOf(texts(...sentences), sentences.length - 1)).toBe(expected);
  });

  it("is set on the frame of any verb, not only a statistic's", () => {
    const r = readings("Ilse Marrow was fined in May. She paid $400 within a week.").find((x) => x.value.mention.text === "$400");
    expect(r?.subjectToldBack).toBe("Ilse Marrow");
  });
  it("not where the sentence before gives no one", () => {
    const r = readings("The hearing ran late. She paid $400 within a week.").find((x) => x.value.mention.text === "$400");
    expect(r?.subjectToldBack).toBeUndefined();
  });
});

const framed = (sentence: string, text: string, lemma: string, voice: "active" | "passive", participants: [Participant["role"], string][], told?: string): Claim =>
  claim(qty(Number(/\d+/.exec(text)![0]), Number(/\d+/.exec(text)![0]), { unit: "pass" }), {
    sentence,
    text,
    offset: sentence.indexOf(text),
    length: text.length,
    claimFrame: {
      counted: "pass",
      predicate: { lemma, voice },
      participants: participants.map(([role, t]) => ({ role, text: t, key: t.toLowerCase() })),
      time: { tally: false, reportedAt: null },
      attribution: null,
      modality: [],
      ...(told ? { subjectToldBack: told } : {}),
    },
  });

describe("toldBackDoer: the role a told-back pronoun fills", () => {
  it.each([
    ["the doer of an active verb", framed("He completed 14 passes.", "14", "complete", "active", [], "Brill"), { role: "agent", words: ["brill"] }],
    ["the one a passive verb befell", framed("She was fined 400 times.", "400", "fine", "passive", [], "Ilse Marrow"), { role: "patient", words: ["ilse", "marrow"] }],
    // must not
    ["a pronoun that is the subject of a verb of saying", framed("He said the Owls completed 14 passes.", "14", "complete", "active", [], "Brill"), null],
    ["a frame that names the doer itself", framed("He and Dorne completed 14 passes.", "14", "complete", "active", [["agent", "Dorne"]], "Brill"), null],
    ["a pronoun told back to no one", framed("He completed 14 passes.", "14", "complete", "active", []), null],
    ["it, which is no person", framed("It completed 14 passes.", "14", "complete", "active", [], "Brill"), null],
  ])("%s", (_name, c, expected) => {
    expect(toldBackDoer(c)).toEqual(expected);
  });
});

describe("toldBackApart and separates", () => {
  const brillTold = framed("He completed 14 passes.", "14", "complete", "active", [], "Brill");
  it.each([
    ["a told-back doer and another named doer", brillTold, framed("Dorne completed 23 passes.", "23", "complete", "active", [["agent", "Dorne"]]), true],
    ["two told-back doers", brillTold, framed("He completed 23 passes.", "23", "complete", "active", [], "Dorne"), true],
    ["two told-back patients", framed("She was fined 400 times.", "400", "fine", "passive", [], "Ilse Marrow"), framed("He was fined 300 times.", "300", "fine", "passive", [], "Cato Renn"), true],
    // must not
    ["one person, named in full on one side", brillTold, framed("Jon Brill completed 14 passes.", "14", "complete", "active", [["agent", "Jon Brill"]]), false],
    ["a doer named by no proper name", brillTold, framed("The rookie completed 14 passes.", "14", "complete", "active", [["agent", "the rookie"]]), false],
    ["a description a place name heads", brillTold, framed("The Keld County rookie completed 14 passes.", "14", "complete", "active", [["agent", "The Keld County rookie"]]), false],
    ["a side that names no doer", brillTold, framed("Only 14 passes were completed.", "14", "complete", "passive", []), false],
    ["a doer against one a passive verb befell", brillTold, framed("Dorne was sacked 14 times.", "14", "complete", "passive", [["patient", "Dorne"]]), false],
    ["another verb's doer", brillTold, framed("Dorne threw 23 passes.", "23", "throw", "active", [["agent", "Dorne"]]), false],
    ["neither side told back", framed("Brill completed 14 passes.", "14", "complete", "active", [["agent", "Brill"]]), framed("Dorne completed 23 passes.", "23", "complete", "active", [["agent", "Dorne"]]), false],
  ])("%s", (_name, a, b, expected) => {
    expect(toldBackApart(a, b)).toBe(expected);
    expect(toldBackApart(b, a)).toBe(expected);
    if (expected) expect(separates(a, b)).toBe(true);
  });
});
