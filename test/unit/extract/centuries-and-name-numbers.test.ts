/**
 * Noise a fact-checker does not check: an ordinal century ("the 20th century", "a 19th-century
 * church"), which still frames the figures of its sentence; a number that is part of a name before
 * a noun ("the 76 station", "the Sea Me We 3 cable", "the Western Europe 4 cable network"); a bore
 * in millimetres joined to another before the gun ("a 5.56mm and a 7.62mm rifle"). Counts stay
 * counts: "76 stations", "9 diners", "the 23 pirate boats", "In New York 12 people died".
 * Sentences written for this test; the answers were decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { claimsOfText } from "./frames/helpers.js";

const claimsAt = (text: string, value: string) => claimsOfText(text).filter((c) => c.text === value || c.text.startsWith(value));

describe("must not match: no claim", () => {
  it.each<[string, string]>([
    ["It was one of the strangest trials of the 20th century, the clerk said.", "the 20th century"],
    ["The 19th-century chapel in Keld burned down on Monday.", "The 19th-century"],
    ["Tom Ross, 17, who works at the 76 station on Mill Road, heard the blast.", "76"],
    ["The fault hit the Sea Me We 3 cable near Palermo on Friday.", "3"],
    ["A second break in the Western Europe 4 cable network cut traffic to Cairo.", "4"],
    // a line of prose that lists many names is still prose, not a title-case headline
    ["The Norrline cable, also called the North Sea-Baltic 2 cable network, joins Keld, Varna, Riga, Gdansk, Tallinn, Kiel, Aarhus, Malmo, Oslo, Bergen, Turku, Lubeck, Rostock, Klaipeda, Helsinki and Stockholm.", "2"],
    ["Marines seized a 5.56mm and a 7.62mm rifle from the dhow.", "5.56mm"],
  ])("%s: %s", (sentence, value) => {
    expect(claimsAt(sentence, value)).toEqual([]);
  });
});

describe("must match: counts and frames kept", () => {
  it.each<[string, string, number]>([
    ["The chain closed 76 stations across Dunmore last year.", "76", 76],
    ["The town of Keld has 9 diners and a bank.", "9", 9],
    ["Marines stopped the 23 pirate boats off Palermo.", "23", 23],
    ["In New York 12 people died in the blaze.", "12", 12],
  ])("%s: %s = %d", (sentence, value, n) => {
    const got = claimsAt(sentence, value);
    expect(got.length).toBeGreaterThan(0);
    expect(got[0]!.value).toMatchObject({ nominal: n });
  });

  it("a century still gives a figure of its sentence its time frame", () => {
    const got = claimsAt("The town of Keld lost 4,000 residents in the 20th century.", "4,000");
    expect(got).toHaveLength(1);
    expect(got[0]!.frame).toMatchObject({ type: "date", granularity: "century" });
    expect(claimsAt("The town of Keld lost 4,000 residents in the 20th century.", "the 20th century")).toEqual([]);
  });
});
