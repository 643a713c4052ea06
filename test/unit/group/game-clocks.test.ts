/**
 * Moments of a game told by its clock, and running scores told at one such moment
 * (src/group/game-clocks.ts, score-pairs.ts). Sentences, players and clocks written for this test;
 * the expected verdicts were decided by reading the sentences.
 */
import { describe, expect, it } from "vitest";
import { clocksApart, momentOf, oneMoment } from "../../../src/group/game-clocks.js";
import { occurrenceTopics } from "../../../src/group/occurrence-topics.js";
import type { Claim, Participant } from "../../../src/types.js";
import { frameRead } from "../../helpers/claims.js";
import { judgeAll as judge, relation } from "../../helpers/judged.js";

let docs = 0;
const clock = (sentence: string, text: string, seconds: number, lemma: string, names: [Participant["role"], string][] = []): Claim => {
  docs += 1;
  return frameRead(sentence, text, seconds, { counted: "game clock", unit: "game-clock", lemma, participants: names }, `clock-${docs}.txt`);
};
const score = (sentence: string, text: string, pair: [number, number], lemma: string, names: string[]): Claim => {
  docs += 1;
  const c = frameRead(sentence, text, pair[0], { counted: "score", lemma }, `score-${docs}.txt`);
  return { ...c, value: { ...c.value, type: "quantity", unit: "score", pair } as Claim["value"], actors: names.map((n) => `name:${n}`) };
};

describe("game clocks", () => {
  const a = clock("Ruiz made a free throw with 2:18 left in the first half.", "2:18", 138, "make", [["agent", "Ruiz"]]);
  const b = clock("Ruiz sank the foul shot with 2:18 to play in the first half.", "2:18", 138, "sink", [["agent", "Ruiz"]]);
  const c = clock("Ruiz sank the foul shot with 2:18 to play in the second half.", "2:18", 138, "sink", [["agent", "Ruiz"]]);
  const d = clock("Ruiz added a layup with 9:40 to go.", "9:40", 580, "add", [["agent", "Ruiz"]]);
  it("must put clocks told with any verb in one topic", () => {
    const topics = occurrenceTopics([a, b, d], new Set());
    expect(new Set([topics.get(a), topics.get(b), topics.get(d)])).toEqual(new Set(["frame:game-clock"]));
  });
  it("must part two clocks and one clock of two periods; must not part one clock told alike", () => {
    expect(clocksApart(a, b)).toBe(false);
    expect(clocksApart(b, c)).toBe(true);
    expect(clocksApart(a, d)).toBe(true);
  });
  it("must agree on one clock told alike, and never contradict on two clocks of one player", () => {
    expect(relation(judge([a, b]), a, b)).toEqual(["agree"]);
    expect(judge([a, c, d]).filter((f) => f.verdict === "contradict")).toEqual([]);
  });
});

describe("running scores told at one clock", () => {
  const at = score("Brill went up 51-40 on two free throws by Lund with 12:07 to go.", "51-40", [51, 40], "go", ["brill", "lund"]);
  const other = score("Lund's layup gave Brill a 51-41 lead with 12:07 to play.", "51-41", [51, 41], "give", ["lund", "brill"]);
  const later = score("Brill led 58-44 with 8:30 to play.", "58-44", [58, 44], "lead", ["brill"]);
  const noClock = score("Brill led 51-41 before the timeout.", "51-41", [51, 41], "lead", ["brill"]);
  it("must read the clock of the score's clause", () => {
    expect(momentOf(at)).toBe("727");
    expect(momentOf(score("Brill led 51-41, and with 12:07 to go Hale called time.", "51-41", [51, 41], "lead", ["brill"]))).toBeNull();
  });
  it("must tie two scores at one clock; must not tie two clocks or a score with none", () => {
    expect(oneMoment(at, other)).toBe(true);
    expect(oneMoment(at, later)).toBe(false);
    expect(oneMoment(at, noClock)).toBe(false);
  });
  it("must contradict two scores at one clock, and not two scores of two moments", () => {
    expect(relation(judge([at, other]), at, other)).toEqual(["contradict"]);
    expect(judge([at, later, noClock]).filter((f) => f.verdict === "contradict")).toEqual([]);
  });
});
