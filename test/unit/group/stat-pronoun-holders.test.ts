/**
 * A player's figure told with "he" or "she" after a sentence about the
 * player, the passes one caught as catches, a count "on" after a figure, and one holder's figure
 * told over a span in one report and with none in another. Sentences, names and numbers written
 * for this test; the expected readings decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { opensWithPronoun, personToldBefore } from "../../../src/extract/pronoun-antecedent.js";
import { oneHoldersFigureOverSpans, statOf, statsApart } from "../../../src/group/stat-lines.js";
import type { Claim } from "../../../src/types.js";
import { frameRead } from "../../helpers/claims.js";
import { judgeAll as judge, relation } from "../../helpers/judged.js";
import { readings } from "../extract/frames/helpers.js";

const sentences = (...texts: string[]) => texts.map((text) => ({ text }));

describe("personToldBefore: who 'he' or 'she' is, from the sentences before", () => {
  it.each<[string, string[], string | null]>([
    ["a name opens the sentence before", ["The club signed Okafor in May.", "Okafor arrived from Leeds in the spring as the top scorer.", "She had 31 goals."], "Okafor"],
    ["a full name past a joining word", ["But Marta Quell limped off in March.", "She had 12 assists."], "Marta Quell"],
    ["a name in apposition", ["Ivo Brandt, the league's top rusher, was hurt again.", "He had 900 yards."], "Ivo Brandt"],
    ["back over a sentence that opens with the pronoun", ["The club signed Brandt.", "Brandt joined in May.", "He ran for 900 yards.", "But he missed four games."], "Brandt"],
    // must not
    ["an article opens it", ["The club put Brandt on the injured list.", "He had 900 yards."], null],
    ["a possessive opens it", ["Brandt's knee is sore.", "He had 900 yards."], null],
    ["a quote opens it", ["“Brandt will be back,” Dunn said.", "He had 900 yards."], null],
    ["a fronted phrase opens it", ["Last year it was Brandt who led the club.", "He had 900 yards."], null],
    ["a weekday opens it", ["Monday brought more bad news.", "He had 900 yards."], null],
    ["a weekday opens it before a name", ["The club signed Brandt.", "Tuesday Brandt ran hard again.", "He had 900 yards."], null],
    ["a weekday cut short opens it before a name", ["The club signed Brandt.", "Tues. Brandt ran hard again.", "He had 900 yards."], null],
    ["a month cut short opens it before a name", ["The club signed Brandt.", "Sept. Brandt ran hard again.", "He had 900 yards."], null],
    ["a name like a short weekday, with no period, is a name", ["The club signed Li Sun.", "Sun ran hard all year.", "He had 900 yards."], "Sun"],
    ["a lone capitalized word the text writes nowhere else", ["Grit and speed marked the start of Brandt's year.", "He had 900 yards."], null],
    ["a lone name the text writes nowhere else", ["Brandt joined in May.", "He had 900 yards."], null],
    ["a joining word is no name", ["But after the break he found room to run, Brandt said.", "He had 900 yards."], null],
  ])("%s", (_name, texts, expected) => {
    expect(personToldBefore(sentences(...texts), texts.length - 1)).toBe(expected);
  });

  it.each<[string, boolean]>([
    ["He had 900 yards.", true],
    ["But she missed six games.", true],
    ["Hedda had 900 yards.", false],
    ["After the break, he ran for 40 yards.", false],
  ])("opensWithPronoun: %s → %s", (s, expected) => expect(opensWithPronoun(s)).toBe(expected));
});

describe("the frame of a statistic told with 'he' holds the name the sentence before gives", () => {
  const referent = (text: string, value: string) => readings(text).find((r) => r.value.mention.text === value)?.subjectToldBack;
  it("must: a figure of yards after a sentence about the player", () => {
    expect(referent("The club kept Brandt. Brandt came into the year as the club's top rusher. He had 912 yards and four touchdowns.", "912")).toBe("Brandt");
  });
  it("must not: after a sentence that opens with an article", () => {
    expect(referent("The club kept Brandt. The club came into the year without a top rusher. He had 912 yards and four touchdowns.", "912")).toBeUndefined();
  });
});

let docs = 0;
/** A figure read through its frame, with "he" as the frame's holder told back to `name` (as the frame pass gives it). */
function toldBack(sentence: string, text: string, counted: string, name: string | null, unit = counted): Claim {
  docs += 1;
  const n = Number(text.replace(/,/g, ""));
  const c = frameRead(sentence, text, n, { counted, lemma: "have", unit }, `pronoun-${docs}.txt`);
  return name === null ? c : { ...c, claimFrame: { ...c.claimFrame!, subjectToldBack: name } };
}

describe("statOf: the holder of a figure told with 'he' or 'she'", () => {
  it.each<[string, string, string, string | null]>([
    ["He had 912 yards rushing this season.", "912", "yard", "Brandt"],
    ["She finished with 31 goals and caught fire late, adding 12 assists.", "12", "assist", "Brandt"],
    ["He ran for 90 yards and caught six passes for 44 yards.", "44", "yard", "Brandt"],
    ["But he missed four games and had only 210 yards rushing.", "210", "yard", "Brandt"],
    // must not: another subject holds the figure, a possessive holds it, or the pronoun does not open the sentence
    ["He had 20 points while his teammate had 14 points.", "14", "point", null],
    ["He ran for 90 yards, but Cole threw for 240 yards.", "240", "yard", "Cole"],
    ["He ran for 90 yards and Cole's 240 yards rushing led the side.", "240", "yard", "Cole"],
    // (a fronted phrase with no subject of its own leaves "he" the sentence's subject: stat-described-holders.test.ts)
    ["After the break, he ran for 90 yards.", "90", "yard", "Brandt"],
    ["After Cole went down, he ran for 90 yards.", "90", "yard", null],
  ])("%s (%s)", (sentence, text, counted, holder) => {
    expect(statOf(toldBack(sentence, text, counted, "Brandt", ""))?.holder ?? null).toBe(holder);
  });
});

describe("statOf: a cleft puts the holder first; 'Last' opens no name", () => {
  it.each<[string, string, string | null, string]>([
    ["Last year it was Okafor who led the club in scoring, posting 31 points in 30 games.", "31", "Okafor", "point"],
    ["In 2019 it was Brandt that carried the load, rushing for 912 yards.", "912", "Brandt", "yard"],
    // must not: no cleft, and a fronted "Last season" is no holder
    ["Last season the club rotated its backs, rushing for 1,912 yards.", "1,912", null, "yard"],
  ])("%s (%s)", (sentence, text, holder, counted) => {
    const s = statOf(toldBack(sentence, text, counted, null, ""));
    expect(s).not.toBeNull();
    expect(s!.holder).toBe(holder);
  });
});

describe("statOf: catches told as passes caught, and a count 'on' after a figure", () => {
  it.each<[string, string, string, string, string | null]>([
    ["Moss caught seven passes for 88 yards on Sunday.", "seven", "pass", "catch", null],
    ["Moss hauled in a team-high nine balls on Sunday.", "nine", "ball", "catch", null],
    ["Moss had 88 yards on seven catches on Sunday.", "seven", "catch", "catch", null],
    ["Moss had 72 yards rushing on 14 carries on Sunday.", "14", "carry", "carry", null],
  ])("%s (%s)", (sentence, text, counted, noun, qualifier) => {
    const s = statOf(toldBack(sentence, text, counted, null));
    expect(s?.noun).toBe(noun);
    expect(s?.qualifier).toBe(qualifier);
    expect(s?.holder).toBe("Moss");
  });
  it.each<[string, string, string]>([
    ["Reyes threw 29 passes on Sunday.", "29", "pass"],
    ["Reyes completed 20 passes on Sunday.", "20", "pass"],
    ["The offence leaned on 30 carries on Sunday.", "30", "carry"],
  ])("not: %s (%s)", (sentence, text, counted) => {
    expect(statOf(toldBack(sentence, text, counted, null))).toBeNull();
  });
});

describe("oneHoldersFigureOverSpans: one holder's figure, a span told on one side only", () => {
  const open201 = toldBack("He finished with 310 yards rushing and caught 23 passes for 188 yards.", "188", "yard", "Brandt");
  const season201 = toldBack("But he missed five games this season and had another 188 yards on 23 catches.", "188", "yard", "Brandt");
  it.each<[string, Claim, Claim, boolean]>([
    ["one figure, a season told on one side", open201, season201, true],
    ["the catches of the same lines", toldBack("He finished with 310 yards rushing and caught 23 passes for 188 yards.", "23", "pass", "Brandt"), toldBack("But he missed five games this season and had another 188 yards on 23 catches.", "23", "catch", "Brandt"), true],
    // must not
    ["a game named on the open side", toldBack("He had 188 yards receiving on Sunday.", "188", "yard", "Brandt"), season201, false],
    ["an earlier season's total on the other side", open201, toldBack("He had 188 yards receiving last season.", "188", "yard", "Brandt"), true],
    ["a career on the other side", open201, toldBack("He has 188 career yards receiving.", "188", "yard", "Brandt"), false],
    ["two holders", open201, toldBack("But he missed five games this season and had another 188 yards on 23 catches.", "188", "yard", "Okafor"), false],
    ["no holder on one side", open201, toldBack("But he missed five games this season and had another 188 yards on 23 catches.", "188", "yard", null), false],
    ["a figure of one digit", toldBack("He finished with three touchdowns.", "three", "touchdown", "Brandt"), toldBack("He had three touchdowns this season.", "three", "touchdown", "Brandt"), false],
    ["two values", open201, toldBack("But he missed five games this season and had another 198 yards on 23 catches.", "198", "yard", "Brandt"), false],
  ])("%s", (_name, a, b, expected) => {
    expect(oneHoldersFigureOverSpans(a, b)).toBe(expected);
    expect(oneHoldersFigureOverSpans(b, a)).toBe(expected);
  });
  it("the spans still part the two figures for a contradiction", () => {
    expect(statsApart(open201, season201)).toBe(true);
  });
});

describe("end to end: figures of one holder told with 'he' agree, figures of two never meet", () => {
  it("agree: one holder's figure, a span on one side", () => {
    const a = toldBack("He finished with 310 yards rushing and caught 23 passes for 188 yards.", "188", "yard", "Brandt");
    const b = toldBack("But he missed five games this season and had another 188 yards on 23 catches.", "188", "yard", "Brandt");
    expect(relation(judge([a, b]), a, b)).toEqual(["agree"]);
  });
  it("never: two holders' figures told with 'he'", () => {
    const a = toldBack("He had 55 yards receiving.", "55", "yard", "Okafor");
    const b = toldBack("He had 201 yards receiving.", "201", "yard", "Brandt");
    expect(relation(judge([a, b]), a, b)).toEqual([]);
  });
});
