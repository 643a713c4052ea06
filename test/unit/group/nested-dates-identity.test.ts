/**
 * Two dates of a recurring topic, one inside the other ("later today" inside "earlier this year",
 * a day inside its month), of reports of one time: when their predicates tell two known kinds of
 * happening with none in common, the calendar alone does not make them one happening; a name or a
 * participant both give must. One kind of happening, a verb that says only that something happened,
 * a verb of no known kind, or two dates of one span need no more. Sentences written for this test;
 * which pairs date one happening decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { groupClaims } from "../../../src/group/group.js";
import { nestedDatesTied } from "../../../src/group/occurrence-topics.js";
import { judgeGroup } from "../../../src/judge/judge.js";
import type { Claim, Participant, Value } from "../../../src/types.js";
import { date, rule, toldIn } from "../../helpers/claims.js";

let n = 0;
function dated(value: Value, sentence: string, text: string, lemma: string, participants: [Participant["role"], string][] = []): Claim {
  n += 1;
  return { ...toldIn(value, sentence, text, { lemma, voice: "active", reportedAt: "2031-06-12", participants }), document: `wire${n}.txt` };
}

const today = date("2031-06-12");
const thisYear = date("2031-01-01", "2031-12-31", "year");
const june = date("2031-06-01", "2031-06-30", "month");

describe("nestedDatesTied", () => {
  it.each<[string, Claim, Claim, boolean]>([
    // two known kinds (an opening, an arrest), nothing in common: not one happening
    ["an opening today / an arrest this year", dated(today, "The mayor opens the new bridge later today.", "later today", "open"), dated(thisYear, "Two smugglers were arrested at the port earlier this year.", "earlier this year", "arrest"), false],
    ["a sale today / a crash in June", dated(today, "The airline sells its last jet today.", "today", "sell"), dated(june, "A cargo plane crashed at Delmo in June.", "June", "crash"), false],
    // one kind
    ["an arrest today / the arrests this year", dated(today, "Police detained a courier today.", "today", "detain"), dated(thisYear, "Police arrested forty couriers this year.", "this year", "arrest"), true],
    // a participant both frames name
    ["Vessa opens today / Vessa arrested in June", dated(today, "Vessa opens the hall today.", "today", "open", [["agent", "Vessa"]]), dated(june, "Vessa was arrested in June.", "June", "arrest", [["patient", "Vessa"]]), true],
    // a verb that says only that something happened, and a verb of no known kind
    ["it took place today / an arrest in June", dated(today, "The raid took place today.", "today", "take place"), dated(june, "Two men were arrested in June.", "June", "arrest"), true],
    ["a gala today / an arrest in June", dated(today, "The gala glittered today.", "today", "glitter"), dated(june, "Two men were arrested in June.", "June", "arrest"), true],
    // one span: no containment to weigh
    ["an opening and an arrest of one day", dated(today, "The mayor opens the bridge today.", "today", "open"), dated(date("2031-06-12"), "Two men were arrested on 12 June.", "12 June", "arrest"), true],
  ])("%s → %s", (_name, a, b, tied) => {
    expect(nestedDatesTied(a, b)).toBe(tied);
    expect(nestedDatesTied(b, a)).toBe(tied);
  });
});

describe("grouped in a recurring topic", () => {
  const events = rule({ cardinality: "recurring" });
  const together = (a: Claim, b: Claim): string[] =>
    groupClaims([a, b], [events])
      .flatMap(judgeGroup)
      .filter((f) => f.claims.includes(a.id) && f.claims.includes(b.id))
      .map((f) => f.verdict);
  it("must not agree: an opening later today and an arrest earlier this year", () => {
    const a = dated(today, "The mayor opens the new bridge later today.", "later today", "open");
    const b = dated(thisYear, "Two smugglers were arrested at the port earlier this year.", "earlier this year", "arrest");
    expect(together(a, b)).toEqual([]);
  });
  it("must agree: an arrest today and the arrests this year", () => {
    const a = dated(today, "Police detained a courier today.", "today", "detain");
    const b = dated(thisYear, "Police arrested forty couriers this year.", "this year", "arrest");
    expect(together(a, b)).toEqual(["agree"]);
  });
});
