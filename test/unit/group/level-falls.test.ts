/**
 * A fall of a level (an index, shares, a currency) read as a death is no death's day
 * (level-falls.ts). Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { fallOfALevel } from "../../../src/group/level-falls.js";
import { groupClaims } from "../../../src/group/group.js";
import { loadRules } from "../../../src/ruleset/load-rules.js";
import type { Claim } from "../../../src/types.js";
import { claim, date, framedAt } from "../../helpers/claims.js";

let docs = 0;

function death(sentence: string, text: string, day: string, reportedAt = day, lemma = "die", agent?: string): Claim {
  docs += 1;
  return claim(date(day), {
    rule: "event-dates",
    document: `report-${docs}.txt`,
    story: "s",
    ...framedAt(sentence, text),
    claimFrame: {
      counted: null,
      predicate: { lemma, voice: "active" },
      participants: agent ? [{ role: "agent", text: agent, key: agent.toLowerCase() }] : [],
      time: { tally: false, reportedAt },
      attribution: null,
      modality: [],
    } as unknown as Claim["claimFrame"],
  });
}

describe("fallOfALevel: a fall told of a level, not a death", () => {
  it.each([
    ["an amount of a share", "The Orvik index has fallen by 3.1% as of 14:10 UTC.", "14:10 UTC"],
    ["a share in words", "The Brask 40 has fallen almost twelve percent since the start of this year.", "start of this year"],
    ["points, after an adverb", "The Brask 40 also fell sharply today, down 41.5 points.", "today"],
    ["a level reached", "On Friday the krona fell to 9.12, its weakest in a decade.", "Friday"],
    ["shares that plunged", "Shares in Delmar have plunged more than 40% this year.", "this year"],
    ["markets as the clause's subject", "Stock markets across the region fell sharply today.", "today"],
    ["an index that tumbled", "The Tessaly index tumbled on Monday as traders sold.", "Monday"],
  ])("must: %s", (_name, sentence, text) => {
    expect(fallOfALevel(death(sentence, text, "2031-05-03"))).toBe(true);
  });

  it.each([
    ["a climber's fall told by its length", "The climber fell 600 metres from the ridge on Sunday.", "Sunday"],
    ["a fall to a depth", "The hiker fell to 40 metres below the path on Sunday.", "Sunday"],
    ["a death named", "The climber fell 600 metres to his death on Sunday.", "Sunday"],
    ["fallen in action", "Pte Hale fell in action on 3 May.", "3 May"],
    ["a death beside a level's fall", "The broker, whose shares had fallen 5%, died on Friday.", "Friday"],
    ["a level's word in another clause", "Stocks were flat, and the guide slipped on the ice on Sunday.", "Sunday"],
  ])("must not: %s", (_name, sentence, text) => {
    expect(fallOfALevel(death(sentence, text, "2031-05-03"))).toBe(false);
  });

  it("must not: a claim not read as a death", () => {
    expect(fallOfALevel(death("The Orvik index has fallen by 3.1% today.", "today", "2031-05-03", "2031-05-03", "fall"))).toBe(false);
  });
});

describe("grouping: the days of two indexes' falls are not one death's", () => {
  const loaded = loadRules({ cwd: process.cwd() });
  if (!loaded.ok) throw new Error("built-in rules do not load");
  const found = (claims: Claim[]): (readonly Claim[])[] => groupClaims(claims, loaded.rules).filter((g) => g.claims.length > 1).map((g) => g.claims);
  it("one index's falls told by two reports' clock times are not set against each other", () => {
    const a = death("The Orvik index has fallen by 3.1% as of 14:10 UTC.", "14:10 UTC", "2031-05-03", "2031-05-03", "die", "Orvik index");
    const b = death("The Orvik index has fallen by 2.4% as of 14:10 UTC.", "14:10 UTC", "2031-05-06", "2031-05-06", "die", "Orvik index");
    expect(found([a, b])).toEqual([]);
  });
  it("one climber's death told by two reports still meets", () => {
    const a = death("Ivo Rask fell 600 metres on Sunday.", "Sunday", "2031-05-04", "2031-05-05", "die", "Ivo Rask");
    const b = death("Ivo Rask died in a fall from the ridge on Sunday.", "Sunday", "2031-05-04", "2031-05-05", "die", "Ivo Rask");
    expect(found([a, b])).toHaveLength(1);
  });
});
