/**
 * The cases that set this stage's rules, each written as the sentences a reader would meet, read
 * into claims with the frames a reader would give them (who, where, when reported, who says so),
 * grouped and judged as a scan does. The expected verdicts were decided by reading the sentences.
 */
import { describe, expect, it } from "vitest";
import { groupClaims } from "../../../src/group/group.js";
import { sizesAWindow, wholeOfPart, wholeOfPartitive } from "../../../src/judge/claim-facts.js";
import { judgeGroup } from "../../../src/judge/judge.js";
import type { Claim, ClaimFrame, Finding, Participant, Value } from "../../../src/types.js";
import { claim, date, qty, rule } from "../../helpers/claims.js";

interface Reading {
  document: string;
  sentence: string;
  text: string;
  value: Value;
  predicate?: string;
  participants?: [Participant["role"], string][];
  tally?: boolean;
  reportedAt?: string | null;
  attribution?: string | null;
  modality?: ClaimFrame["modality"];
  measure?: string | null;
  offset?: number;
}

/** A claim as a scan reads it: its frame, its sentence, its place. */
function read(r: Reading): Claim {
  const frame: ClaimFrame = {
    counted: r.value.type === "quantity" ? "person" : null,
    predicate: r.predicate ? { lemma: r.predicate, voice: "active" } : null,
    participants: (r.participants ?? []).map(([role, text]) => ({ role, text, key: text.toLowerCase().replace(/^the /, "") })),
    time: { tally: r.tally ?? false, reportedAt: r.reportedAt ?? null },
    attribution: r.attribution ?? null,
    modality: r.modality ?? [],
  };
  return claim(r.value, {
    document: r.document,
    sentence: r.sentence,
    text: r.text,
    length: r.text.length,
    offset: r.offset ?? r.sentence.indexOf(r.text),
    measure: r.measure ?? null,
    story: "s-1",
    claimFrame: frame,
  });
}

const n = (x: number): Value => qty(x, x, { nominal: x });
const judge = (claims: Claim[], over: Parameters<typeof rule>[0] = {}): Finding[] =>
  groupClaims(claims, [rule({ values: ["quantity", "date"], ...over })]).flatMap(judgeGroup);
const verdictOf = (findings: Finding[], a: Claim, b: Claim): string[] =>
  findings.filter((f) => f.claims.includes(a.id) && f.claims.includes(b.id)).map((f) => f.verdict);

describe("different events that share a word", () => {
  it("a war's toll and one attack's toll are not one toll", () => {
    const war = read({ document: "a.txt", sentence: "The war has killed 3,000 people since 2011.", text: "3,000", value: n(3000), predicate: "kill", participants: [["event", "the war"]] });
    const attack = read({ document: "b.txt", sentence: "The attack on the market killed 12 people.", text: "12", value: n(12), predicate: "kill", participants: [["event", "the attack"]] });
    expect(verdictOf(judge([war, attack]), war, attack)).not.toContain("contradict");
  });

  it("two earthquakes named in one sentence are not set against each other", () => {
    const sentence = "The 6.4 quake that struck Padang was stronger than the 5.8 quake of 2009.";
    const now = read({ document: "a.txt", sentence, text: "6.4", value: qty(6.4, 6.4, { nominal: 6.4, unit: "" }), participants: [["place", "Padang"]] });
    // "than the 5.8 quake": the value something else is compared with.
    const then = read({ document: "a.txt", sentence, text: "5.8", value: qty(5.8, 5.8, { nominal: 5.8, unit: "" }), participants: [["place", "Padang"]], modality: ["comparison-base"] });
    const other = read({ document: "b.txt", sentence: "The Padang quake measured 6.4.", text: "6.4", value: qty(6.4, 6.4, { nominal: 6.4, unit: "" }), participants: [["place", "Padang"]] });
    const findings = judge([now, then, other]);
    expect(findings.map((f) => f.verdict)).not.toContain("contradict");
    // The two readings of this quake's magnitude stand on one side.
    const f = findings.find((x) => x.claims.includes(now.id) && x.claims.includes(other.id));
    expect(f?.sides?.some((side) => side.includes(now.id) && side.includes(other.id))).toBe(true);
  });

  it("one state recognising two governments: Bangladesh in 1974, the Taliban in 1997", () => {
    const year = (y: number): Value => date(`${y}-01-01`, `${y}-12-31`, "year");
    const bangladesh = read({ document: "a.txt", sentence: "Pakistan recognised Bangladesh in February 1974.", text: "February 1974", value: year(1974), predicate: "recognize", participants: [["agent", "Pakistan"], ["patient", "Bangladesh"]] });
    const taliban = read({ document: "b.txt", sentence: "Pakistan recognised the Taliban government in May 1997.", text: "May 1997", value: year(1997), predicate: "recognize", participants: [["agent", "Pakistan"], ["patient", "the Taliban government"]] });
    expect(verdictOf(judge([bangladesh, taliban]), bangladesh, taliban)).not.toContain("contradict");
  });

  it("a figure of a place does not join the same figure of another place", () => {
    const athens = read({ document: "a.txt", sentence: "In Athens 12 people were hurt.", text: "12", value: n(12), predicate: "injure", participants: [["place", "Athens"]] });
    const patras = read({ document: "b.txt", sentence: "In Patras 30 people were hurt.", text: "30", value: n(30), predicate: "injure", participants: [["place", "Patras"]] });
    expect(verdictOf(judge([athens, patras]), athens, patras)).toEqual([]);
  });
});

describe("running tallies and reporting days", () => {
  const injured = (document: string, x: number, reportedAt: string | null): Claim =>
    read({ document, sentence: `Police said ${x} people were injured in the riots in Athens.`, text: String(x), value: n(x), predicate: "injure", participants: [["place", "Athens"]], tally: true, reportedAt, attribution: "police" });

  it("figures reported on different days diverge as a later report, listed in time order", () => {
    const later = injured("b.txt", 18, "2010-05-06");
    const earlier = injured("a.txt", 12, "2010-05-05");
    const [f] = judge([later, earlier]);
    expect(f?.verdict).toBe("diverge");
    expect(f?.basis).toEqual({ kind: "later-report", earlier: earlier.id, later: later.id });
    expect(f?.sides).toEqual([[earlier.id], [later.id]]);
  });

  it("figures for the same reporting day contradict", () => {
    const a = injured("a.txt", 12, "2010-05-05");
    const b = injured("b.txt", 18, "2010-05-05");
    expect(judge([a, b]).map((f) => f.verdict)).toEqual(["contradict"]);
  });

  it("a figure whose reporting day is unknown does not contradict", () => {
    const a = injured("a.txt", 12, "2010-05-05");
    const b = injured("b.txt", 18, null);
    expect(judge([a, b]).map((f) => [f.verdict, f.basis.kind])).toEqual([["diverge", "unknown-report-time"]]);
  });
});

describe("sources within sources", () => {
  const crowd = (document: string, x: number, attribution: string): Claim =>
    read({ document, sentence: `About ${x} people marched in Syntagma Square, ${attribution} said.`, text: String(x), value: n(x), predicate: "march", participants: [["place", "Syntagma Square"]], attribution, reportedAt: "2010-05-05" });

  it("estimates of different sources diverge: sources differ", () => {
    const police = crowd("a.txt", 20_000, "police");
    const organisers = crowd("b.txt", 50_000, "the organisers");
    const [f] = judge([police, organisers], { estimates: true });
    expect([f?.verdict, f?.basis.kind]).toEqual(["diverge", "sources-differ"]);
    expect(f?.reason).toContain("police");
    expect(f?.reason).toContain("the organisers");
  });

  it("estimates of one source contradict", () => {
    const a = crowd("a.txt", 20_000, "police");
    const b = crowd("b.txt", 50_000, "police");
    expect(judge([a, b], { estimates: true }).map((f) => f.verdict)).toEqual(["contradict"]);
  });

  it("a single-valued fact contradicts whoever says it, and the reason names both sources", () => {
    const quake = (document: string, x: number, attribution: string): Claim =>
      read({ document, sentence: `The Padang quake had a magnitude of ${x}, ${attribution} said.`, text: String(x), value: qty(x, x, { nominal: x, unit: "" }), participants: [["place", "Padang"]], attribution });
    const usgs = quake("a.txt", 7.6, "the USGS");
    const agency = quake("b.txt", 7.9, "the national agency");
    const [f] = judge([usgs, agency]);
    expect(f?.verdict).toBe("contradict");
    expect(f?.reason).toMatch(/the USGS.*the national agency|the national agency.*the USGS/);
  });
});

describe("stated precision", () => {
  it("$68.7 billion and $69 billion agree; 4.2% and 4.4% contradict", () => {
    const deal = (document: string, text: string, x: number): Claim =>
      read({ document, sentence: `Acme paid ${text} for Borel Corp.`, text, value: qty(x, x, { nominal: x, unit: "USD" }), predicate: "pay", participants: [["patient", "Borel Corp"]] });
    const fine = deal("a.txt", "$68.7 billion", 68.7e9);
    const round = deal("b.txt", "$69 billion", 69e9);
    expect(judge([fine, round]).map((f) => f.verdict)).toEqual(["agree"]);
    const rate = (document: string, text: string, x: number): Claim =>
      read({ document, sentence: `Borel Corp's margin was ${text}.`, text, value: qty(x, x, { nominal: x, unit: "percent" }), participants: [["agent", "Borel Corp"]] });
    const low = rate("a.txt", "4.2%", 4.2);
    const high = rate("b.txt", "4.4%", 4.4);
    expect(judge([low, high]).map((f) => f.verdict)).toEqual(["contradict"]);
  });
});

describe("composite counts", () => {
  it("the parts of 'two women and one man' do not set the toll at two, or at one", () => {
    const sentence = "Police said two women and one man died at the Marfin bank.";
    const whole = read({ document: "a.txt", sentence, text: "two women and one man", value: n(3), predicate: "die", participants: [["place", "the Marfin bank"]] });
    const women = read({ document: "a.txt", sentence, text: "two", value: n(2), predicate: "die", participants: [["place", "the Marfin bank"]] });
    const man = read({ document: "a.txt", sentence, text: "one", value: n(1), predicate: "die", participants: [["place", "the Marfin bank"]], offset: sentence.indexOf("one man") });
    const other = read({ document: "b.txt", sentence: "Three people died in the fire at the Marfin bank.", text: "Three", value: n(3), predicate: "die", participants: [["place", "the Marfin bank"]] });
    const findings = judge([whole, women, man, other]);
    expect(findings.map((f) => f.verdict)).not.toContain("contradict");
    const f = findings.find((x) => x.claims.includes(other.id))!;
    expect(f.sides?.find((side) => side.includes(other.id))).toContain(whole.id);
  });
});

describe("topics read from claim frames alone", () => {
  const money = (rule: string, document: string, text: string, x: number, place: string): Claim => ({
    ...read({ document, sentence: `In ${place} the firm paid ${text}.`, text, value: qty(x, x, { nominal: x, unit: "USD" }), predicate: "pay", participants: [["place", place]] }),
    rule,
  });
  const judgeFrames = (claims: Claim[]): Finding[] => groupClaims(claims, []).flatMap(judgeGroup);

  it("a frame's topic with a predicate and a counted thing is judged like a rule's", () => {
    const a = money("frame:pay/money", "a.txt", "$40 million", 40e6, "Lagos");
    const b = money("frame:pay/money", "b.txt", "$55 million", 55e6, "Lagos");
    // "pay" is of the class named after "spend": the topic is named after the class
    expect(judgeFrames([a, b]).map((f) => [f.rule, f.verdict])).toEqual([["frame:spend/money", "contradict"]]);
  });

  it("a frame's topic that names no predicate, or nothing counted, never contradicts", () => {
    const a = money("frame:-/money", "a.txt", "$40 million", 40e6, "Lagos");
    const b = money("frame:-/money", "b.txt", "$55 million", 55e6, "Lagos");
    expect(judgeFrames([a, b]).map((f) => [f.verdict, f.basis.kind])).toEqual([["diverge", "unestablished"]]);
  });

  it("dates of one frame topic more than a month apart are different occurrences", () => {
    const met = (document: string, iso: string): Claim => ({
      ...read({ document, sentence: `The council met in Lagos on ${iso}.`, text: iso, value: date(iso), predicate: "meet", participants: [["place", "Lagos"]] }),
      rule: "frame:meet/date",
    });
    expect(judgeFrames([met("a.txt", "2011-03-01"), met("b.txt", "2011-09-01")])).toEqual([]);
    expect(judgeFrames([met("a.txt", "2011-03-01"), met("b.txt", "2011-03-02")]).map((f) => f.verdict)).toEqual(["contradict"]);
  });
});

describe("what tells occurrences apart beyond a shared name", () => {
  const judgeFrames = (claims: Claim[]): Finding[] => groupClaims(claims, []).flatMap(judgeGroup);
  const age = (document: string, sentence: string, text: string, x: number): Claim => {
    const c = read({ document, sentence, text, value: n(x), participants: [["place", "Riverton"]] });
    return { ...c, claimFrame: { ...c.claimFrame!, counted: "age" } };
  };

  it("an age belongs to the person it stands beside: two people's ages never contradict, one person's do", () => {
    // Both articles name both wounded men; the ages are theirs, not one figure given twice.
    const both = "Ann Hale, 47, and Tom Lund, 48, were treated in Riverton.";
    const halesAge = age("a.txt", both, "47", 47);
    const lundsAge = age("b.txt", "Doctors said Tom Lund, 48, of Riverton, and Ann Hale, 47, would recover.", "48", 48);
    expect(judge([halesAge, lundsAge]).map((f) => f.verdict)).not.toContain("contradict");
    // One climber, two ages in two reports: that is a conflict.
    const young = age("c.txt", "A 31-year-old Rob Kerr of Riverton fell on Saturday.", "31-year-old", 31);
    const old = age("d.txt", "Rob Kerr, 32, of Riverton fell while climbing.", "32", 32);
    expect(verdictOf(judge([young, old]), young, old)).toEqual(["contradict"]);
  });

  it("a sister's age is not her brother's, though they share a surname", () => {
    const boy = age("a.txt", "Kerr, 16, was shot in Riverton.", "16", 16);
    const sister = age("a.txt", "His sister, Mara Kerr, 19, spoke to reporters.", "19", 19);
    expect(judge([boy, sister]).map((f) => f.verdict)).not.toContain("contradict");
  });

  it("one document's two figures of one measure in two sentences contradict only when they name one occurrence", () => {
    // Two loans in one address: a writer gives two figures of two things.
    const first = read({ document: "1946.txt", sentence: "Advances on farm loans will amount to 209 million dollars.", text: "209 million dollars", value: n(209e6), predicate: "amount", participants: [["event", "the Farm Loan program"]] });
    const second = read({ document: "1946.txt", sentence: "I recommend an authorization of 367.5 million dollars for the Farm Loan program.", text: "367.5 million dollars", value: n(367.5e6), predicate: "recommend", participants: [["event", "the Farm Loan program"]] });
    expect(verdictOf(judge([first, second]), first, second)).toEqual([]);
    // One attack given two tolls by one article, the same verb and the same bank named: that is a self-contradiction.
    const early = read({ document: "a.txt", sentence: "The fire killed three people at the Marfin bank.", text: "three", value: n(3), predicate: "kill", participants: [["place", "the Marfin bank"]] });
    const late = read({ document: "a.txt", sentence: "Later the fire killed five people at the Marfin bank, the report said.", text: "five", value: n(5), predicate: "kill", participants: [["place", "the Marfin bank"]] });
    expect(verdictOf(judge([early, late]), early, late)).toEqual(["contradict"]);
  });

  it("a party named as the agent on one side and not named by a sentence that names another", () => {
    const offer = (document: string, sentence: string, text: string, years: number, agent: string | null): Claim => ({
      ...read({ document, sentence, text, value: qty(years, years, { nominal: years, unit: "year" }), predicate: "offer", participants: [...(agent ? [["agent", agent] as [Participant["role"], string]] : []), ["patient", "Mark Teague"]] }),
      rule: "frame:offer/duration",
      actors: agent ? [`name:${agent.toLowerCase().replace(/^the /, "")}`, "name:mark teague"] : ["name:falcons", "name:mark teague"],
    });
    const hawks = offer("a.txt", "The Hawks offered Mark Teague an eight-year deal.", "eight-year", 8, "the Hawks");
    const falcons = offer("b.txt", "The Falcons, reports say, have offered Mark Teague a seven-year deal.", "seven-year", 7, null);
    expect(judgeFrames([hawks, falcons]).map((f) => f.verdict)).not.toContain("contradict");
  });

  it("a frame's topic: each document's own 'today' on different days is two acts, not one act given two dates", () => {
    const announced = (document: string, day: string): Claim => ({
      ...read({ document, sentence: "Seacom announced today that the cable was repaired.", text: "today", value: date(day), predicate: "announce", participants: [["agent", "Seacom"]], reportedAt: day }),
      rule: "frame:announce/date",
    });
    const [october, november] = [announced("a.txt", "2011-10-14"), announced("b.txt", "2011-10-24")];
    expect(judgeFrames([october, november]).map((f) => [f.verdict, f.basis.kind])).toEqual([["diverge", "later-report"]]);
  });

  it("a frame's topic: figures reported years apart are later reports, never one occurrence's conflict", () => {
    const reserve = (document: string, text: string, acres: number, reportedAt: string): Claim => ({
      ...read({ document, sentence: `A new forest reserve in Oregon, embracing ${text}, was created.`, text, value: qty(acres, acres, { nominal: acres, unit: "acre" }), predicate: "embrace", participants: [["place", "Oregon"]], reportedAt }),
      rule: "frame:embrace/area",
    });
    const [a, b] = [reserve("1898.txt", "1,644,594 acres", 1_644_594, "1898-12-05"), reserve("1900.txt", "145,000 acres", 145_000, "1900-12-03")];
    expect(judgeFrames([a, b]).map((f) => [f.verdict, f.basis.kind])).toEqual([["diverge", "later-report"]]);
  });

  it("a frame's topic: an index's close in reports of two trading days is two closes, not one close given two levels", () => {
    const close = (document: string, text: string, level: number, reportedAt: string): Claim => ({
      ...read({ document, sentence: `The Harbour Composite shed 40 points, closing at ${text}.`, text, value: qty(level, level, { nominal: level, unit: "point" }), predicate: "close", participants: [["agent", "the Harbour Composite"]], reportedAt }),
      rule: "frame:close/point",
    });
    const [thursday, monday] = [close("thu.txt", "2,310.4", 2310.4, "2031-03-06"), close("mon.txt", "2,254.9", 2254.9, "2031-03-10")];
    expect(judgeFrames([thursday, monday]).map((f) => [f.verdict, f.basis.kind])).toEqual([["diverge", "later-report"]]);
    // two reports of one trading day that give two closes do conflict
    const same = close("thu-2.txt", "2,254.9", 2254.9, "2031-03-06");
    expect(verdictOf(judgeFrames([thursday, same]), thursday, same)).toEqual(["contradict"]);
  });

  it("a frame's topic: two reports days apart that both state the period they speak of may still conflict", () => {
    const year = date("2030-01-01", "2030-12-31", "year");
    const loss = (document: string, text: string, dollars: number, reportedAt: string): Claim => ({
      ...read({ document, sentence: `Norland Motors lost ${text} in 2030, the company said.`, text, value: qty(dollars, dollars, { nominal: dollars, unit: "USD" }), predicate: "lose", participants: [["agent", "Norland Motors"]], reportedAt }),
      rule: "frame:lose/money",
      frame: year as Claim["frame"],
    });
    const [early, late] = [loss("a.txt", "$3.1 billion", 3.1e9, "2031-02-10"), loss("b.txt", "$4.6 billion", 4.6e9, "2031-02-13")];
    expect(verdictOf(judgeFrames([early, late]), early, late)).toEqual(["contradict"]);
  });
});

describe("what a sentence says of its own occurrence", () => {
  it("'another' or 'a second' sets a participant apart from the one spoken of: never one occurrence's conflict", () => {
    const first = read({ document: "a.txt", sentence: "The two governments concluded a treaty of indemnity on 11 April 1839.", text: "11 April 1839", value: date("1839-04-11"), predicate: "conclude", participants: [["patient", "a treaty of indemnity"]] });
    const second = read({ document: "b.txt", sentence: "A second convention was concluded on 30 January 1843.", text: "30 January 1843", value: date("1843-01-30"), predicate: "conclude", participants: [["patient", "A second convention"]] });
    expect(judge([first, second]).map((f) => f.verdict)).not.toContain("contradict");
  });

  it("a date written without a year, in reports of different days, diverges as a later report; on one reporting day it contradicts", () => {
    const found = (document: string, text: string, day: string, reportedAt: string): Claim =>
      read({ document, sentence: `The bodies were found in Newton Street on ${text}.`, text, value: date(day), predicate: "find", participants: [["place", "Newton Street"]], reportedAt });
    const early = found("a.txt", "Saturday", "2013-06-08", "2013-06-12");
    const late = found("b.txt", "Saturday", "2013-06-15", "2013-06-18");
    expect(judge([early, late]).map((f) => [f.verdict, f.basis.kind])).toEqual([["diverge", "later-report"]]);
    const thursday = found("c.txt", "Thursday", "2013-06-06", "2013-06-12");
    const friday = found("d.txt", "Friday", "2013-06-07", "2013-06-12");
    expect(verdictOf(judge([thursday, friday]), thursday, friday)).toEqual(["contradict"]);
  });
});

describe("a night that runs past midnight", () => {
  const arrived = (document: string, sentence: string, text: string, day: string): Claim =>
    read({ document, sentence, text, value: date(day), predicate: "arrive", participants: [["agent", "the convoy"], ["place", "Marrow Bay"]], reportedAt: "2031-04-12" });

  it("'late Thursday' and 'early Friday, about 1:30 a.m.' may be one moment: they differ without contradicting", () => {
    const late = arrived("a.txt", "The convoy reached Marrow Bay late Thursday, officials said.", "late Thursday", "2031-04-10");
    const early = arrived("b.txt", "The convoy reached Marrow Bay at about 1:30 a.m. on Friday.", "1:30 a.m.", "2031-04-11");
    const findings = judge([late, early]);
    expect(verdictOf(findings, late, early)).toEqual(["diverge"]);
    expect(findings[0]?.basis).toEqual({ kind: "across-midnight", night: late.id, early: early.id });
  });

  it("a night against the next day's afternoon, or against a day two days on, still contradicts", () => {
    const night = arrived("a.txt", "The convoy reached Marrow Bay on Thursday night.", "Thursday night", "2031-04-10");
    const afternoon = arrived("b.txt", "The convoy reached Marrow Bay on Friday afternoon.", "Friday afternoon", "2031-04-11");
    expect(verdictOf(judge([night, afternoon]), night, afternoon)).toEqual(["contradict"]);
    const saturday = arrived("c.txt", "The convoy reached Marrow Bay early Saturday.", "early Saturday", "2031-04-12");
    expect(verdictOf(judge([night, saturday]), night, saturday)).toEqual(["contradict"]);
  });

  it("the small hours before a night are no night that ran past midnight", () => {
    // early Thursday comes before late Thursday's night, not after it
    const early = arrived("a.txt", "The convoy reached Marrow Bay early Thursday.", "early Thursday", "2031-04-10");
    const night = arrived("b.txt", "The convoy reached Marrow Bay late Friday.", "late Friday", "2031-04-11");
    expect(verdictOf(judge([early, night]), early, night)).toEqual(["contradict"]);
  });
});

describe("a year the text does not state", () => {
  const month = (y: number, m: number): Value => date(`${y}-${String(m).padStart(2, "0")}-01`, `${y}-${String(m).padStart(2, "0")}-${m === 2 ? "28" : "30"}`, "month");
  const yearOf = (y: number): Value => date(`${y}-01-01`, `${y}-12-31`, "year");
  const left = (document: string, sentence: string, text: string, value: Value): Claim =>
    read({ document, sentence, text, value, predicate: "leave", participants: [["agent", "the last brigade"], ["place", "Kessarine"]] });

  it("a month without its year, dated by its page, against a year stated elsewhere that holds that month: no conflict", () => {
    // the history page is dated 2024, so "in March" was read as March 2024
    const march = left("history.txt", "The last brigade left Kessarine in March, after the truce.", "March", month(2024, 3));
    const stated = left("report.txt", "The last brigade left Kessarine in 2019.", "2019", yearOf(2019));
    const findings = judge([march, stated]);
    expect(verdictOf(findings, march, stated)).toEqual(["diverge"]);
    expect(findings[0]?.basis).toEqual({ kind: "unstated-year", a: march.id, b: stated.id });
  });

  it("a month without its year that misses the stated date in any year still conflicts", () => {
    const march = left("a.txt", "The last brigade left Kessarine in March.", "March", month(2019, 3));
    const october = left("b.txt", "The last brigade left Kessarine in October 2019.", "October 2019", month(2019, 10));
    expect(verdictOf(judge([march, october]), march, october)).toEqual(["contradict"]);
  });

  it("two dates that both state their years conflict as stated", () => {
    const spring = left("a.txt", "The last brigade left Kessarine in March 2018.", "March 2018", month(2018, 3));
    const later = left("b.txt", "The last brigade left Kessarine in 2019.", "2019", yearOf(2019));
    expect(verdictOf(judge([spring, later]), spring, later)).toEqual(["contradict"]);
  });
});

describe("the whole of a partitive", () => {
  it.each([
    ["eight of their last 10 games", "10", true],
    ["McDermott scored 10 of the team's first 17 points", "17", true],
    ["10 of the team ’ s first 17 points, as a tokenizer spaced it", "17", true],
    ["gunmen killed three of the five hostages", "five", true],
    ["one of the 12 victims died", "12", true],
    ["one of the victims died, and 12 were hurt", "12", false],
    ["dozens of people marched, and 40 were held", "40", false],
    ["he scored the first 17 points", "17", false],
    // the letters of "eight" also stand inside "Leighton"
    ["Hale scored five of Leighton's first eight points", "eight", true],
    ["twelve were hurt in Fairweather, eight gravely", "eight", false],
  ] as const)("%s → %s is the whole: %s", (sentence, text, expected) => {
    expect(wholeOfPartitive({ sentence, text, value: n(1) })).toBe(expected);
  });

  it.each([
    ["The Hawks lost eight of their last 10 games.", "eight", "10"],
    ["Gunmen killed three of the five hostages.", "three", "five"],
    ["Lund scored 10 of the team's first 17 points.", "10", "17"],
    ["Eight of them were hurt.", "Eight", null],
    ["One of the victims died.", "One", null],
    ["The Hawks lost eight games.", "eight", null],
  ] as const)("%s → %s is a part of the stated whole %s", (sentence, text, expected) => {
    expect(wholeOfPart({ sentence, text, value: n(1) })).toBe(expected);
  });

  it("a part of a stated whole never contradicts a count without that whole; two parts of one whole may", () => {
    const window = read({ document: "a.txt", sentence: "The Hawks lost eight of their last 10 games.", text: "eight", value: n(8), predicate: "lose", participants: [["agent", "the Hawks"]] });
    const streak = read({ document: "b.txt", sentence: "The Hawks have lost three games in a row.", text: "three", value: n(3), predicate: "lose", participants: [["agent", "the Hawks"]] });
    expect(verdictOf(judge([window, streak]), window, streak)).not.toContain("contradict");
    const three = read({ document: "c.txt", sentence: "At Marlow the gunmen killed three of the five hostages.", text: "three", value: n(3), predicate: "kill", participants: [["place", "Marlow"]] });
    const four = read({ document: "d.txt", sentence: "At Marlow the gunmen killed four of the five hostages.", text: "four", value: n(4), predicate: "kill", participants: [["place", "Marlow"]] });
    expect(verdictOf(judge([three, four]), three, four)).toEqual(["contradict"]);
  });

  it.each([
    ["Dale has played in the past six games.", "six", true],
    ["The club won over the last three seasons.", "three", true],
    ["Orme scored in his first two starts.", "two", true],
    ["They led during the final 10 minutes.", "10", true],
    ["Dale has played in six games this year.", "six", false],
    ["It was the last of six games.", "six", false],
    ["In the past, six games were lost.", "six", false],
  ] as const)("%s → %s sizes a window: %s", (sentence, text, expected) => {
    expect(sizesAWindow({ sentence, text, value: n(1) })).toBe(expected);
  });

  it("a figure that sizes a window never contradicts the total: both may be true", () => {
    const season = read({ document: "a.txt", sentence: "Dale played in just 10 games this year.", text: "10", value: n(10), predicate: "play", participants: [["agent", "Dale"]] });
    const window = read({ document: "b.txt", sentence: "Dale has played in the past six games.", text: "six", value: n(6), predicate: "play", participants: [["agent", "Dale"]] });
    expect(verdictOf(judge([season, window]), season, window)).not.toContain("contradict");
  });

  it("counts what the verb does not: the whole never contradicts the part's count", () => {
    const lost = read({ document: "a.txt", sentence: "The Hawks are last after losing eight of their last 10 games.", text: "10", value: n(10), predicate: "lose", participants: [["agent", "the Hawks"]] });
    const streak = read({ document: "b.txt", sentence: "The Hawks have lost three games in a row.", text: "three", value: n(3), predicate: "lose", participants: [["agent", "the Hawks"]] });
    expect(judge([lost, streak]).map((f) => f.verdict)).not.toContain("contradict");
  });
});
