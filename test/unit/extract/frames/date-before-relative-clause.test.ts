/**
 * A date followed by a comma and a relative clause (", where the mayor approved the plan", ", at
 * which they met"): the relative clause describes the phrase the date ends, and its verb is no
 * clause the date frames. The date keeps the happening of its own phrase. Sentences written for
 * this test; the expected predicates were decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { frame } from "./helpers.js";

const predicate = (sentence: string, value: string): string | undefined => frame(sentence, value).predicate?.lemma;

describe("a relative clause after a date's comma", () => {
  it.each([
    ["She was at the meeting in Dorling on 4 June 1981, where Ivo Brandt approved the budget.", "4 June 1981", "meet"],
    ["She was at the meeting in Dorling on 4 June 1981, where Ivo Brandt, who later became mayor, approved the budget.", "4 June 1981", "meet"],
    ["He was at the talks at Orme on 9 May 1990, at which the two sides signed a truce.", "9 May 1990", "meet"],
  ])("%s → %s: %s", (sentence, value, expected) => {
    expect(predicate(sentence, value)).toBe(expected);
  });

  it.each([
    // a date that opens its sentence frames the clause after its comma
    ["On 4 June 1981, Ivo Brandt approved the budget.", "4 June 1981", "approve"],
    // a "when" clause tells what happened that day: it is read as before
    ["She was at the meeting in Dorling on 4 June 1981, when the budget was approved.", "4 June 1981", "approve"],
  ])("not: %s → %s: %s", (sentence, value, expected) => {
    expect(predicate(sentence, value)).toBe(expected);
  });
});
