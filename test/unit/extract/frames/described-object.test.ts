/**
 * An active verb's object named after words that describe it ("placed undrafted rookie Ivo Marsh",
 * "arrested 23-year-old Cal Dunn"): the name is the patient. Sentences written for this test
 * (made-up clubs, people and places); what each must give was decided by reading the sentence.
 */
import { describe, expect, it } from "vitest";
import { describedObject } from "../../../../src/extract/frames/described-object.js";
import { frame } from "./helpers.js";

const patients = (sentence: string, value: string): string[] =>
  frame(sentence, value).participants.filter((p) => p.role === "patient").map((p) => p.key);

describe("must match: the described name is the patient", () => {
  it.each([
    ["The Otters placed undrafted rookie running back Ivo Marsh on the list on Friday.", "Friday", "ivo marsh"],
    ["Police in Keld arrested 23-year-old Cal Dunn on Sunday.", "Sunday", "cal dunn"],
    ["The Otters signed free-agent guard Ana Diaz on Monday.", "Monday", "ana diaz"],
    ["The board suspended longtime treasurer Ray Holt on Tuesday.", "Tuesday", "ray holt"],
  ])("%s → %s: %s", (sentence, value, who) => {
    expect(patients(sentence, value)).toContain(who);
  });
});

describe("must not match: no described full name after the verb", () => {
  it.each([
    // a count, no name
    ["Police in Keld arrested two men on Sunday.", "Sunday"],
    // a preposition before the name: the name is no object of the verb
    ["The Otters signed a deal with Ivo Marsh on Friday.", "Friday"],
    // a pronoun
    ["The Otters placed him on the list on Friday.", "Friday"],
    // one word of a name
    ["Ana Diaz beat 40-year-old Marsh in Keld on Saturday.", "Saturday"],
    // the figure among the words of description is the name's age, not a happening done to it
    ["Dozens gathered to remember 16-year-old Ivo Marsh.", "16-year-old"],
  ])("%s → %s", (sentence, value) => {
    expect(patients(sentence, value).filter((k) => /marsh/.test(k))).toEqual([]);
  });

  it("a name that describes the noun after it is no described name", () => {
    const f = frame("The league fined the Keld Rovers coach on Friday.", "Friday");
    expect(f.participants.filter((p) => p.role === "patient").map((p) => p.key)).not.toContain("keld rovers");
  });
});

describe("describedObject on its own tokens", () => {
  const tok = (spec: string) =>
    spec.split(" ").map((w, i) => {
      const [text, pos] = w.split("/");
      return { text: text!, pos: pos!, lemma: text!.toLowerCase(), start: i * 10, end: i * 10 + text!.length } as never;
    });
  it("words of description then a full name", () => {
    expect(describedObject(tok("veteran/NOUN Ivo/PROPN Marsh/PROPN on/ADP Friday/PROPN"), 0)).toEqual({ from: 1, to: 2 });
  });
  it("no words of description: the plain noun phrase reads it", () => {
    expect(describedObject(tok("Ivo/PROPN Marsh/PROPN on/ADP Friday/PROPN"), 0)).toBeNull();
  });
  it("more than six words before the name", () => {
    expect(describedObject(tok("big/ADJ old/ADJ tired/ADJ slow/ADJ grey/ADJ lazy/ADJ brown/ADJ Ivo/PROPN Marsh/PROPN"), 0)).toBeNull();
  });
  it("a verb glued by a hyphen to the word after it opens no object", () => {
    expect(describedObject(tok("-/PUNCT hander/NOUN Ivo/PROPN Marsh/PROPN"), 0)).toBeNull();
  });
  it("a weekday is no name", () => {
    expect(describedObject(tok("rookie/NOUN Friday/PROPN Marsh/PROPN"), 0)).toBeNull();
  });
  it.each([
    ["a weekday cut short, with its period, ends the name", "rookie/NOUN Ivo/PROPN Marsh/PROPN Thurs./PROPN", { from: 1, to: 2 }],
    ["a month cut short, with its period, ends the name", "rookie/NOUN Ivo/PROPN Marsh/PROPN Sept./PROPN 3/NUM", { from: 1, to: 2 }],
    ["a month cut short, with its period, is no name", "rookie/NOUN Aug./PROPN Marsh/PROPN", null],
    ["a first name that starts like a short month, with no period, is a name", "rookie/NOUN Jan/PROPN Marsh/PROPN", { from: 1, to: 2 }],
    ["a surname like a short weekday, with no period, is a name", "rookie/NOUN Li/PROPN Sun/PROPN", { from: 1, to: 2 }],
  ])("%s", (_name, spec, span) => {
    expect(describedObject(tok(spec), 0)).toEqual(span);
  });
});
