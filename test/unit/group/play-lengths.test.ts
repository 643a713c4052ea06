/**
 * One play of a game and its length, whatever noun or verb tells it (src/group/play-lengths.ts):
 * which figures are plays, of what kind, made by whom, named by what place in the game; and which
 * of them are compared. Sentences, names and numbers written for this test; the expected readings
 * and verdicts were decided by reading the sentences.
 */
import { describe, expect, it } from "vitest";
import { occurrenceTopics } from "../../../src/group/occurrence-topics.js";
import { playOf, playsApart } from "../../../src/group/play-lengths.js";
import type { Claim } from "../../../src/types.js";
import { frameRead } from "../../helpers/claims.js";
import { judgeAll as judge, relation } from "../../helpers/judged.js";

let docs = 0;

/** A claim no rule took, as a scan reads it, one document each; `lemma` is the verb its frame reads, often not the play's. */
function told(sentence: string, text: string, n: number, lemma = "have", counted = "yard"): Claim {
  docs += 1;
  return frameRead(sentence, text, n, { counted, lemma }, `game-${docs}.txt`);
}

describe("playOf: must read a play", () => {
  it.each<[string, string, string, string, string[], string[]]>([
    // sentence, figure, kind, noun, holders, marks
    ["Ruelle broke off a 78-yd TD run on the first play of the half.", "78", "run", "yard", ["Ruelle"], ["first play"]],
    ["Ruelle ran for 150 yards, including an 80-yard scamper on the opening snap.", "80", "run", "yard", ["Ruelle"], ["first play"]],
    ["Ruelle found a seam and romped 80 yards for the score.", "80", "run", "yard", ["Ruelle"], []],
    ["Vance Okoro picked off the throw and took it back 25 yards for a score.", "25", "return", "yard", ["Vance Okoro"], []],
    ["Okoro returned an interception 25 yards for a touchdown.", "25", "return", "yard", ["Okoro"], []],
    ["Okoro stepped in front of the pass for a 25 yard defensive touchdown.", "25", "return", "yard", ["Okoro"], []],
    ["Dane hit Cole for a nine-yard touchdown late in the game.", "nine", "pass", "yard", ["Cole", "Dane"], []],
    ["A Cole nine-yard touchdown reception put the Wardens ahead.", "nine", "pass", "yard", ["Cole"], []],
    ["Piet Sorensen kicked a 44-yard field goal before the break.", "44", "kick", "yard", ["Piet Sorensen"], []],
    ["The Wardens drove 60 yards in 11 plays for the winning score.", "60", "drive", "yard", [], []],
    ["The Wardens went on an 11-play drive that ended in a field goal, putting them up 20-11.", "11", "drive", "play", [], []],
  ])("%s (%s)", (sentence, text, kind, noun, holders, marks) => {
    const n = /^\d+$/.test(text) ? Number(text) : 9;
    expect(playOf(told(sentence, text, n))).toMatchObject({ kind, noun, holders, marks });
  });
});

describe("playOf: must not read a play", () => {
  it.each<[string, string]>([
    // a statistic, not one play
    ["Ruelle ran for 150 yards on Sunday.", "150"],
    // a measure of a thing, a distance away
    ["She bought 30 yards of fabric for the banners.", "30"],
    ["The marshal stood 10 yards away from the gate.", "10"],
    // a figure before a noun that names no play
    ["The club sold a 50-yard plot behind the stand.", "50"],
  ])("%s", (sentence, text) => {
    expect(playOf(told(sentence, text, Number(text)))).toBeNull();
  });
});

describe("playsApart", () => {
  const first80 = told("Ruelle ran for 150 yards, including an 80-yard scamper on the first play of the half.", "80", 80, "run");
  const first78 = told("On the first play of the half, Ruelle broke off a 78-yd TD run.", "78", 78, "break");
  const plain40 = told("Ruelle had a 40-yard run in the third quarter.", "40", 40, "have");
  const plain12 = told("Ruelle also had a 12-yard run.", "12", 12, "have");
  const pass80 = told("Dane hit Cole for an 80-yard touchdown pass.", "80", 80, "hit");
  const other80 = told("Ostrow broke off an 80-yard run.", "80", 80, "break");
  const earlier80 = told("Ruelle had an 80-yard run in the game two weeks ago.", "80", 80, "have");
  const same80 = told("Ruelle romped 80 yards for the score.", "80", 80, "romp");
  it.each<[string, Claim, Claim, boolean]>([
    ["one run named by one place in the game, two lengths", first80, first78, false],
    ["two runs of one player that nothing names as one", plain40, plain12, true],
    ["a run and a pass", first80, pass80, true],
    ["two players' runs", same80, other80, true],
    ["this game's run and an earlier game's", same80, earlier80, true],
    ["one length of one player's run told twice", first80, same80, false],
  ])("%s → %s", (_name, a, b, expected) => {
    expect(playsApart(a, b)).toBe(expected);
    expect(playsApart(b, a)).toBe(expected);
  });
});


describe("one play told with other words", () => {
  it("puts a run's length in one topic whatever noun or verb tells it", () => {
    const a = told("Ruelle broke off a 78-yd TD run.", "78", 78, "break");
    const b = told("Ruelle romped 78 yards for the score.", "78", 78, "romp");
    const c = told("Dane hit Cole for a 78-yard touchdown pass.", "78", 78, "hit");
    const topics = occurrenceTopics([a, b, c], new Set());
    expect(topics.get(a)).toBe("frame:play-length/run yard");
    expect(topics.get(b)).toBe("frame:play-length/run yard");
    expect(topics.get(c)).toBe("frame:play-length/pass yard");
  });

  it("must compare: one run named by its place in the game, the same length (agree) and another (contradict)", () => {
    const a = told("Ruelle ran for 150 yards, including an 80-yard scamper on the first play of the half.", "80", 80, "run");
    const b = told("On the first play of the half, Ruelle broke off a 78-yd TD run.", "78", 78, "break");
    const c = told("Tomas Ruelle opened the half on the first play with a 78-yard touchdown run.", "78", 78, "open");
    const findings = judge([a, b, c]);
    expect(relation(findings, b, c)).toEqual(["agree"]);
    expect(relation(findings, a, b)).toEqual(["contradict"]);
  });

  it("must not contradict: two runs of one player that nothing names as one play", () => {
    const a = told("Ruelle had a 40-yard run in the third quarter.", "40", 40, "have");
    const b = told("Ruelle broke off a 12-yard run.", "12", 12, "break");
    expect(judge([a, b]).filter((f) => f.verdict === "contradict")).toEqual([]);
  });
});
