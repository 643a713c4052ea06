/**
 * "from" said of a message tells where it was sent from, not where what it reports happened: a
 * call, a tip or an email "from the Keld Inn", or "from someone at the Keld Inn". Such a place is
 * kept as a point of reference ("from keld inn"), which parts nothing; a place said of the
 * happening itself, or "from" with no message before it, stays a place. Sentences written for this
 * test; places expected read by hand.
 */
import { describe, expect, it } from "vitest";
import { frame } from "./helpers.js";

const places = (sentence: string, value: string): string[] => frame(sentence, value).participants.filter((p) => p.role === "place").map((p) => p.key);

describe("where a message came from is no place of the happening", () => {
  it.each([
    ["The first call came in at 4:17 a.m. from someone at Harlow Lodge, the chief said.", "4:17 a.m.", "harlow lodge"],
    ["A call came in from the Harlow Lodge at 4:17 a.m.", "4:17 a.m.", "harlow lodge"],
    ["An email from a woman in Dunmore arrived on Friday.", "Friday", "dunmore"],
    ["A tip from Keld reached the police on Monday.", "Monday", "keld"],
  ])("%s → %s: %s only as where the message came from", (sentence, value, origin) => {
    expect(places(sentence, value)).not.toContain(origin);
    expect(places(sentence, value)).toContain(`from ${origin}`);
  });
});

describe("a place of the happening stays a place", () => {
  it.each([
    ["A call about a blaze at Harlow Lodge came in at 4:17 a.m.", "4:17 a.m.", "harlow lodge"],
    ["The prisoner escaped from a guard at Keld Prison on Sunday.", "Sunday", "keld prison"],
    ["The prisoner escaped from Keld on Sunday.", "Sunday", "keld"],
    ["Two shells fired from Dunmore landed on Monday.", "Monday", "dunmore"],
    ["A call came in at 4:17 a.m. about a blaze in Dunmore.", "4:17 a.m.", "dunmore"],
  ])("%s → %s has %s", (sentence, value, place) => {
    expect(places(sentence, value)).toContain(place);
  });
});
