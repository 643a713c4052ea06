/**
 * One figure told through a rule in one report and through a frame, or another rule, in another.
 * Sentences written for the test; which pairs tell one figure was decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { groupClaims } from "../../../src/group/group.js";
import { addSameFigures, bareClock, sameFigureGroups } from "../../../src/group/same-figure.js";
import { clockMinutes, clockOf } from "../../../src/group/clock-spans.js";
import { judgeGroup } from "../../../src/judge/judge.js";
import type { Claim, ClaimGroup, CompiledRule, Participant } from "../../../src/types.js";
import { claim, date, framedAt, qty, rule } from "../../helpers/claims.js";

interface Told {
  rule: string;
  sentence: string;
  text: string;
  value: number;
  unit: string;
  counted: string;
  predicate: string | null;
  reportedAt?: string;
  participants?: [Participant["role"], string][];
  measure?: string;
}

function told(t: Told): Claim {
  return claim(qty(t.value, t.value, { nominal: t.value, unit: t.unit }), {
    rule: t.rule,
    measure: t.measure ?? null,
    sentence: t.sentence,
    text: t.text,
    length: t.text.length,
    offset: t.sentence.indexOf(t.text),
    story: "s-1",
    provenance: t.rule.startsWith("frame:") ? ["via:frame"] : [],
    claimFrame: {
      counted: t.counted,
      predicate: t.predicate ? { lemma: t.predicate, voice: "active" } : null,
      participants: (t.participants ?? []).map(([role, text]) => ({ role, text, key: text.toLowerCase() })),
      time: { tally: false, reportedAt: t.reportedAt ?? "2024-05-06" },
      attribution: null,
      modality: [],
    },
  });
}

const rescues = rule({ id: "rescues", topic: "people rescued", values: ["quantity"], vocabulary: { predicates: ["rescue", "evacuate"], counted: ["person"], estimates: false } });
const offers = rule({ id: "offers", topic: "offer value", values: ["quantity"], vocabulary: { predicates: ["offer", "bid"], counted: ["money"], estimates: false } });
const contracts = rule({ id: "contracts", topic: "contract value", values: ["quantity"], vocabulary: { predicates: ["contract", "sign"], counted: ["money"], estimates: false } });
const arrests = rule({ id: "arrests", topic: "arrests", values: ["quantity"], vocabulary: { predicates: ["arrest", "detain"], counted: ["person"], estimates: false } });
const injuries = rule({ id: "injuries", topic: "injuries", values: ["quantity"], vocabulary: { predicates: ["injure", "wound"], counted: ["person"], estimates: false } });

function together(claims: Claim[], rules: CompiledRule[], a: Claim, b: Claim): string[] {
  return groupClaims(claims, rules)
    .flatMap(judgeGroup)
    .filter((f) => f.claims.includes(a.id) && f.claims.includes(b.id))
    .map((f) => f.verdict);
}

describe("one figure told in other words", () => {
  it("a rule's figure and the same figure said with no verb in another report agree", () => {
    const a = told({ rule: "rescues", sentence: "Four other clerks were rescued from the roof.", text: "Four", value: 4, unit: "person", counted: "person", predicate: "rescue", measure: "rescued" });
    const b = told({ rule: "frame:-/person", sentence: "Crews brought another four people down from the roof.", text: "four", value: 4, unit: "person", counted: "person", predicate: null });
    expect(together([a, b], [rescues], a, b)).toEqual(["agree"]);
  });

  it("two rules that name one kind of figure agree on one offer told as an offer and as a contract", () => {
    const a = told({ rule: "offers", sentence: "The club made him a seven-year, $140 million offer.", text: "$140 million", value: 140e6, unit: "USD", counted: "money", predicate: "offer", participants: [["agent", "the club"]] });
    const b = told({ rule: "contracts", sentence: "The club has offered him a seven-year, $140 million contract.", text: "$140 million", value: 140e6, unit: "USD", counted: "money", predicate: "offer", participants: [["agent", "the club"]] });
    expect(together([a, b], [offers, contracts], a, b)).toEqual(["agree"]);
  });

  it("12 arrested and 12 injured are two figures", () => {
    const a = told({ rule: "arrests", sentence: "Police said 12 people were arrested.", text: "12", value: 12, unit: "person", counted: "person", predicate: "arrest" });
    const b = told({ rule: "injuries", sentence: "Twelve people were injured in the riots.", text: "Twelve", value: 12, unit: "person", counted: "person", predicate: "injure" });
    expect(together([a, b], [arrests, injuries], a, b)).toEqual([]);
  });

  it("five operations and five boats are two things", () => {
    const a = told({ rule: "frame:carry out/operation", sentence: "The frigate has carried out five operations.", text: "five", value: 5, unit: "operation", counted: "operation", predicate: "carry out" });
    const b = told({ rule: "frame:approach/boat", sentence: "Five boats approached the convoy.", text: "Five", value: 5, unit: "boat", counted: "boat", predicate: "approach" });
    expect(together([a, b], [], a, b)).toEqual([]);
  });

  it("the same figure reported a month apart with nothing that ties it is a coincidence", () => {
    const a = told({ rule: "rescues", sentence: "Five miners were rescued.", text: "Five", value: 5, unit: "person", counted: "person", predicate: "rescue", reportedAt: "2024-05-06" });
    const b = told({ rule: "frame:-/person", sentence: "There were five people on the raft.", text: "five", value: 5, unit: "person", counted: "person", predicate: null, reportedAt: "2024-06-20" });
    expect(together([a, b], [rescues], a, b)).toEqual([]);
  });

  it("a count said with no verb meets the same count of the same named thing, not a count of people in general", () => {
    const a = told({ rule: "frame:-/home-run", sentence: "He batted .308 with 33 homers last season.", text: "33", value: 33, unit: "home run", counted: "home run", predicate: null });
    const b = told({ rule: "frame:hit/home-run", sentence: "He hit 33 home runs last season.", text: "33", value: 33, unit: "home run", counted: "home run", predicate: "hit" });
    expect(together([a, b], [], a, b)).toEqual(["agree"]);
    const officers = told({ rule: "frame:-/person", sentence: "Two officers stood at the corner.", text: "Two", value: 2, unit: "person", counted: "person", predicate: null });
    const mother = told({ rule: "frame:die/person", sentence: "A mother of two died in the crash.", text: "two", value: 2, unit: "person", counted: "person", predicate: "die" });
    expect(together([officers, mother], [], officers, mother)).toEqual([]);
  });
  it("one day told with two verbs agrees when the sentences name one person or place; a year, another name or another hour does not", () => {
    const day = (rule: string, sentence: string, text: string, value: string, predicate: string, actors: string[], granularity: "day" | "year" = "day"): Claim =>
      claim(date(value, granularity === "year" ? `${value.slice(0, 4)}-12-31` : value, granularity), {
        rule,
        document: `d-${sentence.length}-${text}`,
        ...framedAt(sentence, text),
        actors,
        claimFrame: { counted: null, predicate: { lemma: predicate, voice: "active" }, participants: [], time: { tally: false, reportedAt: "2024-05-06" }, attribution: null, modality: [] },
      });
    const beat = day("frame:beat/date", "Kell beat Rios on Saturday to keep his belt.", "Saturday", "2024-05-04", "beat", ["name:kell", "name:rios"]);
    const stopped = day("frame:stop/date", "Rios was stopped in the ninth on Saturday.", "Saturday", "2024-05-04", "stop", ["name:rios"]);
    expect(together([beat, stopped], [], beat, stopped)).toEqual(["agree"]);
    // another fighter's bout that day: no name in common
    const other = day("frame:win/date", "Moss won a points decision on Saturday.", "Saturday", "2024-05-04", "win", ["name:moss"]);
    expect(together([beat, other], [], beat, other)).toEqual([]);
    // a year is given for many things in a story's reports
    const y1 = day("frame:beat/date", "Kell first beat Rios in 2019.", "2019", "2019-01-01", "beat", ["name:kell", "name:rios"], "year");
    const y2 = day("frame:meet/date", "Rios last met Kell in 2019.", "2019", "2019-01-01", "meet", ["name:kell", "name:rios"], "year");
    expect(together([y1, y2], [], y1, y2)).toEqual([]);
    // two hours of one day are two moments
    const t1 = day("frame:beat/date", "Kell beat Rios at 10 p.m.", "10 p.m.", "2024-05-04", "beat", ["name:kell", "name:rios"]);
    const t2 = day("frame:weigh/date", "Rios weighed in at 1 p.m.", "1 p.m.", "2024-05-04", "weigh", ["name:rios"]);
    expect(together([t1, t2], [], t1, t2)).toEqual([]);
  });
  it("a claim that tells the figure of two groups formed before it ties them, if it names someone", () => {
    const day = (rule: string, sentence: string, predicate: string, actors: string[]): Claim =>
      claim(date("2024-05-04"), {
        rule,
        document: `d-${rule}`,
        sentence,
        text: "Saturday",
        length: 8,
        offset: sentence.indexOf("Saturday"),
        story: "s-1",
        provenance: ["via:frame"],
        actors,
        claimFrame: { counted: null, predicate: { lemma: predicate, voice: "active" }, participants: [], time: { tally: false, reportedAt: "2024-05-06" }, attribution: null, modality: [] },
      });
    // read in this order: the first two share no name, the third names someone of each
    const party = day("frame:lead/date", "After the bout, Kell led the hall in song on Saturday.", "lead", ["name:kell"]);
    const stopped = day("frame:stop/date", "The challenger Rios was stopped in Leith on Saturday.", "stop", ["name:rios", "name:leith"]);
    const beat = day("frame:beat/date", "Wladek Kell beat Rios on Saturday.", "beat", ["name:wladek", "name:kell", "name:rios"]);
    expect(together([party, stopped, beat], [], party, stopped)).toEqual(["agree"]);
    // one that names no one ties nothing
    const vague = day("frame:end/date", "The bout ended on Saturday.", "end", []);
    expect(together([party, stopped, vague], [], party, stopped)).toEqual([]);
  });
  it("a count of someone's kin is one figure whatever verb tells it, for one person only", () => {
    const kin = (sentence: string, text: string, unit: string, counted: string, predicate: string, actors: string[]): Claim => ({
      ...told({ rule: `frame:${predicate}/${counted}`, sentence, text, value: 2, unit, counted, predicate }),
      actors,
    });
    const leaves = kin("Ada Pike, who came from Leeds, leaves a son and two grandchildren.", "two", "", "grandchild", "leave", ["name:ada", "name:pike", "name:leeds"]);
    const lived = kin("Pike lived with her son and two grandkids.", "two", "grandkid", "grandkid", "live", ["name:pike"]);
    expect(together([leaves, lived], [], leaves, lived)).toEqual(["agree"]);
    // another woman's grandchildren
    const other = kin("Rosa Holm lived with her two grandkids.", "two", "grandkid", "grandkid", "live", ["name:rosa", "name:holm"]);
    expect(together([leaves, other], [], leaves, other)).toEqual([]);
    // her children are not her grandchildren
    const mother = kin("Pike, a mother of two, died on Sunday.", "two", "person", "children", "die", ["name:pike"]);
    expect(together([leaves, mother], [], leaves, mother)).toEqual([]);
  });
  it("counts of doers whose clauses go on to one kind of happening are one figure; a clause with its own subject is not", () => {
    const rammed = told({ rule: "frame:ram/person", sentence: "Three men rammed a van into the pawnshop, smashing the door and making off with the rings.", text: "Three", value: 3, unit: "person", counted: "person", predicate: "ram" });
    const drove = told({ rule: "frame:drive/person", sentence: "Three men drove a truck through the shutter before snatching the rings.", text: "Three", value: 3, unit: "person", counted: "person", predicate: "drive", reportedAt: "2024-05-07" });
    const saw = told({ rule: "frame:see/person", sentence: "The night raid saw three thieves make off with the rings.", text: "three", value: 3, unit: "person", counted: "person", predicate: "see" });
    expect(together([rammed, drove], [], rammed, drove)).toEqual(["agree"]);
    expect(together([rammed, saw], [], rammed, saw)).toEqual(["agree"]);
    // three men who parked a van while someone else robbed the shop: the robbing has its own subject
    const parked = told({ rule: "frame:park/person", sentence: "Three men parked a van outside, but a fourth man was robbing the shop.", text: "Three", value: 3, unit: "person", counted: "person", predicate: "park" });
    expect(together([rammed, parked], [], rammed, parked)).toEqual([]);
  });
  it("a later report of a figure joins the same figure told in other words through the occurrence its topic put it in", () => {
    const seizures = rule({ id: "seizures", topic: "arms seized", values: ["quantity"], vocabulary: { predicates: ["seize"], counted: ["rifle"], estimates: false } });
    const first = told({ rule: "frame:confiscate/rifle", sentence: "Marines confiscated 14 rifles from the dhow.", text: "14", value: 14, unit: "rifle", counted: "rifle", predicate: "confiscate", reportedAt: "2024-05-06" });
    const ruled = told({ rule: "seizures", sentence: "The navy seized 14 rifles on Monday.", text: "14", value: 14, unit: "rifle", counted: "rifle", predicate: "seize", reportedAt: "2024-05-07" });
    // a month later, the same figure of the same topic as the first
    const recap = told({ rule: "frame:confiscate/rifle", sentence: "Last month marines confiscated 14 rifles from a dhow.", text: "14", value: 14, unit: "rifle", counted: "rifle", predicate: "confiscate", reportedAt: "2024-06-10" });
    expect(together([first, ruled, recap], [seizures], ruled, recap)).toContain("agree");
  });
});

describe("one group counted twice, with whatever verbs", () => {
  const count = (sentence: string, text: string, predicate: string | null, extra: Partial<Told> = {}, actors: string[] = []): Claim => {
    const value = /^\d+$/.test(text) ? Number(text) : ({ two: 2, three: 3 } as Record<string, number>)[text.toLowerCase()]!;
    const rule = `frame:${predicate ?? "-"}/person`;
    return { ...told({ rule, sentence, text, value, unit: "person", counted: "person", predicate, ...extra }), actors };
  };

  it.each([
    ["The intruder held two night nurses at knifepoint.", "two", "hold", "He tied up two ward nurses and left.", "two", "tie"],
    ["Staff said he locked two nurses in a store room.", "two", "lock", "He bound the two nurses with tape.", "two", "bind"],
    ["He fired at two doctors near the gate.", "two", "fire", "Two doctors were made to open the gate.", "Two", "make"],
  ])("“%s” (%s, %s) and “%s” count one group", (sa, ta, pa, sb, tb, pb) => {
    const a = count(sa, ta, pa);
    const b = count(sb, tb, pb, { reportedAt: "2024-05-07" });
    expect(together([a, b], [], a, b)).toEqual(["agree"]);
  });

  it.each([
    // people of no particular group
    ["Two men were seen near the bank.", "Two", "see", "Two men robbed the bank.", "Two", "rob"],
    // outcomes: each verb counts its own group
    ["Two nurses were killed in the blast.", "Two", "kill", "Two nurses were hurt in the blast.", "Two", "injure"],
    // an increment is no group's size
    ["Two more nurses arrived at dawn.", "Two", "arrive", "He held two nurses at knifepoint.", "two", "hold"],
  ])("“%s” (%s, %s) and “%s” are not one group", (sa, ta, pa, sb, tb, pb) => {
    const a = count(sa, ta, pa);
    const b = count(sb, tb, pb);
    const more = sa.includes(" more ") ? { ...a, claimFrame: { ...a.claimFrame!, modality: ["increment" as const] } } : a;
    expect(together([more, b], [], more, b)).toEqual([]);
  });

  it.each([
    // a noun of a trade or a field names people of a role as "nurses" does
    ["Some 40 marine biologists signed the appeal.", "40", "sign", "The 40 marine biologists mailed their appeal to the board.", "40", "mail"],
    ["The 12 economists wrote to the bank.", "12", "write", "The bank heard from 12 economists on Monday.", "12", "hear"],
  ])("“%s” (%s, %s) and “%s” count one group of a trade", (sa, ta, pa, sb, tb, pb) => {
    const a = count(sa, ta, pa);
    const b = count(sb, tb, pb, { reportedAt: "2024-05-07" });
    expect(together([a, b], [], a, b)).toEqual(["agree"]);
  });

  it("words that end like a trade but are no people are no group: “12 lists”, “12 twists”", () => {
    const a = count("The clerk kept 12 lists of donors.", "12", "keep");
    const b = count("The road has 12 twists before the pass.", "12", "have", { reportedAt: "2024-05-07" });
    expect(together([a, b], [], a, b)).toEqual([]);
  });

  it("counts in sentences that name different people are not one group", () => {
    const a = count("Ann Cole tied up two nurses.", "two", "tie", {}, ["name:ann cole"]);
    const b = count("Bo Diaz held two nurses at knifepoint.", "two", "hold", {}, ["name:bo diaz"]);
    expect(together([a, b], [], a, b)).toEqual([]);
  });

  it("a group taken hostage is a group acted on, not an outcome: “took two guards hostage” and “handcuffed two guards”", () => {
    const hostages = rule({ id: "hostages", topic: "hostages", values: ["quantity"], vocabulary: { predicates: ["take", "hold"], counted: ["person"], estimates: false } });
    const taken = count("Ira Kemp took two prison guards hostage at dawn.", "two", "take", { rule: "hostages", measure: "held" }, ["name:ira kemp"]);
    const cuffed = count("Ira Kemp escaped after handcuffing two prison guards.", "two", "handcuff", { reportedAt: "2024-05-07" }, ["name:ira kemp"]);
    expect(together([taken, cuffed], [hostages], taken, cuffed)).toEqual(["agree"]);
    // must not: an outcome measure still counts its own group ("freed two guards" and "handcuffed two guards")
    const freed = count("Police freed two prison guards at noon.", "two", "free", { rule: "hostages", measure: "freed" }, []);
    expect(together([freed, cuffed], [hostages], freed, cuffed)).toEqual([]);
  });

  it("a measure is no group: 25 miles and 25 miles with two verbs", () => {
    const a = told({ rule: "frame:happen/mile", sentence: "It happened about 25 miles east of the city.", text: "25", value: 25, unit: "mile", counted: "distance", predicate: "happen" });
    const b = told({ rule: "frame:catch/mile", sentence: "He was caught 25 miles from the van.", text: "25", value: 25, unit: "mile", counted: "distance", predicate: "catch" });
    expect(together([a, b], [], a, b)).toEqual([]);
  });
});

describe("clockMinutes: the time of day a claim states", () => {
  it.each<[string, number | null]>([
    ["06:00 BST", 360],
    ["6am", 360],
    ["6.30am", 390],
    ["9 a.m.", 540],
    ["9:15 p.m.", 21 * 60 + 15],
    ["12 p.m.", 720],
    ["12 a.m.", 0],
    ["noon", 720],
    // dates and plain numbers state no time of day
    ["July 21", null],
    ["21.07.2013", null],
    ["Sunday morning", null],
    ["2013", null],
    // a clock after the numbers of its date is read past them
    ["Monday 3 March 2031, at 7:20am", 7 * 60 + 20],
    ["Friday, May 9, around 10:05 p.m.", 22 * 60 + 5],
    ["4 May 2031", null],
    ["Friday, 12", null],
  ])("%s → %s", (text, minutes) => {
    expect(clockMinutes(text)).toBe(minutes);
  });
});

describe("two clock times half an hour or more apart, or a clock time and a whole day, are not one figure told twice", () => {
  const day = { type: "date" as const, start: "2024-05-12", end: "2024-05-12", granularity: "day" as const, approximate: false };
  const at = (text: string, doc: string, lemma: string): Claim =>
    claim(day, {
      text,
      document: doc,
      sentence: `Crews were busy at ${text} at the barn.`,
      rule: "event-dates",
      story: "s",
      claimFrame: { counted: null, predicate: { lemma, voice: "active" }, participants: [{ role: "event", text: "the fire", key: "fire" }], time: { tally: false, reportedAt: "2024-05-12" }, attribution: null, modality: [] },
    });
  const rules = [rule({ id: "event-dates", values: ["date"] })];
  const topics = (cs: Claim[]) => new Map(cs.map((c) => [c, "event-dates"]));
  it.each<[string, string, boolean]>([
    ["06:00", "6am", true],
    ["9:30", "9.30am", true],
    ["06:00", "6.30am", false],
    ["9 a.m.", "11 a.m.", false],
    // a whole day holds every moment of it: a bare moment is not brought together with it here
    ["6.30am", "Sunday", false],
    // a date-time that tells its day, in either order, is of that day as "Sunday night" is
    ["7 p.m. Sunday", "Sunday", true],
    ["Sunday at about 7 p.m.", "Sunday night", true],
    // and two date-times of one day two hours apart are two moments still
    ["7 p.m. Sunday", "Sunday at 9 p.m.", false],
    ["7 p.m. Sunday", "Sunday evening", true],
    ["Sunday at 11:30 p.m.", "Sunday night", true],
  ])("%s and %s → one figure: %s", (x, y, one) => {
    const cs = [at(x, "a.txt", "fire"), at(y, "b.txt", "fire")];
    const groups = sameFigureGroups(cs, topics(cs), rules, []);
    expect(groups.some((g) => g.claims.length === 2)).toBe(one);
  });
});

describe("the clock of a date-time claimed apart from its day is of that day, not bare", () => {
  const day = { type: "date" as const, start: "2024-05-12", end: "2024-05-12", granularity: "day" as const, approximate: false };
  const at = (text: string, doc: string, pattern: string): Claim =>
    claim(day, {
      text,
      document: doc,
      sentence: `The ferry docked on Sunday at ${text} in Keld.`,
      rule: "event-dates",
      story: "s",
      provenance: ["rule:event-dates", "via:frame", `pattern:${pattern}`],
      claimFrame: { counted: null, predicate: { lemma: "dock", voice: "active" }, participants: [{ role: "event", text: "the ferry", key: "ferry" }], time: { tally: false, reportedAt: "2024-05-12" }, attribution: null, modality: [] },
    });
  const rules = [rule({ id: "event-dates", values: ["date"] })];
  const topics = (cs: Claim[]) => new Map(cs.map((c) => [c, "event-dates"]));
  it.each<[string, string, string, boolean]>([
    // "Sunday at 9:40 p.m." split into "Sunday" and "9:40 p.m.": the clock tells its day
    ["9:40 p.m.", "date/weekday+clock", "Sunday night", true],
    ["about 9 p.m.", "date/weekday+clock", "Sunday", true],
    // a clock told with no day stays bare: a whole day holds every moment of it
    ["9:40 p.m.", "time/clock", "Sunday night", false],
    ["about 9 p.m.", "time/clock", "Sunday", false],
  ])("%s (%s) and %s → one figure: %s", (x, pattern, y, one) => {
    const cs = [at(x, "a.txt", pattern), at(y, "b.txt", "date/weekday")];
    const groups = sameFigureGroups(cs, topics(cs), rules, []);
    expect(groups.some((g) => g.claims.length === 2)).toBe(one);
  });
});

describe("a clock the claim's span leaves out before its day", () => {
  const day = { type: "date" as const, start: "2024-05-12", end: "2024-05-12", granularity: "day" as const, approximate: false };
  const dated = (text: string, sentence: string, doc: string): Claim =>
    claim(day, {
      text,
      document: doc,
      sentence,
      rule: "event-dates",
      story: "s",
      claimFrame: { counted: null, predicate: { lemma: "fire", voice: "active" }, participants: [], time: { tally: false, reportedAt: "2024-05-13" }, attribution: null, modality: [] },
    });
  const rules = [rule({ id: "event-dates", values: ["date"] })];
  const topics = (cs: Claim[]) => new Map(cs.map((c) => [c, "event-dates"]));
  it.each<[string, string, string, string, boolean]>([
    // "roughly 4.45am on |Sunday|" against "just after 04:40 on Sunday": one moment
    ["Sunday", "The first pump reached the mill at roughly 4.45am on Sunday.", "04:40 on Sunday", "The mill's gable fell just after 04:40 on Sunday.", true],
    ["Sunday", "A baker saw smoke at 4.50am on Sunday near the mill.", "4.40am", "The first pump was there by 4.40am.", true],
    // two moments an hour apart
    ["Sunday", "The first pump reached the mill at roughly 4.45am on Sunday.", "05:55 on Sunday", "The mill's gable fell at 05:55 on Sunday.", false],
    // against a whole day the claim is its day, as before
    ["Sunday", "The first pump reached the mill at roughly 4.45am on Sunday.", "Sunday", "The mill burned on Sunday.", true],
  ])("%s (%s) and %s (%s) → one figure: %s", (x, xs, y, ys, one) => {
    const cs = [dated(x, xs, "a.txt"), dated(y, ys, "b.txt")];
    const groups = sameFigureGroups(cs, topics(cs), rules, []);
    expect(groups.some((g) => g.claims.length === 2)).toBe(one);
  });

  it.each<[string, string, number | null]>([
    ["Sunday", "The first pump reached the mill at roughly 4.45am on Sunday.", 4 * 60 + 45],
    ["Friday", "The van was stopped at 11:30 p.m. on Friday.", 23 * 60 + 30],
    ["Sunday", "Crews arrived on Sunday.", null],
    // a number that is no clock ("a 12 on", a year) gives none
    ["Sunday", "Flights from 2019 on Sunday were cut.", null],
    // a day set after a clock told to its minute by a comma
    ["May 3rd", "At a briefing in Keld at 16:15 UTC, May 3rd, the minister spoke.", 16 * 60 + 15],
    ["Friday", "The ferry sailed at 9:40 a.m., Friday, from the north quay.", 9 * 60 + 40],
    // a number after "by" and a comma is no clock
    ["June", "Sales reached 5, June figures show.", null],
    ["Friday", "Crews arrived, by 12, Friday.", null],
  ])("%s in “%s” → %s", (text, sentence, minutes) => {
    expect(clockOf(dated(text, sentence, "a.txt"))).toBe(minutes);
  });
});

describe("one day of one kind of happening, told from reports weeks apart", () => {
  const on = (start: string, granularity: "day" | "month", text: string, sentence: string, lemma: string, doc: string, reportedAt: string): Claim =>
    claim(
      { type: "date", start, end: granularity === "day" ? start : "2024-05-31", granularity, approximate: false },
      {
        text,
        document: doc,
        sentence,
        rule: `frame:${lemma}/date`,
        story: "s",
        provenance: ["via:frame"],
        claimFrame: { counted: null, predicate: { lemma, voice: "passive" }, participants: [], time: { tally: false, reportedAt }, attribution: null, modality: [] },
      },
    );
  const topics = (cs: Claim[]) => new Map(cs.map((c) => [c, c.rule]));
  it.each<[string, Claim, Claim, boolean]>([
    // must meet: a capture on Monday 13 May in that day's report, and "on the loose until May 13" five weeks later
    ["a capture told on its day and in a follow-up", on("2024-05-13", "day", "Monday", "Marshals seized the convict on Monday.", "capture", "a.txt", "2024-05-13"), on("2024-05-13", "day", "May 13", "She stayed on the loose until May 13.", "arrest", "b.txt", "2024-06-20"), true],
    // must not: two kinds of happening on one day; a month is no day; a day weeks apart with nothing of one kind
    ["an arrest and a release", on("2024-05-13", "day", "Monday", "The fugitive was arrested Monday.", "arrest", "a.txt", "2024-05-13"), on("2024-05-13", "day", "May 13", "He was released on May 13.", "release", "b.txt", "2024-06-20"), false],
    ["a month of captures", on("2024-05-01", "month", "May", "The fugitive was captured in May.", "capture", "a.txt", "2024-05-13"), on("2024-05-01", "month", "May", "He was caught in May.", "catch", "b.txt", "2024-06-20"), false],
  ])("%s → one figure: %s", (_what, a, b, one) => {
    const groups = sameFigureGroups([a, b], topics([a, b]), [], []);
    expect(groups.some((g) => g.claims.length === 2)).toBe(one);
  });
});

describe("a figure told in other words that holds a whole group extends it", () => {
  const c = (id: string, measure: string | null) => claim(qty(40, 40, { nominal: 40, unit: "person" }), { id, measure, story: "s-1" });
  const group = (key: string, claims: Claim[]): ClaimGroup => ({ key, rule: "r", topic: "t", cardinality: "single", claims, story: "s-1", identity: [] });

  it("adds the further claims to the group, with the group's measure, and makes no finding of its own", () => {
    const [a, b, x] = [c("a", "injured"), c("b", "injured"), c("x", null)];
    const groups = [group("g", [a, b])];
    addSameFigures(groups, [group("same", [a, x, b])]);
    expect(groups.map((g) => g.key)).toEqual(["g"]);
    expect(groups[0]!.claims.map((m) => [m.id, m.measure])).toEqual([["a", "injured"], ["b", "injured"], ["x", "injured"]]);
  });

  it("stays a group of its own when it holds only part of a group, or a group of two measures", () => {
    const [a, b, d, x] = [c("a", "injured"), c("b", "injured"), c("d", "dead"), c("x", null)];
    const part = [group("g", [a, b])];
    addSameFigures(part, [group("same", [a, x])]);
    expect(part.map((g) => g.key)).toEqual(["g", "same"]);
    const mixed = [group("g", [a, d])];
    addSameFigures(mixed, [group("same", [a, d, x])]);
    expect(mixed.map((g) => g.key)).toEqual(["g", "same"]);
    expect(mixed[0]!.claims.map((m) => m.id)).toEqual(["a", "d"]);
  });
});

describe("the days of one event and its moments, formed apart, end in one figure", () => {
  const day = { type: "date" as const, start: "2024-05-12", end: "2024-05-12", granularity: "day" as const, approximate: false };
  const told = (text: string, sentence: string, doc: string, actors: string[]): Claim =>
    claim(day, {
      text,
      document: doc,
      sentence,
      actors,
      rule: "event-dates",
      story: "s",
      claimFrame: { counted: null, predicate: { lemma: "attack", voice: "active" }, participants: [], time: { tally: false, reportedAt: "2024-05-13" }, attribution: null, modality: [] },
    });
  const rules = [rule({ id: "event-dates", values: ["date"] })];
  const topics = (cs: Claim[]) => new Map(cs.map((c) => [c, "event-dates"]));
  // two reports give the day, two the moment, and one gives both: the day and the moment are one figure
  const days = [told("Sunday", "Nell Ruiz was hit by a van on Sunday.", "a.txt", ["name:nell ruiz"]), told("Sunday night", "A van hit Nell Ruiz Sunday night.", "b.txt", ["name:nell ruiz"])];
  const moments = [told("about 7 p.m.", "Nell Ruiz was hit at about 7 p.m.", "c.txt", ["name:nell ruiz"]), told("7:05 p.m.", "The van struck Nell Ruiz at 7:05 p.m.", "d.txt", ["name:nell ruiz"])];
  const both = told("7 p.m. Sunday", "Nell Ruiz was struck around 7 p.m. Sunday on Pike Road.", "e.txt", ["name:nell ruiz"]);
  it("a report that tells both ties them, whatever order the claims come in", () => {
    for (const cs of [[...days, ...moments, both], [both, ...moments, ...days]]) {
      const groups = sameFigureGroups(cs, topics(cs), rules, []);
      expect(groups.map((g) => g.claims.length)).toEqual([5]);
    }
  });
  it("another moment of that day joins neither the moment nor the day", () => {
    const other = told("10 p.m. Sunday", "Nell Ruiz was hit again at 10 p.m. Sunday.", "f.txt", ["name:nell ruiz"]);
    const cs = [...days, ...moments, both, other];
    const groups = sameFigureGroups(cs, topics(cs), rules, []);
    expect(groups.every((g) => !(g.claims.some((c) => c.id === other.id) && g.claims.some((c) => moments.some((m) => m.id === c.id))))).toBe(true);
  });
});

describe("a claim of a named topic that gives no name is one figure like any other", () => {
  const signings = rule({ id: "signings", topic: "signing of a named agreement", values: ["date"], subject: "name", vocabulary: { predicates: ["sign", "treaty"], counted: [], estimates: false } });
  const day = (document: string, ruleId: string, sentence: string, predicate: string, actors: string[]): Claim =>
    claim(date("2024-12-25"), {
      rule: ruleId,
      document,
      ...framedAt(sentence, "Christmas"),
      actors,
      story: "s-1",
      provenance: ruleId.startsWith("frame:") ? ["via:frame"] : [],
      claimFrame: {
        counted: null,
        predicate: { lemma: predicate, voice: "active" },
        participants: [],
        time: { tally: false, reportedAt: "2024-12-10" },
        attribution: null,
        modality: [],
      },
    });
  const hopes = day("a.txt", "signings", "Dale Orme told reporters he hopes to sign by Christmas.", "sign", ["name:dale orme", "name:christmas"]);
  const wants = day("b.txt", "frame:want/date", "Orme has said he wants a decision by Christmas.", "want", ["name:orme", "name:christmas"]);
  const accord = day("c.txt", "signings", "The Harlow Accord is to be signed by Christmas.", "sign", ["title:harlow accord"]);

  it("must agree: “hopes to sign by Christmas” (no agreement named) and “wants a decision by Christmas”, both of Orme", () => {
    expect(together([hopes, wants], [signings], hopes, wants)).toEqual(["agree"]);
  });

  it("must not: a named accord's day stays with its name, not with Orme's Christmas", () => {
    expect(together([accord, wants], [signings], accord, wants)).toEqual([]);
  });

  it("must not: with no name in common, the rule's own words tie nothing (“the pact was torn up by Christmas”, “it will be over by Christmas”)", () => {
    const tornUp = day("d.txt", "signings", "The pact was torn up by Christmas.", "tear", []);
    const over = { ...day("e.txt", "frame:be/date", "It will all be over by Christmas.", "be", []) };
    expect(together([tornUp, over], [signings], tornUp, over)).toEqual([]);
  });
});

describe("bareClock: a time of day whose claim names no day", () => {
  const clockTold = (text: string): Claim => claim(date("2031-05-09"), { text, length: text.length, sentence: `${text}.` });

  it.each([
    ["a clock alone", "about 7 p.m."],
    // words that start like a month or are a weekday in small letters name no day
    ["'decided'", "decided at 7 p.m."],
    ["'separate'", "a separate blast at 7:40"],
    ["'mayor'", "the mayor at 7 p.m."],
    ["'novel'", "a novel at 21:00"],
    ["'octopus'", "the octopus fed at 9.30am"],
    ["'sat'", "sat down at 7 p.m."],
    ["'sun'", "the sun set at 18:40"],
    ["'wed'", "they wed at 3 p.m."],
  ])("must: %s", (_name, text) => {
    expect(bareClock(clockTold(text))).toBe(true);
  });

  it.each([
    ["a weekday", "7 p.m. Friday"],
    ["a weekday cut short", "Thurs. at 7 p.m."],
    ["a weekday cut short, 'Thur.'", "7 p.m. Thur."],
    ["a month cut short", "Sept. 3 at 7 p.m."],
    ["a month in full", "7:40 on 3 September"],
    ["May", "7:40 on 3 May"],
    ["a weekday in a headline's capitals", "7 PM SATURDAY"],
    ["a day counted from the report", "7 p.m. yesterday"],
  ])("must not: %s", (_name, text) => {
    expect(bareClock(clockTold(text))).toBe(false);
  });
});
