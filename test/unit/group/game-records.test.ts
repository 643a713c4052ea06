/**
 * A team's record after the game two reports lead with (src/group/game-records.ts), told by a
 * report of the night and one of the morning after. Sentences, teams and numbers written for this
 * test; the expected answers were decided by reading the sentences.
 */
import { describe, expect, it } from "vitest";
import { learnLeadGames, recordsAfterOneGame } from "../../../src/group/game-records.js";
import { pairsApart } from "../../../src/group/score-pairs.js";
import type { Claim, PairKind } from "../../../src/types.js";
import { frameRead } from "../../helpers/claims.js";

const SUNDAY = "2031-10-12";
const MONDAY = "2031-10-13";
const WEDNESDAY = "2031-10-15";

function pair(document: string, sentence: string, text: string, p: [number, number], kind: PairKind, names: string[], reportedAt: string, offset: number): Claim {
  const c = frameRead(sentence, text, p[0], { counted: kind, lemma: null, reportedAt }, document);
  return { ...c, offset, value: { ...c.value, type: "quantity", unit: kind, pair: p } as Claim["value"], actors: names.map((n) => `name:${n}`) };
}

/** A report: its lead result, then a record told after it. */
function report(document: string, lead: [string, string, [number, number], string[]], record: [string, string, [number, number], string[]], reportedAt: string): Claim {
  const [ls, lt, lp, ln] = lead;
  const [rs, rt, rp, rn] = record;
  const result = pair(document, ls, lt, lp, "score", ln, reportedAt, 10);
  const standing = pair(document, rs, rt, rp, "record", rn, reportedAt, 500);
  learnLeadGames([standing, result]);
  return standing;
}

const OWLS_WIN: [string, string, [number, number], string[]] = ["Owls beat Keld 27-24 to stay in the race", "27-24", [27, 24], ["owls", "keld"]];
const night = report("night.txt", OWLS_WIN, ["Brandt's late kick lifted the Owls (9-4) past their rivals.", "9-4", [9, 4], ["brandt", "owls"]], SUNDAY);

describe("must be one standing after one game", () => {
  it.each<[string, Claim]>([
    [
      "the morning after, another number",
      report("morning.txt", ["The Owls held on for a 27-24 win over Keld.", "27-24", [27, 24], ["owls", "keld"]], ["With the win, the Owls' record rose to 10-4.", "10-4", [10, 4], ["owls"]], MONDAY),
    ],
    [
      "the team told in the singular beside the result",
      report("singular.txt", ["Keld lost 27-24 to a late Owl surge.", "27-24", [27, 24], ["keld"]], ["That gave the Owls a 10-4 season.", "10-4", [10, 4], ["owls"]], MONDAY),
    ],
  ])("%s", (_name, other) => {
    expect(recordsAfterOneGame(night, other)).toBe(true);
    expect(recordsAfterOneGame(other, night)).toBe(true);
    expect(pairsApart(night, other, () => [], recordsAfterOneGame)).toBe(false);
  });
});

describe("must not be one standing", () => {
  it.each<[string, Claim]>([
    [
      "a report that leads with another game",
      report("next.txt", ["The Owls lost 17-10 at Brill on Wednesday.", "17-10", [17, 10], ["owls", "brill"]], ["The Owls (9-5) host Hale next.", "9-5", [9, 5], ["owls"]], MONDAY),
    ],
    [
      "two days apart",
      report("later.txt", ["The Owls held on for a 27-24 win over Keld.", "27-24", [27, 24], ["owls", "keld"]], ["The Owls (10-4) rest this week.", "10-4", [10, 4], ["owls"]], WEDNESDAY),
    ],
    [
      "the record the team took into the game",
      report("before.txt", ["The Owls held on for a 27-24 win over Keld.", "27-24", [27, 24], ["owls", "keld"]], ["The Owls came into the game 8-4.", "8-4", [8, 4], ["owls"]], MONDAY),
    ],
    [
      "a team that did not play the game",
      report("other.txt", ["The Owls held on for a 27-24 win over Keld.", "27-24", [27, 24], ["owls", "keld"]], ["Elsewhere the Falcons (10-4) won again.", "10-4", [10, 4], ["falcons"]], MONDAY),
    ],
  ])("%s", (_name, other) => {
    expect(recordsAfterOneGame(night, other)).toBe(false);
    expect(recordsAfterOneGame(other, night)).toBe(false);
    expect(pairsApart(night, other, () => [], recordsAfterOneGame)).toBe(true);
  });
  it("two records of one report", () => {
    const again = { ...night, id: "c-again", offset: 900 };
    expect(recordsAfterOneGame(night, again)).toBe(false);
  });
});
