/**
 * Grouping and judging without visiting every pair give exactly what the pairwise definitions
 * give: the same occurrences as test/perf/reference/group.ts, and the same pair (verdict, basis)
 * for a partition as comparing every pair with the judge's own comparePair — on random claims
 * built to collide (few documents, few actors, nearby values, repeated values, open bounds,
 * tolerances, stated and implied frames, measures).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { groupClaims } from "../../src/group/group.js";
import { contradictionClass, judgingOf } from "../../src/judge/claim-facts.js";
import { comparePair, frameSide, sameFrame } from "../../src/judge/judge.js";
import { pairwise, type Weighing, worstPair } from "../../src/judge/worst-pair.js";
import type { Claim, ClaimFrame, ClaimGroup, CompiledRule, Value } from "../../src/types.js";
import { claim, rule } from "../helpers/claims.js";
import { groupClaims as referenceGroup } from "./reference/group.js";

const day = (n: number): string => new Date(Date.UTC(2020, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

const dateValue: fc.Arbitrary<Value> = fc
  .tuple(fc.integer({ min: 0, max: 800 }), fc.constantFrom(0, 0, 5, 30, 365, 3000), fc.constantFrom("date", "date", "date", "range"))
  .map(([start, len, type]) =>
    type === "range"
      ? { type: "range", start: day(start), end: day(start + len), granularity: "year" }
      : { type: "date", start: day(start), end: day(start + len), granularity: len === 0 ? "day" : len >= 365 ? "year" : "month", approximate: false },
  );

const quantityValue: fc.Arbitrary<Value> = fc
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

/** How the judge weighs a partition (judge.ts judgePartition), for claims of one occurrence. */
function weighing(claims: readonly Claim[], single: boolean, group: Partial<ClaimGroup> = {}): Weighing & { span: NonNullable<Weighing["span"]> } {
  const j = judgingOf({ cardinality: single ? "single" : "recurring", claims, ...group });
  return {
    single,
    compare: (a, b) => comparePair(a, b, j),
    framesAgree: claims.every((a) => claims.every((b) => sameFrame(a, b))),
    side: frameSide,
    span: (c) => j.facts(c).span,
    classOf: (c) => contradictionClass(j.facts(c)),
  };
}

const year = (y: number) => ({ type: "date" as const, start: `${y}-01-01`, end: `${y}-12-31`, granularity: "year" as const, approximate: false });
const frames = [null, year(2023), year(2024), { type: "range" as const, start: "2021-01-01", end: "2024-06-30", granularity: "year" as const }];

/** Frames built to collide: a few places and parties, two reporting days, two sources. */
const claimFrameArb: fc.Arbitrary<ClaimFrame> = fc
  .record({
    place: fc.constantFrom(null, "Athens", "Woodburn", "the riots"),
    agent: fc.constantFrom(null, "Pakistan", "Saudi Arabia"),
    tally: fc.boolean(),
    reportedAt: fc.constantFrom(null, "2010-05-05", "2010-05-06"),
    attribution: fc.constantFrom(null, "police", "the ministry"),
    forecast: fc.boolean(),
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
    modality: r.forecast ? ["forecast" as const] : [],
  }));

function claimsArb(kind: "date" | "quantity", subject: "actors" | "name"): fc.Arbitrary<Claim[]> {
  const actors =
    subject === "name"
      ? fc.constantFrom(["title:doha"], ["title:u.s. doha"], ["title:geneva"], ["title:doha accord"], [])
      : fc.subarray(["Pakistan", "Afghanistan", "United States", "name:ishaq dar", "name:dar", "name:taliban"], { maxLength: 3 });
  return fc.array(
    fc.record({
      value: kind === "date" ? dateValue : quantityValue,
      doc: fc.integer({ min: 0, max: 3 }),
      actors,
      frame: fc.constantFrom(...frames),
      implied: fc.boolean(),
      measure: fc.constantFrom(null, null, "hosted", "repatriated"),
      story: fc.constantFrom("s-1", "s-1", "s-2"),
      claimFrame: fc.option(claimFrameArb, { freq: 3 }),
    }),
    { minLength: 2, maxLength: 24 },
  ).map((rows) =>
    rows.map((r, k) =>
      claim(r.value, {
        document: `doc${r.doc}.txt`,
        offset: k * 7,
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
  })
  .map((r) => rule(r));

describe("grouping and judging match their pairwise definitions", () => {
  for (const kind of ["date", "quantity"] as const) {
    it(`on random ${kind} claims`, () => {
      fc.assert(
        fc.property(
          ruleArb.chain((r) => claimsArb(kind, r.subject).map((claims) => [r, claims] as const)),
          ([r, claims]) => {
            expect(groupClaims(claims, [r])).toEqual(referenceGroup(claims, [r]));
            // The judge's partitions hold one measure; try the claims as one partition per measure too.
            const single = r.cardinality === "single";
            const check = (part: readonly Claim[], group: Partial<ClaimGroup> = {}): void => {
              const w = weighing(part, single, group);
              expect(worstPair(part, w)).toEqual(pairwise(part, w.compare, w.span));
            };
            check(claims);
            // The judge's partitions hold one measure; try the claims as one partition per measure too.
            check(claims.filter((c) => c.measure === claims[0]!.measure));
            // And each occurrence with what the grouping says of it, as a tally and as estimates.
            for (const g of groupClaims(claims, [r])) {
              const oneMeasure = g.claims.filter((c) => c.measure === g.claims[0]!.measure);
              check(oneMeasure, { identity: g.identity, reportingDays: { "doc0.txt": "2010-05-05", "doc1.txt": "2010-05-06" } });
              check(oneMeasure, { identity: g.identity, tallies: true, estimates: true });
            }
          },
        ),
        { numRuns: 600, seed: 20251122 },
      );
    });
  }

  it("on a large partition of repeated and contradicting figures", () => {
    const r = rule({ values: ["quantity"] });
    const claims = Array.from({ length: 600 }, (_, k) =>
      claim({ type: "quantity", min: (k % 7) * 100, max: (k % 7) * 100, unit: "person", approximate: false, qualifier: null, nominal: (k % 7) * 100 }, { document: `doc${k % 50}.txt`, offset: k }),
    );
    expect(groupClaims(claims, [r])).toEqual(referenceGroup(claims, [r]));
    const w = weighing(claims, true);
    expect(worstPair(claims, w)).toEqual(pairwise(claims, w.compare, w.span));
  });
});
