/** oncePerClaim (group/per-claim.ts): a claim's reading is made once, whatever it gives. */
import { describe, expect, it } from "vitest";
import { oncePerClaim } from "../../../src/group/per-claim.js";
import { claim, qty } from "../../helpers/claims.js";

describe("oncePerClaim", () => {
  it("reads a claim once and gives the same answer after", () => {
    let reads = 0;
    const lengthOf = oncePerClaim((c) => (reads++, c.text.length));
    const a = claim(qty(3, 3), { text: "three" });
    expect([lengthOf(a), lengthOf(a), lengthOf(a)]).toEqual([5, 5, 5]);
    expect(reads).toBe(1);
  });
  it("remembers a reading of null or undefined too (no second read)", () => {
    let reads = 0;
    const none = oncePerClaim(() => (reads++, undefined));
    const a = claim(qty(1, 1));
    none(a);
    none(a);
    expect(reads).toBe(1);
  });
  it("reads two claims apart, even with equal fields", () => {
    const textOf = oncePerClaim((c) => c.text);
    expect([textOf(claim(qty(1, 1), { text: "one" })), textOf(claim(qty(1, 1), { text: "uno" }))]).toEqual(["one", "uno"]);
  });
});
