/**
 * The length of one kind of event, told as a modifier ("a four-day inquest")
 * or as the event's duration ("an inquest was fixed for 3 May, with a duration of four days"), is
 * one figure however it is carried. Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { eventLengthOf, oneEventLength } from "../../../src/group/event-lengths.js";
import type { Claim } from "../../../src/types.js";
import { claim, qty } from "../../helpers/claims.js";

function length(sentence: string, text: string, value: number, unit: string): Claim {
  return claim(qty(value, value, { nominal: value, unit }), { sentence, text, length: text.length, offset: sentence.indexOf(text), story: "s-1" });
}

describe("the length of one kind of event", () => {
  it.each([
    ["A four-day inquest was pencilled in for the spring.", "four-day", "inquest"],
    ["An inquest was fixed for 3 May, with a duration of four days.", "four days", "inquest"],
    ["Dockers began a strike lasting two weeks.", "two weeks", "strike"],
    ["The union called a two week strike at Leith.", "two week", "strike"],
    // the first event word after the length is what it is the length of: a trial, not its hearing
    ["A four day trial hearing was set for June.", "four day", "trial"],
  ])("%s → %s", (sentence, text, event) => {
    expect(eventLengthOf(length(sentence, text, 4, /week/.test(text) ? "week" : "day"))).toBe(event);
  });

  it.each([
    ["Four days after the inquest, the family spoke.", "Four days"],
    ["The mayor spent four days in Oslo.", "four days"],
  ])("%s → no event's length", (sentence, text) => {
    expect(eventLengthOf(length(sentence, text, 4, "day"))).toBeNull();
  });

  it("one kind of event meets, two kinds do not", () => {
    const a = length("A four-day inquest was pencilled in for the spring.", "four-day", 4, "day");
    const b = length("An inquest was fixed for 3 May, with a duration of four days.", "four days", 4, "day");
    const c = length("A four-day festival opens in Keld on Friday.", "four-day", 4, "day");
    expect(oneEventLength(a, b)).toBe(true);
    expect(oneEventLength(a, c)).toBe(false);
  });
});
