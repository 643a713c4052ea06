/**
 * A level rises or falls every day: the day of a move is which move it is, so dates of a level's
 * moves meet only when they state one period (group.ts levelMoveTopic). Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { groupClaims } from "../../../src/group/group.js";
import type { Claim } from "../../../src/types.js";
import { claim, date, framedAt } from "../../helpers/claims.js";

let docs = 0;

function move(sentence: string, text: string, start: string, end: string, granularity: "day" | "part" = "day", lemma = "fall"): Claim {
  docs += 1;
  return claim(date(start, end, granularity), {
    rule: `frame:fall/date`,
    document: `report-${docs}.txt`,
    story: "s",
    ...framedAt(sentence, text),
    actors: ["name:orvik"],
    claimFrame: {
      counted: null,
      predicate: { lemma, voice: "active" },
      participants: [{ role: "agent", text: "The Orvik index", key: "orvik index" }],
      time: { tally: false, reportedAt: start },
      attribution: null,
      modality: [],
    } as unknown as Claim["claimFrame"],
  });
}

/** Whether some group holds both claims. */
const together = (claims: Claim[], a: Claim, b: Claim): boolean => groupClaims(claims, []).some((g) => g.claims.includes(a) && g.claims.includes(b));

describe("the days of a level's moves", () => {
  it("must meet: one day's move told by two reports of that day", () => {
    const a = move("The Orvik index fell 2.1% today.", "today", "2031-05-02", "2031-05-02");
    const b = move("The Orvik index fell sharply today as banks sold off.", "today", "2031-05-02", "2031-05-02");
    expect(together([a, b], a, b)).toBe(true);
  });

  it("must not meet: the moves told 'today' by reports of two days", () => {
    const a = move("The Orvik index fell 2.1% today.", "today", "2031-05-02", "2031-05-02");
    const b = move("The Orvik index fell again today, down 40 points.", "today", "2031-05-03", "2031-05-03");
    expect(together([a, b], a, b)).toBe(false);
  });

  it("must not meet: a day's move and the week's", () => {
    const a = move("The Orvik index fell 2.1% today.", "today", "2031-05-02", "2031-05-02");
    const b = move("The Orvik index fell 6% this week.", "this week", "2031-04-28", "2031-05-04");
    expect(together([a, b], a, b)).toBe(false);
  });
});
