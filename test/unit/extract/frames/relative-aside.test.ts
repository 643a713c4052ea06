/**
 * A fronted date frames its clause's verb, not the verb of a relative clause set off by commas
 * between the clause's subject and its verb (extract/frames/relative-aside.ts). Sentences written
 * for this test.
 */
import { describe, expect, it } from "vitest";
import { frame } from "./helpers.js";

describe("a relative clause between a fronted date's subject and verb", () => {
  it.each([
    ["In a press conference at 16:15 UTC, Osric Vale, the head of Varn Motors, which filed for bankruptcy earlier today, outlined a plan.", "16:15 UTC", "outline"],
    ["On Monday, Osric Vale, who was hurt in the Keld crash, resigned from the board.", "Monday", "resign"],
    ["In March 2031, the Orlan mill, in which 40 people worked, closed its doors.", "March 2031", "close"],
  ])("must take the clause's verb: %s", (sentence, value, lemma) => {
    expect(frame(sentence, value).predicate?.lemma).toBe(lemma);
  });

  it.each([
    ["On Monday, Osric Vale filed for bankruptcy in Keld.", "Monday", "file"],
    ["On Monday, Osric Vale, the head of Varn Motors, filed for bankruptcy.", "Monday", "file"],
  ])("must not change a clause with no relative clause: %s", (sentence, value, lemma) => {
    expect(frame(sentence, value).predicate?.lemma).toBe(lemma);
  });
});
