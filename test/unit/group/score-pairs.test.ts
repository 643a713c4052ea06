/**
 * Whose score, record or tally a pair is and which span of a game or a season it tells
 * (src/group/score-pairs.ts), and which pairs are compared. Sentences, teams and numbers written
 * for this test; the expected readings and verdicts were decided by reading the sentences.
 */
import { describe, expect, it } from "vitest";
import { occurrenceTopics } from "../../../src/group/occurrence-topics.js";
import { pairOf, pairsApart } from "../../../src/group/score-pairs.js";
import type { Claim, PairKind } from "../../../src/types.js";
import { frameRead } from "../../helpers/claims.js";
import { judgeAll as judge, relation } from "../../helpers/judged.js";

let docs = 0;

/**
 * A pair no rule took, as a scan reads it, one document each: `names` are the names the sentence's
 * actors give (a scan reads them from the sentence), `lemma` the verb its frame reads.
 */
function told(sentence: string, text: string, pair: [number, number], kind: PairKind, names: string[] = [], lemma: string | null = null, reportedAt = "2031-10-13"): Claim {
  docs += 1;
  const c = frameRead(sentence, text, pair[0], { counted: kind, lemma, reportedAt }, `game-${docs}.txt`);
  return { ...c, value: { ...c.value, type: "quantity", unit: kind, pair } as Claim["value"], actors: names.map((n) => `name:${n}`) };
}

describe("pairOf: the span and the holder of a pair", () => {
  it.each<[string, string, [number, number], PairKind, string[], string, string[]]>([
    // sentence, pair as written, stored, kind, actors' names, span, holders
    ["The Owls beat the Rovers 27-24 on Saturday.", "27-24", [27, 24], "score", ["owls", "rovers"], "final", ["owls", "rovers"]],
    ["Ashby sealed a 31-17 victory over Keld.", "31-17", [31, 17], "score", ["ashby", "keld"], "final", ["ashby", "keld"]],
    ["The Owls led 14-7 at the half.", "14-7", [14, 7], "score", ["owls"], "halftime", ["owls"]],
    ["Brill went into halftime leading Hale, 10-6.", "10-6", [10, 6], "score", ["brill", "hale"], "halftime", ["brill", "hale"]],
    ["Moss broke off a long run to trim the deficit to 21-17.", "21-17", [21, 17], "score", ["moss"], "point", ["moss"]],
    ["The Rovers trailed 13-10 late in the third quarter.", "13-10", [13, 10], "score", ["rovers"], "point", ["rovers"]],
    ["The Falcons (8-6) travel to Ashby next week.", "8-6", [8, 6], "record", [], "season", ["falcons"]],
    ["That gave the Owls an 11-5 season.", "11-5", [11, 5], "record", [], "season", ["owls"]],
    ["With the win, Keld's record rose to 9-4.", "9-4", [9, 4], "record", [], "season", ["keld"]],
    ["Next up are the 12-2 Falcons.", "12-2", [12, 2], "record", [], "season", ["falcons"]],
    ["The Owls are 4-3 on the road this year.", "4-3", [4, 3], "record", [], "split", ["owls"]],
    ["The coach was let go after the club's 6-15 start.", "6-15", [6, 15], "record", [], "split", []],
    ["Dunmore has a career record of 210-190.", "210-190", [210, 190], "record", [], "career", ["dunmore"]],
    ["A year ago the Owls were 3-13.", "3-13", [3, 13], "record", [], "earlier", ["owls"]],
    ["The Owls came into the game 9-5.", "9-5", [9, 5], "record", ["owls"], "before", ["owls"]],
    ["Keld headed into Sunday at 7-7.", "7-7", [7, 7], "record", ["keld"], "before", ["keld"]],
    // "let go", "went": no game the record comes into
    ["Dunmore was let go despite a 30-34 record.", "30-34", [30, 34], "record", ["dunmore"], "season", ["dunmore"]],
    ["The Owls went 11-5 and won the division.", "11-5", [11, 5], "record", ["owls"], "season", ["owls"]],
    // a run of scoring: one of many in a game
    ["Moss sparked a 12-2 run for the Owls.", "12-2", [12, 2], "run", ["moss", "owls"], "run", ["moss", "owls"]],
  ])("%s (%s)", (sentence, text, pair, kind, names, span, holders) => {
    expect(pairOf(told(sentence, text, pair, kind, names))).toEqual({ kind, span, holders });
  });

  it("must not read a pair in a figure that is none", () => {
    const c = frameRead("The Owls scored 27 points.", "27", 27, { counted: "point", lemma: "score" }, "plain.txt");
    expect(pairOf(c)).toBeNull();
  });
});

describe("pairsApart", () => {
  const owls11 = told("The Owls (11-4) host the Rovers on Sunday.", "11-4", [11, 4], "record");
  const owls10 = told("With the loss the Owls fell to 10-5.", "10-5", [10, 5], "record");
  const owlsOtherDay = told("The Owls (9-4) lost in overtime.", "9-4", [9, 4], "record", [], null, "2031-10-06");
  const falcons11 = told("Next up are the 11-4 Falcons.", "11-4", [11, 4], "record");
  const owlsRoad = told("The Owls are 5-2 on the road.", "5-2", [5, 2], "record");
  const lead14 = told("The Owls led 14-7 early in the second quarter.", "14-7", [14, 7], "score", ["owls"]);
  const tie21 = told("The Rovers pulled level, the game tied 21-21.", "21-21", [21, 21], "score", ["rovers"]);
  const final27 = told("The Owls beat the Rovers 27-24.", "27-24", [27, 24], "score", ["owls", "rovers"]);
  const final30 = told("The Rovers lost to the Owls 30-24.", "30-24", [30, 24], "score", ["owls", "rovers"]);
  const other20 = told("Keld beat Hale 20-10 in the late game.", "20-10", [20, 10], "score", ["keld", "hale"]);
  const owlsOnly = told("The Owls won 30-24.", "30-24", [30, 24], "score", ["owls"]);
  // one coach's season just ended, told as a standing and as a season named by its years
  const dunmoreStanding = told("Dunmore was fired despite a 41-41 record and a trip to the playoffs.", "41-41", [41, 41], "record", [], null, "2010-05-20");
  const dunmoreSeason = told("Dunmore was hired in 2009 and went 41-41 in 2009-10.", "41-41", [41, 41], "record", [], null, "2010-05-20");
  const dunmoreOther = told("Dunmore was hired in 2009 and went 40-42 in 2009-10.", "40-42", [40, 42], "record", [], null, "2010-05-20");
  const pruittSeason = told("Pruitt was hired in 2009 and went 41-41 in 2009-10.", "41-41", [41, 41], "record", [], null, "2010-05-20");
  it.each<[string, Claim, Claim, boolean]>([
    ["one team's season records of one day", owls11, owls10, false],
    ["one team's season records of two days (a record changes each game)", owls11, owlsOtherDay, true],
    ["two teams' records, even equal", owls11, falcons11, true],
    ["a season's record and a split of it", owls10, owlsRoad, true],
    ["two running scores of one game", lead14, tie21, true],
    ["a running score and the final", lead14, final27, true],
    ["two finals that name both sides", final27, final30, false],
    ["two finals of two games", final27, other20, true],
    ["two finals where one names one side only", final27, owlsOnly, true],
    ["one coach's same record, as a standing and as a season named by its years", dunmoreStanding, dunmoreSeason, false],
    ["one coach's standing and another number for the season named by its years", dunmoreStanding, dunmoreOther, true],
    ["two coaches' same record, a standing and a season named by its years", dunmoreStanding, pruittSeason, true],
    ["a season's record and a split of it, even equal", told("The Owls are 5-2.", "5-2", [5, 2], "record"), owlsRoad, true],
  ])("%s", (_name, a, b, expected) => {
    expect(pairsApart(a, b)).toBe(expected);
    expect(pairsApart(b, a)).toBe(expected);
  });
});

describe("pairs told with other words", () => {
  it("puts scores and records in a topic of their kind, whatever verb tells them", () => {
    const a = told("The Owls beat the Rovers 27-24.", "27-24", [27, 24], "score", ["owls", "rovers"], "beat");
    const b = told("The Rovers fell 27-24 to the Owls.", "27-24", [27, 24], "score", ["owls", "rovers"], "fall");
    const c = told("The Owls (11-4) clinched a place.", "11-4", [11, 4], "record", [], "clinch");
    const topics = occurrenceTopics([a, b, c], new Set());
    expect(topics.get(a)).toBe("frame:pair/score");
    expect(topics.get(b)).toBe("frame:pair/score");
    expect(topics.get(c)).toBe("frame:pair/record");
  });

  it("must compare: one final told alike agrees, one team's record of one day told two ways contradicts", () => {
    const a = told("The Owls beat the Rovers 27-24.", "27-24", [27, 24], "score", ["owls", "rovers"], "beat");
    const b = told("The Rovers lost to the Owls, 27-24, on Sunday.", "27-24", [27, 24], "score", ["owls", "rovers"], "lose");
    expect(relation(judge([a, b]), a, b)).toEqual(["agree"]);
    const c = told("The Owls (11-4) clinched a place in the playoffs.", "11-4", [11, 4], "record", [], "clinch");
    const d = told("With the win the Owls' record rose to 10-4.", "10-4", [10, 4], "record", [], "rise");
    expect(relation(judge([c, d]), c, d)).toEqual(["contradict"]);
  });

  it("must agree on one run told alike, and never contradict on two runs", () => {
    const a = told("Keld pulled away with a 14-3 run late in the game.", "14-3", [14, 3], "run", ["keld"], "pull");
    const b = told("A 14-3 run that Dale Moss started put it out of reach.", "14-3", [14, 3], "run", ["dale", "moss"], "put");
    expect(relation(judge([a, b]), a, b)).toEqual(["agree"]);
    const c = told("Keld opened with a 9-0 run.", "9-0", [9, 0], "run", ["keld"], "open");
    const d = told("Two free throws stretched the run to 11-0 for Hale.", "11-0", [11, 0], "run", ["hale"], "stretch");
    expect(judge([a, c, d]).filter((f) => f.verdict === "contradict")).toEqual([]);
  });

  it("must not agree: one score of runs told in two named periods", () => {
    const a = told("Keld went on an 8-0 run in the first half.", "8-0", [8, 0], "run", ["keld"], "go");
    const b = told("Keld went on an 8-0 run in the second half.", "8-0", [8, 0], "run", ["keld"], "go");
    expect(pairsApart(a, b)).toBe(true);
  });

  it("must not contradict: running scores of one game, two teams' records", () => {
    const a = told("The Owls led 14-7 at the break.", "14-7", [14, 7], "score", ["owls"], "lead");
    const b = told("The Owls led 17-7 early in the third quarter.", "17-7", [17, 7], "score", ["owls"], "lead");
    const c = told("The Rovers cut it to 17-14.", "17-14", [17, 14], "score", ["rovers"], "cut");
    const d = told("The Falcons (12-3) come to town next.", "12-3", [12, 3], "record", [], "come");
    const e = told("Next are the 11-4 Harriers.", "11-4", [11, 4], "record", [], null);
    expect(judge([a, b, c, d, e]).filter((f) => f.verdict === "contradict")).toEqual([]);
  });
});
