/**
 * The grouping side: two dates agree only on evidence that they date one
 * happening. Families, each with rows that must and must not group:
 *   - dates of a recurring topic reported far apart, one reckoned from its report: a month or day
 *     written with its year, or one kind of happening and something that identifies it (a proper
 *     name both give, a participant both frames name); a common noun ("a child") or one date
 *     inside the other is none;
 *   - a topic of one kind of happening per occurrence (`one-kind-of-happening`): an arrest's day and
 *     a shooting's day are two events of one day, unless one of them only "happened" or its kind is
 *     one the topic's vocabulary does not name;
 *   - two clock times of one day half an hour or more apart are two moments, not one told twice;
 *   - a figure told in other words that holds two whole groups makes one finding, not two.
 * Sentences written for this test; the expected groupings decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { groupClaims } from "../../../src/group/group.js";
import { ruleMayMeet } from "../../../src/group/occurrence-topics.js";
import { addSameFigures } from "../../../src/group/same-figure.js";
import type { Claim, ClaimGroup, Participant, Value } from "../../../src/types.js";
import { claim, date, rule, toldIn } from "../../helpers/claims.js";

/** A date claim of story s-1 read with a predicate and participants, reported on `reportedAt`. */
function dated(value: Value, sentence: string, text: string, lemma: string, reportedAt: string, participants: [Participant["role"], string][] = []): Claim {
  return toldIn(value, sentence, text, { lemma, voice: "active", reportedAt, participants });
}

const year = (y: string): Value => date(`${y}-01-01`, `${y}-12-31`, "year");
const month = (m: string, last: string): Value => date(`${m}-01`, `${m}-${last}`, "month");

describe("dates of a recurring topic reported far apart", () => {
  const events = rule({ cardinality: "recurring", oneKindOfHappening: true });
  it.each([
    [
      "one kind of happening and a place both frames name",
      dated(month("2010-03", "31"), "The bombing of the Varn market a year ago killed nine.", "a year ago", "attack", "2011-03-20", [["place", "Varn"]]),
      dated(date("2010-03-14"), "A bomb tore through the Varn market on Sunday.", "Sunday", "attack", "2010-03-15", [["place", "Varn"]]),
      true,
    ],
    [
      "a month written with its year, of one kind of happening, with no name in common",
      dated(month("2031-04", "30"), "A jury convicted a man charged in an April 2031 shooting at a dental clinic.", "April 2031", "attack", "2032-05-02"),
      dated(date("2031-04-07"), "A gunman walked into a dental clinic on Monday and shot two nurses.", "Monday", "attack", "2031-04-08"),
      true,
    ],
    [
      "two decades written with their digits (neither reckoned from its report)",
      dated(date("1984-01-01", "1986-12-31", "part"), "The dairy was bought by the county in the mid-1980s.", "the mid-1980s", "buy", "2012-08-07"),
      dated(date("1984-01-01", "1986-12-31", "part"), "By the mid-1980s the dairy was failing and the county took it over.", "the mid-1980s", "fail", "2012-09-30"),
      true,
    ],
  ])("meet: %s", (_name, a, b, expected) => {
    expect(ruleMayMeet(a, b, events)).toBe(expected);
    expect(ruleMayMeet(b, a, events)).toBe(expected);
  });

  it.each([
    [
      "a common noun is no identity: two children born in two years' addresses",
      dated(date("2041-02-04"), "A girl born tonight will see the next century.", "tonight", "bear", "2041-02-04", [["agent", "a girl"]]),
      dated(year("2041"), "A girl born in 2041 may live to be a hundred.", "2041", "bear", "2042-01-28", [["agent", "a girl"]]),
      false,
    ],
    [
      "two kinds of happening: a forum convened this spring and one hosted last year",
      dated(date("2041-03-01", "2041-05-31", "part"), "We will convene a forum on rivers this spring.", "this spring", "convene", "2041-02-04", [["patient", "a forum"]]),
      dated(year("2041"), "Last year we hosted the first forum on lakes.", "Last year", "host", "2042-01-28", [["patient", "the first forum"]]),
      false,
    ],
    [
      "two kinds of happening: a speech given on a day and an attack of that day",
      dated(date("2031-09-20"), "I spoke from this desk on 20 September 2031.", "20 September 2031", "speak", "2032-01-20"),
      dated(date("2031-09-11"), "There has been no attack here since 9/11.", "9/11", "attack", "2034-01-20"),
      false,
    ],
    [
      "a bare year of one kind of happening, with nothing that identifies it",
      dated(year("2005"), "He was convicted of a 2005 killing in a bar.", "2005", "attack", "2007-03-20"),
      dated(date("2005-06-24"), "A guard was shot dead on Friday outside a bar.", "Friday", "attack", "2005-06-25"),
      false,
    ],
  ])("do not meet: %s", (_name, a, b, expected) => {
    expect(ruleMayMeet(a, b, events)).toBe(expected);
    expect(ruleMayMeet(b, a, events)).toBe(expected);
  });

  it("a month written with its year meets a date of another verb in a topic of no kinds (the rule's words name the happening)", () => {
    const took = dated(month("2031-08", "31"), "The rebels' seizure of the capital in August 2031 changed the region.", "August 2031", "seize", "2032-01-01");
    const ago = dated(year("2031"), "The rebels took power four years ago.", "four years ago", "power", "2035-08-31");
    expect(ruleMayMeet(took, ago, rule({ cardinality: "recurring" }))).toBe(true);
    expect(ruleMayMeet(took, ago, events)).toBe(false);
  });

  it("a single topic's dates are of its one occurrence, and meet as before (one inside the other)", () => {
    const ago = dated(year("2031"), "The rebels took power four years ago.", "four years ago", "power", "2035-08-31");
    const inYear = dated(year("2031"), "Their takeover in 2031 surprised the region.", "2031", "takeover", "2032-04-30");
    expect(ruleMayMeet(ago, inYear, rule({ cardinality: "single" }))).toBe(true);
    expect(ruleMayMeet(ago, inYear, events)).toBe(false);
  });
});

const ids = (groups: ClaimGroup[]) => groups.map((g) => g.claims.map((c) => c.id).sort()).sort();

describe("a topic of one kind of happening per occurrence", () => {
  const vocabulary = { predicates: ["happen", "arrest", "attack", "hearing"], counted: [], estimates: false };
  const oneKind = rule({ cardinality: "recurring", oneKindOfHappening: true, vocabulary });
  const monday = date("2031-04-07");
  const shotA = dated(monday, "A gunman shot two nurses at the clinic on Monday.", "Monday", "attack", "2031-04-08");
  const shotB = dated(monday, "The Monday morning shooting left one nurse dead.", "Monday", "attack", "2031-04-09");
  const arrested = dated(monday, "The gunman was arrested on Monday afternoon after a chase.", "Monday", "arrest", "2031-04-08");
  const arrestedToo = dated(monday, "Police arrested the suspect on Monday evening.", "Monday", "arrest", "2031-04-09");

  it("keeps an arrest's day apart from a shooting's day (must part)", () => {
    expect(ids(groupClaims([shotA, shotB, arrested, arrestedToo], [oneKind]))).toEqual([[shotA.id, shotB.id].sort(), [arrested.id, arrestedToo.id].sort()].sort());
  });

  it("lets what only happened join either (must group)", () => {
    const happened = dated(monday, "The incident happened on Monday, police said.", "Monday", "happen", "2031-04-08");
    const groups = groupClaims([shotA, shotB, happened], [oneKind]);
    expect(ids(groups)).toEqual([[shotA.id, shotB.id, happened.id].sort()]);
  });

  it("is not told apart by a kind the topic's vocabulary does not name (must group)", () => {
    // "a hit-and-run accident took place on Monday" read as "run": no kind the topic knows
    const misread = dated(monday, "A hit-and-run accident took place on Monday.", "Monday", "run", "2031-04-08");
    expect(ids(groupClaims([shotA, shotB, misread], [oneKind]))).toEqual([[shotA.id, shotB.id, misread.id].sort()]);
  });

  it("a topic without the key groups the day's happenings as before", () => {
    const plain = rule({ cardinality: "recurring", vocabulary });
    expect(ids(groupClaims([shotA, shotB, arrested, arrestedToo], [plain]))).toEqual([[shotA.id, shotB.id, arrested.id, arrestedToo.id].sort()]);
  });
});

describe("two clock times of one day", () => {
  const recurring = rule({ cardinality: "recurring" });
  const day = date("2031-06-20");
  const at = (sentence: string, text: string, reportedAt = "2031-06-21"): Claim => dated(day, sentence, text, "attack", reportedAt);

  it.each([
    ["hours apart: two moments", at("The guard was shot shortly after 3 p.m. near the depot.", "3 p.m."), at("The gunman was caught shortly before midnight.", "midnight"), false],
    ["a morning and an afternoon", at("The first shots came at 9 a.m.", "9 a.m."), at("More shots were fired at 4 p.m.", "4 p.m."), false],
    ["minutes apart: one moment told twice", at("Shots rang out at 6am.", "6am"), at("Shots were fired at 06:10 at the depot.", "06:10"), true],
    ["a clock time and its day: the day holds it", at("Shots rang out at 6am on Friday.", "6am on Friday"), at("The depot was attacked on Friday.", "Friday"), true],
    ["two zones: one moment in two clocks", at("The raid began at 4:30 a.m. local time.", "4:30 a.m. local time"), at("The raid began at 10.30 p.m. ET.", "10.30 p.m. ET"), true],
  ])("%s", (_name, a, b, together) => {
    // (a group that compares clock times, one happening's time of day, is another reading: clock-happenings.ts)
    const groups = groupClaims([a, b], [recurring]).filter((g) => !g.moments);
    expect(groups.length === 1 && groups[0]!.claims.length === 2).toBe(together);
  });
});

describe("a figure told in other words that holds two whole groups", () => {
  const saturday = date("2031-07-05");
  const kept = [1, 2].map((i) => claim(saturday, { text: "Saturday", story: "s-1", rule: "frame:keep/date", sentence: `He kept his belts on Saturday (${i}).` }));
  const retained = [1, 2].map((i) => claim(saturday, { text: "Saturday night", story: "s-1", rule: "frame:retain/date", sentence: `He retained his belts Saturday night (${i}).` }));
  const group = (id: string, claims: Claim[]): ClaimGroup => ({ key: id, rule: id, topic: id, cardinality: "single", claims, story: "s-1", identity: [] });

  it("extends the first and takes the place of the second: one finding over those claims (must merge)", () => {
    const groups = [group("frame:keep/date", kept), group("frame:retain/date", retained)];
    addSameFigures(groups, [group("frame:keep/date", [...kept, ...retained])]);
    expect(groups.map((g) => g.claims.map((c) => c.id).sort())).toEqual([[...kept, ...retained].map((c) => c.id).sort()]);
  });

  it("leaves the second where the figure's claims state different spans (must not merge)", () => {
    const longer = claim(date("2031-07-01", "2031-07-31", "month"), { text: "July", story: "s-1", rule: "frame:keep/date", sentence: "He kept his belts in July." });
    const groups = [group("frame:keep/date", kept), group("frame:retain/date", retained)];
    addSameFigures(groups, [group("frame:keep/date", [...kept, ...retained, longer])]);
    expect(groups).toHaveLength(2);
  });
});
