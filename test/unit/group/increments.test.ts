/**
 * Increments and the other names of a counted noun. Sentences written for this test; the expected
 * relations were decided by reading them.
 *   - "three pumps" sent to a fire count engines, as "five engines" do: one thing, one unit;
 *   - within a frame's own topic an increment ("three extra", "a further five", "two more") is
 *     compared with increments of the same counted thing only: two increments of one call-out that
 *     differ are set side by side (they never contradict: each adds to a figure told elsewhere),
 *     while an increment and a total ("two engines were called") are not compared at all.
 */
import { describe, expect, it } from "vitest";
import { groupClaims } from "../../../src/group/group.js";
import { standingOf, unitOf } from "../../../src/group/occurrence-topics.js";
import { judgeGroup } from "../../../src/judge/judge.js";
import type { Claim, Finding, Modality } from "../../../src/types.js";
import { claim, framedAt, qty } from "../../helpers/claims.js";

function engines(document: string, sentence: string, text: string, x: number, unit: string, modality: Modality[], rule = "frame:call/engine"): Claim {
  return claim(qty(x, x, { nominal: x, unit }), {
    rule,
    document,
    ...framedAt(sentence, text),
    claimFrame: { counted: "engine", predicate: { lemma: "call", voice: "active" }, participants: [], time: { tally: false, reportedAt: "2024-05-04" }, attribution: null, modality },
  });
}

const judge = (claims: Claim[]): Finding[] => groupClaims(claims, []).flatMap(judgeGroup);
const together = (fs: Finding[], a: Claim, b: Claim): string[] => fs.filter((f) => f.claims.includes(a.id) && f.claims.includes(b.id)).map((f) => f.verdict);

describe("the other names of a counted noun", () => {
  it.each([
    ["pumps at a fire are engines", engines("a.txt", "The watch sent for three extra pumps to the burning mill.", "three", 3, "pump", ["increment"]), "engine"],
    ["engines are engines", engines("b.txt", "A further five engines reached the mill.", "five", 5, "engine", ["increment"]), "engine"],
    ["a unit that is no other name of the counted noun keeps its own", engines("c.txt", "They sent for five ladders.", "five", 5, "ladder", []), "ladder"],
  ] as const)("%s", (_what, c, expected) => {
    expect(unitOf(c)).toBe(expected);
  });
});

describe("increments", () => {
  it.each([
    ["three extra, read through a frame", engines("a.txt", "The watch sent for three extra engines.", "three", 3, "engine", ["increment"]), "+"],
    ["a total, read through a frame", engines("a.txt", "The watch sent for two engines.", "two", 2, "engine", []), ""],
    ["a further crowd of a rule's topic is a crowd of its own", engines("a.txt", "In Keld a further 900 people rallied.", "900", 900, "person", ["increment"], "crowd-size"), ""],
  ] as const)("%s", (_what, c, expected) => {
    expect(standingOf(c)).toBe(expected);
  });

  it("two increments of one call-out that differ are set side by side and never contradict", () => {
    const a = engines("a.txt", "The first watch at the mill sent for three extra pumps.", "three", 3, "pump", ["increment"]);
    const b = engines("b.txt", "Once there, the watch sent for a further five engines.", "five", 5, "engine", ["increment"]);
    const v = together(judge([a, b]), a, b);
    expect(v).toEqual(["diverge"]);
  });

  it("an increment and a total are not compared", () => {
    const a = engines("a.txt", "Once there, the watch sent for a further five engines.", "five", 5, "engine", ["increment"]);
    const b = engines("b.txt", "The watch sent for two engines to the mill.", "two", 2, "engine", []);
    expect(together(judge([a, b]), a, b)).toEqual([]);
  });
});
