/**
 * Two groups of one story that hold mostly the same claims, all of one span, are one figure found
 * twice (a rule's occurrence and the same figure told in other words): joined into one group.
 * Groups that share only a claim or two, or whose claims state different values or two measures,
 * stay apart. Expected results written from the cases, not recorded.
 */
import { describe, expect, it } from "vitest";
import type { Claim, ClaimGroup } from "../../../src/types.js";
import { joinOneFigure } from "../../../src/group/overlaps.js";
import { claim, date, qty } from "../../helpers/claims.js";

function group(key: string, claims: readonly Claim[], over: Partial<ClaimGroup> = {}): ClaimGroup {
  return { key, rule: "r", topic: "a topic", cardinality: "single", claims, story: "s-1", identity: [], ...over };
}

/** Claims of one value in documents a.txt, b.txt, … (one each). */
function told(value: ReturnType<typeof qty>, n: number, over: Partial<Claim> = {}): Claim[] {
  return Array.from({ length: n }, (_, i) => claim(value, { document: `${String.fromCharCode(97 + i)}.txt`, story: "s-1", ...over }));
}

const keys = (gs: readonly ClaimGroup[]): string[][] => gs.map((g) => g.claims.map((c) => c.id).sort());

describe("joinOneFigure", () => {
  it("joins two groups of the final score that share four of their five claims", () => {
    const [a, b, c, d, e, f] = told(qty(21, 21, { unit: "point" }), 6);
    const groups = [group("g1", [a!, b!, c!, d!, e!]), group("g2", [b!, c!, d!, e!, f!], { key: "same:g2" })];
    joinOneFigure(groups);
    expect(groups).toHaveLength(1);
    expect(keys(groups)).toEqual([[a!, b!, c!, d!, e!, f!].map((x) => x.id).sort()]);
    expect(groups[0]!.key).toBe("g1");
  });

  it("gives the joined claims the one measure either group names", () => {
    const [a, b, c] = told(qty(4, 4), 3);
    const killed = [a!, b!].map((x) => ({ ...x, measure: "killed" }));
    const groups = [group("g1", [...killed]), group("g2", [a!, b!, c!])];
    joinOneFigure(groups);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.claims.map((x) => x.measure)).toEqual(["killed", "killed", "killed"]);
  });

  it("does not join groups that share one claim of their three: the claim may be the one two groupings read differently", () => {
    const [a, b, c, d, e] = told(qty(2, 2), 5);
    const groups = [group("arrested", [a!, b!, c!]), group("killed", [c!, d!, e!])];
    joinOneFigure(groups);
    expect(groups).toHaveLength(2);
  });

  it("does not join groups whose claims state different values, however many they share", () => {
    const [a, b, c] = told(qty(12, 12), 3);
    const [d] = told(qty(18, 18), 1, { document: "d.txt" });
    const groups = [group("g1", [a!, b!, c!]), group("g2", [a!, b!, c!, d!])];
    joinOneFigure(groups);
    expect(groups).toHaveLength(2);
  });

  it("does not join a month and a day in it (two spans, though one holds the other)", () => {
    const day = [claim(date("2024-03-08"), { document: "a.txt", story: "s-1" }), claim(date("2024-03-08"), { document: "b.txt", story: "s-1" })];
    const month = claim(date("2024-03-01", "2024-03-31", "month"), { document: "c.txt", story: "s-1" });
    const groups = [group("g1", [...day]), group("g2", [...day, month])];
    joinOneFigure(groups);
    expect(groups).toHaveLength(2);
  });

  it("does not join groups of two stories, nor groups of two different measures", () => {
    const [a, b, c] = told(qty(7, 7), 3);
    const other = [group("g1", [a!, b!, c!]), group("g2", [a!, b!, c!], { story: "s-2" })];
    joinOneFigure(other);
    expect(other).toHaveLength(2);
    const measures = [group("g1", [a!, b!, c!].map((x) => ({ ...x, measure: "injured" }))), group("g2", [a!, b!, c!].map((x) => ({ ...x, measure: "hospitalized" })))];
    joinOneFigure(measures);
    expect(measures).toHaveLength(2);
  });

  it("joins in rounds: a group joined may then hold most of a third one's claims", () => {
    const [a, b, c, d, e] = told(qty(3, 3), 5);
    const groups = [group("g1", [a!, b!]), group("g2", [a!, b!, c!]), group("g3", [b!, c!, d!, e!])];
    joinOneFigure(groups);
    // g1 and g2 share two of three; then {a,b,c} and g3 share two of four: not most of g3
    expect(keys(groups)).toEqual([[a!, b!, c!].map((x) => x.id).sort(), [b!, c!, d!, e!].map((x) => x.id).sort()]);
  });
});
