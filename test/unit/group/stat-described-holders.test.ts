/**
 * A player's figure told through a description ("the young
 * rookie"), with "he" after a fronted phrase, in a list one verb carries ("… 410 yards and four
 * touchdowns"), after a possessive sentence about the player, or in a clause that opens with the
 * player's name and a relative clause. Sentences, names and numbers written for this test; the
 * expected readings decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { subjectToldBackOf } from "../../../src/extract/pronoun-antecedent.js";
import { oneHoldersFigureOverSpans, statOf, statsApart } from "../../../src/group/stat-lines.js";
import type { Claim } from "../../../src/types.js";
import { frameRead } from "../../helpers/claims.js";
import { judgeAll as judge, relation } from "../../helpers/judged.js";

const sentences = (...texts: string[]) => texts.map((text) => ({ text }));

describe("subjectToldBackOf: who the subject of a statistic's sentence is", () => {
  it.each<[string, string[], string | null]>([
    // must: a player's role with "the", "he" after a fronted phrase, a possessive of the player's own
    ["a role with 'the'", ["The Owls kept Okafor.", "Okafor made the most of it.", "The young rookie finished with 410 yards."], "Okafor"],
    ["a position with 'the'", ["The Owls kept Okafor.", "Okafor impressed the coaches early.", "But the tight end missed four games."], "Okafor"],
    ["'he' after a fronted phrase", ["The Owls kept Okafor.", "Okafor was hurt in May.", "After signing with the Owls in June, he caught 40 passes."], "Okafor"],
    ["'he' after a fronted 'Last season'", ["The Owls kept Okafor.", "Okafor was hurt in May.", "Last season, he caught 40 passes."], "Okafor"],
    ["a possessive of the player's own ankle", ["The Owls kept Okafor.", "Okafor's ankle needs surgery, the coach said.", "He had 410 yards."], "Okafor"],
    // must not
    ["no player's role", ["The Owls kept Okafor.", "Okafor made the most of it.", "The team finished with 410 yards."], null],
    ["the role set before another name", ["The Owls signed rookie Ines Varga.", "The Owls kept Okafor.", "Okafor made the most of it.", "The rookie finished with 410 yards."], null],
    ["a fronted clause with a subject of its own", ["The Owls kept Okafor.", "Okafor was hurt in May.", "After Varga went down, he caught 40 passes."], null],
    ["a possessive of a thing that is not the player's own", ["The Owls kept Okafor.", "Okafor's pass was picked off by Varga.", "He ran it back 40 yards."], null],
    // a name as the subject after a fronted phrase, past a role in lower case
    ["a name after a fronted phrase", ["The Owls kept Okafor.", "During Varga's long absence, tight end Okafor has become the first option.", "He has 410 yards."], "Okafor"],
    ["not: a fronted clause with a subject of its own before the name", ["The Owls kept Okafor.", "After Varga went down, Okafor became the first option.", "He has 410 yards."], null],
  ])("%s", (_name, texts, expected) => {
    expect(subjectToldBackOf(sentences(...texts), texts.length - 1)).toBe(expected);
  });
});

let docs = 0;
function stat(sentence: string, text: string, counted: string, toldBack: string | null = null): Claim {
  docs += 1;
  const n = Number(text.replace(/,/g, "")) || ({ four: 4, five: 5, six: 6, three: 3, eight: 8, nine: 9 } as Record<string, number>)[text] || 0;
  const c = frameRead(sentence, text, n, { counted, lemma: "have", unit: "" }, `described-${docs}.txt`);
  return toldBack === null ? c : { ...c, claimFrame: { ...c.claimFrame!, subjectToldBack: toldBack } };
}

describe("statOf: holders and spans of figures told through a description, a list or an aside", () => {
  it.each<[string, string, string, string | null, string | null, string]>([
    // must: the description told back holds every figure of its sentence, a listed figure too
    ["The little-known rookie averaged 4.1 yards per rush, then finished with a team-high 410 rushing yards and four touchdowns.", "410", "yard", "Okafor", "Okafor", "game"],
    ["The little-known rookie averaged 4.1 yards per rush, then finished with a team-high 410 rushing yards and four touchdowns.", "four", "touchdown", "Okafor", "Okafor", "game"],
    // a listed figure takes the span of its list's first figure
    ["Varga ran for 410 yards and four touchdowns this season.", "four", "touchdown", null, "Varga", "season"],
    ["Varga ran for 410 yards in 11 games and four touchdowns.", "four", "touchdown", null, "Varga", "season"],
    ["Varga had 22 points, 11 rebounds and six assists.", "six", "assist", null, "Varga", "game"],
    // "a team-leading" after the light verb
    ["Varga had a team-leading six interceptions.", "six", "interception", null, "Varga", "game"],
    // a name with a relative clause set off after it opens the sentence; "and over" joins two phrases
    ["Varga, who missed the spring with a knee injury, carried the load this season, slipping past tackles and over defenders on the way to 610 yards rushing.", "610", "yard", null, "Varga", "season"],
    // the verb right after the aside is the name's; the aside's own words set no span
    ["Varga, whose playing time rose steadily over the back half of the season, posted a career-best 17 points and eight rebounds.", "eight", "rebound", null, "Varga", "game"],
    // "a game-high" is no average; "finished the day with" carries a list
    ["Varga collected a game-high nine rebounds for the visitors.", "nine", "rebound", null, "Varga", "game"],
    ["She finished the night with 17 points and 8 rebounds off the bench.", "8", "rebound", "Varga", "Varga", "game"],
  ])("%s (%s)", (sentence, text, counted, toldBack, holder, span) => {
    const s = statOf(stat(sentence, text, counted, toldBack));
    expect(s?.holder ?? null).toBe(holder);
    expect(s?.span).toBe(span);
  });

  it.each<[string, string, string, string | null]>([
    // must not: a figure after "and" with no carried figure before it, a verb between
    ["The club lost 12 games and four touchdowns were scored against it.", "four", "touchdown", null],
    ["Varga had 20 points and then sat out three games with a sore back.", "three", "game", null],
  ])("not a listed statistic: %s (%s)", (sentence, text, counted, toldBack) => {
    expect(statOf(stat(sentence, text, counted, toldBack))).toBeNull();
  });

  it("a description told back does not hold another subject's figure", () => {
    const s = statOf(stat("The young rookie ran for 60 yards, but Varga threw for 240 yards.", "240", "yard", "Okafor"));
    expect(s?.holder).toBe("Varga");
  });
});

describe("one holder's figure over a span: another figure's average is no span of it", () => {
  const open = stat("The little-known rookie averaged 4.1 yards per rush, then finished with a team-high 410 rushing yards.", "410", "yard", "Okafor");
  const season = stat("Okafor rushed for 410 yards this year, leading the club.", "410", "yard");
  it("must: the rookie's 410 yards and Okafor's 410 yards this year", () => {
    expect(oneHoldersFigureOverSpans(open, season)).toBe(true);
    expect(relation(judge([open, season]), open, season)).toEqual(["agree"]);
  });
  it("must not: the figure's own sentence names a game", () => {
    const game = stat("The little-known rookie averaged 4.1 yards per rush, then finished with 410 rushing yards on Sunday.", "410", "yard", "Okafor");
    expect(oneHoldersFigureOverSpans(game, season)).toBe(false);
  });
  it("must not: two holders", () => {
    const other = stat("Varga rushed for 410 yards this year, leading the club.", "410", "yard");
    expect(oneHoldersFigureOverSpans(open, other)).toBe(false);
    expect(relation(judge([open, other]), open, other)).toEqual([]);
  });
});

describe("statsApart: one player's figures of a game, reported on days far apart or unknown, may be two games'", () => {
  const game = (sentence: string, text: string, reportedAt: string | null): Claim => {
    docs += 1;
    const n = Number(text) || ({ seven: 7, nine: 9 } as Record<string, number>)[text]!;
    const c = frameRead(sentence, text, n, { counted: "rebound", lemma: "have", unit: "" }, `games-${docs}.txt`);
    return { ...c, claimFrame: { ...c.claimFrame!, time: { ...c.claimFrame!.time, reportedAt } } };
  };
  it.each<[string, string | null, string | null, boolean]>([
    // must part: a day unknown on one side, days a week apart
    ["unknown day", null, "2031-10-13", true],
    ["a week apart", "2031-10-06", "2031-10-13", true],
    // must not part: one day, or the day after the game
    ["one day", "2031-10-13", "2031-10-13", false],
    ["the next day", "2031-10-13", "2031-10-14", false],
  ])("%s", (_name, da, db, expected) => {
    const a = game("Varga had 20 points and seven rebounds against the Owls.", "seven", da);
    const b = game("Varga finished the game with 18 points and nine rebounds.", "nine", db);
    expect(statsApart(a, b)).toBe(expected);
  });
  it("equal figures are not parted by their days", () => {
    const a = game("Varga had 20 points and nine rebounds against the Owls.", "nine", null);
    const b = game("Varga finished the game with 18 points and nine rebounds.", "nine", "2031-10-13");
    expect(statsApart(a, b)).toBe(false);
  });
});
