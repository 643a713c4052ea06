/**
 * Breakdowns of a stated total: "<name>-<number>" lists after a count of a plural noun are shares
 * of that total, counting its noun; numbers glued to names elsewhere stay labels. Sentences
 * written for this test; expected readings written by hand.
 */
import { describe, expect, it } from "vitest";
import { findMentions } from "../../../src/values/index.js";
import { frame } from "../extract/frames/helpers.js";

const shares = (text: string): [string, number | null, string | null | undefined][] =>
  findMentions(text, { asOf: "2024-03-08" })
    .filter((m) => m.pattern === "quantity/breakdown")
    .map((m) => [m.text, m.value?.type === "quantity" ? m.value.nominal : null, m.counted]);

describe("shares of a breakdown", () => {
  it.each<[string, [string, number, string][]]>([
    [
      "Under the plan 125 districts will be set up, including Harbour city-15, Vale province-20 and Ridge province-90.",
      [["15", 15, "districts"], ["20", 20, "districts"], ["90", 90, "districts"]],
    ],
    ["The union counts 600 branch posts: Port region-250, Inland region-350.", [["250", 250, "posts"], ["350", 350, "posts"]]],
    // a dash with spaces, and a total with a thousands comma
    ["Organisers expect 1,500 delegates, with Kestrel county – 700; Osprey county – 800.", [["700", 700, "delegates"], ["800", 800, "delegates"]]],
  ])("%s", (text, want) => {
    expect(shares(text)).toEqual(want);
  });

  it.each([
    // designators: no lower-case letter in the name
    "The air force flies 300 jets, mostly the F-16, F-15 and F-35.",
    // no total before the list
    "The army flies Yak-40 and Yak-42 planes.",
    // the items add up past the total
    "The museum shows 30 aircraft including Sukhoi-57 and Tupolev-154.",
    // one item is no list
    "The 40 passengers waited at Gate-4 for an hour.",
    // a score, not a list of names and numbers
    "The 20 players of Leeds won 3-1 against Hull.",
  ])("no share in: %s", (text) => {
    expect(shares(text)).toEqual([]);
  });

  it("a share counts what its total counts, with the total's verb, and belongs to its own name", () => {
    const sentence = "The board allocated 40 seats, including Ashby ward-12, Brook ward-16 and Colne ward-12.";
    const brook = frame(sentence, "16");
    expect(brook.counted).toBe("seat");
    expect(brook.predicate?.lemma).toBe("allocate");
    expect(brook.participants.filter((p) => p.role === "holder").map((p) => p.text)).toEqual(["Brook ward"]);
    // the total is the whole of the list, not any one ward's
    expect(frame(sentence, "40").participants.map((p) => p.text)).not.toContain("Brook ward-16");
  });
});
