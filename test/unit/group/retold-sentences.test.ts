/**
 * One sentence told again with its relative day (group/retold-sentences.ts): an update or a copy
 * written on another day reads "this morning" or "on Saturday" as another day; the two readings
 * are brought together and diverge. Sentences, names and days written for this test; the answers
 * were decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { oneSentenceRetold, retoldDay, retoldDayGroups } from "../../../src/group/retold-sentences.js";
import { judgeGroup } from "../../../src/judge/judge.js";
import type { Claim } from "../../../src/types.js";
import { date, toldIn } from "../../helpers/claims.js";

function dated(doc: string, sentence: string, text: string, iso: string, lemma: string, reportedAt: string): Claim {
  return { ...toldIn(date(iso), sentence, text, { lemma, voice: "active", reportedAt }), rule: `frame:${lemma}/date`, document: doc, id: `${doc}-${text}` };
}

// the first report (Tuesday 3 March 2043) and its update a week later, which keeps "this morning"
const first = dated("a.txt", "A bail hearing for Omar Lind, 31, accused of setting fire to the Keld ferry office, was held at Dunmore Magistrates Court this morning.", "this morning", "2043-03-03", "hold", "2043-03-03");

describe("one sentence told again", () => {
  it.each<[string, Claim]>([
    [
      "the update a week later, word for word but one verb",
      dated("b.txt", "A bail hearing for Omar Lind, 31, accused of setting fire to the Keld ferry office, took place at Dunmore Magistrates Court this morning.", "this morning", "2043-03-10", "take", "2043-03-10"),
    ],
    [
      "a copy two days later with a word changed and one left out",
      dated("c.txt", "A bail hearing for Omar Lind, 31, accused of setting fire to Keld's ferry office, was held at Dunmore court this morning.", "this morning", "2043-03-05", "hold", "2043-03-05"),
    ],
  ])("%s → diverge", (_name, other) => {
    expect(retoldDay(first, other)).toBe(true);
    const groups = retoldDayGroups([first, other], new Map([first, other].map((c) => [c, c.rule])));
    expect(groups).toHaveLength(1);
    expect(groups[0]!.cardinality).toBe("recurring");
    expect(judgeGroup(groups[0]!).map((f) => f.verdict)).toEqual(["diverge"]);
  });
});

describe("not one sentence told again", () => {
  it.each<[string, Claim]>([
    ["another sentence of the story with the same names", dated("b.txt", "Omar Lind, 31, was led from Dunmore Magistrates Court this morning after bail was refused.", "this morning", "2043-03-10", "lead", "2043-03-10")],
    ["the same sentence read as the same day (nothing to tell)", dated("b.txt", "A bail hearing for Omar Lind, 31, accused of setting fire to the Keld ferry office, took place at Dunmore Magistrates Court this morning.", "this morning", "2043-03-03", "take", "2043-03-03")],
    ["the copy says yesterday: another day word", dated("b.txt", "A bail hearing for Omar Lind, 31, accused of setting fire to the Keld ferry office, was held at Dunmore Magistrates Court yesterday.", "yesterday", "2043-03-02", "hold", "2043-03-03")],
    ["the copy writes its day out: 3rd March", dated("b.txt", "A bail hearing for Omar Lind, 31, accused of setting fire to the Keld ferry office, was held at Dunmore Magistrates Court this morning, 3rd March.", "this morning", "2043-03-10", "hold", "2043-03-10")],
  ])("%s", (_name, other) => {
    expect(retoldDay(first, other)).toBe(false);
    expect(retoldDayGroups([first, other], new Map([first, other].map((c) => [c, c.rule])))).toHaveLength(0);
  });

  it.each<[string, string, boolean]>([
    ["Police arrested a man in Keld on Saturday after a fight outside a bar near the harbour.", "Police arrested a woman in Keld on Saturday after a fight outside a bar near the station.", false],
    ["A short sentence of few words on Monday.", "A short sentence of few words on Monday.", false],
    ["The two men were charged with robbing the Keld post office and appeared before magistrates on Monday morning.", "The two men were charged with robbing Keld's post office and appeared before the magistrates on Monday morning.", true],
  ])("%s / %s → retold: %s", (a, b, one) => {
    expect(oneSentenceRetold(a, b)).toBe(one);
  });
});
