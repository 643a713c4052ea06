/**
 * Counts of a model, compared under the model's key. Sentences written for this test; which
 * counts are one count of one model was decided by reading them.
 */
import { describe, expect, it } from "vitest";
import { modelOf } from "../../../src/group/model-counts.js";
import { sameFigure, thingOf, unitOf } from "../../../src/group/occurrence-topics.js";
import type { Claim } from "../../../src/types.js";
import { claim, framedAt, qty } from "../../helpers/claims.js";

function count(x: number, sentence: string, text: string, counted: string | null, unit = ""): Claim {
  return claim(qty(x, x, { nominal: x, unit }), {
    rule: `frame:seize/${counted ?? "-"}`,
    document: `d-${sentence.length}-${text}`,
    ...framedAt(sentence, text),
    claimFrame: {
      counted,
      predicate: { lemma: "seize", voice: "active" },
      participants: [],
      time: { tally: false, reportedAt: "2031-05-02" },
      attribution: null,
      modality: [],
    },
  });
}

describe("modelOf", () => {
  it.each([
    ["Guards seized seven AK-47s and two other rifles.", "seven", "ak-47", "ak47"],
    ["Guards seized 7 AK-47 rifles and two other rifles.", "7", "rifle", "ak47"],
    ["Guards seized 12 AK 47 guns at the border.", "12", "gun", "ak47"],
    ["The carrier leased three 747s for the summer.", "three", "747", "747"],
  ])("%s", (sentence, text, counted, model) => {
    const c = count(1, sentence, text, counted);
    expect(modelOf(c)).toBe(model);
    expect(unitOf(c)).toBe(model);
  });

  it.each([
    ["Guards seized seven AK-47s and two other rifles.", "two"],
    ["Five G7 leaders met in Varn.", "Five"],
    ["Guards seized nine assault rifles.", "nine"],
  ])("none: %s (%s)", (sentence, text) => {
    expect(modelOf(count(1, sentence, text, "rifle", "rifle"))).toBeNull();
  });
});

describe("counts of a model are compared with counts of that model only", () => {
  it("seven AK-47s and seven AK-47 assault rifles are one figure", () => {
    const a = count(7, "Guards seized seven AK-47s at the border.", "seven", "ak-47");
    const b = count(7, "Guards seized seven AK-47 assault rifles at the border.", "seven", "rifle");
    expect(thingOf(a)).toBe(thingOf(b));
    expect(sameFigure(a, b)).toBe(true);
  });

  it("seven AK-47 rifles are no count of the three other rifles, nor of nine rifles in all", () => {
    const model = count(7, "Guards seized 7 AK-47 rifles at the border.", "7", "rifle");
    const other = count(7, "Guards seized seven other rifles at the border.", "seven", "rifle", "rifle");
    expect(thingOf(model)).not.toBe(thingOf(other));
    expect(sameFigure(model, other)).toBe(false);
  });
});
