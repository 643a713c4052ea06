/**
 * A party told by a definite description with a common noun ("the group", "the firm", "the
 * regime") is told back to a party named before: it never counts as a party different from one
 * another report names, unless its document gave it a name of its own kind (then it is that
 * name). A name its own frame gives another role is not what the description was told back to.
 * Sentences and names written for this test.
 */
import { describe, expect, it } from "vitest";
import { describingNoun } from "../../../src/group/described-parties.js";
import { separates } from "../../../src/group/participants.js";
import type { Claim, Participant } from "../../../src/types.js";
import { date, toldIn } from "../../helpers/claims.js";

describe("describingNoun", () => {
  it.each([
    ["the group", "group"],
    ["the company", "company"],
    ["this firm", "firm"],
    ["the ruling regime", "regime"],
    ["the country", "country"],
    ["the home team", "team"],
    ["the rebel militia", "militia"],
    ["that city", "city"],
  ])("%s is a description (%s)", (text, noun) => {
    expect(describingNoun(text)).toBe(noun);
  });

  it.each([
    "the Brisk Front regime",
    "Orvane Foods",
    "the group's leader",
    "the 3rd team",
    "a company",
    "the firms",
    "the vessel",
    "group",
  ])("%s is not", (text) => {
    expect(describingNoun(text)).toBeNull();
  });
});

const year = date("2004-01-01", "2004-12-31", "year");

/** A claim of a verb's date with its participants; a description's refersTo as the document gave it. */
function bought(sentence: string, parts: [Participant["role"], string, string?][], lemma = "buy"): Claim {
  const c = toldIn(year, sentence, "2004", { lemma, voice: "active", reportedAt: "2024-05-01", participants: parts.map(([r, t]) => [r, t]) });
  c.claimFrame!.participants = c.claimFrame!.participants.map((p, i) => (parts[i]![2] ? { ...p, refersTo: parts[i]![2] } : p));
  return c;
}

describe("a description against a name: not kept apart", () => {
  it.each([
    [
      "told back to the name its own frame gives the bought firm",
      bought("In 2004 the firm bought the dairy company Palm Dairies.", [["agent", "the firm", "Palm Dairies"], ["patient", "the dairy company Palm Dairies"]]),
      bought("Orvane Foods bought Palm Dairies in 2004.", [["agent", "Orvane Foods"], ["patient", "Palm Dairies"]]),
    ],
    [
      "told back to nothing (no group named as one)",
      bought("In 2004, Dunmore recognized the group as the lawful authority.", [["agent", "Dunmore"], ["patient", "the group"]], "recognize"),
      bought("Dunmore recognized the Brisk Front in 2004.", [["agent", "Dunmore"], ["patient", "the Brisk Front"]], "recognize"),
    ],
    [
      "a regime told back, against the regime's name",
      bought("Varnia recognised the regime in 2004.", [["agent", "Varnia"], ["patient", "the new regime"]], "recognize"),
      bought("Varnia recognised the Tovar regime in 2004.", [["agent", "Varnia"], ["patient", "the Tovar regime"]], "recognize"),
    ],
    [
      "told back to the one firm its document named before: the same name",
      bought("In 2004 the company bought Palm Dairies.", [["agent", "the company", "Orvane Foods"], ["patient", "Palm Dairies"]]),
      bought("Orvane Foods bought Palm Dairies in 2004.", [["agent", "Orvane Foods"], ["patient", "Palm Dairies"]]),
    ],
  ])("%s", (_, a, b) => {
    expect(separates(a, b)).toBe(false);
    expect(separates(b, a)).toBe(false);
  });
});

describe("must still keep apart", () => {
  it.each([
    [
      "told back to another firm its document named before",
      bought("In 2004 the company bought Palm Dairies.", [["agent", "the company", "Keldor Mills"], ["patient", "Palm Dairies"]]),
      bought("Orvane Foods bought Palm Dairies in 2004.", [["agent", "Orvane Foods"], ["patient", "Palm Dairies"]]),
    ],
    [
      "two names",
      bought("Keldor Mills bought Palm Dairies in 2004.", [["agent", "Keldor Mills"], ["patient", "Palm Dairies"]]),
      bought("Orvane Foods bought Palm Dairies in 2004.", [["agent", "Orvane Foods"], ["patient", "Palm Dairies"]]),
    ],
    [
      "the description and a name differ in another role",
      bought("In 2004 the firm bought the dairy company Palm Dairies.", [["agent", "the firm", "Palm Dairies"], ["patient", "the dairy company Palm Dairies"]]),
      bought("Orvane Foods bought Rill Creameries in 2004.", [["agent", "Orvane Foods"], ["patient", "Rill Creameries"]]),
    ],
  ])("%s", (_, a, b) => {
    expect(separates(a, b)).toBe(true);
  });
});
