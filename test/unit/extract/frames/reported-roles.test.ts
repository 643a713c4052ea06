/**
 * A happening told in a clause a verb of saying reports: its parties are that clause's subject and
 * object, not the speaker's. Sentences written for this test (made-up clubs and people); what each
 * must give was decided by reading the sentence.
 */
import { describe, expect, it } from "vitest";
import { frame } from "./helpers.js";

const roles = (sentence: string, value: string): string[] =>
  frame(sentence, value).participants.filter((p) => p.role === "agent" || p.role === "patient" || p.role === "recipient").map((p) => `${p.role} ${p.key}`);

describe("must read the reported clause's parties", () => {
  it.each([
    ["Coach Ana Diaz announced Wednesday that Ivo Marsh was placed on the list.", "Wednesday", ["patient ivo marsh"]],
    ["Coach Ana Diaz said Tuesday that the club had released Ivo Marsh.", "Tuesday", ["agent club", "patient ivo marsh"]],
    ["Ivo Marsh's lawyer said Monday the singer checked into a clinic in Keld.", "Monday", ["agent singer"]],
  ])("%s → %s", (sentence, value, want) => {
    expect(roles(sentence, value).sort()).toEqual([...want].sort());
    expect(frame(sentence, value).predicate?.lemma).not.toMatch(/^(?:say|announce)$/);
  });
});

describe("a clause whose subject is a pronoun keeps the speaker as who acted", () => {
  it("the speaker stays the agent, the clause's object is read", () => {
    expect(roles("The Otters said Monday they had released Ivo Marsh.", "Monday").sort()).toEqual(["agent otters", "patient ivo marsh"]);
  });
});

describe("must not: the telling is the happening, or the clause names no party", () => {
  it.each([
    // no clause reported: the announcement is what the date dates, and its agent stays
    ["The ministry announced on Friday new curbs on imports.", "Friday", ["agent ministry"]],
    // a clause with no party of its own: the speaker's reading stays
    ["Ana Diaz said Tuesday it was over.", "Tuesday", ["agent ana diaz"]],
    // an infinitive is no reported clause: its subject is not the noun before "to"
    ["Mayor Ana Diaz announced plans Tuesday to resume reviews of the budget.", "Tuesday", ["agent mayor ana diaz"]],
    // what is yet to happen: the date is the telling's, and so are its parties
    ["Coach Ana Diaz said Tuesday that the club will release Ivo Marsh.", "Tuesday", ["agent coach ana diaz"]],
    // a participle clause after a comma reports nothing
    ["The Keld Courier reported Monday, citing the election board.", "Monday", ["agent keld courier"]],
  ])("%s → %s", (sentence, value, want) => {
    expect(roles(sentence, value)).toEqual(want);
  });
});
