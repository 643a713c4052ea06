/**
 * Statistics told over several games, and a word of average that belongs to another verb
 * (src/group/multi-games.ts, read through stat-lines.ts). Sentences, names and figures written for
 * this test; the expected spans decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { gamesSpan, ownPart } from "../../../src/group/multi-games.js";
import { statOf } from "../../../src/group/stat-lines.js";
import { frameRead } from "../../helpers/claims.js";

describe("gamesSpan", () => {
  it.each<[string, string | null]>([
    [" in 11 games this year", "season"],
    [" over 14 starts", "season"],
    [" over his last three games", "games last three"],
    [" in the first four games", "games first four"],
    // must not: one game, parts of a game, minutes
    [" in the game", null],
    [" in two quarters", null],
    [" in 12 minutes", null],
  ])("%s → %s", (tail, span) => {
    expect(gamesSpan(tail)).toBe(span);
  });
});

describe("ownPart", () => {
  it("must read the figure's own coordinated part, not a verb of average before it", () => {
    expect(ownPart("Moss averaged 4.8 yards a carry and ended with ", "w", " rushing")).toBe(" ended with   rushing");
  });
  it("must keep the whole clause when the figure shares the verb of average", () => {
    expect(ownPart("Moss averaged 14 points and ", "whole", " a game")).toBe("whole");
  });
});

describe("spans read through stat-lines", () => {
  const span = (sentence: string, text: string, n: number): string | undefined => statOf(frameRead(sentence, text, n, { counted: "yard", lemma: "rush" }, "d.txt"))?.span;
  it.each<[string, string, number, string]>([
    ["Moss rushed for 640 yards in 11 games before his injury.", "640", 640, "season"],
    ["Moss averaged 4.8 yards a carry and finished with 640 yards rushing.", "640", 640, "game"],
    ["Last season Moss led the club, posting 812 total yards in 15 games.", "812", 812, "earlier season"],
    // "en route to", "on his way to": a light verb that carries the figure
    ["Moss broke tackles all season, en route to 640 yards rushing.", "640", 640, "season"],
    ["Moss ran hard on his way to 95 yards rushing.", "95", 95, "game"],
    // more than a game's figure ever is: a total to date, however many games it took
    ["Moss now has 2,410 yards in 40 games as a pro.", "2,410", 2410, "to date"],
    // a game named after the season, nearer the figure, sets its span
    ["Moss has just 210 yards this season, but looked sharp on Sunday, when he had 88 yards rushing.", "88", 88, "game"],
    ["Moss was hurt on Sunday against the Owls, but has 610 yards rushing this season.", "610", 610, "season"],
    // must not: a single game's figure stays a game's
    ["Moss rushed for 140 yards in the game.", "140", 140, "game"],
  ])("%s → %s", (sentence, text, n, expected) => {
    expect(span(sentence, text, n)).toBe(expected);
  });
});
