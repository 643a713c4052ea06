/**
 * The small helpers later groupings share (group/overlaps.ts): buckets by a key, sets tied pair by
 * pair, groups formed one claim at a time, order by what claims say, the group a grouping forms.
 * Expected sets written by hand.
 */
import { describe, expect, it } from "vitest";
import { bucketsBy, byContent, formedGroups, fromTwoReports, groupedTogether, ofStoriesOfTwoReports, tellsAnew, tiedSets, toldAsOneGroup } from "../../../src/group/overlaps.js";
import type { Claim, ClaimGroup } from "../../../src/types.js";
import { claim, qty } from "../../helpers/claims.js";

const c = (text: string, n: number, story = "s-1"): Claim => claim(qty(n, n), { text, story });
const texts = (sets: Claim[][]): string[][] => sets.map((s) => s.map((x) => x.text));

describe("bucketsBy", () => {
  it("puts claims under their keys, keys in sorted order, leaving out those with none", () => {
    const [a, b, d, e] = [c("a", 1, "s-2"), c("b", 2, "s-1"), c("d", 3, "s-2"), c("e", 4)];
    expect(texts(bucketsBy([a, b, d, e], (x) => (x.text === "e" ? null : x.story!)))).toEqual([["b"], ["a", "d"]]);
  });
});

describe("ofStoriesOfTwoReports", () => {
  const at = (text: string, story: string | undefined, document: string): Claim => claim(qty(1, 1), { text, story, document });
  it("keeps every claim of a story two reports tell, in order, and leaves out a story of one report", () => {
    const claims = [at("a", "s-1", "north.txt"), at("b", "s-2", "east.txt"), at("c", "s-1", "south.txt"), at("d", "s-2", "east.txt"), at("e", "s-1", "north.txt")];
    expect(ofStoriesOfTwoReports(claims).map((x) => x.text)).toEqual(["a", "c", "e"]);
  });
  it("must read no story and the empty story as one (a grouping may key both alike)", () => {
    const claims = [at("a", undefined, "north.txt"), at("b", "", "south.txt"), at("c", "s-4", "west.txt")];
    expect(ofStoriesOfTwoReports(claims).map((x) => x.text)).toEqual(["a", "b"]);
  });
  it("must not leave out anything when every story has two reports", () => {
    const claims = [at("a", "s-1", "north.txt"), at("b", "s-1", "south.txt")];
    expect(ofStoriesOfTwoReports(claims)).toBe(claims);
  });
  it("must leave out a story whose claims all stand in one report", () => {
    expect(ofStoriesOfTwoReports([at("a", "s-5", "north.txt"), at("b", "s-5", "north.txt")])).toEqual([]);
  });
});

describe("tiedSets", () => {
  it("joins claims tied through a third (1–2, 2–3) and keeps an untied one alone", () => {
    const claims = [c("one", 1), c("two", 2), c("three", 3), c("ten", 10)];
    const near = (x: Claim, y: Claim) => Math.abs((x.value as { min: number }).min - (y.value as { min: number }).min) === 1;
    expect(texts(tiedSets(claims, near))).toEqual([["one", "two", "three"], ["ten"]]);
  });
  it("must not tie anything when no pair is tied", () => {
    expect(texts(tiedSets([c("x", 1), c("y", 5)], () => false))).toEqual([["x"], ["y"]]);
  });
});

describe("formedGroups", () => {
  it("puts a claim in the first group that takes it, and 1–2–3 with a tie of neighbours only into two groups", () => {
    const claims = [c("one", 1), c("two", 2), c("three", 3)];
    const allNear = (g: readonly Claim[], x: Claim) => g.every((m) => Math.abs((m.value as { min: number }).min - (x.value as { min: number }).min) === 1);
    // (complete linkage: "three" is next to "two" but not to "one")
    expect(texts(formedGroups(claims, allNear))).toEqual([["one", "two"], ["three"]]);
  });
});

describe("byContent", () => {
  it("orders by the words quoted, then the sentence, not by file name", () => {
    const x = claim(qty(1, 1), { text: "beta", document: "a.txt" });
    const y = claim(qty(1, 1), { text: "alpha", document: "z.txt" });
    expect([x, y].sort(byContent).map((k) => k.text)).toEqual(["alpha", "beta"]);
  });
});

describe("toldAsOneGroup", () => {
  it("keys the group by its kind, rule and first claim, keeps its story and drops the claims' measures", () => {
    const [a, b] = [claim(qty(12, 12), { text: "12", story: "s-3", rule: "frame:kill/person", document: "a.txt", offset: 40, measure: "dead" }), claim(qty(12, 12), { text: "twelve", story: "s-3", rule: "frame:kill/person", document: "b.txt", offset: 7, measure: "dead" })];
    const g = toldAsOneGroup("same", [a, b], "killed (one figure in other words)", "single");
    expect(g.key).toBe("same:frame:kill/person#a.txt#40");
    expect([g.rule, g.topic, g.cardinality, g.story]).toEqual(["frame:kill/person", "killed (one figure in other words)", "single", "s-3"]);
    expect(g.claims.map((x) => [x.text, x.measure])).toEqual([["12", null], ["twelve", null]]);
    expect(g.identity).toEqual([]);
  });
  it("takes the rule it is given over the first claim's, and has no story when its claims have none", () => {
    const a = claim(qty(3, 3), { text: "3", rule: "deaths", document: "a.txt", offset: 5 });
    const g = toldAsOneGroup("retold", [a], "deaths (one sentence told again)", "recurring", "frame:die/person");
    expect([g.key, g.rule]).toEqual(["retold:frame:die/person#a.txt#5", "frame:die/person"]);
    expect("story" in g).toBe(false);
  });
});

describe("fromTwoReports", () => {
  const at = (document: string): Claim => claim(qty(3, 3), { document });
  it.each<[string, Claim[], boolean]>([
    ["two reports", [at("a.txt"), at("b.txt")], true],
    ["one report twice, then another", [at("a.txt"), at("a.txt"), at("b.txt")], true],
    ["one report twice", [at("a.txt"), at("a.txt")], false],
    ["one claim", [at("a.txt")], false],
    ["no claim", [], false],
  ])("%s → %s", (_name, claims, two) => {
    expect(fromTwoReports(claims)).toBe(two);
  });
});

describe("tellsAnew", () => {
  const [a1, a2, b1, c1] = [claim(qty(3, 3), { document: "a.txt" }), claim(qty(3, 3), { document: "a.txt" }), claim(qty(3, 3), { document: "b.txt" }), claim(qty(3, 3), { document: "c.txt" })];
  const inOneGroup = (pairs: [Claim, Claim][]) => (x: Claim, y: Claim) => pairs.some(([p, q]) => (p === x && q === y) || (p === y && q === x));
  it.each<[string, Claim[], [Claim, Claim][], boolean]>([
    ["two reports' claims in no group yet", [a1, b1], [], true],
    ["two reports' claims already in one group", [a1, b1], [[a1, b1]], false],
    ["one report's two claims only", [a1, a2], [], false],
    ["a third report's claim joins a known pair", [a1, b1, c1], [[a1, b1]], true],
  ])("%s → %s", (_name, members, pairs, anew) => {
    expect(tellsAnew(members, inOneGroup(pairs))).toBe(anew);
  });
});

describe("groupedTogether", () => {
  const [p, q, r, t] = [c("pens", 4), c("four pens", 4), c("cups", 9), c("nine cups", 9)];
  const group = (...members: Claim[]): ClaimGroup => toldAsOneGroup("test", members, "a test", "single");
  it("tells two claims of one group from two of none, and from two of two groups", () => {
    const grouped = groupedTogether([group(p, q), group(q, r)]);
    expect([grouped(p, q), grouped(q, r), grouped(p, r), grouped(p, t)]).toEqual([true, true, false, false]);
  });
  it("reads a list as it stands when first asked, and the groups it gained since the last reading", () => {
    const groups = [group(p, q)];
    expect(groupedTogether(groups)(r, t)).toBe(false);
    groups.push(group(r, t));
    const grown = groupedTogether(groups);
    expect([grown(r, t), grown(p, q), grown(q, r)]).toEqual([true, true, false]);
  });
  it("must not keep what it read of a group since replaced in the list, nor of one whose claims changed", () => {
    const groups = [group(p, q), group(r, t)];
    expect(groupedTogether(groups)(p, q)).toBe(true);
    groups[0] = group(p, r);
    const replaced = groupedTogether(groups);
    expect([replaced(p, q), replaced(p, r)]).toEqual([false, true]);
    groups.splice(0, 1);
    const shortened = groupedTogether(groups);
    expect([shortened(p, r), shortened(r, t)]).toEqual([false, true]);
  });
});
