/**
 * The figure of a record someone holds (src/group/record-figures.ts), compared as that holder's
 * statistic. Sentences, names and figures written for this test; the expected readings and verdicts
 * were decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { recordFigure } from "../../../src/group/record-figures.js";
import { statOf } from "../../../src/group/stat-lines.js";
import type { Claim } from "../../../src/types.js";
import { frameRead } from "../../helpers/claims.js";
import { judgeAll as judge, relation } from "../../helpers/judged.js";

const read = (sentence: string, text: string) => {
  const at = sentence.indexOf(text);
  return recordFigure(sentence.slice(0, at), sentence.slice(at + text.length), sentence);
};

describe("recordFigure", () => {
  it.each<[string, string, { noun: string; qualifier: string | null; span: string; holder: string } | null]>([
    ["Ames broke Dana Lutz's school scoring record of 1,904 points on Friday.", "1,904", { noun: "point", qualifier: null, span: "career", holder: "Dana Lutz" }],
    ["He needed nine to pass Lutz's scoring record of 1,904.", "1,904", { noun: "point", qualifier: null, span: "career", holder: "Lutz" }],
    ["She now owns Reyes' single-season rushing record of 1,650 yards.", "1,650", { noun: "yard", qualifier: "rushing", span: "season", holder: "Reyes" }],
    ["A layup let Ames overtake Reyes (1,880) on the career scoring list.", "1,880", { noun: "point", qualifier: null, span: "career", holder: "Reyes" }],
    // must not: no possessive, no stat the record counts, no figure in the brackets' place, no career list
    ["The single-season rushing record of 1,650 yards fell.", "1,650", null],
    ["Lutz's record of 40 wins still stands.", "40", null],
    ["Ames passed Reyes (1,880) in the hallway before practice.", "1,880", null],
  ])("%s (%s)", (sentence, text, expected) => {
    expect(read(sentence, text)).toEqual(expected);
  });
});

let docs = 0;
const told = (sentence: string, text: string, n: number, lemma: string, counted = "point"): Claim => {
  docs += 1;
  return frameRead(sentence, text, n, { counted, unit: "", lemma }, `record-${docs}.txt`);
};

describe("one holder's record told two ways", () => {
  const a = told("Ames broke Dana Lutz's school scoring record of 1,904 points on Friday.", "1,904", 1904, "break");
  const b = told("She came in needing eight points to pass Dana Lutz's scoring record of 1,894.", "1,894", 1894, "pass", "record");
  const c = told("She came in needing eight points to pass Kim Oduya's scoring record of 1,894.", "1,894", 1894, "pass", "record");
  it("reads both as the holder's career points", () => {
    expect(statOf(a)).toMatchObject({ noun: "point", span: "career", holder: "Dana Lutz" });
    expect(statOf(b)).toMatchObject({ noun: "point", span: "career", holder: "Dana Lutz" });
  });
  it("must contradict two values of one holder's record; must not set two holders' records against each other", () => {
    expect(relation(judge([a, b]), a, b)).toEqual(["contradict"]);
    expect(judge([a, c]).filter((f) => f.verdict === "contradict")).toEqual([]);
  });
});
