/**
 * A round count against a figure of one occurrence: "a dozen shots" agrees with twelve and only
 * diverges from eleven or thirteen (the writer rounded), while "exactly a dozen" is exact and
 * contradicts thirteen. Values read from sentences written for this test; verdicts worked out by hand.
 */
import { describe, expect, it } from "vitest";
import { comparePair } from "../../../src/judge/judge.js";
import { findQuantities } from "../../../src/values/quantity/index.js";
import type { Claim, Verdict } from "../../../src/types.js";
import { claim } from "../../helpers/claims.js";

/** The claim of the figure written `text` in `sentence`. */
function figure(sentence: string, text: string): Claim {
  const m = findQuantities(sentence).find((x) => x.text === text);
  if (!m || !m.value) throw new Error(`no “${text}” in “${sentence}”`);
  return claim(m.value, { text, sentence });
}

const dozen = figure("The guard fired a dozen shots at the van.", "a dozen");
const exactDozen = figure("The guard fired exactly a dozen shots at the van.", "a dozen");
const halfDozen = figure("Half a dozen shots were fired at the van.", "Half a dozen");
const score = figure("A score of shots were fired at the van.", "A score of");
const shots = (n: string): Claim => figure(`The guard fired ${n} shots at the van.`, n);

describe("comparePair: a round count", () => {
  const cases: [string, Claim, Claim, Verdict][] = [
    ["a dozen against 12", dozen, shots("12"), "agree"],
    ["a dozen against twelve", dozen, shots("twelve"), "agree"],
    ["a dozen against 13", dozen, shots("13"), "diverge"],
    ["a dozen against 11", dozen, shots("11"), "diverge"],
    ["half a dozen against six", halfDozen, shots("six"), "agree"],
    ["half a dozen against seven", halfDozen, shots("seven"), "diverge"],
    ["a score of against 20", score, shots("20"), "agree"],
    ["a score of against 21", score, shots("21"), "diverge"],
    // a count stated to be precise is exact, and so is a plain figure
    ["exactly a dozen against 13", exactDozen, shots("13"), "contradict"],
    ["exactly a dozen against 12", exactDozen, shots("12"), "agree"],
    ["12 against 13", shots("12"), shots("13"), "contradict"],
    // far from a dozen is still another figure
    ["a dozen against 30", dozen, shots("30"), "contradict"],
  ];
  it.each(cases)("%s", (_name, a, b, verdict) => {
    expect(comparePair(a, b, true).verdict).toBe(verdict);
    expect(comparePair(b, a, true).verdict).toBe(verdict);
  });
});
