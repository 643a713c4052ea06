/**
 * The cases that set this stage's rules, each written as the sentences a reader would meet, read
 * into claims with the frames a reader would give them (who, where, when reported, who says so),
 * grouped and judged as a scan does. The expected verdicts were decided by reading the sentences.
 */
import { describe, expect, it } from "vitest";
import { groupClaims } from "../../../src/group/group.js";
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
    expect(judgeFrames([a, b]).map((f) => [f.rule, f.verdict])).toEqual([["frame:pay/money", "contradict"]]);
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
