/**
 * The subject of a date's verb past a description of it set off by commas: "Mara Voss, the
 * painter, opened the gallery in 2011" was done by Mara Voss. The description opens with an
 * article or a possessive; it may end in a quoted title whose comma stands inside the quote marks,
 * as American style writes it. Other asides (an age, a home town, a relative clause) are left to the
 * date's plain reading, which names no subject past them. Sentences written for this test; the
 * roles expected were read by hand.
 */
import { describe, expect, it } from "vitest";
import { frame } from "./helpers.js";

const agents = (sentence: string, value: string): string[] => frame(sentence, value).participants.filter((p) => p.role === "agent").map((p) => p.key);

describe("must name the subject past its description", () => {
  it.each([
    ["Mara Voss, the painter, opened the gallery in 2011.", "2011", "mara voss"],
    ["Voss, a sculptor from Tromsø, first chaired the jury in 2015.", "2015", "voss"],
    ["Okafor, her longtime partner, founded the bakery in March 2004.", "March 2004", "okafor"],
    ['Lindqvist, the voice of the radio serial "Harbour Lights," narrated the gala in 2019.', "2019", "lindqvist"],
    ['Lindqvist, the host of her own late-night quiz "Brainstorm, " first presented the prize in 2018.', "2018", "lindqvist"],
  ])("%s → %s has agent %s", (sentence, value, expected) => {
    expect(agents(sentence, value)).toEqual([expected]);
  });
});

describe("must not name a subject past other asides, nor take the description for it", () => {
  it.each([
    // an age and a home town: left to the plain reading
    ["Petra Holm, 61, of Bergen, had parked her van on Sunday.", "Sunday"],
    // a relative clause: left to the plain reading
    ["Holm, who grew up in Bergen, opened the shop in 1999.", "1999"],
    // a list of quoted titles whose commas stand inside the quote marks is no aside: the last
    // title before the list is not the subject
    ['The star of such hits as “Harbour Nights,” “Neptune\'s Bride” and “The Blue Lagoon,” opened the pool in 1961.', "1961"],
  ])("%s → %s has no agent", (sentence, value) => {
    expect(agents(sentence, value)).toEqual([]);
  });

  it("takes no quoted title for the subject of an age told after a list of titles", () => {
    expect(agents("The star of such hits as “Harbour Nights,” “Neptune's Bride” and “The Blue Lagoon,” died in Sarasota on Monday at the age of 88.", "88")).toEqual([]);
  });

  it("takes the name, not the noun of the description", () => {
    expect(agents("Mara Voss, the painter, opened the gallery in 2011.", "2011")).not.toContain("painter");
  });
});
