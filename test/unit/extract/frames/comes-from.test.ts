/**
 * "from" said of a person tells where someone comes from, not where the event took place: after a
 * person noun ("a woman from Bangor") or after an age and "and" ("Ann Vale, 20 and from Bangor,").
 * Such a place is kept as a point of reference ("from bangor"), which parts nothing. Sentences
 * written for this test; places expected read by hand.
 */
import { describe, expect, it } from "vitest";
import { frame } from "./helpers.js";

const places = (sentence: string, value: string): string[] => frame(sentence, value).participants.filter((p) => p.role === "place").map((p) => p.key);

describe("where someone comes from is no place of the event", () => {
  it.each([
    ["Ann Vale, 20 and from Bangor, was found dead in Kendal on Sunday.", "Sunday", "bangor", "kendal"],
    ["A woman from Bangor was found dead in Kendal on Sunday.", "Sunday", "bangor", "kendal"],
  ])("%s → %s: %s only as where someone is from, still %s", (sentence, value, origin, place) => {
    expect(places(sentence, value)).not.toContain(origin);
    expect(places(sentence, value)).toContain(`from ${origin}`);
    expect(places(sentence, value)).toContain(place);
  });
});

describe("'from' a place of the event stays a place", () => {
  it.each([
    ["The prisoner escaped from Keld on Sunday.", "Sunday", "keld"],
    ["Flights from Leeds were cancelled on Friday.", "Friday", "leeds"],
    ["Two shells fired from Dunmore landed on Monday.", "Monday", "dunmore"],
  ])("%s → %s has %s", (sentence, value, place) => {
    expect(places(sentence, value)).toContain(place);
  });
});
