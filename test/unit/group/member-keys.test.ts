/**
 * Member keys (participants.ts separationKey, occurrence-topics.ts meetingKey): two claims with
 * one key must answer separates and mayMeet alike against any other claim, so that an occurrence
 * asks one member of each key (group.ts). Sentences, names and figures written for this test; which
 * rows share a key was decided by reading what the two tests read.
 */
import { describe, expect, it } from "vitest";
import { mayMeet, meetingKey } from "../../../src/group/occurrence-topics.js";
import { separates, separationKey } from "../../../src/group/participants.js";
import type { Claim, Participant } from "../../../src/types.js";
import { qty, toldIn } from "../../helpers/claims.js";

type Parts = [Participant["role"], string][];

/** A figure of 2 (or `n`) that no noun follows, told with the verb `lemma` on a day of report. */
function two(sentence: string, participants: Parts, n = 2, lemma = "discuss", reportedAt = "2031-04-02"): Claim {
  const word = n === 2 ? "two" : n === 3 ? "three" : String(n);
  return toldIn(qty(n, n, { unit: "" }), sentence, word, { lemma, voice: "active", reportedAt, participants });
}

const SAME: [string, Claim, Claim][] = [
  ["one sentence told twice", two("The council discussed two plans at length.", [["agent", "the council"]]), two("The council discussed two plans at length.", [["agent", "the council"]])],
  [
    "plain words in another role",
    two("Farmers discussed two roads with the committee.", [["agent", "farmers"], ["recipient", "the committee"]]),
    two("Farmers discussed two roads with the traders.", [["agent", "farmers"], ["recipient", "the traders"]]),
  ],
  [
    "plain words as the thing discussed",
    two("The board discussed two matters of water.", [["patient", "water matters"]]),
    two("The board discussed two matters of schools.", [["patient", "school matters"]]),
  ],
];

const APART: [string, Claim, Claim][] = [
  ["two figures", two("The council discussed two plans.", []), two("The council discussed three plans.", [], 3)],
  ["two named agents", two("Orlen Council discussed two plans.", [["agent", "Orlen Council"]]), two("Vesk Council discussed two plans.", [["agent", "Vesk Council"]])],
  ["two named places", two("Officials discussed two plans in Tarrow.", [["place", "Tarrow"]]), two("Officials discussed two plans in Mirel.", [["place", "Mirel"]])],
  ["a named agent and a plain one", two("Orlen Council discussed two plans.", [["agent", "Orlen Council"]]), two("The council discussed two plans.", [["agent", "the council"]])],
  ["two verbs", two("The council discussed two plans.", []), two("The council approved two plans.", [], 2, "approve")],
  ["two days of report", two("The council discussed two plans.", []), two("The council discussed two plans.", [], 2, "discuss", "2031-09-20")],
];

/** Claims to weigh each pair against: names, places, other figures, other verbs and days. */
const PROBES: Claim[] = [
  two("The council discussed two plans.", []),
  two("Orlen Council discussed two plans.", [["agent", "Orlen Council"]]),
  two("Vesk Council discussed two budgets.", [["agent", "Vesk Council"]]),
  two("Officials discussed two plans in Tarrow.", [["place", "Tarrow"]]),
  two("Officials discussed two plans in Mirel.", [["place", "Mirel"]]),
  two("The mayor discussed three plans.", [["agent", "the mayor"]], 3),
  two("The council approved two plans.", [], 2, "approve"),
  two("The council discussed two plans last autumn.", [], 2, "discuss", "2030-10-01"),
  two("Farmers discussed two roads with the committee.", [["agent", "farmers"], ["recipient", "the committee"]]),
];

/** Whether `a` and `b` answer separates (either way of reading actors) and mayMeet alike against every probe. */
function answerAlike(a: Claim, b: Claim): boolean {
  return PROBES.every(
    (x) => separates(x, a, undefined, false) === separates(x, b, undefined, false) && separates(x, a, undefined, true) === separates(x, b, undefined, true) && mayMeet(a, x) === mayMeet(b, x),
  );
}

describe("member keys", () => {
  it.each(SAME)("must share both keys: %s", (_, a, b) => {
    expect(separationKey(a)).not.toBeNull();
    expect(separationKey(a)).toBe(separationKey(b));
    expect(meetingKey(a)).toBe(meetingKey(b));
    expect(answerAlike(a, b)).toBe(true);
  });

  it.each(APART)("must not share both keys: %s", (_, a, b) => {
    expect(separationKey(a) === separationKey(b) && meetingKey(a) === meetingKey(b)).toBe(false);
  });

  it("the probes tell some rows apart (the keys are not merely different strings)", () => {
    // two named agents are separated from one of them and not from the other
    const [, orlen, vesk] = APART[1]!;
    expect(answerAlike(orlen, vesk)).toBe(false);
    const [, one, three] = APART[0]!;
    expect(answerAlike(one, three)).toBe(false);
  });
});
