/**
 * A player's or a team's statistic, whatever verb carries it (src/group/stat-lines.ts): which
 * figures are statistics, what they count, who holds them and over what span; and which of them
 * are compared. Sentences, names and numbers written for this test; the expected readings and
 * verdicts were decided by reading the sentences.
 */
import { describe, expect, it } from "vitest";
import { occurrenceTopics } from "../../../src/group/occurrence-topics.js";
import { statOf, statsApart } from "../../../src/group/stat-lines.js";
import { wordPlaces } from "../../../src/group/word-places.js";
import type { Claim } from "../../../src/types.js";
import { frameRead } from "../../helpers/claims.js";
import { judgeAll as judge, relation } from "../../helpers/judged.js";

let docs = 0;

/** A claim no rule took, read as a scan reads it: its frame's id and frame, its sentence, one document each. */
function told(sentence: string, text: string, n: number, frame: { counted: string; lemma: string | null; agent?: string; unit?: string; reportedAt?: string }): Claim {
  docs += 1;
  return frameRead(sentence, text, n, { ...frame, participants: frame.agent ? [["agent", frame.agent]] : [] }, `report-${docs}.txt`);
}

const yards = (sentence: string, text: string, n: number, lemma: string | null, agent?: string): Claim => told(sentence, text, n, { counted: "yard", lemma, ...(agent ? { agent } : {}) });

describe("statOf: must read a statistic", () => {
  it.each<[string, string, string, string | null, string, string | null]>([
    // sentence, figure, noun, qualifier, span, holder
    ["Dana Whitcombe threw for 312 yards against the Falcons.", "312", "yard", "passing", "game", "Dana Whitcombe"],
    ["Whitcombe passed for 312 yards and two scores.", "312", "yard", "passing", "game", "Whitcombe"],
    ["Whitcombe finished with 312 passing yards.", "312", "yard", "passing", "game", "Whitcombe"],
    ["Whitcombe had 312 yards passing on Sunday.", "312", "yard", "passing", "game", "Whitcombe"],
    ["Whitcombe racked up 312 yards through the air.", "312", "yard", "passing", "game", "Whitcombe"],
    ["Whitcombe was 21 of 30 for 312 yards.", "312", "yard", "passing", "game", "Whitcombe"],
    ["Tomas Ruelle ran for 140 yards and Ben Ostrow added 65.", "140", "yard", "rushing", "game", "Tomas Ruelle"],
    ["Ruelle rushed for 140 yards on 19 carries.", "140", "yard", "rushing", "game", "Ruelle"],
    ["Ruelle had 140 yards on 19 carries.", "140", "yard", "rushing", "game", "Ruelle"],
    ["The Wardens piled up 420 total yards.", "420", "yard", "total", "game", "Wardens"],
    ["Kip Adeyemi caught six passes for 88 yards.", "88", "yard", "receiving", "game", "Kip Adeyemi"],
    ["Ostrow turned in a long run and ran for 95 yards and Ruelle ran for 40 yards.", "40", "yard", "rushing", "game", "Ruelle"],
    ["Ostrow turned in a long run and rushed for 95 yards.", "95", "yard", "rushing", "game", "Ostrow"],
    ["The Wardens leaned on Ruelle's 140 yards rushing to win.", "140", "yard", "rushing", "game", "Ruelle"],
    ["Whitcombe set a club record, throwing for 312 yards in the win.", "312", "yard", "passing", "game", "Whitcombe"],
    ["The loss fell on Corrigan, who was 9 of 25 for 98 yards.", "98", "yard", "passing", "game", "Corrigan"],
    ["Mara Hollis scored 27 points and grabbed 11 rebounds.", "27", "point", null, "game", "Mara Hollis"],
    // spans: a season, a career, an average, an earlier game
    ["Ruelle has 1,480 yards this season.", "1,480", "yard", null, "season", "Ruelle"],
    ["Whitcombe set the league mark for a season with 4,400 passing yards.", "4,400", "yard", "passing", "season", "Whitcombe"],
    ["Ruelle has run for 9,100 yards in his career.", "9,100", "yard", "rushing", "career", "Ruelle"],
    ["Hollis is averaging 21 points a game.", "21", "point", null, "average", "Hollis"],
    // a span an earlier clause sets; a down is a part of the game
    ["The rookie played in nine games this year, rushing for 388 yards.", "388", "yard", "rushing", "season", null],
    ["Ruelle ran for 120 yards on Sunday, a season best.", "120", "yard", "rushing", "game", "Ruelle"],
    ["On third down, Ostrow ran for 9 yards to the 20.", "9", "yard", "rushing", "part third down", "Ostrow"],
    ["Ostrow will finish the year with 870 yards rushing.", "870", "yard", "rushing", "season", "Ostrow"],
    ["Hollis had 12 points in the first eight minutes.", "12", "point", null, "part first eight minutes", "Hollis"],
    ["Hollis now has 1,870 points for the school.", "1,870", "point", null, "to date", "Hollis"],
    // more than any game's figure: a total to date, whatever verb tells it
    ["Hollis ended the night with 1,870 points.", "1,870", "point", null, "to date", "Hollis"],
    ["Hollis became the fifth player to score 1,000 points when she hit a jumper in the second half.", "1,000", "point", null, "to date", "Hollis"],
    // a running total raised to the figure, with no noun after it: the noun is the total's or what the frame counts
    ["Whitcombe threw for 312 yards, raising his season yardage to 3,950.", "3,950", "yard", "passing", "season", "Whitcombe"],
    ["Adeyemi had four catches on Sunday, bringing his career total to 212.", "212", "catch", null, "career", "Adeyemi"],
    // the best of a career is one game's figure
    ["Pell had a career-high 19 points off the bench.", "19", "point", null, "game", "Pell"],
    ["The win came a week after he managed 12 yards on eight carries.", "12", "yard", "rushing", "earlier game", null],
    ["The 1974 Wardens rushed for 390 yards in a game.", "390", "yard", "rushing", "earlier game", "1974 Wardens"],
    // a figure each of several reached
    ["Four quarterbacks threw for 300 yards or more on the day.", "300", "yard", "passing", "game each", null],
    // the name after "from" holds the figure: one that starts like a short day or month, with no period, is a name
    ["The Owls got 13 points from Sun Lee off the bench.", "13", "point", null, "game", "Sun Lee"],
    ["The Owls got 13 points from Jan Ostrow off the bench.", "13", "point", null, "game", "Jan Ostrow"],
  ])("%s (%s)", (sentence, text, noun, qualifier, span, holder) => {
    const n = Number(text.replace(/,/g, ""));
    // (a running total's frame counts what its sentence counts: "catches" → catch)
    expect(statOf(told(sentence, text, n, { counted: noun, lemma: null, unit: "" }))).toEqual({ noun, qualifier, span, holder });
  });
});

describe("statOf: must not read a statistic", () => {
  it.each<[string, string, string]>([
    // one play's length: the figure is written before its noun as a modifier
    ["Ruelle broke off an 80-yard run.", "80", "yard"],
    ["Adeyemi scored on a 32 yard return.", "32", "yard"],
    // a measure of a thing, a distance away
    ["She bought 30 yards of fabric for the banners.", "30", "yard"],
    ["The marshal stood 10 yards away from the gate.", "10", "yard"],
    // "from" a day or month, in full or cut short with its period, is no holder
    ["The Owls got 13 points from Tuesday to Sunday.", "13", "point"],
    ["The Owls got 13 points from Tues. to Sun.", "13", "point"],
    ["The Owls got 13 points from Sept. 3 to Oct. 9.", "13", "point"],
    // a market's points
    ["The index gained 40 points on Friday.", "40", "point"],
    // a count that nothing carries: no verb of a statistic, no qualifier, no holder
    ["The field is 100 yards between the goal lines.", "100", "yard"],
    // a total raised to a figure that counts no stat noun
    ["The deal lifted his total to 40 properties.", "40", "property"],
    ["Rains brought the river's total to 12 feet.", "12", "foot"],
  ])("%s", (sentence, text, noun) => {
    expect(statOf(told(sentence, text, Number(text), { counted: noun, lemma: null }))).toBeNull();
  });
});

describe("statsApart", () => {
  const game = yards("Ruelle ran for 120 yards on Sunday.", "120", 120, "run", "Ruelle");
  const season = yards("Ruelle has 1,200 yards this season.", "1,200", 1200, "have", "Ruelle");
  const career = yards("Ruelle has rushed for 8,000 yards in his career.", "8,000", 8000, "rush", "Ruelle");
  const other = yards("Ostrow ran for 75 yards on Sunday.", "75", 75, "run", "Ostrow");
  const passing = yards("Whitcombe threw for 75 yards in the first half.", "75", 75, "throw", "Whitcombe");
  const same = yards("Tomas Ruelle rushed for 120 yards against the Falcons.", "120", 120, "rush", "Tomas Ruelle");
  it.each<[string, Claim, Claim, boolean]>([
    ["a season total against one game", season, game, true],
    ["a career against a season", career, season, true],
    ["two players", game, other, true],
    ["passing against rushing", passing, other, true],
    ["one player's game told with two verbs", game, same, false],
    ["a part of a game against the whole", yards("Ruelle ran for 60 yards in the first half.", "60", 60, "run", "Ruelle"), game, true],
    ["a run of play against the whole game", yards("Ruelle had 40 yards during a decisive 17-0 run on Sunday.", "40", 40, "have", "Ruelle"), game, true],
    ["two parts of one game", yards("Ruelle had 40 yards during a decisive 17-0 run on Sunday.", "40", 40, "have", "Ruelle"), yards("Ruelle ran for 60 yards in the first half.", "60", 60, "run", "Ruelle"), true],
    ["one part told twice", yards("Ruelle ran for 60 yards in the first half.", "60", 60, "run", "Ruelle"), yards("Ruelle had 60 first-half yards.", "60", 60, "have", "Ruelle"), false],
    ["a game told beside a run (the run is not the figure's)", yards("Ruelle ran for 120 yards as his side ended a long losing run.", "120", 120, "run", "Ruelle"), game, false],
  ])("%s → %s", (_name, a, b, expected) => {
    expect(statsApart(a, b)).toBe(expected);
    expect(statsApart(b, a)).toBe(expected);
  });
});


describe("one statistic told with many verbs", () => {
  it("puts a passer's yards in one topic whatever verb carries them, and the runner's in another", () => {
    const a = yards("Whitcombe threw for 312 yards on Sunday.", "312", 312, "throw", "Whitcombe");
    const b = yards("Whitcombe finished with 312 passing yards.", "312", 312, "finish", "Whitcombe");
    const c = yards("Whitcombe had 312 yards passing.", "312", 312, "have", "Whitcombe");
    const d = yards("Ruelle ran for 312 yards.", "312", 312, "run", "Ruelle");
    const topics = occurrenceTopics([a, b, c, d], new Set());
    expect(topics.get(a)).toBe("frame:stat/passing yard");
    expect(topics.get(b)).toBe("frame:stat/passing yard");
    expect(topics.get(c)).toBe("frame:stat/passing yard");
    expect(topics.get(d)).toBe("frame:stat/rushing yard");
  });

  it("must compare: one passer's yards told with two verbs, the same figure (agree) and another (contradict)", () => {
    const a = yards("Whitcombe threw for 312 yards on Sunday.", "312", 312, "throw", "Whitcombe");
    const b = yards("Dana Whitcombe finished with 312 passing yards.", "312", 312, "finish", "Dana Whitcombe");
    const c = yards("Whitcombe passed for 321 yards against the Falcons.", "321", 321, "pass", "Whitcombe");
    const findings = judge([a, b, c]);
    expect(relation(findings, a, b)).toEqual(["agree"]);
    expect(relation(findings, a, c)).toEqual(["contradict"]);
  });

  it("must not compare: two players, passing against rushing, a season against a game, a career against a game", () => {
    const game = yards("Ruelle ran for 120 yards on Sunday.", "120", 120, "run", "Ruelle");
    const otherPlayer = yards("Ostrow rushed for 85 yards on Sunday.", "85", 85, "rush", "Ostrow");
    const season = yards("Ruelle has 1,200 yards this season.", "1,200", 1200, "have", "Ruelle");
    const career = yards("Ruelle has rushed for 8,000 yards in his career.", "8,000", 8000, "rush", "Ruelle");
    const passing = yards("Ruelle threw for 30 yards on a trick play.", "30", 30, "throw", "Ruelle");
    const findings = judge([game, otherPlayer, season, career, passing]);
    for (const other of [otherPlayer, season, career, passing]) expect(relation(findings, game, other)).toEqual([]);
    expect(relation(findings, season, career)).toEqual([]);
  });
});

describe("where a figure stands in its sentence as a word", () => {
  it.each<[string, string, number[]]>([
    // both places: after a space and before a hyphen, after a hyphen at the end
    ["a 13-play drive put them up 20-13", "13", [2, 31]],
    // inside a longer number it is no word of its own
    ["113 and 13", "13", [8]],
    // a letter outside the ASCII range on either side
    ["Café13 13é", "13", []],
    // a letter written with two UTF-16 units before it
    ["\u{1D400}13 13", "13", [5]],
    // overlapping places are not counted twice
    ["1-1-1", "1-1", [0]],
    ["no figure here", "7", []],
  ])("%s: %s at %j", (sentence, text, places) => {
    expect(wordPlaces(sentence, text)).toEqual(places);
  });
});
