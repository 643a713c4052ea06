/**
 * Who holds a statistic and which figure is one (src/group/stat-lines.ts): a noun left out after a
 * figure that an earlier figure of the sentence names, a side led "with" a figure, a figure "from" a
 * name, and two full names that share only a surname. Sentences, names and numbers written for
 * this test; the expected readings and verdicts were decided by reading the sentences.
 */
import { describe, expect, it } from "vitest";
import { statOf, statsApart } from "../../../src/group/stat-lines.js";
import type { Claim } from "../../../src/types.js";
import { frameRead } from "../../helpers/claims.js";
import { judgeAll as judge, relation } from "../../helpers/judged.js";

let docs = 0;

/** A claim no rule took, as a scan reads it: its frame counts `counted`, its unit as the value layer gave it. */
function told(sentence: string, text: string, counted: string, opts: { lemma?: string; agent?: string; unit?: string } = {}): Claim {
  docs += 1;
  const n = Number(text.replace(/,/g, ""));
  return frameRead(
    sentence,
    text,
    n,
    { counted, lemma: opts.lemma ?? null, unit: opts.unit ?? counted, participants: opts.agent ? [["agent", opts.agent]] : [] },
    `holder-${docs}.txt`,
  );
}

describe("statOf: must read a statistic whose holder or noun is told around it", () => {
  it.each<[string, string, string, string | null, string, string | null]>([
    // sentence, figure, noun, qualifier, span, holder
    // the noun left out after the figure, named after an earlier figure of the sentence
    ["Lena Ortiz scored 19 points and Bea Kamara scored 15 for the Herons.", "15", "point", null, "game", "Bea Kamara"],
    ["Ortiz led the Herons with 19 points, while Kamara added 15.", "15", "point", null, "game", "Kamara"],
    ["Tomas Brill caught four passes for 61 yards and Ike Moss added 40 on the ground.", "40", "yard", "rushing", "game", "Ike Moss"],
    // a side led "with" a figure
    ["Ortiz led the Herons with 19 points.", "19", "point", null, "game", "Ortiz"],
    ["Kamara paced all scorers with 24 points in the win.", "24", "point", null, "game", "Kamara"],
    // a figure "from" a name: the name holds it, not the side that opens the sentence
    ["The Herons were carried by 19 points from Lena Ortiz.", "19", "point", null, "game", "Lena Ortiz"],
    ["The Gulls got eight rebounds from Moss off the bench.", "eight", "rebound", null, "game", "Moss"],
    // a figure at the half is the first half's, told in an earlier clause
    ["The Herons led 30-22 at the half, carried by 14 points from Lena Ortiz.", "14", "point", null, "part first half", "Lena Ortiz"],
    ["Ortiz had 14 points at halftime.", "14", "point", null, "part first half", "Ortiz"],
  ])("%s (%s)", (sentence, text, noun, qualifier, span, holder) => {
    const c = told(sentence, text, noun, { unit: "" });
    expect(statOf(c)).toEqual({ noun, qualifier, span, holder });
  });
});

describe("statOf: must not read a statistic from those constructions", () => {
  it.each<[string, string, string]>([
    // a bare figure whose noun the sentence never names
    ["Kamara scored 15 for the Herons.", "15", "point"],
    // a market's points told on with a left-out noun
    ["The index gained 40 points and the other gauge added 12.", "12", "point"],
    // a shooting line, not a left-out noun
    ["Ortiz had 19 points and went 7 for 12 from the floor.", "7", "point"],
    // yards "from" a name or a day are a distance or a date, not a holder
    ["The kick landed 12 yards from Moss.", "12", "yard"],
    ["The Herons won by 19 points from Tuesday's low.", "19", "point"],
  ])("%s (%s)", (sentence, text, noun) => {
    expect(statOf(told(sentence, text, noun, { unit: "" }))).toBeNull();
  });
});

describe("statsApart: full names that share one word", () => {
  const held = (sentence: string, text: string) => told(sentence, text, "point", { lemma: "score" });
  it.each<[string, Claim, Claim, boolean]>([
    ["two people who share a surname", held("Ada Lind scored 20 points on Friday.", "20"), held("Ivo Lind scored 20 points on Friday.", "20"), true],
    ["two clubs that share a town's name", held("Kell Rovers scored 70 points on Friday.", "70"), held("Kell Town scored 70 points on Friday.", "70"), true],
    ["a full name and its surname alone", held("Ada Lind scored 20 points on Friday.", "20"), held("Lind scored 20 points on Friday.", "20"), false],
    ["a figure at the half against the whole game's", held("Ada Lind had 14 points at the half.", "14"), held("Ada Lind scored 25 points on Friday.", "25"), true],
    ["a figure at the half and in the first half", held("Ada Lind had 14 points at the half.", "14"), held("Ada Lind scored 14 points in the first half.", "14"), false],
    ["a full name and a longer run that holds it", held("Coach Ada Lind scored 20 points on Friday.", "20"), held("Ada Lind scored 20 points on Friday.", "20"), false],
  ])("%s", (_name, a, b, expected) => {
    expect(statsApart(a, b)).toBe(expected);
    expect(statsApart(b, a)).toBe(expected);
  });
});

describe("one holder's statistic whatever verb the frame read", () => {
  // "led" is the frame's verb: its agent is Ortiz, though the 15 is Kamara's
  const added = (n: string) => told(`Lena Ortiz led the Herons with 19 points, while Bea Kamara added ${n} for the side.`, n, "point", { lemma: "lead", agent: "Lena Ortiz", unit: "" });
  const had = (n: string) => told(`Bea Kamara had ${n} points and six assists.`, n, "point", { lemma: "have", agent: "Bea Kamara" });
  it("must compare: one holder's figure told through another's verb (agree when equal, contradict when not)", () => {
    const a = added("15");
    const b = had("15");
    const c = had("17");
    const findings = judge([a, b, c]);
    expect(relation(findings, a, b)).toEqual(["agree"]);
    expect(relation(findings, a, c)).toEqual(["contradict"]);
  });
  it("must not compare: the figure of the verb's own agent and another player's", () => {
    const a = added("15");
    const ortiz = told("Lena Ortiz had 15 points and six assists.", "15", "point", { lemma: "have", agent: "Lena Ortiz" });
    const lind = told("Ivo Lind had 15 points in the loss.", "15", "point", { lemma: "have", agent: "Ivo Lind" });
    const findings = judge([a, ortiz, lind]);
    expect(relation(findings, a, ortiz)).toEqual([]);
    expect(relation(findings, a, lind)).toEqual([]);
  });
});
