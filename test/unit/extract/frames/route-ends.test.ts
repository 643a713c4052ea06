/**
 * The ends of a route ("from … to …") are where someone or something was moved from and to, not
 * where what the sentence tells happened: a frame gives them as "from X" and "to Y", points of
 * reference that part nothing. Sentences written for this test; expected roles read from them.
 */
import { describe, expect, it } from "vitest";
import { frame } from "./helpers.js";

const places = (sentence: string, value: string): string[] =>
  frame(sentence, value)
    .participants.filter((p) => p.role === "place")
    .map((p) => p.key);

describe("route ends", () => {
  it.each([
    // must read both ends as ends of the route
    ["A guard was hurt on Friday as the van took 3 inmates from the jail in Keld to a prison in Dunmore.", "3", ["from keld", "to dunmore"]],
    ["The prisoner broke free on Tuesday while being driven from a unit in Harwick to one in Oakby.", "Tuesday", ["from harwick", "to oakby"]],
    ["Two patients were moved from Larne to Keld on Monday.", "Two", ["from larne"]],
  ])("%s (%s) → %j", (sentence, value, expected) => {
    expect(places(sentence, value)).toEqual(expected);
  });

  it.each([
    // must not: no "to" after "from" (where the escape happened), an infinitive, another clause
    ["The prisoner escaped on Tuesday from a van in Harwick.", "Tuesday", ["harwick"]],
    ["He fled from Keld to avoid arrest on Friday.", "Friday", ["keld"]],
    ["Crowds gathered in Larne on Sunday; to the south, 40 people marched.", "Sunday", ["larne"]],
  ])("%s (%s) keeps %j as where it happened", (sentence, value, expected) => {
    expect(places(sentence, value)).toEqual(expected);
  });
});
