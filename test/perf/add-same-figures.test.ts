/**
 * addSameFigures (group/same-figure.ts) finds a figure's whole groups by their first claim instead
 * of walking every group for each figure: it must give the same list, group for group and claim for
 * claim, as the walk (test/perf/reference/same-figures.ts), on random groups and figures built to
 * collide (few claims, shared first claims, two stories, two measures, one span or two), and the
 * cases below, written by hand.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addSameFigures } from "../../src/group/same-figure.js";
import type { Claim, ClaimGroup } from "../../src/types.js";
import { claim, date } from "../helpers/claims.js";
import { addSameFiguresByWalk } from "./reference/same-figures.js";

const group = (claims: readonly Claim[], over: Partial<ClaimGroup> = {}): ClaimGroup => ({ key: `k${claims.map((c) => c.id).join("+")}`, rule: "r", topic: "a topic", cardinality: "single", claims, ...over });

/** Both versions over copies of one list: the lists they leave. */
function both(groups: readonly ClaimGroup[], found: readonly ClaimGroup[]): [ClaimGroup[], ClaimGroup[]] {
  const indexed = [...groups];
  const walked = [...groups];
  addSameFigures(indexed, found);
  addSameFiguresByWalk(walked, found);
  return [indexed, walked];
}

describe("addSameFigures", () => {
  const tuesday = date("2031-04-08");
  const a = claim(tuesday, { text: "on Tuesday" });
  const b = claim(tuesday, { text: "on 8 April" });
  const c = claim(tuesday, { text: "that Tuesday" });
  const d = claim(tuesday, { text: "Tuesday night" });
  const week = claim(date("2031-04-07", "2031-04-13"), { text: "that week" });

  it("extends the first whole group a figure holds with its other claims", () => {
    const [out] = both([group([a, b]), group([c, d])], [group([a, b, c])]);
    expect(out.map((g) => g.claims.map((x) => x.text))).toEqual([["on Tuesday", "on 8 April", "that Tuesday"], ["that Tuesday", "Tuesday night"]]);
  });
  it("takes out a second whole group when the figure tells one span", () => {
    const [out] = both([group([a, b]), group([c, d])], [group([a, b, c, d])]);
    expect(out.map((g) => g.claims.length)).toEqual([4]);
  });
  it("keeps a second whole group when the figure tells two spans", () => {
    const [out] = both([group([a, b]), group([c, week])], [group([a, b, c, week])]);
    expect(out.map((g) => g.claims.length)).toEqual([4, 2]);
  });
  it("adds a figure that holds no whole group as a group of its own", () => {
    const [out] = both([group([a, b, d])], [group([a, c])]);
    expect(out.map((g) => g.claims.length)).toEqual([3, 2]);
  });
  it("does not extend a group of another story, nor one of two measures", () => {
    const [other] = both([group([a, b], { story: "s-2" })], [group([a, b, c])]);
    expect(other.map((g) => g.claims.length)).toEqual([2, 3]);
    const m = claim(tuesday, { text: "on the Tuesday", measure: "sale" });
    const [mixed] = both([group([a, m])], [group([a, m, c])]);
    expect(mixed.map((g) => g.claims.length)).toEqual([2, 3]);
  });
  it("finds a figure added before it as a group to extend", () => {
    const [out] = both([], [group([a, b]), group([a, b, c])]);
    expect(out.map((g) => g.claims.length)).toEqual([3]);
  });

  it("gives the walk's list on random groups and figures", () => {
    const pool = [a, b, c, d, week, claim(tuesday, { text: "Tuesday", measure: "sale" }), claim(date("2031-04-09"), { text: "Wednesday" })];
    const groupArb = fc.record({ members: fc.uniqueArray(fc.integer({ min: 0, max: pool.length - 1 }), { maxLength: 4 }), story: fc.constantFrom(undefined, "s-1") });
    const toGroup = (r: { members: number[]; story: string | undefined }): ClaimGroup => group(r.members.map((i) => pool[i]!), r.story === undefined ? {} : { story: r.story });
    fc.assert(
      fc.property(fc.array(groupArb, { maxLength: 8 }), fc.array(groupArb, { maxLength: 6 }), (groups, figures) => {
        const [indexed, walked] = both(groups.map(toGroup), figures.map(toGroup));
        expect(indexed).toEqual(walked);
      }),
      { numRuns: 2000 },
    );
  });
});
