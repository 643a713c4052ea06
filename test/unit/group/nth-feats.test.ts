/**
 * The nth feat of one player or team told by two reports (src/group/nth-feats.ts): one counts the
 * feat's noun, the other "times" of its verb. Sentences, names and numbers written for this test;
 * the expected answers were decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { featOf, nthFeatGroups, oneNthFeat } from "../../../src/group/nth-feats.js";
import type { Claim, Participant } from "../../../src/types.js";
import { frameRead } from "../../helpers/claims.js";

let docs = 0;
function told(sentence: string, text: string, n: number, counted: string, lemma: string | null, participants: [Participant["role"], string][], names: string[], reportedAt = "2031-10-13"): Claim {
  docs += 1;
  const c = frameRead(sentence, text, n, { counted, lemma, participants, reportedAt }, `report-${docs}.txt`);
  return { ...c, actors: names.map((x) => `name:${x}`) };
}

const comeback = told("Moss led his fifth fourth-quarter comeback of the season.", "fifth", 5, "comeback", "lead", [["patient", "Moss"]], ["moss"]);

describe("featOf: an ordinal of a feat", () => {
  it.each<[string, Claim, string | null]>([
    ["a comeback counted by its noun", comeback, "comeback"],
    ["'the nth time' of a verb of rallying", told("It was the fifth time Moss rallied the Owls to a win.", "fifth", 5, "time", "rally", [["agent", "Moss"]], ["moss", "owls"]), "comeback"],
    ["a shutout", told("Keld posted its third shutout.", "third", 3, "shutout", "post", [["agent", "Keld"]], ["keld"]), "shutout"],
    ["'the nth time' of saying something", told("It was the fifth time Moss said so.", "fifth", 5, "time", "say", [["agent", "Moss"]], ["moss"]), null],
    ["an ordinal of something else", told("Moss scored in the fifth quarter.", "fifth", 5, "quarter", "score", [["agent", "Moss"]], ["moss"]), null],
    ["a count of comebacks, not an ordinal", told("Moss has five comebacks this season.", "five", 5, "comeback", "have", [["agent", "Moss"]], ["moss"]), null],
  ])("%s", (_name, c, feat) => {
    expect(featOf(c)).toBe(feat);
  });
});

describe("must be one count of one feat", () => {
  it.each<[string, Claim]>([
    ["'the fifth time' he rallied", told("It was the fifth time Moss rallied the Owls to a win.", "fifth", 5, "time", "rally", [["agent", "Moss"]], ["moss", "owls"])],
    ["'5th' comeback", told("The 5th comeback by Moss sealed it.", "5th", 5, "comeback", "seal", [["agent", "Moss"]], ["moss"])],
  ])("%s", (_name, other) => {
    expect(oneNthFeat(comeback, other)).toBe(true);
    expect(oneNthFeat(other, comeback)).toBe(true);
  });
});

describe("must not be one count", () => {
  it.each<[string, Claim]>([
    ["another player's fifth comeback", told("It was the fifth time Dunn rallied the Hawks.", "fifth", 5, "time", "rally", [["agent", "Dunn"]], ["dunn", "hawks"])],
    ["another feat of the player", told("Moss threw his fifth shutout.", "fifth", 5, "shutout", "throw", [["agent", "Moss"]], ["moss"])],
    ["another number of the player's comebacks", told("It was the sixth time Moss rallied the Owls.", "sixth", 6, "time", "rally", [["agent", "Moss"]], ["moss", "owls"])],
    ["a report of a month later", told("It was the fifth time Moss rallied the Owls.", "fifth", 5, "time", "rally", [["agent", "Moss"]], ["moss", "owls"], "2031-11-20")],
    ["no one named as who did it", told("It was the fifth comeback in the league this week.", "fifth", 5, "comeback", null, [], [])],
  ])("%s", (_name, other) => {
    expect(oneNthFeat(comeback, other)).toBe(false);
    expect(oneNthFeat(other, comeback)).toBe(false);
  });
});

describe("groups: agreements only", () => {
  it("one group of the two reports, none for a third that counts another number", () => {
    const rallied = told("It was the fifth time Moss rallied the Owls to a win.", "fifth", 5, "time", "rally", [["agent", "Moss"]], ["moss", "owls"]);
    const sixth = told("It was the sixth time Moss rallied the Owls.", "sixth", 6, "time", "rally", [["agent", "Moss"]], ["moss", "owls"]);
    const groups = nthFeatGroups([comeback, rallied, sixth], []);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.claims.map((c) => c.id).sort()).toEqual([comeback.id, rallied.id].sort());
  });
  it("none when a group already holds them together", () => {
    const rallied = told("It was the fifth time Moss rallied the Owls to a win.", "fifth", 5, "time", "rally", [["agent", "Moss"]], ["moss", "owls"]);
    const held = nthFeatGroups([comeback, rallied], []);
    expect(nthFeatGroups([comeback, rallied], held)).toHaveLength(0);
  });
});
