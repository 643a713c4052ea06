/**
 * The rule keys of how values are read and compared — limits (for the rule and per measure),
 * units: [none], unit-aliases, tolerance, identify, exclude-window, distinct-after for quantities:
 * how they load (strictly, with file:line:col and a "did you mean", every problem of a file in one
 * run), what they compile to, and what they do in extract, normalize, group and judge. Rules and
 * sentences written for this test; fixtures/rules/value-keys/ holds rules whose examples `relcheck
 * rules test` runs.
 */
import { describe, expect, it } from "vitest";
import { groupClaims } from "../../../src/group/group.js";
import { lineStarts } from "../../../src/ingest/line-index.js";
import { judgeGroup } from "../../../src/judge/judge.js";
import { claimsOf } from "../../../src/pipeline.js";
import { runExample } from "../../../src/rule-examples.js";
import { loadRuleFile, loadRules } from "../../../src/ruleset/load-rules.js";
import { inRuleUnit, toleranceSlack, withinLimits } from "../../../src/ruleset/value-keys.js";
import type { ClaimGroup, CompiledRule, SourceDocument } from "../../../src/types.js";
import { claim, qty, rule as makeRule } from "../../helpers/claims.js";

const QUAKES = `id: quakes
topic: magnitude of a quake
cardinality: single
values: [quantity]
units: [none]
unit-aliases: {magnitude: none, richter: none}
limits: {min: 0, max: 10}
tolerance: {absolute: 0.1, relative: 0.02}
identify: [event, place]
triggers: [magnitude, quake, earthquake, tremor]
`;

function load(text: string, file = "rules/quakes.yml"): { rule?: CompiledRule; messages: string[] } {
  const { rule, diagnostics } = loadRuleFile(file, text);
  return { rule, messages: diagnostics.map((d) => `${d.line}:${d.column}: ${d.message}`) };
}

function claimsIn(text: string, r: CompiledRule) {
  const doc: SourceDocument = { path: "t.txt", text, sha256: "", date: "2024-05-01", dateSource: "flag", lineStarts: lineStarts(text) };
  return claimsOf(doc, [r]).filter((c) => c.rule === r.id);
}

describe("loading the keys", () => {
  it("compiles every key: none is no unit, aliases map units as read onto the rule's", () => {
    const { rule, messages } = load(QUAKES);
    expect(messages).toEqual([]);
    expect(rule).toMatchObject({
      units: [""],
      unitAliases: { magnitude: "", richter: "" },
      limits: { min: 0, max: 10 },
      tolerance: { absolute: 0.1, relative: 0.02 },
      identify: ["event", "place"],
      excludeWindow: 3,
    });
  });

  it("a measure keeps its own limits; a side left out is open", () => {
    const { rule } = load(`${QUAKES}measures:\n  - name: aftershock\n    triggers: [aftershock*]\n    limits: {max: 8}\n`);
    expect(rule?.measures[0]).toEqual({ name: "aftershock", triggers: ["aftershock*"], limits: { min: null, max: 8 } });
  });

  it.each<[string, string, string]>([
    ["an unknown key in limits, with a suggestion", QUAKES.replace("max: 10", "mx: 10"), "7:18: unknown key 'mx' (did you mean 'max'?)"],
    ["an unknown key in tolerance, with a suggestion", QUAKES.replace("relative: 0.02", "relativ: 0.02"), "8:28: unknown key 'relativ' (did you mean 'relative'?)"],
    ["an unknown key in a measure's limits", `${QUAKES}measures:\n  - name: a\n    triggers: [b]\n    limits: {maxx: 8}\n`, "14:14: unknown key 'maxx' (did you mean 'max'?)"],
    ["a misspelled key at the top", `${QUAKES}exclude-windw: 4\n`, "11:1: unknown key 'exclude-windw' (did you mean 'exclude-window'?)"],
    ["a role that is none", QUAKES.replace("[event, place]", "[event, town]"), "9:19: identify/1 must be one of: agent, patient, place, event, recipient, holder"],
    ["limits the wrong way round", QUAKES.replace("{min: 0, max: 10}", "{min: 10, max: 0}"), "7:24: limits: max 0 is below min 10"],
    ["a relative tolerance over 100%", QUAKES.replace("relative: 0.02", "relative: 2"), "8:38: tolerance/relative must be <= 1"],
    ["limits on a topic of dates", QUAKES.replace("values: [quantity]", "values: [date]").replace(/units: .*\n|unit-aliases: .*\n|tolerance: .*\n/g, ""), "5:9: limits apply to quantities: add 'quantity' to values"],
    ["an alias into a unit the rule refuses", QUAKES.replace("richter: none", "richter: km"), "6:42: unit alias 'richter: km' names a unit the rule does not accept (units: none)"],
    ["an exclude window without exclude words", `${QUAKES}exclude-window: 5\n`, "11:17: exclude-window without exclude words: add 'exclude'"],
  ])("%s", (_name, text, message) => {
    const { rule, messages } = load(text);
    expect(rule).toBeUndefined();
    expect(messages).toContain(message);
  });

  it("reports every problem of a file in one run, in the order of the file", () => {
    const text = [
      "id: quakez", // 1: not the file name
      "topic: magnitude of a quake",
      "cardinality: single",
      "values: [quantity]",
      "limits: {min: 10, max: 0}", // 5: the wrong way round
      "triggers: ['mag*nitude']", // 6: '*' inside a word
      "tolerance: {absolut: 0.1}", // 7: unknown key
      "windw: 5", // 8: unknown key
      "",
    ].join("\n");
    const { messages } = load(text);
    expect(messages).toEqual([
      "1:5: rule id 'quakez' must equal the file name 'quakes'",
      "5:24: limits: max 0 is below min 10",
      "6:12: term 'mag*nitude': '*' may only end a word (recogni*)",
      "7:13: unknown key 'absolut' (did you mean 'absolute'?)",
      "8:1: unknown key 'windw' (did you mean 'window'?)",
    ]);
  });
});

describe("the keys at work", () => {
  const quakes = load(QUAKES).rule!;

  it("limits: a value outside them is not the rule's ('magnitude 12' is off the scale)", () => {
    expect(withinLimits(quakes, null, qty(6.4, 6.4, { unit: "" }))).toBe(true);
    expect(withinLimits(quakes, null, qty(12, 12, { unit: "" }))).toBe(false);
    // a bound is held to its stated side: "over 12" lies above the scale, "up to 9" within it
    expect(withinLimits(quakes, null, qty(12, null, { unit: "" }))).toBe(false);
    expect(withinLimits(quakes, null, qty(null, 9, { unit: "" }))).toBe(true);
  });

  it("limits of a measure hold for its figures instead of the rule's", () => {
    const r = makeRule({ limits: { min: 0, max: 100 }, measures: [{ name: "big", triggers: ["big"], limits: { min: 0, max: 1000 } }] });
    expect(withinLimits(r, "big", qty(500, 500))).toBe(true);
    expect(withinLimits(r, null, qty(500, 500))).toBe(false);
  });

  it("unit-aliases: a value is compared in the rule's unit", () => {
    expect(inRuleUnit(quakes, qty(6.4, 6.4, { unit: "magnitude" }))).toMatchObject({ unit: "" });
    expect(inRuleUnit(quakes, qty(3, 3, { unit: "km" }))).toMatchObject({ unit: "km" });
  });

  it("units: [none] takes bare numbers only, within the limits", () => {
    expect(claimsIn("The quake had a magnitude 6.4 reading.", quakes).map((c) => [c.text, c.value])).toEqual([
      ["6.4", { type: "quantity", min: 6.4, max: 6.4, unit: "", approximate: false, qualifier: null, nominal: 6.4 }],
    ]);
    expect(claimsIn("The quake was felt 40 km away.", quakes)).toEqual([]);
  });

  it("tolerance: the larger of the absolute and the relative allowance", () => {
    expect(toleranceSlack(quakes.tolerance, qty(6.4, 6.4, { unit: "" }))).toBeCloseTo(0.128);
    expect(toleranceSlack(quakes.tolerance, qty(2, 2, { unit: "" }))).toBeCloseTo(0.1);
    expect(toleranceSlack(null, qty(2, 2))).toBe(0);
  });

  it("tolerance: figures that close diverge; further apart they contradict", () => {
    const group = (a: number, b: number, tolerance?: ClaimGroup["tolerance"]): ClaimGroup => ({
      key: "k", rule: "quakes", topic: "magnitude", cardinality: "single",
      claims: [claim(qty(a, a, { unit: "" }), { rule: "quakes" }), claim(qty(b, b, { unit: "" }), { rule: "quakes" })],
      ...(tolerance ? { tolerance } : {}),
    });
    expect(judgeGroup(group(6.4, 6.5)).map((f) => f.verdict)).toEqual(["contradict"]);
    expect(judgeGroup(group(6.4, 6.5, { absolute: 0.1, relative: 0 })).map((f) => [f.verdict, f.basis.kind])).toEqual([["diverge", "within-tolerance"]]);
    expect(judgeGroup(group(6.4, 6.7, { absolute: 0.1, relative: 0 })).map((f) => f.verdict)).toEqual(["contradict"]);
  });

  it("the group hands the rule's tolerance to the judge", () => {
    const a = claim(qty(6.4, 6.4, { unit: "" }), { rule: "quakes" });
    const b = claim(qty(6.5, 6.5, { unit: "" }), { rule: "quakes" });
    const [group] = groupClaims([a, b], [{ ...quakes, id: "quakes", anchored: false }]);
    expect(group?.tolerance).toEqual({ absolute: 0.1, relative: 0.02 });
  });

  it("distinct-after for quantities: figures whose periods lie further apart are different occurrences", () => {
    const population = makeRule({ id: "pop", values: ["quantity"], distinctAfterDays: 5 * 366 });
    const year = (y: number) => ({ type: "date" as const, start: `${y}-01-01`, end: `${y}-12-31`, granularity: "year" as const, approximate: false });
    const in2005 = claim(qty(14000, 14000, { unit: "" }), { rule: "pop", frame: year(2005) });
    const in2013 = claim(qty(19000, 19000, { unit: "" }), { rule: "pop", frame: year(2013) });
    const in2007 = claim(qty(15000, 15000, { unit: "" }), { rule: "pop", frame: year(2007) });
    expect(groupClaims([in2005, in2013], [population])).toEqual([]);
    expect(groupClaims([in2005, in2007], [population]).map((g) => g.claims.length)).toEqual([2]);
    // without distinct-after two stated periods that do not overlap are still two occurrences
    // (group/figure-periods.ts); two that overlap form one
    expect(groupClaims([in2005, in2013], [{ ...population, distinctAfterDays: null }])).toEqual([]);
    expect(groupClaims([in2005, { ...in2007, frame: year(2005) }], [{ ...population, distinctAfterDays: null }]).map((g) => g.claims.length)).toEqual([2]);
  });

  it("exclude-window: how far an exclude word reaches from a trigger", () => {
    const fires = load(
      "id: fires\ntopic: fires at factories\ncardinality: recurring\nvalues: [date]\ntriggers: [fire]\nexclude: [drill]\n",
      "rules/fires.yml",
    ).rule!;
    const sentence = "The fire at the warehouse was a drill staged on 3 March 2021.";
    expect(fires.excludeWindow).toBe(3);
    expect(claimsIn(sentence, fires).map((c) => c.text)).toEqual(["3 March 2021"]);
    expect(claimsIn(sentence, { ...fires, excludeWindow: 6 })).toEqual([]);
  });
});

describe("rules whose examples exercise the keys (relcheck rules test)", () => {
  const result = loadRules({ cwd: process.cwd(), dirs: ["fixtures/rules/value-keys"], builtin: false });
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  const examples = result.rules.flatMap((r) => r.examples.map((e) => [`${r.id}: ${e.text}`, r, e] as const));
  it.each(examples)("%s", (_name, r, example) => {
    expect(runExample(r, example).problem).toBeNull();
  });
});
