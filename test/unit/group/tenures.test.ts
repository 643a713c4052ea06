/**
 * Counts of a running tenure's seasons are one holder's, compared with their like only
 * (src/group/tenures.ts). Sentences and names written for this test.
 */
import { describe, expect, it } from "vitest";
import { tenureHolder, tenuresApart } from "../../../src/group/tenures.js";
import { claim, qty } from "../../helpers/claims.js";
import type { Claim } from "../../../src/types.js";

const tenure = (sentence: string, text: string, n: number): Claim => claim(qty(n, n, { unit: "season" }), { sentence, text, provenance: ["pattern:quantity/ordinal/words-tenure"] });
const spent = (sentence: string, text: string, n: number): Claim => claim(qty(n, n, { unit: "season" }), { sentence, text, provenance: ["pattern:quantity/words"] });

describe("tenures", () => {
  const ames = tenure("Ames is in her sixth season with the Owls.", "sixth", 6);
  const ames2 = tenure("The Owls' Ames, now in her sixth season, scored 20.", "sixth", 6);
  const lutz = tenure("Lutz is in his sixth season with the Rovers.", "sixth", 6);
  const spentSix = spent("Ames spent six seasons with the Owls.", "six", 6);
  it("must read the holder before the possessive", () => {
    expect(tenureHolder(ames)).toBe("ames");
    expect(tenureHolder(ames2)).toBe("ames");
  });
  it("must not part one holder's counts; must part two holders, and a tenure from a span spent", () => {
    expect(tenuresApart(ames, ames2)).toBe(false);
    expect(tenuresApart(ames, lutz)).toBe(true);
    expect(tenuresApart(ames, spentSix)).toBe(true);
    expect(tenuresApart(spentSix, ames)).toBe(true);
  });
});
