/**
 * A claim that names no one and fits two people's occurrences joins neither (group/nameless-bridges.ts).
 * Sentences invented for this test; whose figure each is was read by hand.
 */
import { describe, expect, it } from "vitest";
import { groupClaims } from "../../../src/group/group.js";
import { fitsTwoNamedSides, namesAParty } from "../../../src/group/nameless-bridges.js";
import type { Claim, Participant } from "../../../src/types.js";
import { claim, framedAt, qty } from "../../helpers/claims.js";

let docs = 0;
function passes(x: number, sentence: string, text: string, participants: [Participant["role"], string][] = [], told?: string): Claim {
  docs += 1;
  return claim(qty(x, x, { nominal: x, unit: "pass" }), {
    rule: "frame:complete/pass",
    document: `d${docs}.txt`,
    ...framedAt(sentence, text),
    claimFrame: {
      counted: "pass",
      predicate: { lemma: "complete", voice: "active" },
      participants: participants.map(([role, t]) => ({ role, text: t, key: t.toLowerCase() })),
      time: { tally: false, reportedAt: "2024-06-02" },
      attribution: null,
      modality: [],
      ...(told ? { subjectToldBack: told } : {}),
    },
  });
}

const brill = (): Claim => passes(14, "Brill completed 14 passes for the Owls.", "14", [["agent", "Brill"]]);
const dorne = (): Claim => passes(23, "Dorne completed 23 passes for the Hawks.", "23", [["agent", "Dorne"]]);
const nameless = (): Claim => passes(30, "The starter completed 30 passes.", "30", [["agent", "The starter"]]);

describe("namesAParty", () => {
  it.each([
    ["a proper name as doer", brill(), true],
    ["a pronoun told back to a name", passes(14, "He completed 14 passes.", "14", [], "Brill"), true],
    // must not
    ["a description", nameless(), false],
    ["a pronoun told back to no one", passes(14, "He completed 14 passes.", "14"), false],
  ])("%s", (_name, c, expected) => {
    expect(namesAParty(c)).toBe(expected);
  });
});

describe("fitsTwoNamedSides", () => {
  it("a nameless claim and the sides of two people", () => {
    expect(fitsTwoNamedSides(nameless(), [[brill(), brill()], [dorne()]])).toBe(true);
  });
  it.each([
    ["one side only", nameless(), [[brill()]]],
    ["two sides of one person, named in full on one", nameless(), [[brill()], [passes(16, "Jon Brill completed 16 passes.", "16", [["agent", "Jon Brill"]])]]],
    ["two sides that name no one", nameless(), [[nameless()], [passes(9, "Only 9 passes were completed.", "9")]]],
    ["a claim that names its doer", passes(14, "Cato Renn completed 14 passes.", "14", [["agent", "Cato Renn"]]), [[brill()], [dorne()]]],
  ])("not: %s", (_name, c, sides) => {
    expect(fitsTwoNamedSides(c, sides)).toBe(false);
  });
});

describe("grouping", () => {
  it("Brill's figures and Dorne's stay apart, and a nameless figure joins neither", () => {
    const claims = [brill(), brill(), dorne(), dorne(), nameless()];
    const groups = groupClaims(claims, []);
    const texts = groups.map((g) => g.claims.map((c) => c.sentence.split(" ")[0]).sort().join(","));
    expect(texts).toContain("Brill,Brill");
    expect(texts).toContain("Dorne,Dorne");
    expect(groups.some((g) => g.claims.some((c) => c.sentence.startsWith("The starter")))).toBe(false);
  });
  it("two such nameless claims, if grouped at all, are grouped with no named side", () => {
    const groups = groupClaims([brill(), brill(), dorne(), dorne(), nameless(), nameless()], []);
    const withNameless = groups.filter((g) => g.claims.some((c) => c.sentence.startsWith("The starter")));
    expect(withNameless.every((g) => g.claims.every((c) => c.sentence.startsWith("The starter")))).toBe(true);
  });
});
