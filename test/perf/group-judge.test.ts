/**
 * Grouping and judging without visiting every pair give exactly what the pairwise definitions
 * give: the same occurrences as test/perf/reference/group.ts, and the same findings, and the same
 * worst pair of a partition, as test/perf/reference/judge.ts — an independent, deliberately plain
 * rewrite of the verdict rules that compares every pair — on random claims built to collide (few
 * documents, few actors, nearby values, repeated values, open bounds, tolerances, stated and
 * implied frames, measures, stories, frames with places, parties, reporting days and sources,
 * figures written with decimals and scales).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { groupClaims } from "../../src/group/group.js";
import { contradictionClass, judgingOf } from "../../src/judge/claim-facts.js";
import { comparePair, frameSide, judgeGroup, sameFrame } from "../../src/judge/judge.js";
import { type Weighing, worstPair } from "../../src/judge/worst-pair.js";
import { toleranceSlack } from "../../src/ruleset/value-keys.js";
import type { Claim, ClaimFrame, ClaimGroup, CompiledRule, Finding, RuleTolerance, Value } from "../../src/types.js";
import { claim, rule } from "../helpers/claims.js";
import { groupClaims as referenceGroup } from "./reference/group.js";
import { referenceJudge, referencePair, referenceWorstPair } from "./reference/judge.js";

/** What the reference judge decides of a finding: its verdict, basis and claims (not its id or wording). */
const decided = (f: Finding) => ({ verdict: f.verdict, basis: f.basis, claims: f.claims, measures: f.measures, selfContradiction: f.selfContradiction, sides: f.sides });

/** How the judge weighs a partition (judge.ts judgePartition), for claims of one occurrence. */
function weighing(claims: readonly Claim[], single: boolean, tolerance?: RuleTolerance): Weighing {
  const j = judgingOf({ cardinality: single ? "single" : "recurring", claims, ...(tolerance ? { tolerance } : {}) });
  return {
    single,
    compare: (a, b) => comparePair(a, b, j),
    framesAgree: claims.every((a) => claims.every((b) => sameFrame(a, b))),
    side: frameSide,
    span: (c) => j.facts(c).span,
    classOf: (c) => contradictionClass(j.facts(c)),
    ...(tolerance ? { ruleSlack: (c: Claim) => toleranceSlack(tolerance, c.value) } : {}),
  };
}

/** Frames built to collide: a few places and parties, two reporting days, two sources. */
const claimFrameArb: fc.Arbitrary<ClaimFrame> = fc
  .record({
    place: fc.constantFrom(null, "Athens", "Woodburn", "the riots"),
    agent: fc.constantFrom(null, "Pakistan", "Saudi Arabia"),
    tally: fc.boolean(),
    reportedAt: fc.constantFrom(null, "2010-05-05", "2010-05-06"),
    attribution: fc.constantFrom(null, "police", "the ministry"),
    forecast: fc.boolean(),
    aside: fc.boolean(),
  })
  .map((r) => ({
    counted: "person",
    predicate: { lemma: "kill", voice: "passive" as const },
    participants: [
      ...(r.place ? [{ role: "place" as const, text: r.place, key: r.place.toLowerCase() }] : []),
      ...(r.agent ? [{ role: "agent" as const, text: r.agent, key: r.agent.toLowerCase() }] : []),
    ],
    time: { tally: r.tally, reportedAt: r.reportedAt },
    attribution: r.attribution,
    modality: r.forecast ? ["forecast" as const] : r.aside ? ["comparison-base" as const] : [],
  }));

/** Figures written out, so that their stated precision counts: [text, nominal]. */
const WRITTEN: readonly [string, number][] = [["4.2", 4.2], ["4.25", 4.25], ["4.3", 4.3], ["$69 billion", 69e9], ["$68.7 billion", 68.7e9], ["20,000", 20_000], ["21,000", 21_000], ["120", 120]];

const day = (n: number): string => new Date(Date.UTC(2020, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

const dateValue: fc.Arbitrary<Value> = fc
  .tuple(fc.integer({ min: 0, max: 800 }), fc.constantFrom(0, 0, 5, 30, 365, 3000), fc.constantFrom("date", "date", "date", "range"))
  .map(([start, len, type]) =>
    type === "range"
      ? { type: "range", start: day(start), end: day(start + len), granularity: "year" }
      : { type: "date", start: day(start), end: day(start + len), granularity: len === 0 ? "day" : len >= 365 ? "year" : "month", approximate: false },
  );

const plainQuantity: fc.Arbitrary<Value> = fc
  .tuple(
    fc.constantFrom(100, 120, 140, 500, 700, 2800, 3000, 40_000, 42_000),
    fc.constantFrom("exact", "over", "up to", "around", "nearly"),
    fc.constantFrom(0, 5, 500, 5000),
  )
  .map(([n, how, tol]) => {
    if (how === "exact") return { type: "quantity", min: n, max: n, unit: "person", approximate: false, qualifier: null, nominal: n };
    if (how === "over") return { type: "quantity", min: n, max: null, unit: "person", approximate: false, qualifier: "over", nominal: n };
    if (how === "up to") return { type: "quantity", min: null, max: n, unit: "person", approximate: false, qualifier: "up to", nominal: n };
    if (how === "nearly") return { type: "quantity", min: n - tol, max: n, unit: "person", approximate: true, qualifier: "nearly", nominal: n };
    return { type: "quantity", min: n - tol, max: n + tol, unit: "person", approximate: true, qualifier: "around", nominal: n };
  });

/** Some figures in metres, feet or miles, so that occurrences told in two units of one dimension are compared converted. */
const unitOf: fc.Arbitrary<string> = fc.constantFrom("person", "person", "person", "m", "ft", "mi");

const quantityValue: fc.Arbitrary<{ value: Value; text: string }> = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(plainQuantity, unitOf).map(([value, unit]) => ({ value: { ...value, unit } as Value, text: "text" })) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(...WRITTEN).map(([text, n]): { value: Value; text: string } => ({
      value: { type: "quantity", min: n, max: n, unit: "person", approximate: false, qualifier: null, nominal: n },
      text,
    })),
  },
);

const year = (y: number) => ({ type: "date" as const, start: `${y}-01-01`, end: `${y}-12-31`, granularity: "year" as const, approximate: false });
const frames = [null, year(2023), year(2024), { type: "range" as const, start: "2021-01-01", end: "2024-06-30", granularity: "year" as const }];

function claimsArb(kind: "date" | "quantity", subject: "actors" | "name"): fc.Arbitrary<Claim[]> {
  const actors =
    subject === "name"
      ? fc.constantFrom(["title:doha"], ["title:u.s. doha"], ["title:geneva"], ["title:doha accord"], [])
      : fc.subarray(["Pakistan", "Afghanistan", "United States", "name:ishaq dar", "name:dar", "name:taliban"], { maxLength: 3 });
  return fc.array(
    fc.record({
      value: kind === "date" ? dateValue.map((value) => ({ value, text: "text" })) : quantityValue,
      doc: fc.integer({ min: 0, max: 3 }),
      actors,
      frame: fc.constantFrom(...frames),
      implied: fc.boolean(),
      measure: fc.constantFrom(null, null, "hosted", "repatriated"),
      story: fc.constantFrom("s-1", "s-1", "s-2"),
      claimFrame: fc.option(claimFrameArb, { freq: 3 }),
      sentence: fc.constantFrom("A sentence.", "A sentence.", "The death toll so far."),
      // Some expressions long enough to hold the next claims (parts of a count).
      length: fc.constantFrom(4, 4, 4, 15),
    }),
    { minLength: 2, maxLength: 24 },
  ).map((rows) =>
    rows.map((r, k) =>
      claim(r.value.value, {
        text: r.value.text,
        sentence: r.sentence,
        document: `doc${r.doc}.txt`,
        offset: k * 7,
        length: r.length,
        actors: r.actors,
        story: r.story,
        ...(r.claimFrame ? { claimFrame: r.claimFrame } : {}),
        frame: kind === "quantity" ? r.frame : null,
        ...(kind === "quantity" && r.frame?.type === "date" && r.implied ? { frameImplied: true } : {}),
        measure: r.measure,
      }),
    ),
  );
}

const ruleArb: fc.Arbitrary<CompiledRule> = fc
  .record({
    cardinality: fc.constantFrom("single", "recurring") as fc.Arbitrary<"single" | "recurring">,
    distinctAfterDays: fc.constantFrom(null, 60, 400),
    subject: fc.constantFrom("actors", "name") as fc.Arbitrary<"actors" | "name">,
    anchored: fc.boolean(),
    tolerance: fc.constantFrom(null, null, { absolute: 50, relative: 0 }, { absolute: 0, relative: 0.1 }),
  })
  .map(({ tolerance, ...r }) => rule({ ...r, ...(tolerance ? { tolerance } : {}) }));

describe("grouping and judging match their pairwise definitions", () => {
  for (const kind of ["date", "quantity"] as const) {
    it(`on random ${kind} claims`, () => {
      fc.assert(
        fc.property(
          ruleArb.chain((r) => claimsArb(kind, r.subject).map((claims) => [r, claims] as const)),
          ([r, claims]) => {
            const groups = groupClaims(claims, [r]);
            expect(groups).toEqual(referenceGroup(claims, [r]));
            const single = r.cardinality === "single";
            for (const group of groups) {
              expect(judgeGroup(group).map(decided)).toEqual(referenceJudge(group));
              // The same occurrence as a tally with reporting days, and as estimates.
              const dated: ClaimGroup = { ...group, tallies: true, reportingDays: { "doc0.txt": "2010-05-05", "doc1.txt": "2010-05-06" } };
              expect(judgeGroup(dated).map(decided)).toEqual(referenceJudge(dated));
              const estimated: ClaimGroup = { ...group, estimates: true };
              expect(judgeGroup(estimated).map(decided)).toEqual(referenceJudge(estimated));
            }
            // The whole set as one occurrence, and as one partition of one measure.
            const whole: ClaimGroup = { key: "k", rule: r.id, topic: r.topic, cardinality: r.cardinality, claims, ...(r.tolerance ? { tolerance: r.tolerance } : {}) };
            expect(judgeGroup(whole).map(decided)).toEqual(referenceJudge(whole));
            const t = r.tolerance ?? undefined;
            for (const a of claims.slice(0, 6)) for (const b of claims.slice(0, 6)) expect(comparePair(a, b, single, t)).toEqual(referencePair(a, b, single, t));
            const oneMeasure = claims.filter((c) => c.measure === claims[0]!.measure);
            expect(worstPair(oneMeasure, weighing(oneMeasure, single, t))).toEqual(referenceWorstPair(oneMeasure, single, t));
          },
        ),
        { numRuns: 600, seed: 20251122 },
      );
    });
  }

  it("on random claims of frames' own topics, told with verbs of one class or none", () => {
    // Predicates of one class (seize, confiscate, find), of another (sell), light (be) and none.
    const readings = fc.record({
      predicate: fc.constantFrom("seize", "confiscate", "find", "sell", "be", null),
      counted: fc.constantFrom("rifle", "rifle", "boat"),
      place: fc.constantFrom(null, null, "Kochi", "Aden"),
      reportedAt: fc.constantFrom(null, "2011-11-11", "2011-11-12", "2012-06-01"),
      n: fc.constantFrom(6, 6, 14, 300, 923, 1284),
      doc: fc.integer({ min: 0, max: 3 }),
      story: fc.constantFrom("s-1", "s-1", "s-2"),
    });
    fc.assert(
      fc.property(fc.array(readings, { minLength: 2, maxLength: 20 }), (rows) => {
        const claims = rows.map((r, k) =>
          claim({ type: "quantity", min: r.n, max: r.n, unit: r.counted, approximate: false, qualifier: null, nominal: r.n }, {
            rule: `frame:${r.predicate ?? "-"}/${r.counted}`,
            text: String(r.n),
            // two sentences per document, so pairs of one document in two sentences are judged too
            sentence: `Sentence ${k % 2}.`,
            document: `doc${r.doc}.txt`,
            offset: k * 7,
            story: r.story,
            provenance: ["via:frame"],
            claimFrame: {
              counted: r.counted,
              predicate: r.predicate ? { lemma: r.predicate, voice: "active" } : null,
              participants: r.place ? [{ role: "place", text: r.place, key: r.place.toLowerCase() }] : [],
              time: { tally: false, reportedAt: r.reportedAt },
              attribution: null,
              modality: [],
            },
          }),
        );
        const groups = groupClaims(claims, []);
        expect(groups).toEqual(referenceGroup(claims, []));
        for (const group of groups) expect(judgeGroup(group).map(decided)).toEqual(referenceJudge(group));
      }),
      { numRuns: 400, seed: 20261205 },
    );
  });

  it("on a large partition of repeated and contradicting figures", () => {
    const r = rule({ values: ["quantity"] });
    const claims = Array.from({ length: 600 }, (_, k) =>
      claim({ type: "quantity", min: (k % 7) * 100, max: (k % 7) * 100, unit: "person", approximate: false, qualifier: null, nominal: (k % 7) * 100 }, { document: `doc${k % 50}.txt`, offset: k }),
    );
    expect(groupClaims(claims, [r])).toEqual(referenceGroup(claims, [r]));
    expect(worstPair(claims, weighing(claims, true))).toEqual(referenceWorstPair(claims, true));
    const whole: ClaimGroup = { key: "k", rule: r.id, topic: r.topic, cardinality: "single", claims };
    expect(judgeGroup(whole).map(decided)).toEqual(referenceJudge(whole));
  });
});

describe("the reference judge", () => {
  // A few verdicts written out by hand, so the reference is itself checked against a reading.
  const y = (n: number): Value => ({ type: "date", start: `${n}-01-01`, end: `${n}-12-31`, granularity: "year", approximate: false });
  const q = (min: number | null, max: number | null, qualifier: "over" | "around" | null = null, nominal: number | null = null): Value => ({
    type: "quantity", min, max, unit: "person", approximate: qualifier === "around", qualifier, nominal,
  });
  it.each([
    ["1996 vs 1997, one true date", y(1996), y(1997), true, "contradict", "disjoint-intervals"],
    ["1996 vs 1997, a recurring topic", y(1996), y(1997), false, "diverge", "recurring"],
    ["2020 vs 2020", y(2020), y(2020), true, "agree", "equal"],
    ["12 vs 16 killed", q(12, 12, null, 12), q(16, 16, null, 16), true, "contradict", "disjoint-intervals"],
    ["over 500 and over 700 both hold", q(500, null, "over", 500), q(700, null, "over", 700), true, "diverge", "bounds-both-hold"],
    ["about 40,000 (±5,000) and 46,000 miss by less than the tolerance", q(35_000, 45_000, "around", 40_000), q(46_000, 46_000, null, 46_000), true, "diverge", "within-tolerance"],
    ["2,900 inside over 2,800", q(2800, null, "over", 2800), q(2900, 2900, null, 2900), true, "agree", "refinement"],
  ] as const)("%s → %s", (_what, va, vb, single, verdict, kind) => {
    const result = referencePair(claim(va), claim(vb), single);
    expect(result.verdict).toBe(verdict);
    expect(result.basis.kind).toBe(kind);
  });
});
