/**
 * The games a player's total stands over, told as "in N games" after it ("Ames
 * now has 2,029 points in 106 games"), are one player's games played in every report of the story
 * that gives them (group/games-of-a-total.ts); a report a game later gives one more, so they
 * diverge. Sentences, names and figures written for this test; the expected answers were decided
 * by reading them.
 */
import { describe, expect, it } from "vitest";
import { gamesOfATotalGroups, holderOfGames, oneHoldersGames } from "../../../src/group/games-of-a-total.js";
import { judgeGroup } from "../../../src/judge/judge.js";
import type { Claim } from "../../../src/types.js";
import { claim, qty } from "../../helpers/claims.js";

let n = 0;

function games(sentence: string, text: string, figure: number, story = "s-1", unit = "game"): Claim {
  n += 1;
  return claim(qty(figure, figure, { nominal: figure, unit }), {
    id: `g-${n}`,
    document: `report${n}.txt`,
    rule: "frame:game/game",
    sentence,
    text,
    length: text.length,
    offset: sentence.indexOf(text),
    story,
    claimFrame: { counted: "game", predicate: null, participants: [], time: { tally: false, reportedAt: "2041-03-03" }, attribution: null, modality: [] },
  });
}

describe("holderOfGames: whose games played a count of games under a total gives", () => {
  it.each([
    ["Tomas Ames now has 2,029 points in 106 games as a Hawk.", "106", 106, "ames"],
    ["Ames has reached the mark in 105 games over three seasons.", "105", 105, "ames"],
    ["Brandt owns 31 goals in 52 matches for the club.", "52", 52, "brandt"],
  ])("%s → %s", (sentence, text, figure, holder) => {
    expect(holderOfGames(games(sentence, text, figure, "s-1", /matches/.test(sentence) ? "match" : "game"))).toBe(holder);
  });

  it.each([
    ["Ames has 40 points in his last 12 games.", "12", 12],
    ["Ames has 9 points in two games against Keld.", "two", 2],
    ["In 106 games, Ames has 2,029 points.", "106", 106],
    ["Ames played in 106 games for the Hawks.", "106", 106],
    ["The Hawks have won 70 of their games in 106 games under Ames.", "106", 106],
  ])("%s → none", (sentence, text, figure) => {
    expect(holderOfGames(games(sentence, text, figure))).toBeNull();
  });
});

describe("oneHoldersGames and the groups it makes", () => {
  it("must be one: 106 and 105 games of one player in two reports; they diverge", () => {
    const a = games("Ames now has 2,029 points in 106 games as a Hawk.", "106", 106);
    const b = games("Ames has reached the mark in 105 games over three seasons.", "105", 105);
    expect(oneHoldersGames(a, b)).toBe(true);
    const groups = gamesOfATotalGroups([a, b], []);
    expect(groups.map((g) => g.claims.map((c) => c.id).sort())).toEqual([[a.id, b.id].sort()]);
    expect(groups[0]!.cardinality).toBe("recurring");
    expect(judgeGroup(groups[0]!).map((f) => f.verdict)).toEqual(["diverge"]);
  });

  it.each<[string, () => Claim]>([
    ["two players", () => games("Brandt has reached the mark in 105 games over three seasons.", "105", 105)],
    ["two stories", () => games("Ames has reached the mark in 105 games over three seasons.", "105", 105, "s-2")],
  ])("must not be one: %s", (_name, other) => {
    const a = games("Ames now has 2,029 points in 106 games as a Hawk.", "106", 106);
    const b = other();
    expect(oneHoldersGames(a, b)).toBe(false);
    expect(gamesOfATotalGroups([a, b], [])).toEqual([]);
  });

  it("no group where the figures are one, or where they stand in one report", () => {
    const a = games("Ames now has 2,029 points in 106 games as a Hawk.", "106", 106);
    const b = games("Ames has reached the mark in 106 games over three seasons.", "106", 106);
    expect(gamesOfATotalGroups([a, b], [])).toEqual([]);
    const c = { ...games("Ames has reached the mark in 105 games over three seasons.", "105", 105), document: a.document };
    expect(gamesOfATotalGroups([a, c], [])).toEqual([]);
  });
});
