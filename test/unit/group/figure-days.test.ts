/**
 * One happening told on two days by reports that count the same figure in it (group/figure-days.ts).
 * Sentences, names, figures and days written for this test; the expected answers were decided by
 * reading them.
 */
import { describe, expect, it } from "vitest";
import { figureDayGroups } from "../../../src/group/figure-days.js";
import { judgeGroup } from "../../../src/judge/judge.js";
import type { Claim, ClaimGroup, Participant } from "../../../src/types.js";
import { date, qty, toldIn } from "../../helpers/claims.js";

let n = 0;

/** A report's sentence: its date claim and its counts ([text, figure, verb]), all of one document. */
function report(sentence: string, dayText: string, day: string, lemma: string, reportedAt: string, counts: [string, number, string | null][], event?: string): Claim[] {
  n += 1;
  const doc = `report${n}.txt`;
  const parts: [Participant["role"], string][] = event ? [["event", event]] : [];
  const dated: Claim = { ...toldIn(date(day), sentence, dayText, { lemma, voice: "active", reportedAt, participants: parts }), document: doc, id: `d-${n}` };
  const counted = counts.map(([text, figure, verb], i): Claim => {
    const c = toldIn(qty(figure, figure), sentence, text, { lemma: verb ?? "", voice: "active", reportedAt, participants: parts });
    return { ...c, document: doc, id: `q-${n}-${i}`, claimFrame: { ...c.claimFrame!, predicate: verb === null ? null : c.claimFrame!.predicate } };
  });
  return [dated, ...counted];
}

/** A group that holds two counts as one figure (what the topics' grouping made of them). */
function heldAsOne(...counts: Claim[]): ClaimGroup {
  return { key: `g-${counts.map((c) => c.id).join("-")}`, rule: "r", topic: "a topic", cardinality: "single", claims: counts, story: "s-1", identity: [] };
}

/** The counts of a report (its claims after the date). */
const countsOf = (r: Claim[]): Claim[] => r.slice(1);

describe("must be one happening told on two days", () => {
  it("a raid and the crewmen detained in it, Tuesday in one report and Wednesday in the next day's", () => {
    const a = report("The coast guard on Tuesday stopped a smuggling run off Cape Lorne, detaining 31 crewmen.", "Tuesday", "2044-05-10", "stop", "2044-05-11", [["31", 31, "detain"]], "smuggling run");
    const b = report("A patrol boat stopped a smuggling run off Cape Lorne on Wednesday and detained 31 crewmen.", "Wednesday", "2044-05-11", "stop", "2044-05-11", [["31", 31, "detain"]], "smuggling run");
    const groups = figureDayGroups([...a, ...b], [heldAsOne(countsOf(a)[0]!, countsOf(b)[0]!)]);
    expect(groups.map((g) => g.claims.map((c) => c.id).sort())).toEqual([[a[0]!.id, b[0]!.id].sort()]);
    expect(groups[0]!.cardinality).toBe("recurring");
    expect(judgeGroup(groups[0]!).map((f) => f.verdict)).toEqual(["diverge"]);
  });

  it("two figures tie one act told with two verbs ('wrote to' on Monday, 'sent letters to' last Friday)", () => {
    const a = report("More than 1,800 nurses and 12 unions wrote to the health minister today asking her to drop the rota plan.", "today", "2044-03-14", "write", "2044-03-14", [["More than 1,800", 1800, null], ["12", 12, "write"]]);
    const b = report("Last Friday, 1,800 nurses and 12 unions sent letters to the health minister urging her to drop the rota plan.", "Last Friday", "2044-03-11", "send", "2044-03-15", [["1,800", 1800, "send"], ["12", 12, "send"]]);
    const groups = figureDayGroups([...a, ...b], [heldAsOne(a[1]!, b[1]!), heldAsOne(a[2]!, b[2]!)]);
    expect(groups).toHaveLength(1);
    expect(judgeGroup(groups[0]!).map((f) => f.verdict)).toEqual(["diverge"]);
  });
});

describe("must not be one happening told on two days", () => {
  const tuesdayRaid = (): Claim[] => report("The coast guard on Tuesday stopped a smuggling run off Cape Lorne, detaining 31 crewmen.", "Tuesday", "2044-05-10", "stop", "2044-05-11", [["31", 31, "detain"]], "smuggling run");
  it.each<[string, () => Claim[], boolean]>([
    ["the two counts were never held as one figure", () => report("A patrol boat stopped a smuggling run off Cape Lorne on Wednesday and detained 31 crewmen.", "Wednesday", "2044-05-11", "stop", "2044-05-11", [["31", 31, "detain"]], "smuggling run"), false],
    ["the same day in both (nothing diverges)", () => report("A patrol boat stopped a smuggling run off Cape Lorne on Tuesday and detained 31 crewmen.", "Tuesday", "2044-05-10", "stop", "2044-05-12", [["31", 31, "detain"]], "smuggling run"), true],
    ["a sentence of two days does not say which its count is of", () => report("The 31 crewmen detained off Cape Lorne on Tuesday were handed over to the police on Friday.", "Friday", "2044-05-13", "hand", "2044-05-14", [["31", 31, "detain"]]), true],
    ["the crewmen released another day: two kinds of happening, one figure", () => report("The 31 crewmen were released on bail on Friday, Cape Lorne's court said.", "Friday", "2044-05-13", "release", "2044-05-14", [["31", 31, "release"]]), true],
    ["the day is not the news of its report (a month before it)", () => report("The coast guard stopped a smuggling run off Cape Lorne on 2 April, detaining 31 crewmen.", "2 April", "2044-04-02", "stop", "2044-05-11", [["31", 31, "detain"]], "smuggling run"), true],
    ["the day someone said it", () => report("The coast guard said on Wednesday that 31 crewmen had been detained.", "Wednesday", "2044-05-11", "say", "2044-05-11", [["31", 31, "detain"]]), true],
  ])("%s", (_name, make, held) => {
    const a = tuesdayRaid();
    const b = make();
    expect(figureDayGroups([...a, ...b], held ? [heldAsOne(a[1]!, b[1]!)] : [])).toHaveLength(0);
  });

  it("the count is of another clause: a second raid, on the homes of the people the first one netted", () => {
    const a = report("Police raided a warehouse in Dunmore on Tuesday and arrested 31 people.", "Tuesday", "2044-05-10", "raid", "2044-05-11", [["31", 31, "raid"]]);
    const b = report("On Friday police raided the homes of the 31 people arrested at the Dunmore warehouse.", "Friday", "2044-05-13", "raid", "2044-05-14", [["31", 31, "arrest"]]);
    expect(figureDayGroups([...a, ...b], [heldAsOne(a[1]!, b[1]!)])).toHaveLength(0);
  });

  it("a few men on two days: a count under ten ties nothing", () => {
    const a = report("Two men robbed a jeweller in Dunmore on Tuesday.", "Tuesday", "2044-05-10", "rob", "2044-05-11", [["Two", 2, "rob"]]);
    const b = report("Two men robbed a jeweller in Dunmore on Wednesday.", "Wednesday", "2044-05-11", "rob", "2044-05-12", [["Two", 2, "rob"]]);
    expect(figureDayGroups([...a, ...b], [heldAsOne(a[1]!, b[1]!)])).toHaveLength(0);
  });

  it("one figure with two verbs of two kinds (arrested, then freed) ties nothing; it takes two figures", () => {
    const a = report("Police arrested 40 fans outside the Dunmore ground on Saturday.", "Saturday", "2044-05-07", "arrest", "2044-05-08", [["40", 40, "arrest"]]);
    const b = report("Police released 40 fans without charge on Monday.", "Monday", "2044-05-09", "release", "2044-05-09", [["40", 40, "release"]]);
    expect(figureDayGroups([...a, ...b], [heldAsOne(a[1]!, b[1]!)])).toHaveLength(0);
  });
});
