/**
 * The dead and the wounded of one shooting, named in one clause ("shot two women and left a man
 * wounded"): one count of the people hit, made of both parts, so that the dead alone are not read
 * as everyone shot. Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { findMentions } from "../../../src/values/index.js";
import type { QuantityValue } from "../../../src/types.js";

const composite = (text: string) => findMentions(text, { asOf: "2020-06-30" }).find((m) => m.pattern === "quantity/composite");

describe("must match: one count of the people hit", () => {
  it.each<[string, number, number[]]>([
    ["The guard gunned down two workers and leaving a man wounded in the yard.", 3, [2, 1]],
    ["The sniper shot three men, leaving a boy critically injured.", 4, [3, 1]],
    ["He shot two officers, wounding a woman.", 3, [2, 1]],
    ["Witnesses said she opened fire on four customers and wounded a man.", 5, [4, 1]],
  ])("%s → %d", (text, total, parts) => {
    const m = composite(text);
    expect(m, text).toBeDefined();
    expect((m!.value as QuantityValue).nominal).toBe(total);
    expect(m!.parts!.map((p) => (p.value as QuantityValue).nominal)).toEqual(parts);
  });
});

describe("must not match: a list of what happened to different people, or no shooting", () => {
  it.each<string>([
    // killed and injured are two figures of their own, not parts of one count
    "The bomb killed two soldiers and wounded a child.",
    // "leaving" a person who is not said to be hurt
    "The gunman shot two guards and left a note on the door.",
    "The gunman shot two guards, leaving a woman alone in the hall.",
    // no verb of shooting before the first count
    "She hired two clerks, leaving a manager wounded by the decision.",
  ])("%s", (text) => {
    expect(composite(text)).toBeUndefined();
  });
});
