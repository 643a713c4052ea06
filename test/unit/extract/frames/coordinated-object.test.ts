/**
 * One verb, two objects, each with its own day ("signed Marsh on Monday and Dunn today"): the
 * second day's patient is the second object. Sentences written for this test (made-up clubs and
 * people); what each must give was decided by reading the sentence.
 */
import { describe, expect, it } from "vitest";
import { frame } from "./helpers.js";

const patients = (sentence: string, value: string): string[] =>
  frame(sentence, value).participants.filter((p) => p.role === "patient").map((p) => p.key);

describe("must match: the second day is the second object's", () => {
  it.each([
    ["The Otters signed Ivo Marsh on Monday and Cal Dunn today off another club's squad.", "today", "cal dunn"],
    ["The league fined the club in May and its coach in June.", "June", "coach"],
    ["Police questioned Ray Holt on Friday and Ana Diaz on Sunday.", "Sunday", "ana diaz"],
  ])("%s → %s: %s", (sentence, value, who) => {
    expect(patients(sentence, value)).toEqual([who]);
  });
});

describe("must not match: the first day, or one day for both", () => {
  it.each([
    // the first day keeps the verb's first object
    ["The Otters signed Ivo Marsh on Monday and Cal Dunn today off another club's squad.", "Monday", "ivo marsh"],
    ["Police questioned Ray Holt on Friday and Ana Diaz on Sunday.", "Friday", "ray holt"],
    // no day before "and": the verb's object, as before
    ["The Otters signed Ivo Marsh and Cal Dunn on Monday.", "Monday", "ivo marsh"],
  ])("%s → %s: %s", (sentence, value, who) => {
    expect(patients(sentence, value)).toEqual([who]);
  });
});
