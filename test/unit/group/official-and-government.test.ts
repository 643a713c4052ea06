/**
 * An official acts for the government he serves. Two frames whose agents are a
 * government named for its leader ("the Varga administration") and a person told by an office
 * ("Transport Secretary Ines Molnar") are not parted by those names; two governments, two
 * officials with different names, or a government and a person told by no office still are.
 * Not parting is no tie: such claims still need evidence of one occurrence to meet.
 * Sentences written for this test; the expected answers decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { separates } from "../../../src/group/participants.js";
import { judgeAll, relation } from "../../helpers/judged.js";
import type { Claim } from "../../../src/types.js";
import { date, toldIn } from "../../helpers/claims.js";

const day = date("2014-06-10");
const said = (sentence: string, text: string, lemma: string, agent: string, reportedAt = "2014-06-10"): Claim =>
  toldIn(day, sentence, text, { lemma, voice: "active", reportedAt, participants: [["agent", agent]] });

describe("must not part: a government named for its leader and an official of it", () => {
  it.each<[string, Claim, Claim]>([
    [
      "a secretary named by office and name, and the administration",
      said("Today, Transport Secretary Ines Molnar scrapped the toll rule.", "Today", "scrap", "Transport Secretary Ines Molnar"),
      said("The Varga administration today repealed a toll rule.", "today", "repeal", "The Varga administration"),
    ],
    [
      "a minister named by office and name, and the government",
      said("Finance Minister Oren Pike on Monday withdrew the levy.", "Monday", "withdraw", "Finance Minister Oren Pike"),
      said("The Lund government withdrew the levy on Monday.", "Monday", "withdraw", "the Lund government"),
    ],
    [
      "an office and a surname, and the cabinet",
      said("Secretary Molnar revoked the permit today.", "today", "revoke", "Secretary Molnar"),
      said("The Varga cabinet revoked the permit today.", "today", "revoke", "the Varga cabinet"),
    ],
  ])("%s", (_name, a, b) => {
    expect(separates(a, b, [], false)).toBe(false);
    expect(separates(b, a, [], false)).toBe(false);
  });
});

describe("must part: other agents with different names", () => {
  it.each<[string, Claim, Claim]>([
    [
      "two governments named for two leaders",
      said("The Varga administration today repealed a toll rule.", "today", "repeal", "The Varga administration"),
      said("The Osei administration today repealed a toll rule.", "today", "repeal", "The Osei administration"),
    ],
    [
      "two officials",
      said("Transport Secretary Ines Molnar scrapped the toll rule today.", "today", "scrap", "Transport Secretary Ines Molnar"),
      said("Health Secretary Paul Rhee scrapped the toll rule today.", "today", "scrap", "Health Secretary Paul Rhee"),
    ],
    [
      "a government and a person told by no office",
      said("The Varga administration today repealed a toll rule.", "today", "repeal", "The Varga administration"),
      said("Ines Molnar today repealed a toll rule.", "today", "repeal", "Ines Molnar"),
    ],
    [
      "a government and a mayor, who holds no office of it",
      said("The Varga administration today repealed a toll rule.", "today", "repeal", "The Varga administration"),
      said("Mayor Dara Quill today repealed a toll rule.", "today", "repeal", "Mayor Dara Quill"),
    ],
  ])("%s", (_name, a, b) => {
    expect(separates(a, b, [], false)).toBe(true);
    expect(separates(b, a, [], false)).toBe(true);
  });
});

describe("not parting is no tie", () => {
  it("an official's act and the government's act of another kind are never set against each other", () => {
    const a = said("Transport Secretary Ines Molnar signed the toll rule on 10 June.", "10 June", "sign", "Transport Secretary Ines Molnar");
    const b = toldIn(date("2014-06-12"), "The Varga administration repealed a toll rule on 12 June.", "12 June", {
      lemma: "repeal", voice: "active", reportedAt: "2014-06-13", participants: [["agent", "The Varga administration"]],
    });
    expect(relation(judgeAll([a, b]), a, b)).not.toContain("contradict");
  });
});
